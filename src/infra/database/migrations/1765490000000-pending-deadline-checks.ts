import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The deadline sweep is how reminders and escalations are sent (no delayed job per deadline
 * any more): it looks for open deadlines not yet reminded whose reminder day has come, and
 * not yet escalated whose due day has passed. These indexes hold exactly the pending ones,
 * so a sweep does not walk the open deadlines already reminded and escalated (a case left
 * overdue keeps its deadlines open).
 */
export class PendingDeadlineChecks1765490000000 implements MigrationInterface {
  name = 'PendingDeadlineChecks1765490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX report_deadline_remind_pending ON report_deadline (remind_on) WHERE met_at IS NULL AND reminded_at IS NULL;
      CREATE INDEX report_deadline_escalate_pending ON report_deadline (due_on) WHERE met_at IS NULL AND escalated_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_deadline_escalate_pending; DROP INDEX report_deadline_remind_pending`);
  }
}
