/** Types generated for queries found in "src/triage/triage.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'TipsToTriage' parameters type */
export interface ITipsToTriageParams {
  ids: stringArray;
}

/** 'TipsToTriage' return type */
export interface ITipsToTriageResult {
  body: string;
  category_claimed: string | null;
  id: string;
  model_version: number | null;
  real_name: boolean;
  received_at: Date;
  subjects: Json;
  triaged_at: Date | null;
  version: string;
}

/** 'TipsToTriage' query type */
export interface ITipsToTriageQuery {
  params: ITipsToTriageParams;
  result: ITipsToTriageResult;
}

const tipsToTriageIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":328,"b":332}]}],"statement":"SELECT v.id AS \"id!\", v.body AS \"body!\", v.subjects AS \"subjects!\", v.category_claimed, v.real_name AS \"real_name!\",\n       v.received_at AS \"received_at!\", v.triaged_at, v.updated_at::text AS \"version!\", s.model_version\n  FROM report_case_view v, (SELECT max(version) AS model_version FROM category_model) s\n WHERE v.id = ANY (:ids!::uuid[])                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id AS "id!", v.body AS "body!", v.subjects AS "subjects!", v.category_claimed, v.real_name AS "real_name!",
 *        v.received_at AS "received_at!", v.triaged_at, v.updated_at::text AS "version!", s.model_version
 *   FROM report_case_view v, (SELECT max(version) AS model_version FROM category_model) s
 *  WHERE v.id = ANY (:ids!::uuid[])                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    
 * ```
 */
export const tipsToTriage = new PreparedQuery<ITipsToTriageParams,ITipsToTriageResult>(tipsToTriageIR);


/** 'RepeatCandidatesBatch' parameters type */
export interface IRepeatCandidatesBatchParams {
  lookbackDays: number;
  minSameMinhash: number;
  tips: Json;
}

/** 'RepeatCandidatesBatch' return type */
export interface IRepeatCandidatesBatchResult {
  body: string | null;
  candidate_tokens: number | null;
  category: string | null;
  category_scores: Json | null;
  earlier: boolean;
  id: string;
  n: number;
  number: string;
  received_at: Date;
  repeat_of: string | null;
  same_minhash: number;
  shared_cadres: number;
  shared_tokens: number | null;
}

/** 'RepeatCandidatesBatch' query type */
export interface IRepeatCandidatesBatchQuery {
  params: IRepeatCandidatesBatchParams;
  result: IRepeatCandidatesBatchResult;
}

const repeatCandidatesBatchIR: any = {"usedParamSet":{"tips":true,"lookbackDays":true,"minSameMinhash":true},"params":[{"name":"tips","required":true,"transform":{"type":"scalar"},"locs":[{"a":435,"b":440}]},{"name":"lookbackDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":1708,"b":1721}]},{"name":"minSameMinhash","required":true,"transform":{"type":"scalar"},"locs":[{"a":2166,"b":2181}]}],"statement":"SELECT t.n AS \"n!\", c.id AS \"id!\", c.number AS \"number!\", c.received_at AS \"received_at!\", c.category, c.repeat_of,\n       c.shared_cadres AS \"shared_cadres!\", c.earlier AS \"earlier!\", m.same_minhash AS \"same_minhash!\",\n       k.candidate_tokens, k.shared_tokens,\n       CASE WHEN c.shared_cadres > 0 THEN c.category_scores END AS category_scores,\n       CASE WHEN c.shared_cadres > 0 THEN c.body END AS body\n  FROM jsonb_to_recordset(:tips!::jsonb) AS t(n int, report_id uuid, cadre_ids uuid[], bands int[], minhash bigint[], tokens text[])\n -- The tip's own receipt, read once per tip (not once per candidate).\n CROSS JOIN LATERAL (SELECT v.received_at, v.id FROM report_case_view v WHERE v.id = t.report_id) me\n CROSS JOIN LATERAL (\n   SELECT r.id, r.number, r.received_at, r.category, r.category_scores, r.repeat_of, r.body, rt.content_tokens, rt.minhash,\n          f.shared AS shared_cadres, (r.received_at, r.id) < (me.received_at, me.id) AS earlier\n     -- Each earlier tip found by a subject (counting the subjects shared) or by a band, in one pass.\n     FROM (SELECT u.report_id, sum(u.shared)::int AS shared\n             FROM (SELECT sc.report_id, 1 AS shared FROM report_subject_cadre sc WHERE sc.cadre_id = ANY (t.cadre_ids) AND sc.report_id <> t.report_id\n                   UNION ALL\n                   SELECT mb.report_id, 0 FROM report_minhash_band mb\n                    WHERE (mb.band, mb.key) IN (SELECT u.b - 1, u.k FROM unnest(t.bands) WITH ORDINALITY AS u(k, b)) AND mb.report_id <> t.report_id) u\n            GROUP BY u.report_id) f\n     JOIN report_case_view r ON r.id = f.report_id JOIN report_triage rt ON rt.report_id = r.id\n    WHERE r.received_at > now() - make_interval(days => :lookbackDays!::int)\n    ORDER BY r.received_at DESC, r.id DESC\n    LIMIT 200\n ) c\n CROSS JOIN LATERAL (SELECT count(*)::int AS same_minhash FROM unnest(c.minhash, t.minhash) AS u(a, b) WHERE a = b) m\n  LEFT JOIN LATERAL (SELECT count(DISTINCT x)::int AS candidate_tokens, (count(DISTINCT x) FILTER (WHERE x = ANY (t.tokens)))::int AS shared_tokens\n                       FROM unnest(c.content_tokens) AS x) k ON c.shared_cadres > 0\n WHERE m.same_minhash >= :minSameMinhash!::int OR c.shared_cadres > 0\n ORDER BY t.n, c.received_at, c.id                                                                                                                                                                                                                                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT t.n AS "n!", c.id AS "id!", c.number AS "number!", c.received_at AS "received_at!", c.category, c.repeat_of,
 *        c.shared_cadres AS "shared_cadres!", c.earlier AS "earlier!", m.same_minhash AS "same_minhash!",
 *        k.candidate_tokens, k.shared_tokens,
 *        CASE WHEN c.shared_cadres > 0 THEN c.category_scores END AS category_scores,
 *        CASE WHEN c.shared_cadres > 0 THEN c.body END AS body
 *   FROM jsonb_to_recordset(:tips!::jsonb) AS t(n int, report_id uuid, cadre_ids uuid[], bands int[], minhash bigint[], tokens text[])
 *  -- The tip's own receipt, read once per tip (not once per candidate).
 *  CROSS JOIN LATERAL (SELECT v.received_at, v.id FROM report_case_view v WHERE v.id = t.report_id) me
 *  CROSS JOIN LATERAL (
 *    SELECT r.id, r.number, r.received_at, r.category, r.category_scores, r.repeat_of, r.body, rt.content_tokens, rt.minhash,
 *           f.shared AS shared_cadres, (r.received_at, r.id) < (me.received_at, me.id) AS earlier
 *      -- Each earlier tip found by a subject (counting the subjects shared) or by a band, in one pass.
 *      FROM (SELECT u.report_id, sum(u.shared)::int AS shared
 *              FROM (SELECT sc.report_id, 1 AS shared FROM report_subject_cadre sc WHERE sc.cadre_id = ANY (t.cadre_ids) AND sc.report_id <> t.report_id
 *                    UNION ALL
 *                    SELECT mb.report_id, 0 FROM report_minhash_band mb
 *                     WHERE (mb.band, mb.key) IN (SELECT u.b - 1, u.k FROM unnest(t.bands) WITH ORDINALITY AS u(k, b)) AND mb.report_id <> t.report_id) u
 *             GROUP BY u.report_id) f
 *      JOIN report_case_view r ON r.id = f.report_id JOIN report_triage rt ON rt.report_id = r.id
 *     WHERE r.received_at > now() - make_interval(days => :lookbackDays!::int)
 *     ORDER BY r.received_at DESC, r.id DESC
 *     LIMIT 200
 *  ) c
 *  CROSS JOIN LATERAL (SELECT count(*)::int AS same_minhash FROM unnest(c.minhash, t.minhash) AS u(a, b) WHERE a = b) m
 *   LEFT JOIN LATERAL (SELECT count(DISTINCT x)::int AS candidate_tokens, (count(DISTINCT x) FILTER (WHERE x = ANY (t.tokens)))::int AS shared_tokens
 *                        FROM unnest(c.content_tokens) AS x) k ON c.shared_cadres > 0
 *  WHERE m.same_minhash >= :minSameMinhash!::int OR c.shared_cadres > 0
 *  ORDER BY t.n, c.received_at, c.id                                                                                                                                                                                                                                                                                                                                                                 
 * ```
 */
export const repeatCandidatesBatch = new PreparedQuery<IRepeatCandidatesBatchParams,IRepeatCandidatesBatchResult>(repeatCandidatesBatchIR);


/** 'SaveTriageBatch' parameters type */
export interface ISaveTriageBatchParams {
  pairEarlier: stringArray;
  pairLater: stringArray;
  pairReasons: JsonArray;
  pairScores: numberArray;
  tips: Json;
}

/** 'SaveTriageBatch' return type */
export interface ISaveTriageBatchResult {
  due_on: string;
  id: string;
  remind_on: string;
}

/** 'SaveTriageBatch' query type */
export interface ISaveTriageBatchQuery {
  params: ISaveTriageBatchParams;
  result: ISaveTriageBatchResult;
}

const saveTriageBatchIR: any = {"usedParamSet":{"tips":true,"pairLater":true,"pairEarlier":true,"pairScores":true,"pairReasons":true},"params":[{"name":"tips","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":65}]},{"name":"pairLater","required":true,"transform":{"type":"scalar"},"locs":[{"a":417,"b":427}]},{"name":"pairEarlier","required":true,"transform":{"type":"scalar"},"locs":[{"a":438,"b":450}]},{"name":"pairScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":461,"b":472}]},{"name":"pairReasons","required":true,"transform":{"type":"scalar"},"locs":[{"a":483,"b":495}]}],"statement":"WITH t AS MATERIALIZED (\n  SELECT * FROM jsonb_to_recordset(:tips!::jsonb)\n    AS t(report_id uuid, bands int[], cadre_ids uuid[], tokens text[], content_tokens text[], minhash bigint[], categories jsonb,\n         model_version int, anchors jsonb, priority_reasons jsonb, subjects jsonb, deadlines jsonb)\n), repeat_pairs AS (\n  INSERT INTO report_repeat (report_id, earlier_id, score, reasons)\n  SELECT * FROM unnest(:pairLater!::uuid[], :pairEarlier!::uuid[], :pairScores!::real[], :pairReasons!::jsonb[]) ON CONFLICT DO NOTHING\n), bands AS (\n  INSERT INTO report_minhash_band (band, key, report_id)\n  SELECT u.b - 1, u.k, t.report_id FROM t, unnest(t.bands) WITH ORDINALITY AS u(k, b) ON CONFLICT DO NOTHING\n), subject_index AS (\n  INSERT INTO report_subject_cadre (cadre_id, report_id) SELECT u.c, t.report_id FROM t, unnest(t.cadre_ids) AS u(c) ON CONFLICT DO NOTHING\n), triage AS (\n  INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)\n  SELECT report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons FROM t\n), subjects AS (\n  INSERT INTO report_subject (report_id, role, role_reason, status, cadre_id, mentions, candidates, position)\n  SELECT t.report_id, s.role, s.role_reason, s.status, s.cadre_id, ARRAY(SELECT jsonb_array_elements_text(s.mentions)), s.candidates, s.position\n    FROM t, jsonb_to_recordset(t.subjects) AS s(role text, role_reason text, status text, cadre_id uuid, mentions jsonb, candidates jsonb, position smallint)\n)\nINSERT INTO report_deadline (report_id, kind, due_on, remind_on)\nSELECT t.report_id, d.kind, d.due_on, d.remind_on\n  FROM t, jsonb_to_recordset(t.deadlines) AS d(kind text, due_on date, remind_on date)\nON CONFLICT (report_id, kind) DO NOTHING\nRETURNING id::text AS \"id!\", to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\"                                                                "};

/**
 * Query generated from SQL:
 * ```
 * WITH t AS MATERIALIZED (
 *   SELECT * FROM jsonb_to_recordset(:tips!::jsonb)
 *     AS t(report_id uuid, bands int[], cadre_ids uuid[], tokens text[], content_tokens text[], minhash bigint[], categories jsonb,
 *          model_version int, anchors jsonb, priority_reasons jsonb, subjects jsonb, deadlines jsonb)
 * ), repeat_pairs AS (
 *   INSERT INTO report_repeat (report_id, earlier_id, score, reasons)
 *   SELECT * FROM unnest(:pairLater!::uuid[], :pairEarlier!::uuid[], :pairScores!::real[], :pairReasons!::jsonb[]) ON CONFLICT DO NOTHING
 * ), bands AS (
 *   INSERT INTO report_minhash_band (band, key, report_id)
 *   SELECT u.b - 1, u.k, t.report_id FROM t, unnest(t.bands) WITH ORDINALITY AS u(k, b) ON CONFLICT DO NOTHING
 * ), subject_index AS (
 *   INSERT INTO report_subject_cadre (cadre_id, report_id) SELECT u.c, t.report_id FROM t, unnest(t.cadre_ids) AS u(c) ON CONFLICT DO NOTHING
 * ), triage AS (
 *   INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)
 *   SELECT report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons FROM t
 * ), subjects AS (
 *   INSERT INTO report_subject (report_id, role, role_reason, status, cadre_id, mentions, candidates, position)
 *   SELECT t.report_id, s.role, s.role_reason, s.status, s.cadre_id, ARRAY(SELECT jsonb_array_elements_text(s.mentions)), s.candidates, s.position
 *     FROM t, jsonb_to_recordset(t.subjects) AS s(role text, role_reason text, status text, cadre_id uuid, mentions jsonb, candidates jsonb, position smallint)
 * )
 * INSERT INTO report_deadline (report_id, kind, due_on, remind_on)
 * SELECT t.report_id, d.kind, d.due_on, d.remind_on
 *   FROM t, jsonb_to_recordset(t.deadlines) AS d(kind text, due_on date, remind_on date)
 * ON CONFLICT (report_id, kind) DO NOTHING
 * RETURNING id::text AS "id!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"                                                                
 * ```
 */
export const saveTriageBatch = new PreparedQuery<ISaveTriageBatchParams,ISaveTriageBatchResult>(saveTriageBatchIR);


/** 'PriorityReasons' parameters type */
export interface IPriorityReasonsParams {
  reportIds: stringArray;
}

/** 'PriorityReasons' return type */
export interface IPriorityReasonsResult {
  priority_reasons: Json;
  report_id: string;
}

/** 'PriorityReasons' query type */
export interface IPriorityReasonsQuery {
  params: IPriorityReasonsParams;
  result: IPriorityReasonsResult;
}

const priorityReasonsIR: any = {"usedParamSet":{"reportIds":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":103}]}],"statement":"SELECT report_id AS \"report_id!\", priority_reasons FROM report_triage WHERE report_id = ANY (:reportIds!::uuid[])                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id AS "report_id!", priority_reasons FROM report_triage WHERE report_id = ANY (:reportIds!::uuid[])                                                                         
 * ```
 */
export const priorityReasons = new PreparedQuery<IPriorityReasonsParams,IPriorityReasonsResult>(priorityReasonsIR);


/** 'SetPriorityReasons' parameters type */
export interface ISetPriorityReasonsParams {
  rows: Json;
}

/** 'SetPriorityReasons' return type */
export type ISetPriorityReasonsResult = void;

/** 'SetPriorityReasons' query type */
export interface ISetPriorityReasonsQuery {
  params: ISetPriorityReasonsParams;
  result: ISetPriorityReasonsResult;
}

const setPriorityReasonsIR: any = {"usedParamSet":{"rows":true},"params":[{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":87}]}],"statement":"UPDATE report_triage t SET priority_reasons = x.reasons\n  FROM jsonb_to_recordset(:rows!::jsonb) AS x(report_id uuid, reasons jsonb)\n WHERE t.report_id = x.report_id                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_triage t SET priority_reasons = x.reasons
 *   FROM jsonb_to_recordset(:rows!::jsonb) AS x(report_id uuid, reasons jsonb)
 *  WHERE t.report_id = x.report_id                                                                                                         
 * ```
 */
export const setPriorityReasons = new PreparedQuery<ISetPriorityReasonsParams,ISetPriorityReasonsResult>(setPriorityReasonsIR);


/** 'RecordMergedRepeat' parameters type */
export interface IRecordMergedRepeatParams {
  earlierId: string;
  reportId: string;
}

/** 'RecordMergedRepeat' return type */
export type IRecordMergedRepeatResult = void;

/** 'RecordMergedRepeat' query type */
export interface IRecordMergedRepeatQuery {
  params: IRecordMergedRepeatParams;
  result: IRecordMergedRepeatResult;
}

const recordMergedRepeatIR: any = {"usedParamSet":{"reportId":true,"earlierId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":83}]},{"name":"earlierId","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":96}]}],"statement":"INSERT INTO report_repeat (report_id, earlier_id, score, reasons)\nVALUES (:reportId!, :earlierId!, 1, '[\"经办人合并\"]'::jsonb)\n    ON CONFLICT DO NOTHING                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_repeat (report_id, earlier_id, score, reasons)
 * VALUES (:reportId!, :earlierId!, 1, '["经办人合并"]'::jsonb)
 *     ON CONFLICT DO NOTHING                                                                                                                     
 * ```
 */
export const recordMergedRepeat = new PreparedQuery<IRecordMergedRepeatParams,IRecordMergedRepeatResult>(recordMergedRepeatIR);


/** 'AllResults' parameters type */
export type IAllResultsParams = void;

/** 'AllResults' return type */
export interface IAllResultsResult {
  categories: Json;
  report_id: string;
  subjects: Json;
  tokens: stringArray;
}

/** 'AllResults' query type */
export interface IAllResultsQuery {
  params: IAllResultsParams;
  result: IAllResultsResult;
}

const allResultsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT t.report_id, t.tokens, t.categories,\n       coalesce((SELECT json_agg(json_build_object('role', s.role, 'status', s.status, 'role_reason', s.role_reason, 'mentions', s.mentions,\n                                                   'candidates', s.candidates) ORDER BY s.position)\n                   FROM report_subject s WHERE s.report_id = t.report_id), '[]'::json) AS \"subjects!\"\n  FROM report_triage t"};

/**
 * Query generated from SQL:
 * ```
 * SELECT t.report_id, t.tokens, t.categories,
 *        coalesce((SELECT json_agg(json_build_object('role', s.role, 'status', s.status, 'role_reason', s.role_reason, 'mentions', s.mentions,
 *                                                    'candidates', s.candidates) ORDER BY s.position)
 *                    FROM report_subject s WHERE s.report_id = t.report_id), '[]'::json) AS "subjects!"
 *   FROM report_triage t
 * ```
 */
export const allResults = new PreparedQuery<IAllResultsParams,IAllResultsResult>(allResultsIR);


