import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders that reach people: a staff member's work email (for the daily to-do digest and
 * overdue escalations), and one row per person and day a digest was queued, so a digest is
 * sent once whatever the number of workers or retries.
 */
export class StaffReminders1765000001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE staff_user ADD COLUMN email text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$');
      CREATE TABLE reminder_digest (
        user_id    uuid NOT NULL REFERENCES staff_user(id) ON DELETE CASCADE,
        day        date NOT NULL,
        message_id uuid NOT NULL,
        items      integer NOT NULL CHECK (items > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, day)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reminder_digest; ALTER TABLE staff_user DROP COLUMN email;`);
  }
}
