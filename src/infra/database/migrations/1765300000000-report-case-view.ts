import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only views other modules' hot paths may join in one statement (PUBLISHED_VIEWS in
 * table-owners.ts), no identity column in either:
 * - report_case_view (the reports module's): a case's columns the triage pipeline compares
 *   and the triage inbox filters and orders by (its indexes still serve: the view is inlined);
 * - cadre_name_view (the cadres module's): a cadre's name, for the inbox's search by name.
 */
export class ReportCaseView1765300000000 implements MigrationInterface {
  name = 'ReportCaseView1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW report_case_view AS
      SELECT id, number, channel, status, real_name, subjects, category_claimed, body, received_at, updated_at, triaged_at,
             category, category_scores, category_confirmed, priority, priority_level, is_specific, repeat_of, assignee_id, next_due_on
        FROM report;
      CREATE VIEW cadre_name_view AS
      SELECT id, name
        FROM cadre;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW cadre_name_view; DROP VIEW report_case_view`);
  }
}
