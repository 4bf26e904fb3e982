/* Queries of the triage inbox and case view (inbox.repository.ts). The case columns come from the reports
   module's published view (report_case_view), a cadre's name from the cadres module's (cadre_name_view). */

/*
 * The inbox: a page of cases, each filter applying when given; in either of two orders, both
 * index orders (report_inbox_priority, report_inbox_due), so a page reads its own rows only.
 * A search term is a number or its tail, or a reported person's name (as written in the tip,
 * or a linked or candidate cadre's). `hidden`: the tips hidden from the viewer (回避).
 */
/* @name InboxPageByPriority */
SELECT r.id AS "id!", r.number AS "number!", r.channel AS "channel!", r.status AS "status!", r.real_name AS "real_name!", r.category,
       r.category_confirmed AS "category_confirmed!", r.priority, r.priority_level, r.is_specific,
       (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,
       rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS "excerpt!", r.received_at AS "received_at!",
       nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS "overdue!",
       coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,
                                 'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,
                                 'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)
                   FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS "subjects!"
  FROM (SELECT r.id FROM report_case_view r
 WHERE (:status::text IS NULL OR r.status = :status)
   AND (:category::text IS NULL OR r.category = :category)
   AND (:channel::text IS NULL OR r.channel = :channel)
   AND (:priority::text IS NULL OR r.priority_level = :priority)
   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
         ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id
         LIMIT :limit!::int OFFSET :offset!::int) page
  JOIN report_case_view r ON r.id = page.id
  LEFT JOIN report_case_view rep ON rep.id = r.repeat_of
  LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on
                      ORDER BY d.kind LIMIT 1) nd ON true
 ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id;

/* @name InboxPageByDue */
SELECT r.id AS "id!", r.number AS "number!", r.channel AS "channel!", r.status AS "status!", r.real_name AS "real_name!", r.category,
       r.category_confirmed AS "category_confirmed!", r.priority, r.priority_level, r.is_specific,
       (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,
       rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS "excerpt!", r.received_at AS "received_at!",
       nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS "overdue!",
       coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,
                                 'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,
                                 'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)
                   FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS "subjects!"
  FROM (SELECT r.id FROM report_case_view r
 WHERE (:status::text IS NULL OR r.status = :status)
   AND (:category::text IS NULL OR r.category = :category)
   AND (:channel::text IS NULL OR r.channel = :channel)
   AND (:priority::text IS NULL OR r.priority_level = :priority)
   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
         ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id
         LIMIT :limit!::int OFFSET :offset!::int) page
  JOIN report_case_view r ON r.id = page.id
  LEFT JOIN report_case_view rep ON rep.id = r.repeat_of
  LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on
                      ORDER BY d.kind LIMIT 1) nd ON true
 ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id;

/* How many cases match the inbox filters, counted up to `countLimit`. */
/* @name InboxCount */
SELECT count(*)::int AS "n!"
  FROM (SELECT 1 FROM report_case_view r
 WHERE (:status::text IS NULL OR r.status = :status)
   AND (:category::text IS NULL OR r.category = :category)
   AND (:channel::text IS NULL OR r.channel = :channel)
   AND (:priority::text IS NULL OR r.priority_level = :priority)
   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
         LIMIT :countLimit!::int) matches;

/* @name CaseTriage */
SELECT categories, model_version, anchors, priority_reasons FROM report_triage WHERE report_id = :reportId!::uuid;

/* @name CaseSubjects */
SELECT id::text AS "id!", role, role_reason, status, cadre_id, mentions, candidates, decided_at
  FROM report_subject
 WHERE report_id = :reportId!::uuid
 ORDER BY position;

/* The earlier tips a case repeats, oldest first, without those hidden from the viewer. */
/* @name EarlierRepeats */
SELECT x.earlier_id AS report_id, e.number AS "number!", x.score, x.reasons
  FROM report_repeat x JOIN report_case_view e ON e.id = x.earlier_id
 WHERE x.report_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))
 ORDER BY e.received_at;

/* The later tips that repeat a case, oldest first, without those hidden from the viewer. */
/* @name LaterRepeats */
SELECT x.report_id, e.number AS "number!", x.score, x.reasons
  FROM report_repeat x JOIN report_case_view e ON e.id = x.report_id
 WHERE x.earlier_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))
 ORDER BY e.received_at;

/* @name CaseDeadlines */
SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!", met_at, reminded_at, escalated_at,
       (met_at IS NULL AND due_on < :today!::date) AS "overdue!"
  FROM report_deadline
 WHERE report_id = :reportId!::uuid
 ORDER BY due_on;

/* @name CaseNotes */
SELECT id, author_id, body, created_at
  FROM report_note
 WHERE report_id = :reportId!::uuid
 ORDER BY created_at, id;
