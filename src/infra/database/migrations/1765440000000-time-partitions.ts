import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time partitions: the three tables that grow with every tip and every staff action become
 * monthly RANGE partitions of their time column, converted in place on a database that
 * already holds rows.
 *
 * - report_event (created_at), audit_log (at), outbox (created_at). Each keeps its name,
 *   columns, defaults, checks, indexes, sequence (its current value included), grants and
 *   triggers; the primary key and audit_log's unique hash now include the time column, as
 *   Postgres requires of a partitioned table's unique constraints. audit_log's seq stays
 *   unique because appends are serialised by the chain lock and the verify walk refuses a
 *   repeated or missing seq.
 * - Partitions are named `<table>_pYYYY_MM` and bounded by UTC months. The migration creates
 *   those covering the existing rows' months up to three months ahead; the worker's
 *   `partition-maintenance` job keeps creating them ahead (settings `partitions`), and
 *   `<table>_default` (the DEFAULT partition) takes any row no month partition holds, so an
 *   insert never fails.
 * - `create_month_partition(parent, month)` creates one month's partition (idempotent; it
 *   copies the parent's statement-level TRUNCATE triggers, audit_log's append-only guard,
 *   onto the partition) unless the DEFAULT partition already holds rows of that month, and
 *   answers CREATED, EXISTS or HELD_BY_DEFAULT. `outbox_drop_dispatched_partition(part)`
 *   drops an outbox partition only when none of its rows is still undispatched, and answers
 *   how many are.
 *
 * Not partitioned: report is referenced by more than twenty foreign keys (each table would
 * have to carry the report's time), and the tables that hang off a tip (report_message,
 * attachment, report_triage, report_minhash_band, report_subject, report_deadline,
 * sms_inbound, outbound_message) are read by report_id, so they grow as
 * report does and would be partitioned with it or not at all; report_tally_delta is folded
 * away every minute; the other tables grow with staff work, not with tips.
 */
interface Spec {
  table: string;
  key: string;
  /** Columns and checks, as the table had them before. */
  body: string;
  /** Primary key and unique constraints: partitioned (with the key) and plain (as before). */
  partitionedKeys: string;
  plainKeys: string;
  indexes: string[];
  sequence?: string;
  triggers: string[];
  afterGrants?: string;
}

const SPECS: Spec[] = [
  {
    table: 'report_event',
    key: 'created_at',
    body: `
        id          bigint NOT NULL DEFAULT nextval('report_event_id_seq'),
        report_id   uuid NOT NULL CONSTRAINT report_event_report_id_fkey REFERENCES report(id) ON DELETE CASCADE,
        type        text NOT NULL,
        actor_kind  text NOT NULL CONSTRAINT report_event_actor_kind_check CHECK (actor_kind IN ('REPORTER', 'STAFF', 'SYSTEM', 'AGENCY')),
        actor_id    uuid,
        data        jsonb NOT NULL DEFAULT '{}',
        created_at  timestamptz NOT NULL DEFAULT now()`,
    partitionedKeys: `ALTER TABLE report_event ADD CONSTRAINT report_event_pkey PRIMARY KEY (id, created_at)`,
    plainKeys: `ALTER TABLE report_event ADD CONSTRAINT report_event_pkey PRIMARY KEY (id)`,
    indexes: [
      `CREATE INDEX report_event_report ON report_event (report_id, id)`,
      `CREATE INDEX report_event_disposed ON report_event (created_at) WHERE type IN ('DISPOSED', 'MERGED')`,
    ],
    sequence: 'report_event_id_seq',
    triggers: [],
  },
  {
    table: 'audit_log',
    key: 'at',
    body: `
        seq          bigint NOT NULL CONSTRAINT audit_log_seq_check CHECK (seq > 0),
        at           timestamptz NOT NULL,
        actor_kind   text NOT NULL CONSTRAINT audit_log_actor_kind_check CHECK (actor_kind IN ('STAFF', 'SYSTEM', 'ANONYMOUS')),
        actor_id     uuid,
        actor_name   text,
        action       text NOT NULL,
        target_type  text,
        target_id    text,
        outcome      text NOT NULL CONSTRAINT audit_log_outcome CHECK (outcome IN ('OK', 'DENIED', 'FAILED', 'STARTED')),
        status       integer,
        ip           text,
        request_id   text,
        details      jsonb NOT NULL DEFAULT '{}',
        prev_hash    bytea NOT NULL CONSTRAINT audit_log_prev_hash_check CHECK (octet_length(prev_hash) = 32),
        hash         bytea NOT NULL CONSTRAINT audit_log_hash_check CHECK (octet_length(hash) = 32)`,
    partitionedKeys: `ALTER TABLE audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq, at),
                        ADD CONSTRAINT audit_log_hash_key UNIQUE (hash, at)`,
    plainKeys: `ALTER TABLE audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq), ADD CONSTRAINT audit_log_hash_key UNIQUE (hash)`,
    indexes: [
      `CREATE INDEX audit_log_at ON audit_log (at, seq)`,
      `CREATE INDEX audit_log_actor ON audit_log (actor_id, seq) WHERE actor_id IS NOT NULL`,
      `CREATE INDEX audit_log_target ON audit_log (target_type, target_id, seq) WHERE target_id IS NOT NULL`,
    ],
    triggers: [
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    ],
    afterGrants: `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`,
  },
  {
    table: 'outbox',
    key: 'created_at',
    body: `
        id            bigint NOT NULL DEFAULT nextval('outbox_id_seq'),
        queue         text NOT NULL,
        job_name      text NOT NULL,
        job_id        text NOT NULL,
        payload       jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts      integer NOT NULL DEFAULT 0,
        last_error    text`,
    partitionedKeys: `ALTER TABLE outbox ADD CONSTRAINT outbox_pkey PRIMARY KEY (id, created_at)`,
    plainKeys: `ALTER TABLE outbox ADD CONSTRAINT outbox_pkey PRIMARY KEY (id)`,
    indexes: [`CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL`],
    sequence: 'outbox_id_seq',
    triggers: [],
  },
];

/** Months created ahead of the current one by the migration (the job then keeps to its setting). */
const MONTHS_AHEAD = 3;

/** Renames the table and its indexes (their names are schema-wide) out of the way. */
async function setAside(q: QueryRunner, table: string, suffix: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} RENAME TO ${table}_${suffix}`);
  const indexes = (await q.query(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass`,
    [`${table}_${suffix}`],
  )) as Array<{ name: string }>;
  for (const { name } of indexes) await q.query(`ALTER INDEX "${name}" RENAME TO "${name}_${suffix}"`);
}

/** The grants of `from` (other than its owner's own) given again on `to`. */
async function copyGrants(q: QueryRunner, from: string, to: string): Promise<void> {
  const grants = (await q.query(
    `SELECT CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee, a.privilege_type AS privilege
       FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
    [from],
  )) as Array<{ grantee: string; privilege: string }>;
  for (const g of grants) await q.query(`GRANT ${g.privilege} ON ${to} TO ${g.grantee}`);
}

async function columnsOf(q: QueryRunner, table: string): Promise<string> {
  const rows = (await q.query(
    `SELECT quote_ident(attname) AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [table],
  )) as Array<{ name: string }>;
  return rows.map((r) => r.name).join(', ');
}

export class TimePartitions1765440000000 implements MigrationInterface {
  name = 'TimePartitions1765440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION create_month_partition(parent regclass, month date) RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        first date := date_trunc('month', month)::date;
        part text := format('%s_p%s', parent::text, to_char(first, 'YYYY_MM'));
        lo timestamptz := first::timestamp AT TIME ZONE 'UTC';
        hi timestamptz := (first + interval '1 month')::timestamp AT TIME ZONE 'UTC';
        key text;
        fallback regclass;
        held boolean := false;
        t record;
      BEGIN
        IF to_regclass(part) IS NOT NULL THEN RETURN 'EXISTS'; END IF;
        SELECT a.attname INTO key
          FROM pg_partitioned_table p JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
         WHERE p.partrelid = parent;
        IF key IS NULL THEN
          RAISE EXCEPTION '% is not a partitioned table', parent USING ERRCODE = 'wrong_object_type';
        END IF;
        SELECT i.inhrelid::regclass INTO fallback
          FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = parent AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT';
        IF fallback IS NOT NULL THEN
          EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I >= $1 AND %I < $2)', fallback, key, key) INTO held USING lo, hi;
          IF held THEN RETURN 'HELD_BY_DEFAULT'; END IF;
        END IF;
        EXECUTE format('CREATE TABLE %I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', part, parent, lo, hi);
        FOR t IN SELECT tgname, tgfoid::regproc AS fn FROM pg_trigger
                  WHERE tgrelid = parent AND NOT tgisinternal AND (tgtype & 32) <> 0 AND (tgtype & 1) = 0 LOOP
          EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION %s()', t.tgname, part, t.fn);
        END LOOP;
        RETURN 'CREATED';
      END $$;

      CREATE FUNCTION outbox_drop_dispatched_partition(part regclass) RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        pending bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                        WHERE i.inhrelid = part AND i.inhparent = 'outbox'::regclass
                          AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT') THEN
          RAISE EXCEPTION '% is not a month partition of outbox', part USING ERRCODE = 'wrong_object_type';
        END IF;
        -- The parent first (dropping a partition locks it anyway): no relay or enqueue holds the
        -- partition while it is counted and dropped.
        LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE;
        EXECUTE format('SELECT count(*) FROM %s WHERE dispatched_at IS NULL', part) INTO pending;
        IF pending = 0 THEN EXECUTE format('DROP TABLE %s', part); END IF;
        RETURN pending;
      END $$;
    `);

    for (const spec of SPECS) {
      const { table, key } = spec;
      await setAside(q, table, 'unpartitioned');
      await q.query(`CREATE TABLE ${table} (${spec.body}) PARTITION BY RANGE (${key})`);
      // Triggers before partitions: create_month_partition copies the parent's TRUNCATE guard.
      for (const trigger of spec.triggers) await q.query(trigger);
      await q.query(
        `SELECT create_month_partition('${table}'::regclass, m::date)
           FROM generate_series(
                  date_trunc('month', coalesce((SELECT min(${key}) FROM ${table}_unpartitioned), now()) AT TIME ZONE 'UTC'),
                  greatest(date_trunc('month', (SELECT max(${key}) FROM ${table}_unpartitioned) AT TIME ZONE 'UTC'),
                           date_trunc('month', now() AT TIME ZONE 'UTC') + interval '${MONTHS_AHEAD} months'),
                  interval '1 month') AS m`,
      );
      await q.query(`CREATE TABLE ${table}_default PARTITION OF ${table} DEFAULT`);
      for (const trigger of spec.triggers.filter((t) => t.includes('BEFORE TRUNCATE')))
        await q.query(trigger.replace(` ON ${table} `, ` ON ${table}_default `));
      const columns = await columnsOf(q, table);
      await q.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table}_unpartitioned`);
      await q.query(spec.partitionedKeys);
      for (const index of spec.indexes) await q.query(index);
      if (spec.sequence) await q.query(`ALTER SEQUENCE ${spec.sequence} OWNED BY ${table}.id`);
      await copyGrants(q, `${table}_unpartitioned`, table);
      if (spec.afterGrants) await q.query(spec.afterGrants);
      await q.query(`DROP TABLE ${table}_unpartitioned`);
      await q.query(`ANALYZE ${table}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const spec of SPECS) {
      const { table } = spec;
      await setAside(q, table, 'partitioned');
      await q.query(`CREATE TABLE ${table} (${spec.body})`);
      const columns = await columnsOf(q, table);
      await q.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table}_partitioned`);
      await q.query(spec.plainKeys);
      for (const index of spec.indexes) await q.query(index);
      if (spec.sequence) await q.query(`ALTER SEQUENCE ${spec.sequence} OWNED BY ${table}.id`);
      for (const trigger of spec.triggers) await q.query(trigger);
      await copyGrants(q, `${table}_partitioned`, table);
      if (spec.afterGrants) await q.query(spec.afterGrants);
      await q.query(`DROP TABLE ${table}_partitioned`);
    }
    await q.query(`DROP FUNCTION outbox_drop_dispatched_partition(regclass); DROP FUNCTION create_month_partition(regclass, date)`);
  }
}
