import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock.js';
import type { JobsOptions } from 'bullmq';
import type { JobItem } from '../../infra/queue/jobs.js';
import { QueueService } from '../../infra/queue/queue.service.js';

export interface ScheduledDeadline {
  id: string;
  dueOn: string;
  remindOn: string;
}

/** China has no daylight saving: a civil date's hour in UTC+8 as an instant. */
function chinaTime(date: string, hour: number): number {
  return Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}

/**
 * Queues a deadline's reminder (09:00 on its reminder day) and escalation (the morning
 * after the due day) as delayed BullMQ jobs with deterministic ids. Redis keeps delayed
 * jobs across restarts; if Redis itself was lost, the hourly sweep finds what is due.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);

  constructor(
    private readonly queues: QueueService,
    private readonly clock: Clock,
  ) {}

  private pending: Array<{ item: JobItem; options: JobsOptions }> = [];
  private nextFlush: Promise<void> | null = null;

  /**
   * Queues the deadlines' jobs soon: those of concurrent callers (a burst of triaged tips)
   * are gathered for a few milliseconds and added in one round trip. Resolves once added;
   * a failure is only logged, since the hourly sweep catches any deadline missed.
   */
  schedule(deadlines: readonly ScheduledDeadline[]): Promise<void> {
    if (deadlines.length === 0) return Promise.resolve();
    const now = this.clock.now().getTime();
    for (const d of deadlines) {
      this.pending.push({
        item: { queue: 'triage', name: 'deadline-check', data: { deadlineId: d.id, stage: 'REMIND', dueOn: d.dueOn } },
        options: { delay: Math.max(0, chinaTime(d.remindOn, 9) - now) },
      });
      this.pending.push({
        item: { queue: 'triage', name: 'deadline-check', data: { deadlineId: d.id, stage: 'ESCALATE', dueOn: d.dueOn } },
        options: { delay: Math.max(0, chinaTime(d.dueOn, 24) - now) },
      });
    }
    this.nextFlush ??= new Promise<void>((resolve) =>
      setTimeout(() => {
        this.nextFlush = null;
        const batch = this.pending.splice(0);
        this.queues
          .addBulk(
            batch.map((b) => b.item),
            batch.map((b) => b.options),
          )
          .catch((error: Error) => this.logger.warn(`deadline jobs not queued (the sweep will catch up): ${error.message}`))
          .finally(resolve);
      }, 2),
    );
    return this.nextFlush;
  }
}
