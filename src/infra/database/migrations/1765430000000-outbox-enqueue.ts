import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox_enqueue`: the infra module's one way to write jobs to its outbox, callable from
 * another module's statement. A tip's report, its RECEIVED event and its triage job are then
 * written by one statement (autocommit) instead of a transaction of four round trips.
 * Answers each job's id with its position (1-based) in the arrays given.
 */
export class OutboxEnqueue1765430000000 implements MigrationInterface {
  name = 'OutboxEnqueue1765430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION outbox_enqueue(queues text[], job_names text[], job_ids text[], payloads jsonb[])
        RETURNS TABLE (ord bigint, id bigint) LANGUAGE sql VOLATILE AS $$
        WITH j AS (
          SELECT nextval('outbox_id_seq') AS id, u.*
            FROM unnest(queues, job_names, job_ids, payloads) WITH ORDINALITY AS u(queue, job_name, job_id, payload, ord)
        ), inserted AS (
          INSERT INTO outbox (id, queue, job_name, job_id, payload)
          SELECT j.id, j.queue, j.job_name, j.job_id, j.payload FROM j ORDER BY j.ord
        )
        SELECT j.ord, j.id FROM j ORDER BY j.ord
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION outbox_enqueue(text[], text[], text[], jsonb[])`);
  }
}
