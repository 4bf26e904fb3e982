import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runCommand, runQuery, type Queryable } from '../infra/database/sql.js';
import * as q from './reminders.queries.js';

/**
 * The daily digests (table reminder_digest, owned by the reminders module): one row per
 * person and day, written with the queued message so that a digest is sent once; the
 * queries are in `reminders.sql`, typed from the schema.
 */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The staff members who have had a digest on `day`. */
  async digestedOn(day: string): Promise<string[]> {
    const rows = await runQuery(q.digestedOn, { day }, this.dataSource);
    return rows.map((r) => r.user_id);
  }

  /** Claims a person's digest of `day`, on `on`; false when it was claimed already. */
  async claim(on: Queryable, userId: string, day: string, items: number): Promise<boolean> {
    const rows = await runQuery(q.claimDigest, { userId, day, items }, on);
    return rows.length > 0;
  }

  /** The message a claimed digest was queued as. */
  async setMessage(on: Queryable, userId: string, day: string, messageId: string): Promise<void> {
    await runCommand(q.setDigestMessage, { userId, day, messageId }, on);
  }
}
