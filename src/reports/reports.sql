/* Queries of the reports module's repository (reports.repository.ts): what other modules read of a case. */

/* A case's number, status and handler. */
/* @name CaseState */
SELECT number, status, assignee_id
  FROM report
 WHERE id = :id!;

/*
 * Staff's list of tips, newest first, keyset-paginated: optional filters (NULL = any), the
 * cursor (the last row's instant to the microsecond and id), the tips hidden from the viewer
 * (回避; NULL when none), and one row more than the page to know whether another follows.
 */
/* @name ListReports */
SELECT r.id, r.number, r.channel, r.status, r.real_name, r.category, r.subjects, left(r.body, 120) AS "excerpt!",
       r.received_at, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "received_at_exact!",
       (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id) AS "attachment_count!"
  FROM report r
 WHERE (:status::text IS NULL OR r.status = :status)
   AND (:channel::text IS NULL OR r.channel = :channel)
   AND (:from::date IS NULL OR r.received_at >= (:from::date)::timestamptz)
   AND (:to::date IS NULL OR r.received_at < ((:to::date) + 1)::timestamptz)
   AND (:cursorAt::timestamptz IS NULL OR (r.received_at, r.id) < (:cursorAt::timestamptz, :cursorId::uuid))
   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden::uuid[]))
 ORDER BY r.received_at DESC, r.id DESC
 LIMIT :limit!;

/* A tip's file (not one of another tip). */
/* @name AttachmentOf */
SELECT storage_key, original_name, media_type
  FROM attachment
 WHERE id = :id! AND report_id = :reportId!;

/* A tip's id by its number. */
/* @name IdByNumber */
SELECT id
  FROM report
 WHERE number = :number!;

/* A case as its workflow changes it, locked until the transaction ends. */
/* @name LockForChange */
SELECT id, number, status, disposition, disposition_pending, finding, outcome_for_reporter, repeat_of, received_at
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* A case's number and the case it repeats (a merge target). */
/* @name MergeTargetOf */
SELECT id, number, repeat_of
  FROM report
 WHERE id = :id!;

/* A proposal waiting for a second person's approval (or none: NULL). */
/* @name SetPendingDisposition */
UPDATE report SET disposition_pending = :pending::jsonb, updated_at = now()
 WHERE id = :id!;

/* A disposition applied: closed_at set when the new status ends the case. */
/* @name ApplyDisposition */
UPDATE report SET status = :status!, disposition = :disposition!, disposition_detail = :detail!::jsonb, disposition_pending = NULL,
                  updated_at = now(),
                  closed_at = CASE WHEN :status! IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED') THEN now() ELSE closed_at END
 WHERE id = :id!;

/* @name RecordFinding */
UPDATE report SET finding = :finding!, outcome_for_reporter = :outcomeForReporter, updated_at = now()
 WHERE id = :id!;

/* @name Conclude */
UPDATE report SET status = 'CLOSED', closed_at = now(), disposition_pending = NULL, updated_at = now()
 WHERE id = :id!;

/* A case merged into another (repeat_of: the root of the case it joins). */
/* @name MergeInto */
UPDATE report SET status = 'MERGED', disposition = 'MERGE', disposition_detail = :detail!::jsonb, disposition_pending = NULL,
                  repeat_of = :repeatOf!, updated_at = now()
 WHERE id = :id!;

/* @name Reopen */
UPDATE report SET status = 'IN_HANDLING', closed_at = NULL, disposition_pending = NULL, updated_at = now()
 WHERE id = :id!;

/*
 * New tips in one statement, column by column as arrays (in the order given; their JSON, the
 * subjects and the RECEIVED event's facts, as one JSON array `documents`), with their
 * files, idempotency records, RECEIVED events and triage jobs (through outbox_enqueue, the
 * infra module's function): they commit together or not at all, with no transaction of
 * several round trips. Numbers:
 * QF-<year in the district's time zone (the session's)>-<sequence>.
 */
/* @name CreateReports */
WITH t AS (
  SELECT u.*, d.doc -> 'subjects' AS subjects, d.doc -> 'received' AS received
    FROM unnest(:ids!::uuid[], :channels!::text[], :identities!::bytea[], :phoneHashes!::bytea[], :receiptHashes!::bytea[],
                :categoriesClaimed!::text[], :bodies!::text[], :incidentTimes!::text[], :incidentPlaces!::text[],
                :clientHashes!::bytea[])
         WITH ORDINALITY AS u(id, channel, identity, phone_hash, receipt_hash, category_claimed, body, incident_time,
                              incident_place, client_hash, ord)
    JOIN jsonb_array_elements(:documents!::jsonb) WITH ORDINALITY AS d(doc, ord) ON d.ord = u.ord
), r AS (
  INSERT INTO report (id, number, channel, real_name, reporter_identity, reporter_phone_hash, receipt_hash,
                      subjects, category_claimed, body, incident_time, incident_place, client_hash)
  SELECT id, 'QF-' || to_char(now(), 'YYYY') || '-' || serial_text(nextval('report_number_seq'), 6), channel,
         identity IS NOT NULL, identity, phone_hash, receipt_hash, subjects, category_claimed, body, incident_time,
         incident_place, client_hash
    FROM t ORDER BY ord
  RETURNING id, number, received_at
), a AS (
  INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)
  SELECT f.id, r.id, f.key, f.sha, f.size, f.type, f.name
    FROM unnest(:fileIds!::uuid[], :fileReportIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[],
                :fileTypes!::text[], :fileNames!::text[])
         AS f(id, report_id, key, sha, size, type, name)
    JOIN r ON r.id = f.report_id
), i AS (
  INSERT INTO idempotency_record (key_hash, request_hash, report_id, response, expires_at)
  SELECT k.key_hash, k.request_hash, r.id, k.response, now() + make_interval(hours => k.hours)
    FROM unnest(:keyReportIds!::uuid[], :keyHashes!::bytea[], :requestHashes!::bytea[], :responses!::bytea[], :hours!::int[])
         AS k(report_id, key_hash, request_hash, response, hours)
    JOIN r ON r.id = k.report_id
), e AS (
  INSERT INTO report_event (report_id, type, actor_kind, data)
  SELECT t.id, 'RECEIVED', 'REPORTER', t.received
    FROM t JOIN r ON r.id = t.id ORDER BY t.ord
), o AS (
  SELECT j.report_id, q.id
    FROM outbox_enqueue(:jobQueues!::text[], :jobNames!::text[], :jobIds!::text[], :jobPayloads!::jsonb[]) AS q
    JOIN unnest(:jobReportIds!::uuid[]) WITH ORDINALITY AS j(report_id, ord) ON j.ord = q.ord
)
SELECT r.id AS "id!", r.number AS "number!", r.received_at AS "received_at!", o.id AS outbox_id
  FROM r LEFT JOIN o ON o.report_id = r.id;

/* A message on a tip with its files; the tip counts as updated. */
/* @name AddMessage */
WITH m AS (
  INSERT INTO report_message (id, report_id, author_kind, author_id, body)
  VALUES (:id!, :reportId!, :authorKind!, :authorId, :body!)
  RETURNING id, created_at
), a AS (
  INSERT INTO attachment (id, report_id, message_id, storage_key, sha256, size_bytes, media_type, original_name)
  SELECT f.id, :reportId!, m.id, f.key, f.sha, f.size, f.type, f.name
    FROM m, unnest(:fileIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[], :fileTypes!::text[],
                   :fileNames!::text[])
            AS f(id, key, sha, size, type, name)
), u AS (
  UPDATE report SET updated_at = now() WHERE id = :reportId!
)
SELECT created_at AS "created_at!"
  FROM m;

/* An unexpired idempotency record with the tip it created and the tip's own files (not its messages'). */
/* @name IdempotentReplay */
SELECT i.request_hash, i.response, r.number, r.received_at,
       (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id AND a.message_id IS NULL) AS "attachments!"
  FROM idempotency_record i
  JOIN report r ON r.id = i.report_id
 WHERE i.key_hash = :keyHash! AND i.expires_at > now();

/* The tip a receipt code opens (by the code's hash), as its reporter sees it. */
/* @name ByReceiptHash */
SELECT id, number, status, received_at, outcome_for_reporter
  FROM report
 WHERE receipt_hash = :receiptHash!;

/* A tip's messages, oldest first, with the number of files of each. */
/* @name MessagesOf */
SELECT m.author_kind, m.body, m.created_at,
       (SELECT count(*)::int FROM attachment a WHERE a.message_id = m.id) AS "attachments!"
  FROM report_message m
 WHERE m.report_id = :reportId!
 ORDER BY m.created_at, m.id;

/* Idempotency records past their retry window. */
/* @name PurgeExpiredIdempotency */
DELETE FROM idempotency_record
 WHERE expires_at < now();

/* A tip's first file (a hotline call's recording). */
/* @name FirstAttachmentOf */
SELECT id
  FROM attachment
 WHERE report_id = :reportId!
 ORDER BY created_at
 LIMIT 1;

/* One file attached to a tip afterwards (a downloaded voicemail recording). */
/* @name AddAttachment */
INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)
VALUES (:id!, :reportId!, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName);

/* A voicemail's transcript becomes the tip's text. */
/* @name SetTranscript */
UPDATE report SET body = :body!, subjects = :subjects!::jsonb, category_claimed = coalesce(:categoryClaimed, category_claimed),
                  updated_at = now()
 WHERE id = :id!;

/* Which of these tips are in one of these statuses. */
/* @name InStatus */
SELECT id, number
  FROM report
 WHERE id = ANY (:ids!::uuid[]) AND status = ANY (:statuses!::text[]);

/* A tip's sealed reporter identity (a real-name reporter's own phone, to send them a notice). */
/* @name SealedReporterIdentity */
SELECT reporter_identity AS "reporter_identity!"
  FROM report
 WHERE id = :id! AND reporter_identity IS NOT NULL;

/*
 * Retention: concluded tips whose retention clock (when they were concluded; for a tip merged
 * into another, when the surviving case was) started before the cutoff and whose identity is
 * not purged yet, by id after `after` (keyset).
 */
/* @name DueForRetention */
SELECT r.id
  FROM report r
 WHERE r.status = ANY (:statuses!::text[])
   AND (CASE WHEN r.status = 'MERGED'
             THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))
             ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz
   AND r.identity_purged_at IS NULL
   AND (:after::uuid IS NULL OR r.id > :after::uuid)
 ORDER BY r.id
 LIMIT :limit!::int;

/* The same, re-checked for one tip under a row lock (it may have been reopened since it was listed). */
/* @name LockForRetention */
SELECT r.number, r.reporter_identity IS NOT NULL AS "had_identity!"
  FROM report r
 WHERE r.id = :id! AND r.status = ANY (:statuses!::text[])
   AND (CASE WHEN r.status = 'MERGED'
             THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))
             ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz
   FOR UPDATE OF r;

/* Retention: a tip's files (its own and its messages') are removed. */
/* @name PurgeAttachments */
DELETE FROM attachment
 WHERE report_id = :reportId!
RETURNING storage_key, size_bytes;

/* Retention: the reporter's identity, phone hash and receipt code are removed from the tip. */
/* @name PurgeReporter */
UPDATE report SET reporter_identity = NULL, reporter_phone_hash = NULL, receipt_hash = sha256(gen_random_uuid()::text::bytea),
                  identity_purged_at = CASE WHEN reporter_identity IS NOT NULL THEN :at!::timestamptz ELSE identity_purged_at END
 WHERE id = :id!;

/* A tip still RECEIVED marked triaged (the eval tool records the worker's triage step as done); no row when it was not RECEIVED. */
/* @name MarkTriagedIfReceived */
UPDATE report SET status = 'TRIAGED', triaged_at = now()
 WHERE id = :id! AND status = 'RECEIVED'
RETURNING id;

/* How many tips there are. */
/* @name CountReports */
SELECT count(*)::int AS "count!"
  FROM report;

/* Every tip with what triage made of it and the number of the tip it repeats (the triage evaluation reads them). */
/* @name TriagedTips */
SELECT r.id, r.number, r.body, r.category, r.is_specific, (SELECT e.number FROM report e WHERE e.id = r.repeat_of) AS repeat_of_number
  FROM report r;

/* A tip's number and its reporter's sealed identity (null when anonymous or purged): for the identity custodian's workflow. */
/* @name IdentityOf */
SELECT number, real_name, reporter_identity
  FROM report
 WHERE id = :id!;
/* Cases by id (unknown ids left out): their number, status and when received. */
/* @name CaseSummariesByIds */
SELECT id, number, status, received_at
  FROM report
 WHERE id = ANY (:ids!::uuid[])
 ORDER BY received_at, id;

/* A case about to ask agencies for a verification, locked: its status and disposition. */
/* @name LockForAgencyRequest */
SELECT status, disposition
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* A case a meeting decides on, locked: what the decision's follow-ups need. */
/* @name LockForMeetingDecision */
SELECT id, status, disposition, disposition_pending, finding, outcome_for_reporter, reporter_identity
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* Open cases (triaged or in handling) with a pending decision or among the ids given: what a meeting may discuss. */
/* @name OpenCasesForMeeting */
SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind
  FROM report
 WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]));

/*
 * Tips received during any of the periods (civil dates in the session's time zone, a period
 * cut short at `until` when given), in order of receipt after the cursor: a page of at most `limit`.
 */
/* @name ReceivedDuring */
SELECT DISTINCT r.id, r.number, r.received_at, r.subjects
  FROM unnest(:startsOn!::date[], :endsOn!::date[], :until!::timestamptz[]) AS p(starts_on, ends_on, until)
  JOIN report r ON r.received_at >= p.starts_on::timestamptz AND r.received_at < (p.ends_on + 1)::timestamptz
                AND (p.until IS NULL OR r.received_at < p.until)
 WHERE (:afterAt::timestamptz IS NULL OR (r.received_at, r.id) > (:afterAt::timestamptz, :afterId::uuid))
 ORDER BY r.received_at, r.id
 LIMIT :limit!::int;

/*
 * Triage's first statement in a batch's transaction: the rows of the batch's cases (in id
 * order) and then, when one of them is not triaged yet, the caller's advisory locks (taken
 * in the order given), in one round trip.
 */
/* @name LockBatchForTriage */
WITH r AS MATERIALIZED (
  SELECT id, triaged_at, updated_at::text AS version FROM report WHERE id = ANY (:ids!::uuid[]) ORDER BY id FOR UPDATE
), k AS MATERIALIZED (
  SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0))) AS locks
    FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n)
   WHERE (SELECT count(*) FROM r WHERE r.triaged_at IS NULL) > 0
)
SELECT r.id AS "id!", r.triaged_at, r.version AS "version!", (SELECT locks FROM k) AS locks
  FROM r;

/*
 * What triage writes of a batch of cases, with their timeline events, in one statement
 * (`cases` one JSON object a case): later tips (received later, triaged first: `laterIds`,
 * each with its chain's first tip `laterRoots`; no later tip twice) point at that first tip
 * unless they already point at an older one; each case gets its category, priority and
 * repeat link (a tip staff handled before triage finished keeps its link); then the events
 * of all, numbered in the order given. (The later tips' row needs its own alias: inside the
 * subqueries a bare report is the inner one.)
 */
/* @name RecordTriageBatch */
WITH c AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset(:cases!::jsonb)
    AS c(id uuid, category text, category_scores jsonb, priority int, priority_level text, specific boolean, transfer_target text, repeat_of uuid)
), later_chain AS (
  UPDATE report AS target SET repeat_of = l.root_id, updated_at = now()
    FROM unnest(:laterIds!::uuid[], :laterRoots!::uuid[]) AS l(later_id, root_id)
   WHERE target.id = l.later_id AND (target.repeat_of IS NULL
          OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
           > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = l.root_id))
), report_rows AS (
  UPDATE report SET status = CASE WHEN report.status = 'RECEIVED' THEN 'TRIAGED' ELSE report.status END,
                    category = c.category, category_scores = c.category_scores, triaged_at = now(), updated_at = now(),
                    priority = c.priority, priority_level = c.priority_level, is_specific = c.specific,
                    transfer_target = c.transfer_target,
                    repeat_of = CASE WHEN report.status = 'RECEIVED' THEN c.repeat_of ELSE report.repeat_of END
    FROM c
   WHERE report.id = c.id
)
INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
  FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])
       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 ORDER BY e.n;

/* Cases' status and priority, their rows locked (in id order) until the transaction ends (a change of their priority follows). */
/* @name PrioritiesForUpdate */
SELECT id AS "id!", status, triaged_at IS NOT NULL AS "triaged!", priority, priority_level
  FROM report
 WHERE id = ANY (:ids!::uuid[])
 ORDER BY id
   FOR UPDATE;

/* Each case's new priority: ids[i] gets priorities[i] and levels[i]. */
/* @name SetPriorities */
UPDATE report r SET priority = x.priority, priority_level = x.level, updated_at = now()
  FROM unnest(:ids!::uuid[], :priorities!::int[], :levels!::text[]) AS x(id, priority, level)
 WHERE r.id = x.id;

/* A case as a staff action on it reads it, its row locked until the transaction ends. */
/* @name CaseForAction */
SELECT id, status, category, category_confirmed, assignee_id
  FROM report
 WHERE id = :id!
   FOR UPDATE;

/* Staff confirm (or correct) a case's category. */
/* @name ConfirmCategory */
UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()
 WHERE id = :id!;

/* @name SetAssignee */
UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()
 WHERE id = :id!;

/*
 * How a case is handled, as its case view shows it: the number of the case it repeats (unless
 * hidden from the viewer: `hidden`) and the disposition waiting for approval.
 */
/* @name CaseHandling */
SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,
       disposition_pending, finding, outcome_for_reporter,
       (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of
  FROM report
 WHERE id = :id!;

/*
 * Cases whose proposed disposition waits for a second person's approval, oldest proposal
 * first (at most 100): not those the proposer made, nor those hidden from the approver (回避:
 * report_conflict() of their cadre record; a NULL cadre sees all).
 */
/* @name PendingApprovals */
SELECT r.id, r.number, r.disposition_pending->>'kind' AS "kind!", r.disposition_pending->>'proposedBy' AS proposed_by
  FROM report r
 WHERE r.disposition_pending IS NOT NULL
   AND r.disposition_pending->>'proposedBy' <> :approverId!
   AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!) IS NULL)
 ORDER BY r.disposition_pending->>'proposedAt'
 LIMIT 100;
