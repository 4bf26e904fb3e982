import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed statements of the audit chain's head (audit:anchor, and the daily job). The chain
 * must reach every anchor's row with that row's hash: deleting rows at the chain's end is
 * found by audit:verify. Anchors are also exported as files, outside the database.
 */
export class AuditAnchors1765000002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_anchor (
        id         bigserial PRIMARY KEY,
        seq        bigint NOT NULL CHECK (seq > 0),
        hash       bytea NOT NULL CHECK (octet_length(hash) = 32),
        at         timestamptz NOT NULL,
        signature  bytea NOT NULL CHECK (octet_length(signature) = 32),
        source     text NOT NULL CHECK (source IN ('SCHEDULE', 'CLI'))
      );
      CREATE INDEX audit_anchor_seq ON audit_anchor (seq DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_anchor`);
  }
}
