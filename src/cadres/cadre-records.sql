/* Queries of the cadre records repository (cadre-records.repository.ts): writes to a cadre's record. */

/* A change to a cadre's record holds the cadre's row until its transaction ends. */
/* @name LockCadre */
SELECT id FROM cadre WHERE id = :id! FOR UPDATE;

/* @name LinkReport */
INSERT INTO cadre_report_link (report_id, cadre_id, source, linked_by) VALUES (:reportId!, :cadreId!, :source!, :linkedBy)
ON CONFLICT DO NOTHING RETURNING report_id;

/* Links of many tips at once (pairs in the order given); answers the links made now (those already there do not come back). */
/* @name LinkReportsToCadres */
INSERT INTO cadre_report_link (report_id, cadre_id, source)
SELECT l.report_id, l.cadre_id, :source! FROM unnest(:reportIds!::uuid[], :cadreIds!::uuid[]) WITH ORDINALITY AS l(report_id, cadre_id, n) ORDER BY l.n
ON CONFLICT DO NOTHING RETURNING report_id AS "report_id!", cadre_id AS "cadre_id!";

/* @name UnlinkReport */
DELETE FROM cadre_report_link WHERE report_id = :reportId! AND cadre_id = :cadreId!;

/* @name CadresLinkedTo */
SELECT cadre_id FROM cadre_report_link WHERE report_id = :reportId!;

/* @name InsertSanction */
INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, report_id, note, recorded_by)
VALUES (:cadreId!, :kind!, :effectiveOn!, :probationMonths, :reportId, :note, :recordedBy) RETURNING id;

/* @name InsertFinding */
INSERT INTO cadre_finding (cadre_id, source, outcome, concluded_on, summary, sanction_id, recorded_by)
VALUES (:cadreId!, :source, :outcome!, :concludedOn!, :summary, :sanctionId, :recordedBy) RETURNING id;

/* A concluded case's finding on every cadre its tip is linked to. */
/* @name InsertCaseFindings */
INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on, summary, recorded_by)
SELECT l.cadre_id, :reportId!, 'CASE', :outcome!, :concludedOn!, :summary, :recordedBy FROM cadre_report_link l WHERE l.report_id = :reportId! ORDER BY l.cadre_id
RETURNING cadre_id;

/* @name SetInvestigation */
UPDATE cadre SET under_investigation = :underInvestigation!, investigation_since = CASE WHEN :underInvestigation! THEN :since::date END,
                 investigation_note = :note, updated_at = now() WHERE id = :id!;

/* @name SetFileAudit */
UPDATE cadre SET file_audited_on = :auditedOn, file_audit_note = :note, updated_at = now() WHERE id = :id!;

/* @name UpsertPersonalMatters */
INSERT INTO personal_matters_report (cadre_id, year, status, checked_on, check_reason, detail, explained_on)
VALUES (:cadreId!, :year!, :status!, :checkedOn, :checkReason, :detail, :explainedOn)
ON CONFLICT (cadre_id, year) DO UPDATE SET status = EXCLUDED.status, checked_on = EXCLUDED.checked_on,
  check_reason = coalesce(EXCLUDED.check_reason, personal_matters_report.check_reason), detail = EXCLUDED.detail,
  explained_on = EXCLUDED.explained_on, updated_at = now();

/* @name AllPersonNos */
SELECT person_no FROM cadre ORDER BY person_no;

/* Once per year: nothing comes back when the year was drawn already. */
/* @name InsertDraw */
INSERT INTO personal_matters_draw (year, ratio, seed, population, drawn, drawn_by) VALUES (:year!, :ratio!, :seed!, :population!, :drawn!, :drawnBy)
ON CONFLICT (year) DO NOTHING RETURNING id;

/* @name MarkDrawn */
INSERT INTO personal_matters_report (cadre_id, year, check_reason)
SELECT id, :year!, 'RANDOM' FROM cadre WHERE person_no = ANY (:personNos!::text[])
ON CONFLICT (cadre_id, year) DO UPDATE SET check_reason = 'RANDOM', updated_at = now();

/* Every year's check, newest first, with the drawn cadres as the roster has them now. */
/* @name Draws */
SELECT d.year, d.ratio, d.seed, cardinality(d.population) AS "population!", d.created_at AS drawn_at,
       (SELECT coalesce(json_agg(json_build_object('personNo', p.no, 'cadreId', c.id, 'name', c.name, 'unitName', u.name) ORDER BY p.no), '[]')
          FROM unnest(d.drawn) AS p(no) LEFT JOIN cadre c ON c.person_no = p.no LEFT JOIN unit u ON u.id = c.unit_id) AS "drawn!"
  FROM personal_matters_draw d
 ORDER BY d.year DESC;

/* @name Draw */
SELECT ratio, seed, population, drawn FROM personal_matters_draw WHERE year = :year!;
