import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 回避 in the data layer: report_exclusions(cadre, same_unit) is the one definition of
 * "tips this staff member may not see", keyed by report, with the reason. It starts from
 * the viewer's cadre (themself, their recorded relatives, their unit when configured) and
 * follows the indexed subject links (triage, staff, publicity-period tips) to the tips, so its cost is the viewer's few links,
 * not the number of tips. A merged tip and the case it was merged into share their
 * exclusion: the surviving case carries the merged tip's content.
 *
 * The api asks it once per request for a staff member linked to a cadre record and every
 * query that returns tip-derived data leaves those ids out (src/auth/conflict/viewer.ts).
 * report_conflict() (1764400004000) now answers from it, so both can never disagree.
 */
export class ReportExclusions1765100000000 implements MigrationInterface {
  name = 'ReportExclusions1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX report_subject_linked_cadre ON report_subject (cadre_id) WHERE cadre_id IS NOT NULL;
      CREATE INDEX vetting_candidate_cadre ON vetting_candidate (cadre_id);
      CREATE INDEX publicity_report_link_candidate ON publicity_report_link (candidate_id);

      CREATE FUNCTION report_exclusions(p_cadre uuid, p_same_unit boolean) RETURNS TABLE (report_id uuid, reason text)
      LANGUAGE sql STABLE AS $$
        WITH near AS (
          SELECT p_cadre AS cadre_id, 1 AS rank WHERE p_cadre IS NOT NULL
          UNION ALL SELECT related_cadre_id, 2 FROM cadre_relation WHERE cadre_id = p_cadre
          UNION ALL SELECT cadre_id, 2 FROM cadre_relation WHERE related_cadre_id = p_cadre
          UNION ALL SELECT c.id, 3 FROM cadre me JOIN cadre c ON c.unit_id = me.unit_id AND c.id <> me.id
                     WHERE p_same_unit AND me.id = p_cadre
        ),
        direct AS (
          SELECT l.report_id, n.rank FROM near n JOIN cadre_report_link l ON l.cadre_id = n.cadre_id
          UNION ALL SELECT l.report_id, n.rank FROM near n JOIN report_subject_cadre l ON l.cadre_id = n.cadre_id
          UNION ALL SELECT s.report_id, n.rank FROM near n JOIN report_subject s ON s.cadre_id = n.cadre_id
                     WHERE s.status IN ('LINKED', 'CONFIRMED')
          -- A tip received during a candidate's publicity and linked to the candidacy.
          UNION ALL SELECT l.report_id, n.rank FROM near n JOIN vetting_candidate c ON c.cadre_id = n.cadre_id
                     JOIN publicity_report_link l ON l.candidate_id = c.id
        ),
        merged AS (
          SELECT report_id, rank FROM direct
          UNION ALL SELECT r.repeat_of, d.rank FROM direct d JOIN report r ON r.id = d.report_id
                     WHERE r.status = 'MERGED' AND r.repeat_of IS NOT NULL
          UNION ALL SELECT r.id, d.rank FROM direct d JOIN report r ON r.repeat_of = d.report_id AND r.status = 'MERGED'
        )
        SELECT report_id, (ARRAY['SUBJECT', 'RELATIVE', 'SAME_UNIT'])[min(rank)] FROM merged GROUP BY report_id
      $$;

      CREATE OR REPLACE FUNCTION report_conflict(p_report uuid, p_cadre uuid, p_same_unit boolean) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT reason FROM report_exclusions(p_cadre, p_same_unit) WHERE report_id = p_report
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION report_conflict(p_report uuid, p_cadre uuid, p_same_unit boolean) RETURNS text
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
      DROP FUNCTION report_exclusions(uuid, boolean);
      DROP INDEX report_subject_linked_cadre, vetting_candidate_cadre, publicity_report_link_candidate;
    `);
  }
}
