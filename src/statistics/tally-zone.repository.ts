import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';
import { runQuery } from '../infra/database/sql.js';
import * as q from './tally-zone.queries.js';

/**
 * The zone the daily tallies are counted in (report_tally_zone, read by the tally triggers)
 * follows the configured district.timeZone: at boot, before the api serves a figure, a
 * changed zone re-counts every tally from the tips (migration TallyTimeZone1765210000000).
 */
@Injectable()
export class TallyZone implements OnApplicationBootstrap {
  private readonly logger = new Logger(TallyZone.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.follow(this.config.timeZone)) this.logger.log(`daily tallies re-counted in ${this.config.timeZone}`);
  }

  /** The zone the tallies are kept in now. */
  async current(): Promise<string> {
    const [row] = await runQuery(q.currentTallyZone, undefined, this.dataSource);
    return row!.time_zone;
  }

  /** Keeps the tallies in `zone`; true when they had to be re-counted (one transaction). */
  async follow(zone: string): Promise<boolean> {
    if ((await this.current()) === zone) return false;
    const [row] = await runQuery(q.recountTallies, { zone }, this.dataSource);
    return row!.recounted;
  }
}
