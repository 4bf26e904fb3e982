import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Clock } from '../../src/infra/clock/clock.js';
import { StatisticsService } from '../../src/statistics/statistics.service.js';
import { TallyZone } from '../../src/statistics/tally-zone.repository.js';
import { PageRenderer } from '../../src/web/page-renderer.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The district's time zone is one setting (district.timeZone). The same tip, received at
 * 23:30 UTC on 4 March, is a tip of 5 March in Asia/Shanghai (the default) and of 4 March
 * in a district configured with UTC: in the dashboard's figures, the case list's date
 * filter and the times on pages. Api and worker sessions both run in the zone (and both
 * without JIT: `sessionOptions`).
 */
describe.each([
  { zone: 'Asia/Shanghai', settings: undefined, day: '2026-03-05', otherDay: '2026-03-04', shown: '2026年3月5日 07:30' },
  { zone: 'UTC', settings: { district: { timeZone: 'UTC' } }, day: '2026-03-04', otherDay: '2026-03-05', shown: '2026年3月4日 23:30' },
])('district time zone $zone', ({ zone, settings, day, otherDay, shown }) => {
  let ctx: TestContext;
  let worker: INestApplicationContext;
  let token: string;

  beforeAll(async () => {
    ctx = await createTestContext(settings ? { settings } : {});
    worker = await ctx.startWorker();
    token = await ctx.staffToken(['SUPERVISOR']);
    await ctx.db.query(
      `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body, received_at)
       VALUES (gen_random_uuid(), 'QF-TZ-2330', 'WEB', 'RECEIVED', false, sha256('tz-2330'::bytea), '时区测试', '2026-03-04T23:30:00Z')`,
    );
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('is the session TimeZone of the api and the worker', async () => {
    for (const process of [ctx.app, worker]) {
      const [row] = await process.get<DataSource>(getDataSourceToken()).query(`SELECT current_setting('TimeZone') AS zone`);
      expect(row.zone).toBe(zone);
    }
    // The tallies follow the setting (the template database's were kept in Asia/Shanghai).
    expect(await ctx.app.get(TallyZone).current()).toBe(zone);
  });

  it('is a session without JIT compilation in the api and the worker (it cost batch statements more than they ran)', async () => {
    for (const process of [ctx.app, worker]) {
      const [row] = await process.get<DataSource>(getDataSourceToken()).query(`SELECT current_setting('jit') AS jit`);
      expect(row.jit).toBe('off');
    }
  });

  it(`counts the tip received at 23:30 UTC on ${day}`, async () => {
    const statistics = ctx.app.get(StatisticsService);
    expect((await statistics.compute({ from: day, to: day })).received.total).toBe(1);
    expect((await statistics.compute({ from: otherDay, to: otherDay })).received.total).toBe(0);
  });

  it(`lists the tip under ${day} in the case list's date filter`, async () => {
    const list = async (d: string) =>
      (await request(ctx.baseUrl).get(`/api/v1/reports?from=${d}&to=${d}&limit=100`).set('Authorization', `Bearer ${token}`).expect(200))
        .body.items as Array<{ number: string }>;
    expect((await list(day)).map((r) => r.number)).toContain('QF-TZ-2330');
    expect((await list(otherDay)).map((r) => r.number)).not.toContain('QF-TZ-2330');
  });

  it('counts "today" and the dates of instants in the zone, in the api and the worker', () => {
    for (const process of [ctx.app, worker]) {
      const clock = process.get(Clock);
      expect(clock.dateOf(new Date('2026-03-04T23:30:00Z'))).toBe(day);
      expect(clock.timeZone).toBe(zone);
    }
  });

  it('shows times on pages in the zone', () => {
    expect(ctx.app.get(PageRenderer).formatTime('2026-03-04T23:30:00Z')).toBe(shown);
  });
});
