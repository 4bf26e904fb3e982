import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail (全程记实): one row per staff action, sensitive read, login and refusal.
 * Rows are hash-chained by the application (each carries a keyed hash over its content
 * and the previous row's hash; see src/audit/audit-chain.ts), and a trigger refuses every
 * UPDATE, DELETE and TRUNCATE, whoever asks: the application connects as the table's
 * owner in simple deployments, where REVOKE alone would not bind it. See docs/SECURITY.md
 * for the separate-role deployment.
 */
export class AuditLog1764400000000 implements MigrationInterface {
  name = 'AuditLog1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq          bigint PRIMARY KEY CHECK (seq > 0),
        at           timestamptz NOT NULL,
        actor_kind   text NOT NULL CHECK (actor_kind IN ('STAFF', 'SYSTEM', 'ANONYMOUS')),
        actor_id     uuid,
        actor_name   text,
        action       text NOT NULL,
        target_type  text,
        target_id    text,
        outcome      text NOT NULL CHECK (outcome IN ('OK', 'DENIED', 'FAILED')),
        status       integer,
        ip           text,
        request_id   text,
        details      jsonb NOT NULL DEFAULT '{}',
        prev_hash    bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
        hash         bytea NOT NULL UNIQUE CHECK (octet_length(hash) = 32)
      );
      CREATE INDEX audit_log_at ON audit_log (at, seq);
      CREATE INDEX audit_log_actor ON audit_log (actor_id, seq) WHERE actor_id IS NOT NULL;
      CREATE INDEX audit_log_target ON audit_log (target_type, target_id, seq) WHERE target_id IS NOT NULL;

      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log; DROP FUNCTION audit_log_refuse_change();`);
  }
}
