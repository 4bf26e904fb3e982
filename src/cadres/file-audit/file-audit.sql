/* Queries of the file audit repository (file-audit.repository.ts): a cadre's personnel file as audited. */

/* @name EntriesOf */
SELECT id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post, status, source,
       document_date, filled_by_self, note, entered_by, entered_at
  FROM file_entry
 WHERE cadre_id = :cadreId!
 ORDER BY fact, document_date, entered_at, id;

/* @name InsertEntry */
INSERT INTO file_entry (cadre_id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post,
                        status, source, document_date, filled_by_self, note, entered_by)
VALUES (:cadreId!, :fact!, :statedDate, :fromDate, :toDate, :educationLevel, :institution, :diploma, :fullTime, :unit, :post,
        :status, :source!, :documentDate!, :filledBySelf!, :note, :enteredBy)
RETURNING id;

/* @name DeleteEntry */
DELETE FROM file_entry WHERE id = :id! AND cadre_id = :cadreId! RETURNING id, fact;

/* Every doubt of the cadre, the open ones first, then by when they were opened. */
/* @name DoubtsOf */
SELECT id, key, rule, fact, message, entry_ids, status, resolution, resolved_by, resolved_at, opened_at
  FROM file_doubt
 WHERE cadre_id = :cadreId!
 ORDER BY status, opened_at, key;

/*
 * The doubts the rules found: a new key opens a doubt; an open one gets the current message;
 * a resolved one stays resolved (the same records, examined already). The keys opened come back.
 */
/* @name UpsertDoubts */
INSERT INTO file_doubt (cadre_id, key, rule, fact, message, entry_ids)
SELECT :cadreId!, d.key, d.rule, d.fact, d.message, d.entry_ids
  FROM jsonb_to_recordset(:doubts!::jsonb) AS d(key text, rule text, fact text, message text, entry_ids uuid[])
ON CONFLICT (cadre_id, key) DO UPDATE SET message = EXCLUDED.message WHERE file_doubt.status = 'OPEN'
RETURNING id, key, rule, (xmax = 0) AS "opened!";

/* Open doubts the rules no longer find (the records were corrected or removed); a roster's doubt is not the rules' to withdraw. */
/* @name DeleteStaleDoubts */
DELETE FROM file_doubt
 WHERE cadre_id = :cadreId! AND status = 'OPEN' AND rule <> 'ROSTER_CONFLICT' AND key <> ALL (:keys!::text[])
RETURNING id, rule;

/* @name ResolveDoubt */
UPDATE file_doubt SET status = 'RESOLVED', resolution = :resolution!, resolved_by = :resolvedBy, resolved_at = now()
 WHERE id = :id! AND cadre_id = :cadreId! AND status = 'OPEN'
RETURNING id, rule, message;

/* @name DoubtState */
SELECT status FROM file_doubt WHERE id = :id! AND cadre_id = :cadreId!;

/* Open doubts of many cadres (vetting facts), in the order they were opened. */
/* @name OpenDoubtsOfCadres */
SELECT cadre_id, id, rule, fact, message
  FROM file_doubt
 WHERE cadre_id = ANY (:ids!::uuid[]) AND status = 'OPEN'
 ORDER BY cadre_id, opened_at, key;

/* @name CountOpenDoubts */
SELECT count(*)::int AS "open!" FROM file_doubt WHERE cadre_id = :cadreId! AND status = 'OPEN';

/* @name DeleteDeterminations */
DELETE FROM file_determination WHERE cadre_id = :cadreId!;

/* @name InsertDeterminations */
INSERT INTO file_determination (cadre_id, fact, value, code, reasons, basis, determined_on, determined_by)
SELECT :cadreId!, d.fact, d.value, d.code, d.reasons, d.basis, :determinedOn!, :determinedBy
  FROM jsonb_to_recordset(:determinations!::jsonb) AS d(fact text, value text, code text, reasons jsonb, basis jsonb);

/* @name DeterminationsOf */
SELECT fact, value, code, reasons, basis, to_char(determined_on, 'YYYY-MM-DD') AS "determined_on!", determined_by
  FROM file_determination
 WHERE cadre_id = :cadreId!;

/* The determined facts of the cadres a roster names (what an import is held to). */
/* @name DeterminedOfCadres */
SELECT cadre_id, fact, code
  FROM file_determination
 WHERE cadre_id = ANY (:ids!::uuid[]) AND code IS NOT NULL;

/* The roster's columns take the determined values (months; the education level's name), where determined. */
/* @name ApplyDetermined */
UPDATE cadre SET birth_month = coalesce(:birthMonth, birth_month), party_month = coalesce(:partyMonth, party_month),
                 work_month = coalesce(:workMonth, work_month), education = coalesce(:education, education), updated_at = now()
 WHERE id = :cadreId!;

/* A roster's contradictions as open doubts (one per field and imported value); the cadres with a doubt newly opened come back. */
/* @name InsertRosterDoubts */
INSERT INTO file_doubt (cadre_id, key, rule, fact, message)
SELECT d.cadre_id, d.key, 'ROSTER_CONFLICT', d.fact, d.message
  FROM jsonb_to_recordset(:doubts!::jsonb) AS d(cadre_id uuid, key text, fact text, message text)
ON CONFLICT (cadre_id, key) DO NOTHING
RETURNING cadre_id;
