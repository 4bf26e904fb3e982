import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { auditChainKey, auditRows, chainHash, GENESIS_HASH, verifyChain, type AuditRecord } from '../../src/audit/audit-chain.js';
import { AuditRepository } from '../../src/audit/audit.repository.js';
import { verifyAuditTrail } from '../../src/cli/audit-verify.js';
import type { AppConfig } from '../../src/infra/config/app-config.js';
import { FixedClock } from '../../src/infra/clock/clock.js';
import { monthsFrom } from '../../src/infra/database/partitions.js';
import { migrations } from '../../src/infra/database/migrations/index.js';
import { TimePartitions1765440000000 } from '../../src/infra/database/migrations/1765440000000-time-partitions.js';
import { OutboxRepository } from '../../src/infra/queue/outbox.repository.js';
import { PartitionMaintenance } from '../../src/maintenance/partitions.service.js';
import { ReportEventsRepository } from '../../src/reports/events/report-events.repository.js';
import { createTestDataSource } from '../support/test-database.js';
import { ADMIN_PG_URL, databaseUrl, runId } from '../support/test-env.js';

const TABLES = ['report_event', 'audit_log', 'outbox'] as const;
const hashKey = randomBytes(32);
const key = auditChainKey(hashKey);
const part = (table: string, month: string) => `${table}_p${month.replace('-', '_')}`;
/** The month (`YYYY-MM`) `offset` months from now (UTC). */
const month = (offset: number) => monthsFrom(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + offset, 1)), 1)[0]!;

function maintenance(dataSource: DataSource, now: Date, monthsAhead: number, outboxKeepMonths: number): PartitionMaintenance {
  const config = { settings: { partitions: { monthsAhead, outboxKeepMonths, sweepHours: 24 } } } as unknown as AppConfig;
  return new PartitionMaintenance(
    dataSource,
    config,
    new FixedClock(now),
    new ReportEventsRepository(dataSource),
    new AuditRepository(dataSource),
    new OutboxRepository(dataSource),
  );
}

/**
 * Migration TimePartitions1765440000000 on a database that already holds events, audit rows
 * and outbox jobs over several months: nothing is lost or renumbered, the chain verifies
 * across the partitions, new rows land in their month, and down() gives the plain tables back.
 */
describe('time partitions: the migration on a database with rows', () => {
  const name = `qf_t_${runId()}_part_${randomBytes(4).toString('hex')}`;
  let db: pg.Pool;
  const before = migrations.filter((m) => m !== TimePartitions1765440000000);
  // Rows over five months, two to six months ago, and one ahead (a job delayed into next month).
  const months = [-6, -5, -4, -3, -2].map(month);
  const at = (m: string, day: number, hour = 10) =>
    new Date(`${m}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`);

  function source(list: Array<new () => MigrationInterface>): DataSource {
    return new DataSource({ type: 'postgres', url: databaseUrl(name), migrations: list, migrationsTransactionMode: 'each' });
  }
  async function migrate(list: Array<new () => MigrationInterface>): Promise<void> {
    const s = source(list);
    await s.initialize();
    try {
      await s.runMigrations();
    } finally {
      await s.destroy();
    }
  }

  /** Every row of the three tables, keyed as before the migration; sequence positions. */
  async function snapshot() {
    const q = async (sql: string) => (await db.query<{ line: string }>(sql)).rows.map((r) => r.line);
    return {
      events: await q(
        `SELECT concat_ws(' ', id, report_id, type, actor_kind, data::text, created_at) AS line FROM report_event ORDER BY id`,
      ),
      audit: await q(
        `SELECT concat_ws(' ', seq, at, action, outcome, encode(prev_hash, 'hex'), encode(hash, 'hex')) AS line FROM audit_log ORDER BY seq`,
      ),
      outbox: await q(
        `SELECT concat_ws(' ', id, queue, job_name, job_id, payload::text, created_at, dispatched_at, attempts, last_error) AS line FROM outbox ORDER BY id`,
      ),
      sequences: await q(
        `SELECT concat_ws(' ', sequencename, last_value) AS line FROM pg_sequences WHERE sequencename IN ('report_event_id_seq', 'outbox_id_seq') ORDER BY 1`,
      ),
    };
  }

  async function chainVerdicts() {
    const s = source([]);
    await s.initialize();
    try {
      // The in-app walk (AuditService.verify: the DataSource, pages of 4 so pages straddle months) and the CLI's.
      return [await verifyChain(key, auditRows(s, 4)), await verifyAuditTrail(databaseUrl(name), hashKey)];
    } finally {
      await s.destroy();
    }
  }

  const kind = async (table: string) =>
    (await db.query<{ relkind: string }>(`SELECT relkind FROM pg_class WHERE relname = $1`, [table])).rows[0]?.relkind;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    await migrate(before);
    db = new pg.Pool({ connectionString: databaseUrl(name), max: 2 });

    const reportId = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, status, real_name, receipt_hash, body, received_at)
       VALUES ($1, 'P-1', 'WEB', 'RECEIVED', false, sha256('p1'), '分区测试', $2)`,
      [reportId, at(months[0]!, 2)],
    );
    // 3 events a month; the audit chain 4 rows a month, the last row of a month stamped a
    // little before its predecessor (clocks of two processes): order is by seq, not by time.
    let prev = GENESIS_HASH;
    let seq = 0;
    for (const m of months) {
      for (const day of [3, 14, 27]) {
        await db.query(`INSERT INTO report_event (report_id, type, actor_kind, data, created_at) VALUES ($1, 'NOTE', 'SYSTEM', $2, $3)`, [
          reportId,
          { day },
          at(m, day),
        ]);
      }
      for (const [day, hour] of [
        [1, 0],
        [10, 9],
        [28, 12],
        [28, 11],
      ] as const) {
        seq += 1;
        const record: AuditRecord = {
          ...{
            actorKind: 'SYSTEM',
            actorId: null,
            actorName: null,
            targetType: 'reports',
            targetId: reportId,
            status: null,
            ip: null,
            requestId: null,
          },
          seq,
          at: at(m, day, hour),
          action: `partition.test.${seq}`,
          outcome: 'OK',
          details: { seq },
        };
        const hash = chainHash(key, prev, record);
        await db.query(
          `INSERT INTO audit_log (seq, at, actor_kind, target_type, target_id, action, outcome, details, prev_hash, hash)
           VALUES ($1, $2, 'SYSTEM', 'reports', $3, $4, 'OK', $5, $6, $7)`,
          [seq, record.at, reportId, record.action, record.details, prev, hash],
        );
        prev = hash;
      }
      await db.query(
        `INSERT INTO outbox (queue, job_name, job_id, payload, created_at, dispatched_at, attempts)
         VALUES ('triage', 'triage-report', $1, $2, $3, $3, 1), ('triage', 'triage-report', $4, '{}', $5, NULL, 0)`,
        [`a-${m}`, { m }, at(m, 5), `b-${m}`, at(m, 20)],
      );
    }
    await db.query(`INSERT INTO outbox (queue, job_name, job_id, payload, created_at) VALUES ('triage', 'later', 'ahead', '{}', $1)`, [
      at(month(1), 2),
    ]);
  });

  afterAll(async () => {
    await db?.end();
    const admin = new pg.Client({ connectionString: ADMIN_PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('keeps every row, id, sequence and the chain; partitions hold the months; new rows land in theirs; down() restores', async () => {
    const original = await snapshot();
    expect([original.events.length, original.audit.length, original.outbox.length]).toEqual([15, 20, 11]);
    expect((await chainVerdicts()).map((v) => v.ok)).toEqual([true, true]);

    await migrate(migrations);
    for (const table of TABLES) expect(await kind(table)).toBe('p');
    expect(await snapshot()).toEqual(original);
    expect(await chainVerdicts()).toEqual([
      { ok: true, rows: 20, lastSeq: 20 },
      { ok: true, rows: 20, lastSeq: 20 },
    ]);

    // Each month's rows in its partition; the months between the oldest row and three ahead exist.
    const placed = await db.query<{ line: string }>(
      `SELECT concat_ws(' ', tableoid::regclass, count(*)) AS line FROM (
         SELECT tableoid FROM report_event UNION ALL SELECT tableoid FROM audit_log UNION ALL SELECT tableoid FROM outbox) t
        GROUP BY tableoid`,
    );
    expect(placed.rows.map((r) => r.line).sort()).toEqual(
      [
        ...months.map((m) => `audit_log_p${m.replace('-', '_')} 4`),
        ...months.map((m) => `outbox_p${m.replace('-', '_')} 2`),
        `outbox_p${month(1).replace('-', '_')} 1`,
        ...months.map((m) => `report_event_p${m.replace('-', '_')} 3`),
      ].sort(),
    );
    const partitions = await db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'outbox'::regclass ORDER BY c.relname::text COLLATE "C"`,
    );
    expect(partitions.rows.map((r) => r.name)).toEqual([
      'outbox_default',
      ...[-6, -5, -4, -3, -2, -1, 0, 1, 2, 3].map((o) => part('outbox', month(o))),
    ]);

    // New rows: ids continue the sequences, each lands in its month (or DEFAULT far ahead).
    const event = await db.query<{ id: string; tableoid: string }>(
      `INSERT INTO report_event (report_id, type, actor_kind) SELECT report_id, 'NOTE', 'STAFF' FROM report_event LIMIT 1 RETURNING id, tableoid::regclass::text AS tableoid`,
    );
    expect(event.rows[0]).toEqual({ id: '16', tableoid: part('report_event', month(0)) });
    const jobs = await db.query<{ id: string }>(
      `SELECT id FROM outbox_enqueue(ARRAY['triage'], ARRAY['triage-report'], ARRAY['new'], ARRAY['{}'::jsonb])`,
    );
    expect(jobs.rows[0]!.id).toBe('12');
    const far = await db.query<{ tableoid: string }>(
      `INSERT INTO outbox (queue, job_name, job_id, payload, created_at) VALUES ('triage', 'x', 'far', '{}', now() + interval '3 years')
       RETURNING tableoid::regclass::text AS tableoid`,
    );
    expect(far.rows[0]!.tableoid).toBe('outbox_default');

    // The chain goes on across the partitions, appended the application's way.
    const audit = new AuditRepository(source([]));
    const appendSource = source([]);
    await appendSource.initialize();
    try {
      await appendSource.transaction(async (m) => {
        await audit.lockChain(m);
        const head = (await audit.head(m))!;
        expect(head.seq).toBe(20);
        const record: AuditRecord = {
          ...{
            actorKind: 'SYSTEM',
            actorId: null,
            actorName: null,
            targetType: null,
            targetId: null,
            status: null,
            ip: null,
            requestId: null,
          },
          seq: 21,
          at: new Date(),
          action: 'partition.test.now',
          outcome: 'OK',
          details: {},
        };
        await audit.append(m, record, head.hash, chainHash(key, head.hash, record));
      });
    } finally {
      await appendSource.destroy();
    }
    expect(await chainVerdicts()).toEqual([
      { ok: true, rows: 21, lastSeq: 21 },
      { ok: true, rows: 21, lastSeq: 21 },
    ]);

    // Still append-only, partitions and parent alike.
    await expect(db.query(`UPDATE audit_log SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM ${part('audit_log', months[1]!)}`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE ${part('audit_log', months[2]!)}`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log_default`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);

    // down(): plain tables with every row, the sequences where they were.
    const withNew = await snapshot();
    const s = source(migrations);
    await s.initialize();
    try {
      await s.undoLastMigration({ transaction: 'each' });
    } finally {
      await s.destroy();
    }
    for (const table of TABLES) expect(await kind(table)).toBe('r');
    expect(await snapshot()).toEqual(withNew);
    expect(await chainVerdicts()).toEqual([
      { ok: true, rows: 21, lastSeq: 21 },
      { ok: true, rows: 21, lastSeq: 21 },
    ]);
    const keys = await db.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname IN ('report_event_pkey', 'audit_log_pkey', 'audit_log_hash_key', 'outbox_pkey') ORDER BY conname`,
    );
    expect(keys.rows.map((r) => r.def)).toEqual(['UNIQUE (hash)', 'PRIMARY KEY (seq)', 'PRIMARY KEY (id)', 'PRIMARY KEY (id)']);
    await expect(db.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
    expect((await db.query(`SELECT nextval('report_event_id_seq')::int AS n`)).rows[0]).toEqual({ n: 17 });
  });
});

describe('time partitions: the partition-maintenance job (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;

  const partitionsOf = async (table: string) =>
    (
      await db.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`,
        [table],
      )
    ).rows.map((r) => r.name);

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
  });

  afterAll(() => close());

  it('creates exactly the months ahead that are missing, once; a month the DEFAULT partition holds is left to it', async () => {
    // The migration made this month and three ahead; the job runs seven months on, two ahead.
    const now = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 7, 15));
    await db.query(`INSERT INTO outbox (queue, job_name, job_id, payload, created_at) VALUES ('triage', 'x', 'early', '{}', $1)`, [
      `${month(9)}-03T00:00:00Z`,
    ]);
    const before = await Promise.all(TABLES.map(partitionsOf));
    const first = await maintenance(dataSource, now, 2, 120).run();
    const expected = TABLES.flatMap((t) => [7, 8, 9].map((o) => part(t, month(o)))).filter((p) => p !== part('outbox', month(9)));
    expect(first).toEqual({ created: expected, heldByDefault: [part('outbox', month(9))], dropped: [], kept: [] });
    const after = await Promise.all(TABLES.map(partitionsOf));
    TABLES.forEach((table, i) =>
      expect(after[i]!.filter((p) => !before[i]!.includes(p))).toEqual(expected.filter((p) => p.startsWith(`${table}_p`))),
    );

    // Again: nothing to do; the same partitions, every row where it was.
    expect(await maintenance(dataSource, now, 2, 120).run()).toEqual({
      created: [],
      heldByDefault: [part('outbox', month(9))],
      dropped: [],
      kept: [],
    });
    expect(await Promise.all(TABLES.map(partitionsOf))).toEqual(after);
    const row = await db.query(`SELECT tableoid::regclass::text AS t FROM outbox WHERE job_id = 'early'`);
    expect(row.rows[0]).toEqual({ t: 'outbox_default' });

    // Two workers at once: each partition is created by one of them.
    const later = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, 1));
    const both = await Promise.all([maintenance(dataSource, later, 1, 120).run(), maintenance(dataSource, later, 1, 120).run()]);
    expect([...both[0].created, ...both[1].created].sort()).toEqual(TABLES.flatMap((t) => [13, 14].map((o) => part(t, month(o)))).sort());
  });

  it('drops old outbox months only when every job in them was dispatched, and keeps the others', async () => {
    const outbox = new OutboxRepository(dataSource);
    await dataSource.transaction((m) => outbox.ensureMonthPartitions(m, [month(-8), month(-7)]));
    await db.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, created_at, dispatched_at) VALUES
         ('triage', 'x', 'done-1', '{}', $1, $1), ('triage', 'x', 'done-2', '{}', $1, $1),
         ('triage', 'x', 'stuck', '{}', $2, NULL), ('triage', 'x', 'done-3', '{}', $2, $2),
         ('triage', 'x', 'recent', '{}', $3, NULL)`,
      [`${month(-8)}-10T00:00:00Z`, `${month(-7)}-10T00:00:00Z`, `${month(-2)}-10T00:00:00Z`],
    );
    const run = await maintenance(dataSource, new Date(), 3, 3).run();
    expect(run.dropped).toEqual([part('outbox', month(-8))]);
    expect(run.kept).toEqual([{ partition: part('outbox', month(-7)), pending: 1 }]);
    const left = await db.query<{ job_id: string }>(
      `SELECT job_id FROM outbox WHERE job_id IN ('done-1', 'done-2', 'stuck', 'done-3', 'recent') ORDER BY 1`,
    );
    expect(left.rows.map((r) => r.job_id)).toEqual(['done-3', 'recent', 'stuck']);
    expect(await partitionsOf('outbox')).not.toContain(part('outbox', month(-8)));

    // Once the stuck job is relayed, its month goes too; report_event and audit_log months are never dropped.
    await db.query(`UPDATE outbox SET dispatched_at = now() WHERE job_id = 'stuck'`);
    const again = await maintenance(dataSource, new Date(), 3, 3).run();
    expect(again.dropped).toEqual([part('outbox', month(-7))]);
    expect(again.kept).toEqual([]);
    await expect(db.query(`SELECT outbox_drop_dispatched_partition('audit_log_default')`)).rejects.toThrow(
      /not a month partition of outbox/,
    );
    await expect(db.query(`SELECT outbox_drop_dispatched_partition('outbox_default')`)).rejects.toThrow(/not a month partition of outbox/);
  });
});
