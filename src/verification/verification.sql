/* Queries of the verification module's repository (verification.repository.ts): agencies, requests to them, replies, files, presses. */

/* Seeds the agencies of config/agencies.yaml; a code already there is left as the admins edited it. */
/* @name SeedAgencies */
INSERT INTO agency (code, name, aliases, integrity_opinion)
SELECT code, name, string_to_array(aliases, '|'), integrity
  FROM unnest(:codes!::text[], :names!::text[], :aliases!::text[], :integrity!::boolean[]) AS s(code, name, aliases, integrity)
ON CONFLICT DO NOTHING;

/* @name AllAgencies */
SELECT code, name, aliases, integrity_opinion, notice_email, lead_email, active
  FROM agency
 ORDER BY code;

/* @name CreateAgency */
INSERT INTO agency (code, name, aliases, integrity_opinion, notice_email, lead_email)
VALUES (:code!, :name!, :aliases!::text[], :integrityOpinion!, :noticeEmail, :leadEmail)
ON CONFLICT DO NOTHING
RETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active;

/* A field left null keeps its value; the emails change only when their `set…` flag is true (they may be cleared). */
/* @name UpdateAgency */
UPDATE agency
   SET name = coalesce(:name::text, name), aliases = coalesce(:aliases::text[], aliases),
       integrity_opinion = coalesce(:integrityOpinion::boolean, integrity_opinion),
       notice_email = CASE WHEN :setNoticeEmail!::boolean THEN :noticeEmail::text ELSE notice_email END,
       lead_email = CASE WHEN :setLeadEmail!::boolean THEN :leadEmail::text ELSE lead_email END,
       active = coalesce(:active::boolean, active), updated_at = now()
 WHERE code = :code!
RETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active;

/* The tip a request is about, if it is about one (回避). */
/* @name ReportSubjectOfRequest */
SELECT subject_id
  FROM verification_request
 WHERE id = :id! AND subject_kind = 'REPORT';

/* @name SubjectOfRequest */
SELECT subject_kind, subject_id
  FROM verification_request
 WHERE id = :id!;

/* Opinion requests about many subjects, each subject asked of each agency, numbered in that order. */
/* @name InsertOpinionsMany */
INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)
SELECT 'OPINION', c.code, :subjectKind!, s.subject_id, s.cadre_id, s.question, NULL, :sentOn!::date, :dueOn!::date, :remindOn!::date, :actorId::uuid, 'null'::jsonb,
       'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5), 1
  FROM unnest(:subjectIds!::uuid[], :cadreIds!::uuid[], :questions!::text[]) WITH ORDINALITY AS s(subject_id, cadre_id, question, n)
 CROSS JOIN unnest(:codes!::text[]) WITH ORDINALITY AS c(code, m)
 ORDER BY s.n, c.m
ON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING
RETURNING id, number AS "number!", agency_code, subject_id;

/* Requests about one subject, one per agency: opinions once per subject and agency, verifications in a new round each time. */
/* @name InsertRequests */
INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)
SELECT :kind!::text, code, :subjectKind!::text, :subjectId!::uuid, :cadreId::uuid, :question!, :extract::text, :sentOn!::date, :dueOn!::date, :remindOn!::date,
       :actorId::uuid, :origin!::jsonb,
       'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5),
       CASE WHEN :kind!::text = 'OPINION' THEN 1 ELSE coalesce((SELECT max(round) FROM verification_request x
             WHERE x.subject_kind = :subjectKind!::text AND x.subject_id = :subjectId!::uuid AND x.kind = :kind!::text AND x.agency_code = code), 0) + 1 END
  FROM unnest(:codes!::text[]) AS code
ON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING
RETURNING id, number AS "number!", agency_code;

/* The email notice that told an agency of these requests (one message for a sending's requests to it). */
/* @name SetNoticeMessage */
UPDATE verification_request SET notice_message_id = :messageId!::uuid WHERE id = ANY (:ids!::uuid[]);

/* The request an agency answers, locked. */
/* @name LockForReply */
SELECT agency_code, status, subject_kind, subject_id, number AS "number!", to_char(sent_on, 'YYYY-MM-DD') AS "sent_on!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!"
  FROM verification_request
 WHERE id = :id!
   FOR UPDATE;

/* @name InsertReply */
INSERT INTO verification_reply (request_id, version, adverse, result, new_due_on, body, replied_by)
SELECT :requestId!::uuid, coalesce(max(version), 0) + 1, :adverse!, :result!, :newDueOn::date, :body!, :actorId::uuid
  FROM verification_reply
 WHERE request_id = :requestId!::uuid
RETURNING id, version;

/* A file of a request (replyId null: staff attached it) or of a reply. */
/* @name InsertAttachment */
INSERT INTO verification_attachment (request_id, reply_id, storage_key, sha256, size_bytes, media_type, original_name, created_by)
VALUES (:requestId!, :replyId, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName, :actorId);

/* "More time needed": the new due date, and the reminders start again. */
/* @name ExtendDue */
UPDATE verification_request
   SET due_on = :dueOn!::date, remind_on = :remindOn!::date, reminded_at = NULL, escalated_at = NULL, updated_at = now()
 WHERE id = :id!;

/* @name MarkAnswered */
UPDATE verification_request SET status = 'ANSWERED', answered_at = now(), updated_at = now() WHERE id = :id!;

/* Each request about the subjects with its latest definitive reply. */
/* @name RequestsForMany */
SELECT r.id, r.subject_id, r.number AS "number!", r.kind, r.agency_code, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
       to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", r.status, v.version AS "version?", v.result AS "result?", v.body AS "body?", v.replied_at AS "replied_at?"
  FROM verification_request r
  LEFT JOIN LATERAL (SELECT * FROM verification_reply x WHERE x.request_id = r.id AND x.result <> 'MORE_TIME' ORDER BY x.version DESC LIMIT 1) v ON true
 WHERE r.subject_kind = :subjectKind! AND r.subject_id = ANY (:subjectIds!::uuid[]) AND r.status <> 'CANCELLED'
 ORDER BY r.subject_id, r.agency_code, r.round;

/* The due and reminder days of the requests among `ids` still open, to schedule their reminders and escalations. */
/* @name ScheduleStates */
SELECT id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"
  FROM verification_request
 WHERE id = ANY (:ids!::uuid[]) AND status = 'OPEN'
 ORDER BY number;

/* An open request whose reminder or escalation may be due, locked. */
/* @name LockOpenForDeadline */
SELECT number AS "number!", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!",
       reminded_at, escalated_at
  FROM verification_request
 WHERE id = :id! AND status = 'OPEN'
   FOR UPDATE;

/* @name MarkReminded */
UPDATE verification_request SET reminded_at = :at! WHERE id = :id!;

/* @name MarkEscalated */
UPDATE verification_request SET escalated_at = :at! WHERE id = :id!;

/* Open requests whose reminder or escalation is due but not sent (a lost delayed job). */
/* @name DeadlinesDue */
SELECT id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!", reminded_at, escalated_at
  FROM verification_request
 WHERE status = 'OPEN' AND escalated_at IS NULL AND remind_on <= :today!::date
 ORDER BY due_on
 LIMIT 1000;

/* An agency's requests (hidden tips left out): open ones first, the overdue at the top, then by due date. */
/* @name AgencyRequests */
SELECT r.id, r.number AS "number!", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!", to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!",
       r.read_at, r.cadre_id
  FROM verification_request r
 WHERE r.agency_code = :agencyCode! AND r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))
 ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, (r.status = 'OPEN') DESC, r.due_on, r.number;

/* One request of an agency; the first view marks it read (read_at is then now()). */
/* @name ReadAgencyRequest */
WITH seen AS (
  UPDATE verification_request SET read_at = now()
   WHERE id = :id! AND agency_code = :agencyCode! AND read_at IS NULL AND status <> 'CANCELLED'
  RETURNING id)
SELECT r.question, r.extract, r.id, r.number AS "number!", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
       to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", coalesce(r.read_at, CASE WHEN EXISTS (SELECT 1 FROM seen) THEN now() END) AS read_at, r.cadre_id
  FROM verification_request r
 WHERE r.id = :id! AND r.agency_code = :agencyCode! AND r.status <> 'CANCELLED';

/* @name AttachmentsOfRequest */
SELECT id, reply_id, original_name, media_type, size_bytes, metadata_removed
  FROM verification_attachment
 WHERE request_id = :requestId!
 ORDER BY created_at, id;

/* @name RepliesOfRequest */
SELECT id, version, result, to_char(new_due_on, 'YYYY-MM-DD') AS new_due_on, body, replied_at
  FROM verification_reply
 WHERE request_id = :requestId!
 ORDER BY version;

/* A file of a request not withdrawn, of the agency when one is given. */
/* @name AttachmentForDownload */
SELECT a.storage_key, a.original_name, a.media_type, a.size_bytes
  FROM verification_attachment a JOIN verification_request r ON r.id = a.request_id
 WHERE a.id = :id! AND a.request_id = :requestId! AND (:agencyCode::text IS NULL OR r.agency_code = :agencyCode) AND r.status <> 'CANCELLED';

/* A request staff attach files to, locked. */
/* @name LockForAttach */
SELECT status, subject_kind, subject_id
  FROM verification_request
 WHERE id = :id!
   FOR UPDATE;

/*
 * Requests as staff follow them (at most 500), each filter applying when given, hidden tips
 * left out: presses, files and every reply version with its files as JSON; overdue first.
 */
/* @name StaffViews */
SELECT r.id, r.number AS "number!", r.kind, r.agency_code, r.subject_kind, r.subject_id, r.question, r.extract, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
       to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", r.status, r.read_at, r.reminded_at, r.escalated_at,
       coalesce((SELECT json_agg(json_build_object('by', p.pressed_by, 'note', p.note, 'at', p.pressed_at) ORDER BY p.pressed_at)
                   FROM verification_press p WHERE p.request_id = r.id), '[]') AS "presses!",
       coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'), 'mediaType', a.media_type,
                                                   'sizeBytes', a.size_bytes, 'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)
                   FROM verification_attachment a WHERE a.request_id = r.id AND a.reply_id IS NULL), '[]') AS "files!",
       (SELECT json_agg(json_build_object('version', v.version, 'result', v.result, 'newDueOn', v.new_due_on, 'body', v.body, 'repliedAt', v.replied_at,
                                          'attachments', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'),
                                                                                                     'mediaType', a.media_type, 'sizeBytes', a.size_bytes,
                                                                                                     'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)
                                                                     FROM verification_attachment a WHERE a.reply_id = v.id), '[]')) ORDER BY v.version)
          FROM verification_reply v WHERE v.request_id = r.id) AS replies
  FROM verification_request r
 WHERE (:agencyCode::text IS NULL OR r.agency_code = :agencyCode)
   AND (:reportId::uuid IS NULL OR (r.subject_kind = 'REPORT' AND r.subject_id = :reportId))
   AND (:id::uuid IS NULL OR r.id = :id)
   AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))
 ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, r.due_on, r.number
 LIMIT 500;

/* A request to press (督办), locked. */
/* @name LockForPress */
SELECT status, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", subject_kind, subject_id, number AS "number!"
  FROM verification_request
 WHERE id = :id!
   FOR UPDATE;

/* @name InsertPress */
INSERT INTO verification_press (request_id, pressed_by, note) VALUES (:requestId!, :pressedBy!, :note!);

/*
 * Per agency (hidden tips left out): requests, answered, on time, open, overdue, and the median
 * days from sending to the first definitive reply (its date in the session's time zone).
 */
/* @name AgencyFigures */
WITH r AS (
  SELECT r.agency_code, r.status, r.due_on, r.sent_on, v.first_at::date AS first_answer
    FROM verification_request r
    LEFT JOIN (SELECT request_id, min(replied_at) AS first_at FROM verification_reply WHERE result <> 'MORE_TIME' GROUP BY request_id) v ON v.request_id = r.id
   WHERE r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[])))
SELECT agency_code, count(*)::int AS "requests!", count(first_answer)::int AS "answered!", count(*) FILTER (WHERE first_answer <= due_on)::int AS "on_time!",
       count(*) FILTER (WHERE status = 'OPEN')::int AS "open!", count(*) FILTER (WHERE status = 'OPEN' AND due_on < :today!::date)::int AS "overdue!",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_answer - sent_on) FILTER (WHERE first_answer IS NOT NULL) AS median_days
  FROM r
 GROUP BY agency_code;

/* What requests are about, by request id (a meeting's agenda items name requests). */
/* @name SubjectsOfRequests */
SELECT id, subject_kind, subject_id
  FROM verification_request
 WHERE id = ANY (:ids!::uuid[]);

/* The requests about tips (not withdrawn), by tip then number: what a meeting may discuss of a case. */
/* @name RequestsAboutTips */
SELECT subject_id, number AS "number!", agency_code, status = 'ANSWERED' AS "answered!"
  FROM verification_request
 WHERE subject_kind = 'REPORT' AND status <> 'CANCELLED'
 ORDER BY subject_id, number;

/* Open requests past their due date. */
/* @name OverdueRequests */
SELECT id, number AS "number!", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!"
  FROM verification_request
 WHERE status = 'OPEN' AND due_on < :today!::date;

/* Retention: deletes the files of the requests about a tip (sent to agencies or from them); returns what to delete from storage. */
/* @name PurgeReportAttachments */
DELETE FROM verification_attachment a
 USING verification_request q
 WHERE a.request_id = q.id AND q.subject_kind = 'REPORT' AND q.subject_id = :reportId!
RETURNING a.storage_key, a.size_bytes;

/* Whether a member agency is in use in the directory (a liaison account may be bound to it). */
/* @name AgencyInUse */
SELECT EXISTS (SELECT 1 FROM agency WHERE code = :code! AND active) AS "inUse!";
