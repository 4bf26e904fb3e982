import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint meetings (联席会议): the meeting, which agencies attended, the agenda (items
 * proposed from open cases, requests and vetting candidates, or added by staff), each
 * agency's opinion per item and the item's decision. A decision is taken once.
 */
export class JointMeetings1764700000000 implements MigrationInterface {
  name = 'JointMeetings1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE joint_meeting_number;
      CREATE TABLE joint_meeting (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number           text NOT NULL UNIQUE,
        title            text NOT NULL,
        held_on          date NOT NULL,
        place            text NOT NULL,
        convener         text NOT NULL,
        invited_agencies text[] NOT NULL CHECK (cardinality(invited_agencies) > 0),
        minutes          text NOT NULL DEFAULT '',
        created_by       uuid,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX joint_meeting_held_on ON joint_meeting (held_on DESC);

      CREATE TABLE joint_meeting_attendance (
        meeting_id     uuid NOT NULL REFERENCES joint_meeting(id) ON DELETE CASCADE,
        agency_code    text NOT NULL,
        status         text NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'REPRESENTED')),
        attendee       text,
        note           text,
        recorded_by    uuid,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, agency_code),
        CHECK (status = 'ABSENT' OR attendee IS NOT NULL)
      );

      CREATE TABLE joint_meeting_item (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id      uuid NOT NULL REFERENCES joint_meeting(id) ON DELETE CASCADE,
        position        integer NOT NULL,
        kind            text NOT NULL CHECK (kind IN ('CASE', 'OVERDUE_REQUEST', 'VETTING_CANDIDATE', 'FREE')),
        subject_id      uuid,
        title           text NOT NULL,
        reasons         jsonb NOT NULL DEFAULT '[]',
        decision        text CHECK (decision IN ('PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE')),
        decision_detail jsonb,
        decided_by      uuid,
        decided_at      timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'FREE') = (subject_id IS NULL)),
        CHECK ((decision IS NULL) = (decided_at IS NULL))
      );
      CREATE UNIQUE INDEX joint_meeting_item_subject ON joint_meeting_item (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL;
      CREATE INDEX joint_meeting_item_meeting ON joint_meeting_item (meeting_id, position);
      -- "Already on an undecided agenda" is asked when proposing the next meeting's agenda.
      CREATE INDEX joint_meeting_item_open_subject ON joint_meeting_item (subject_id) WHERE decision IS NULL AND subject_id IS NOT NULL;

      CREATE TABLE joint_meeting_opinion (
        item_id     uuid NOT NULL REFERENCES joint_meeting_item(id) ON DELETE CASCADE,
        agency_code text NOT NULL,
        opinion     text NOT NULL,
        recorded_by uuid,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, agency_code)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE joint_meeting_opinion, joint_meeting_item, joint_meeting_attendance, joint_meeting; DROP SEQUENCE joint_meeting_number;`,
    );
  }
}
