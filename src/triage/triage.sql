/* Queries of the triage pipeline's repository (triage.repository.ts): reading tips, finding repeats, saving what triage found. */

/*
 * Tips to triage, with the newest category model version, in one statement (a batch of
 * jobs reads together). The case columns come from the reports module's published view.
 */
/* @name TipsToTriage */
SELECT v.id AS "id!", v.body AS "body!", v.subjects AS "subjects!", v.category_claimed, v.real_name AS "real_name!",
       v.received_at AS "received_at!", v.triaged_at, v.updated_at::text AS "version!", s.model_version
  FROM report_case_view v, (SELECT max(version) AS model_version FROM category_model) s
 WHERE v.id = ANY (:ids!::uuid[]);

/*
 * Other tips on the same matter, for a batch of tips in one statement (a LATERAL over the
 * tips, each row tagged with its tip's position `n`): per tip, tips about the same cadres
 * (linked or candidate) and tips sharing a MinHash band, received in the look-back window,
 * the most recent 200 (a campaign of identical messages, or a cadre with hundreds of tips,
 * would otherwise make each new tip cost more than the last; the most recent suffice, since
 * each already points at the first tip of its chain). The database compares the signatures
 * and counts shared tokens so that no token array crosses the wire; it returns only
 * near-copies and tips sharing a subject (with their texts, to compare the facts both
 * state), oldest first at full precision (JavaScript dates keep only ms).
 */
/* @name RepeatCandidatesBatch */
SELECT t.n AS "n!", c.id AS "id!", c.number AS "number!", c.received_at AS "received_at!", c.category, c.repeat_of,
       c.shared_cadres AS "shared_cadres!", c.earlier AS "earlier!", m.same_minhash AS "same_minhash!",
       k.candidate_tokens, k.shared_tokens,
       CASE WHEN c.shared_cadres > 0 THEN c.category_scores END AS category_scores,
       CASE WHEN c.shared_cadres > 0 THEN c.body END AS body
  FROM jsonb_to_recordset(:tips!::jsonb) AS t(n int, report_id uuid, cadre_ids uuid[], bands int[], minhash bigint[], tokens text[])
 -- The tip's own receipt, read once per tip (not once per candidate).
 CROSS JOIN LATERAL (SELECT v.received_at, v.id FROM report_case_view v WHERE v.id = t.report_id) me
 CROSS JOIN LATERAL (
   SELECT r.id, r.number, r.received_at, r.category, r.category_scores, r.repeat_of, r.body, rt.content_tokens, rt.minhash,
          f.shared AS shared_cadres, (r.received_at, r.id) < (me.received_at, me.id) AS earlier
     -- Each earlier tip found by a subject (counting the subjects shared) or by a band, in one pass.
     FROM (SELECT u.report_id, sum(u.shared)::int AS shared
             FROM (SELECT sc.report_id, 1 AS shared FROM report_subject_cadre sc WHERE sc.cadre_id = ANY (t.cadre_ids) AND sc.report_id <> t.report_id
                   UNION ALL
                   SELECT mb.report_id, 0 FROM report_minhash_band mb
                    WHERE (mb.band, mb.key) IN (SELECT u.b - 1, u.k FROM unnest(t.bands) WITH ORDINALITY AS u(k, b)) AND mb.report_id <> t.report_id) u
            GROUP BY u.report_id) f
     JOIN report_case_view r ON r.id = f.report_id JOIN report_triage rt ON rt.report_id = r.id
    WHERE r.received_at > now() - make_interval(days => :lookbackDays!::int)
    ORDER BY r.received_at DESC, r.id DESC
    LIMIT 200
 ) c
 CROSS JOIN LATERAL (SELECT count(*)::int AS same_minhash FROM unnest(c.minhash, t.minhash) AS u(a, b) WHERE a = b) m
  LEFT JOIN LATERAL (SELECT count(DISTINCT x)::int AS candidate_tokens, (count(DISTINCT x) FILTER (WHERE x = ANY (t.tokens)))::int AS shared_tokens
                       FROM unnest(c.content_tokens) AS x) k ON c.shared_cadres > 0
 WHERE m.same_minhash >= :minSameMinhash!::int OR c.shared_cadres > 0
 ORDER BY t.n, c.received_at, c.id;

/*
 * Everything triage writes of its own for a batch of tips, in one statement (`tips` one JSON
 * object a tip, arrays as JSON arrays; the repeat pairs of all of them): repeats both ways,
 * the repeat index keys (MinHash bands, the cadres the tip may be about), the triage record,
 * the subjects and the deadlines; answers the deadlines set now.
 */
/* @name SaveTriageBatch */
WITH t AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset(:tips!::jsonb)
    AS t(report_id uuid, bands int[], cadre_ids uuid[], tokens text[], content_tokens text[], minhash bigint[], categories jsonb,
         model_version int, anchors jsonb, priority_reasons jsonb, subjects jsonb, deadlines jsonb)
), repeat_pairs AS (
  INSERT INTO report_repeat (report_id, earlier_id, score, reasons)
  SELECT * FROM unnest(:pairLater!::uuid[], :pairEarlier!::uuid[], :pairScores!::real[], :pairReasons!::jsonb[]) ON CONFLICT DO NOTHING
), bands AS (
  INSERT INTO report_minhash_band (band, key, report_id)
  SELECT u.b - 1, u.k, t.report_id FROM t, unnest(t.bands) WITH ORDINALITY AS u(k, b) ON CONFLICT DO NOTHING
), subject_index AS (
  INSERT INTO report_subject_cadre (cadre_id, report_id) SELECT u.c, t.report_id FROM t, unnest(t.cadre_ids) AS u(c) ON CONFLICT DO NOTHING
), triage AS (
  INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)
  SELECT report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons FROM t
), subjects AS (
  INSERT INTO report_subject (report_id, role, role_reason, status, cadre_id, mentions, candidates, position)
  SELECT t.report_id, s.role, s.role_reason, s.status, s.cadre_id, ARRAY(SELECT jsonb_array_elements_text(s.mentions)), s.candidates, s.position
    FROM t, jsonb_to_recordset(t.subjects) AS s(role text, role_reason text, status text, cadre_id uuid, mentions jsonb, candidates jsonb, position smallint)
)
INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
SELECT t.report_id, d.kind, d.due_on, d.remind_on
  FROM t, jsonb_to_recordset(t.deadlines) AS d(kind text, due_on date, remind_on date)
ON CONFLICT (report_id, kind) DO NOTHING
RETURNING id::text AS "id!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!";

/* The reasons of the cases' priorities (triaged cases only). */
/* @name PriorityReasons */
SELECT report_id AS "report_id!", priority_reasons FROM report_triage WHERE report_id = ANY (:reportIds!::uuid[]);

/* Each case's new priority reasons: `rows` is [{report_id, reasons}]. */
/* @name SetPriorityReasons */
UPDATE report_triage t SET priority_reasons = x.reasons
  FROM jsonb_to_recordset(:rows!::jsonb) AS x(report_id uuid, reasons jsonb)
 WHERE t.report_id = x.report_id;

/* A repeat a person decided (a case merged into an earlier one); nothing when it is already recorded. */
/* @name RecordMergedRepeat */
INSERT INTO report_repeat (report_id, earlier_id, score, reasons)
VALUES (:reportId!, :earlierId!, 1, '["经办人合并"]'::jsonb)
    ON CONFLICT DO NOTHING;

/* What triage concluded for every tip: tokens, category scores and subjects in order (the eval command reads it). */
/* @name AllResults */
SELECT t.report_id, t.tokens, t.categories,
       coalesce((SELECT json_agg(json_build_object('role', s.role, 'status', s.status, 'role_reason', s.role_reason, 'mentions', s.mentions,
                                                   'candidates', s.candidates) ORDER BY s.position)
                   FROM report_subject s WHERE s.report_id = t.report_id), '[]'::json) AS "subjects!"
  FROM report_triage t;
