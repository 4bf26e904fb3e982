import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from './infra/config/app-config.js';
import { JOB_QUEUE } from './infra/queue/jobs.js';
import { QueueService } from './infra/queue/queue.service.js';
import { TriageSettings } from './triage/triage-settings.js';
import { SCHEDULES, type RepeatingJobName } from './schedules.js';

/** The worker's boot step that registers every line of SCHEDULES (upsert: the same name is one scheduler across workers). */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduleRegistrar.name);

  constructor(
    private readonly queues: QueueService,
    private readonly config: AppConfig,
    private readonly triage: TriageSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
  }

  /** Registers every schedule; the names registered. Redis away at boot: logged, and the next worker start registers them. */
  async register(): Promise<RepeatingJobName[]> {
    const settings = { settings: this.config.settings, triage: this.triage.value };
    const names = Object.keys(SCHEDULES) as RepeatingJobName[];
    const results = await Promise.all(
      names.map(async (name) => {
        const every = SCHEDULES[name].every(settings);
        try {
          await this.queues.queue(JOB_QUEUE[name]).upsertJobScheduler(name, { every }, { name, data: {} });
          return true;
        } catch (error) {
          this.logger.warn(`schedule ${name} not registered: ${(error as Error).message}`);
          return false;
        }
      }),
    );
    const registered = names.filter((_, i) => results[i]);
    return registered;
  }
}
