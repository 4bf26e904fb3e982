import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { civilDate } from '../../src/infra/calendar/working-days.js';
import { FoldReportTalliesJob } from '../../src/maintenance/fold-report-tallies.job.js';
import { addDays } from '../../src/statistics/period.js';
import { StatisticsService } from '../../src/statistics/statistics.service.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The dashboard's period figures come from tallies kept by triggers on report. Whatever
 * happens to the tips (inserted, triaged, recategorized, closed, reopened, moved in time
 * across a China midnight, deleted), the figures must equal counting the tips, before
 * and after the recorded lines are folded into the tallies.
 */
let ctx: TestContext;
let worker: INestApplicationContext;
const today = civilDate(new Date(), 'Asia/Shanghai');
const range = { from: addDays(today, -40), to: today };
const wide = { from: addDays(today, -400), to: today };

/** The figures as the former queries counted them, straight from report. */
async function counted(r: { from: string; to: string }, unit: string) {
  const period = (column: string) =>
    `${column} >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${column} < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const q = async (sql: string) => (await ctx.db.query(sql, [r.from, r.to])).rows;
  const map = (rows: Array<{ key: string | null; count: number }>, nullKey: string) =>
    Object.fromEntries(rows.map((x) => [x.key ?? nullKey, x.count]));
  return {
    byChannel: map(await q(`SELECT channel AS key, count(*)::int AS count FROM report WHERE ${period('received_at')} GROUP BY 1`), 'NONE'),
    byCategory: map(
      await q(`SELECT category AS key, count(*)::int AS count FROM report WHERE ${period('received_at')} GROUP BY 1`),
      'UNCLASSIFIED',
    ),
    byStatus: map(await q(`SELECT status AS key, count(*)::int AS count FROM report WHERE ${period('received_at')} GROUP BY 1`), 'NONE'),
    realName: (await q(`SELECT count(*)::int AS n FROM report WHERE real_name AND ${period('received_at')}`))[0].n,
    series: (
      await q(
        `SELECT to_char(date_trunc('${unit}', received_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS bucket, channel, count(*)::int AS count
           FROM report WHERE ${period('received_at')} GROUP BY 1, 2 ORDER BY 1, 2`,
      )
    ).map((x) => `${x.bucket} ${x.channel} ${x.count}`),
    byFinding: map(
      await q(
        `SELECT finding AS key, count(*)::int AS count FROM report WHERE closed_at IS NOT NULL AND ${period('closed_at')} GROUP BY 1`,
      ),
      'NONE',
    ),
    medianDays: (
      await q(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (closed_at AT TIME ZONE 'Asia/Shanghai')::date - (received_at AT TIME ZONE 'Asia/Shanghai')::date) AS days
           FROM report WHERE closed_at IS NOT NULL AND ${period('closed_at')}`,
      )
    )[0].days,
  };
}

/** The same figures as the dashboard shows them (zeros dropped, series as lines). */
async function shown(r: { from: string; to: string }) {
  const stats = await ctx.app.get(StatisticsService).compute(r);
  const nonZero = (counts: Array<{ key: string; count: number }>) =>
    Object.fromEntries(counts.filter((c) => c.count !== 0).map((c) => [c.key, c.count]));
  const { buckets, byChannel } = stats.received.series;
  return {
    unit: stats.range.unit,
    figures: {
      byChannel: nonZero(stats.received.byChannel),
      byCategory: nonZero(stats.received.byCategory),
      byStatus: nonZero(stats.received.byStatus),
      realName: stats.received.realName,
      series: buckets.flatMap((b, i) =>
        Object.keys(byChannel)
          .sort()
          .flatMap((c) => (byChannel[c]![i] ? [`${b} ${c} ${byChannel[c]![i]}`] : [])),
      ),
      byFinding: nonZero(stats.concluded.byFinding),
      medianDays: stats.concluded.medianDays,
    },
  };
}

async function expectExact() {
  for (const r of [range, wide]) {
    const { unit, figures } = await shown(r);
    expect(figures).toEqual(await counted(r, unit));
  }
}

const fold = () => worker.get(FoldReportTalliesJob).fold();

beforeAll(async () => {
  ctx = await createTestContext();
  worker = await ctx.startWorker();
  // 240 tips over 60 days, some a few minutes either side of a China midnight (16:00 UTC).
  await ctx.db.query(`
    INSERT INTO report (id, number, channel, status, real_name, reporter_identity, receipt_hash, body, received_at, category, finding, closed_at)
    SELECT gen_random_uuid(), 'QF-S-' || lpad(g::text, 4, '0'), (ARRAY['WEB','SMS','HOTLINE'])[1 + g % 3],
           (ARRAY['RECEIVED','TRIAGED','IN_HANDLING','CLOSED'])[1 + g % 4], g % 7 = 0, CASE WHEN g % 7 = 0 THEN '\\x00'::bytea END,
           sha256(('tally-' || g)::bytea), '统计测试', date_trunc('day', now()) - make_interval(days => g % 60) + make_interval(hours => 16, mins => (g % 5) - 2),
           CASE WHEN g % 4 > 0 THEN (ARRAY['OFFICE_BUYING','CANVASSING_BRIBERY'])[1 + g % 2] END,
           CASE WHEN g % 4 = 3 THEN (ARRAY['SUBSTANTIATED','UNSUBSTANTIATED', NULL])[1 + g % 3] END,
           CASE WHEN g % 4 = 3 THEN date_trunc('day', now()) - make_interval(days => g % 60) + make_interval(days => g % 9, hours => 15, mins => g % 90) END
      FROM generate_series(1, 240) g`);
});
afterAll(async () => {
  await ctx?.close();
});

describe('dashboard tallies', () => {
  it('equal counting the tips after they are inserted, before and after folding', async () => {
    await expectExact();
    await fold(); // the worker's scheduled fold may have run already: either way nothing changes
    await expectExact();
    expect(await fold()).toBe(0);
  });

  it('follow triage, recategorizing, closing, reopening, moving in time and deleting', async () => {
    // Each status change writes a case event, as the database requires (report_status_change_recorded).
    await ctx.db.query(
      `WITH changed AS (UPDATE report SET status = 'TRIAGED', category = 'RUNNING_FOR_OFFICE' WHERE status = 'RECEIVED' AND number < 'QF-S-0100' RETURNING id) INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM changed`,
    );
    await expectExact();
    await ctx.db.query(
      `WITH changed AS (UPDATE report SET status = 'CLOSED', finding = 'PARTLY', closed_at = now() - interval '1 day' WHERE status = 'IN_HANDLING' AND number < 'QF-S-0150' RETURNING id) INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM changed`,
    );
    await ctx.db.query(`UPDATE report SET finding = 'UNVERIFIABLE' WHERE finding = 'SUBSTANTIATED' AND number > 'QF-S-0200'`);
    await expectExact();
    await fold();
    await ctx.db.query(
      `WITH changed AS (UPDATE report SET status = 'IN_HANDLING', closed_at = NULL, finding = NULL WHERE number IN ('QF-S-0003', 'QF-S-0007', 'QF-S-0011') RETURNING id) INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM changed`,
    );
    await ctx.db.query(
      `UPDATE report SET received_at = received_at - interval '5 minutes' WHERE number BETWEEN 'QF-S-0020' AND 'QF-S-0060'`,
    );
    await ctx.db.query(`UPDATE report SET body = '只改正文' WHERE number < 'QF-S-0030'`); // no tallied value: no line
    await expectExact();
    await ctx.db.query(`DELETE FROM report WHERE number BETWEEN 'QF-S-0200' AND 'QF-S-0210'`);
    await expectExact();
    await fold();
    await expectExact();
    const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM report_tally_delta`);
    expect(rows[0].n).toBe(0);
  });
});
