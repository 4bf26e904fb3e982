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

  async schedule(deadlines: readonly ScheduledDeadline[]): Promise<void> {
    const now = this.clock.now().getTime();
    if (deadlines.length === 0) return;
    try {
      // One round trip for all of them (a tip has two or three deadlines).
      const items: JobItem[] = [];
      const options: JobsOptions[] = [];
      for (const d of deadlines) {
        items.push({ queue: 'triage', name: 'deadline-check', data: { deadlineId: d.id, stage: 'REMIND' } });
        options.push({ delay: Math.max(0, chinaTime(d.remindOn, 9) - now) });
        items.push({ queue: 'triage', name: 'deadline-check', data: { deadlineId: d.id, stage: 'ESCALATE' } });
        options.push({ delay: Math.max(0, chinaTime(d.dueOn, 24) - now) });
      }
      await this.queues.addBulk(items, options);
    } catch (error) {
      this.logger.warn(`deadline jobs not queued (the sweep will catch up): ${(error as Error).message}`);
    }
  }
}
