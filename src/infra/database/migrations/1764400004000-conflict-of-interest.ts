import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 回避 (conflict of interest). A staff account linked to a cadre record (staff_user.cadre_id)
 * must not see a tip whose subjects include that cadre, a recorded relative of theirs, or
 * (when configured) a cadre of the same unit's leadership. report_conflict() is the one
 * definition, used by the api for single tips and for lists.
 */
export class ConflictOfInterest1764400004000 implements MigrationInterface {
  name = 'ConflictOfInterest1764400004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Close relations recorded between cadres (spouse, parent, child, sibling, in-law …).
      CREATE TABLE cadre_relation (
        cadre_id         uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        related_cadre_id uuid NOT NULL REFERENCES cadre(id) ON DELETE CASCADE,
        kind             text NOT NULL CHECK (kind IN ('SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'IN_LAW', 'OTHER_CLOSE')),
        recorded_by      uuid REFERENCES staff_user(id),
        recorded_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cadre_id, related_cadre_id),
        CHECK (cadre_id <> related_cadre_id)
      );
      CREATE INDEX cadre_relation_related ON cadre_relation (related_cadre_id);

      -- Why p_cadre must not see p_report ('SUBJECT', 'RELATIVE', 'SAME_UNIT'), or NULL.
      -- Subjects are the cadres linked to the tip by triage or by staff.
      CREATE FUNCTION report_conflict(p_report uuid, p_cadre uuid, p_same_unit boolean) RETURNS text
      LANGUAGE sql STABLE AS $$
        WITH subjects AS (
          SELECT cadre_id FROM cadre_report_link WHERE report_id = p_report
          UNION SELECT cadre_id FROM report_subject_cadre WHERE report_id = p_report
          UNION SELECT cadre_id FROM report_subject
                 WHERE report_id = p_report AND cadre_id IS NOT NULL AND status IN ('LINKED', 'CONFIRMED')
        )
        SELECT CASE
          WHEN p_cadre IS NULL THEN NULL
          WHEN EXISTS (SELECT 1 FROM subjects WHERE cadre_id = p_cadre) THEN 'SUBJECT'
          WHEN EXISTS (SELECT 1 FROM subjects s JOIN cadre_relation r
                         ON (r.cadre_id = p_cadre AND r.related_cadre_id = s.cadre_id)
                         OR (r.related_cadre_id = p_cadre AND r.cadre_id = s.cadre_id)) THEN 'RELATIVE'
          WHEN p_same_unit AND EXISTS (SELECT 1 FROM subjects s JOIN cadre c ON c.id = s.cadre_id
                                        JOIN cadre me ON me.id = p_cadre WHERE c.unit_id = me.unit_id) THEN 'SAME_UNIT'
        END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION report_conflict(uuid, uuid, boolean); DROP TABLE cadre_relation;`);
  }
}
