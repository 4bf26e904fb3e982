import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../infra/config/app-config.js';

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
    const [row]: Array<{ time_zone: string }> = await this.dataSource.query(`SELECT time_zone FROM report_tally_zone`);
    return row!.time_zone;
  }

  /** Keeps the tallies in `zone`; true when they had to be re-counted (one transaction). */
  async follow(zone: string): Promise<boolean> {
    if ((await this.current()) === zone) return false;
    const [row]: Array<{ recounted: boolean }> = await this.dataSource.query(`SELECT report_tally_recount($1) AS recounted`, [zone]);
    return row!.recounted;
  }
}
