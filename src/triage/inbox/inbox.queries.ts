/** Types generated for queries found in "src/triage/inbox/inbox.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'InboxPageByPriority' parameters type */
export interface IInboxPageByPriorityParams {
  assignee?: string | null | void;
  category?: string | null | void;
  channel?: string | null | void;
  hidden?: stringArray | null | void;
  limit: number;
  offset: number;
  overdue?: boolean | null | void;
  priority?: string | null | void;
  q?: string | null | void;
  status?: string | null | void;
  today: DateOrString;
  unassigned: boolean;
}

/** 'InboxPageByPriority' return type */
export interface IInboxPageByPriorityResult {
  assignee_id: string | null;
  category: string | null;
  category_confirmed: boolean;
  channel: string;
  due_kind: string;
  due_on: string | null;
  excerpt: string;
  id: string;
  is_specific: boolean | null;
  number: string;
  overdue: boolean;
  priority: number | null;
  priority_level: string | null;
  real_name: boolean;
  received_at: Date;
  repeat_of_number: string | null;
  status: string;
  subjects: Json;
  top_categories: Json | null;
}

/** 'InboxPageByPriority' query type */
export interface IInboxPageByPriorityQuery {
  params: IInboxPageByPriorityParams;
  result: IInboxPageByPriorityResult;
}

const inboxPageByPriorityIR: any = {"usedParamSet":{"today":true,"status":true,"category":true,"channel":true,"priority":true,"unassigned":true,"assignee":true,"q":true,"overdue":true,"hidden":true,"limit":true,"offset":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":591,"b":597},{"a":1997,"b":2003},{"a":2084,"b":2090}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":1152,"b":1158},{"a":1188,"b":1194}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":1205,"b":1213},{"a":1245,"b":1253}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":1264,"b":1271},{"a":1302,"b":1309}]},{"name":"priority","required":false,"transform":{"type":"scalar"},"locs":[{"a":1320,"b":1328},{"a":1366,"b":1374}]},{"name":"unassigned","required":true,"transform":{"type":"scalar"},"locs":[{"a":1389,"b":1400}]},{"name":"assignee","required":false,"transform":{"type":"scalar"},"locs":[{"a":1445,"b":1453},{"a":1488,"b":1496}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":1507,"b":1508},{"a":1538,"b":1539},{"a":1545,"b":1546},{"a":1590,"b":1591},{"a":1673,"b":1674},{"a":1783,"b":1784},{"a":1925,"b":1926}]},{"name":"overdue","required":false,"transform":{"type":"scalar"},"locs":[{"a":1938,"b":1945},{"a":1968,"b":1975},{"a":2028,"b":2035}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":2109,"b":2115},{"a":2149,"b":2155}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":2270,"b":2276}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":2290,"b":2297}]}],"statement":"SELECT r.id AS \"id!\", r.number AS \"number!\", r.channel AS \"channel!\", r.status AS \"status!\", r.real_name AS \"real_name!\", r.category,\n       r.category_confirmed AS \"category_confirmed!\", r.priority, r.priority_level, r.is_specific,\n       (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,\n       rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS \"excerpt!\", r.received_at AS \"received_at!\",\n       nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS \"overdue!\",\n       coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,\n                                 'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,\n                                 'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)\n                   FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS \"subjects!\"\n  FROM (SELECT r.id FROM report_case_view r\n WHERE (:status::text IS NULL OR r.status = :status)\n   AND (:category::text IS NULL OR r.category = :category)\n   AND (:channel::text IS NULL OR r.channel = :channel)\n   AND (:priority::text IS NULL OR r.priority_level = :priority)\n   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)\n   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)\n   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)\n        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))\n        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)\n        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))\n   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)\n        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))\n   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))\n         ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id\n         LIMIT :limit!::int OFFSET :offset!::int) page\n  JOIN report_case_view r ON r.id = page.id\n  LEFT JOIN report_case_view rep ON rep.id = r.repeat_of\n  LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on\n                      ORDER BY d.kind LIMIT 1) nd ON true\n ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id AS "id!", r.number AS "number!", r.channel AS "channel!", r.status AS "status!", r.real_name AS "real_name!", r.category,
 *        r.category_confirmed AS "category_confirmed!", r.priority, r.priority_level, r.is_specific,
 *        (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,
 *        rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS "excerpt!", r.received_at AS "received_at!",
 *        nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS "overdue!",
 *        coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,
 *                                  'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,
 *                                  'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)
 *                    FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS "subjects!"
 *   FROM (SELECT r.id FROM report_case_view r
 *  WHERE (:status::text IS NULL OR r.status = :status)
 *    AND (:category::text IS NULL OR r.category = :category)
 *    AND (:channel::text IS NULL OR r.channel = :channel)
 *    AND (:priority::text IS NULL OR r.priority_level = :priority)
 *    AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
 *    AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
 *    AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
 *         OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
 *         OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
 *         OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
 *    AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
 *         OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
 *    AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
 *          ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id
 *          LIMIT :limit!::int OFFSET :offset!::int) page
 *   JOIN report_case_view r ON r.id = page.id
 *   LEFT JOIN report_case_view rep ON rep.id = r.repeat_of
 *   LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on
 *                       ORDER BY d.kind LIMIT 1) nd ON true
 *  ORDER BY r.priority DESC NULLS LAST, r.next_due_on ASC NULLS LAST, r.received_at, r.id
 * ```
 */
export const inboxPageByPriority = new PreparedQuery<IInboxPageByPriorityParams,IInboxPageByPriorityResult>(inboxPageByPriorityIR);


/** 'InboxPageByDue' parameters type */
export interface IInboxPageByDueParams {
  assignee?: string | null | void;
  category?: string | null | void;
  channel?: string | null | void;
  hidden?: stringArray | null | void;
  limit: number;
  offset: number;
  overdue?: boolean | null | void;
  priority?: string | null | void;
  q?: string | null | void;
  status?: string | null | void;
  today: DateOrString;
  unassigned: boolean;
}

/** 'InboxPageByDue' return type */
export interface IInboxPageByDueResult {
  assignee_id: string | null;
  category: string | null;
  category_confirmed: boolean;
  channel: string;
  due_kind: string;
  due_on: string | null;
  excerpt: string;
  id: string;
  is_specific: boolean | null;
  number: string;
  overdue: boolean;
  priority: number | null;
  priority_level: string | null;
  real_name: boolean;
  received_at: Date;
  repeat_of_number: string | null;
  status: string;
  subjects: Json;
  top_categories: Json | null;
}

/** 'InboxPageByDue' query type */
export interface IInboxPageByDueQuery {
  params: IInboxPageByDueParams;
  result: IInboxPageByDueResult;
}

const inboxPageByDueIR: any = {"usedParamSet":{"today":true,"status":true,"category":true,"channel":true,"priority":true,"unassigned":true,"assignee":true,"q":true,"overdue":true,"hidden":true,"limit":true,"offset":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":591,"b":597},{"a":1997,"b":2003},{"a":2084,"b":2090}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":1152,"b":1158},{"a":1188,"b":1194}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":1205,"b":1213},{"a":1245,"b":1253}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":1264,"b":1271},{"a":1302,"b":1309}]},{"name":"priority","required":false,"transform":{"type":"scalar"},"locs":[{"a":1320,"b":1328},{"a":1366,"b":1374}]},{"name":"unassigned","required":true,"transform":{"type":"scalar"},"locs":[{"a":1389,"b":1400}]},{"name":"assignee","required":false,"transform":{"type":"scalar"},"locs":[{"a":1445,"b":1453},{"a":1488,"b":1496}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":1507,"b":1508},{"a":1538,"b":1539},{"a":1545,"b":1546},{"a":1590,"b":1591},{"a":1673,"b":1674},{"a":1783,"b":1784},{"a":1925,"b":1926}]},{"name":"overdue","required":false,"transform":{"type":"scalar"},"locs":[{"a":1938,"b":1945},{"a":1968,"b":1975},{"a":2028,"b":2035}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":2109,"b":2115},{"a":2149,"b":2155}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":2270,"b":2276}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":2290,"b":2297}]}],"statement":"SELECT r.id AS \"id!\", r.number AS \"number!\", r.channel AS \"channel!\", r.status AS \"status!\", r.real_name AS \"real_name!\", r.category,\n       r.category_confirmed AS \"category_confirmed!\", r.priority, r.priority_level, r.is_specific,\n       (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,\n       rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS \"excerpt!\", r.received_at AS \"received_at!\",\n       nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS \"overdue!\",\n       coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,\n                                 'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,\n                                 'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)\n                   FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS \"subjects!\"\n  FROM (SELECT r.id FROM report_case_view r\n WHERE (:status::text IS NULL OR r.status = :status)\n   AND (:category::text IS NULL OR r.category = :category)\n   AND (:channel::text IS NULL OR r.channel = :channel)\n   AND (:priority::text IS NULL OR r.priority_level = :priority)\n   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)\n   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)\n   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)\n        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))\n        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)\n        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))\n   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)\n        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))\n   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))\n         ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id\n         LIMIT :limit!::int OFFSET :offset!::int) page\n  JOIN report_case_view r ON r.id = page.id\n  LEFT JOIN report_case_view rep ON rep.id = r.repeat_of\n  LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on\n                      ORDER BY d.kind LIMIT 1) nd ON true\n ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id AS "id!", r.number AS "number!", r.channel AS "channel!", r.status AS "status!", r.real_name AS "real_name!", r.category,
 *        r.category_confirmed AS "category_confirmed!", r.priority, r.priority_level, r.is_specific,
 *        (SELECT jsonb_build_array(t.categories -> 0, t.categories -> 1) FROM report_triage t WHERE t.report_id = r.id) AS top_categories,
 *        rep.number AS repeat_of_number, r.assignee_id, left(r.body, 120) AS "excerpt!", r.received_at AS "received_at!",
 *        nd.kind AS due_kind, to_char(r.next_due_on, 'YYYY-MM-DD') AS due_on, coalesce(r.next_due_on < :today!::date, false) AS "overdue!",
 *        coalesce((SELECT json_agg(json_build_object('status', s.status, 'mentions', s.mentions,
 *                                  'name', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'name' END,
 *                                  'unit', CASE WHEN s.status IN ('LINKED', 'CONFIRMED') THEN s.candidates->0->>'unit' END) ORDER BY s.position)
 *                    FROM report_subject s WHERE s.report_id = r.id AND s.role = 'SUBJECT'), '[]') AS "subjects!"
 *   FROM (SELECT r.id FROM report_case_view r
 *  WHERE (:status::text IS NULL OR r.status = :status)
 *    AND (:category::text IS NULL OR r.category = :category)
 *    AND (:channel::text IS NULL OR r.channel = :channel)
 *    AND (:priority::text IS NULL OR r.priority_level = :priority)
 *    AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
 *    AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
 *    AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
 *         OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
 *         OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
 *         OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
 *    AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
 *         OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
 *    AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
 *          ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id
 *          LIMIT :limit!::int OFFSET :offset!::int) page
 *   JOIN report_case_view r ON r.id = page.id
 *   LEFT JOIN report_case_view rep ON rep.id = r.repeat_of
 *   LEFT JOIN LATERAL (SELECT d.kind FROM report_deadline d WHERE d.report_id = r.id AND d.met_at IS NULL AND d.due_on = r.next_due_on
 *                       ORDER BY d.kind LIMIT 1) nd ON true
 *  ORDER BY r.next_due_on ASC NULLS LAST, r.priority DESC NULLS LAST, r.received_at, r.id                                                                         
 * ```
 */
export const inboxPageByDue = new PreparedQuery<IInboxPageByDueParams,IInboxPageByDueResult>(inboxPageByDueIR);


/** 'InboxCount' parameters type */
export interface IInboxCountParams {
  assignee?: string | null | void;
  category?: string | null | void;
  channel?: string | null | void;
  countLimit: number;
  hidden?: stringArray | null | void;
  overdue?: boolean | null | void;
  priority?: string | null | void;
  q?: string | null | void;
  status?: string | null | void;
  today: DateOrString;
  unassigned: boolean;
}

/** 'InboxCount' return type */
export interface IInboxCountResult {
  n: number;
}

/** 'InboxCount' query type */
export interface IInboxCountQuery {
  params: IInboxCountParams;
  result: IInboxCountResult;
}

const inboxCountIR: any = {"usedParamSet":{"status":true,"category":true,"channel":true,"priority":true,"unassigned":true,"assignee":true,"q":true,"overdue":true,"today":true,"hidden":true,"countLimit":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":78,"b":84},{"a":114,"b":120}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":131,"b":139},{"a":171,"b":179}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":190,"b":197},{"a":228,"b":235}]},{"name":"priority","required":false,"transform":{"type":"scalar"},"locs":[{"a":246,"b":254},{"a":292,"b":300}]},{"name":"unassigned","required":true,"transform":{"type":"scalar"},"locs":[{"a":315,"b":326}]},{"name":"assignee","required":false,"transform":{"type":"scalar"},"locs":[{"a":371,"b":379},{"a":414,"b":422}]},{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":433,"b":434},{"a":464,"b":465},{"a":471,"b":472},{"a":516,"b":517},{"a":599,"b":600},{"a":709,"b":710},{"a":851,"b":852}]},{"name":"overdue","required":false,"transform":{"type":"scalar"},"locs":[{"a":864,"b":871},{"a":894,"b":901},{"a":954,"b":961}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":923,"b":929},{"a":1010,"b":1016}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":1035,"b":1041},{"a":1075,"b":1081}]},{"name":"countLimit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1100,"b":1111}]}],"statement":"SELECT count(*)::int AS \"n!\"\n  FROM (SELECT 1 FROM report_case_view r\n WHERE (:status::text IS NULL OR r.status = :status)\n   AND (:category::text IS NULL OR r.category = :category)\n   AND (:channel::text IS NULL OR r.channel = :channel)\n   AND (:priority::text IS NULL OR r.priority_level = :priority)\n   AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)\n   AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)\n   AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)\n        OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))\n        OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)\n        OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))\n   AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)\n        OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))\n   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))\n         LIMIT :countLimit!::int) matches"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!"
 *   FROM (SELECT 1 FROM report_case_view r
 *  WHERE (:status::text IS NULL OR r.status = :status)
 *    AND (:category::text IS NULL OR r.category = :category)
 *    AND (:channel::text IS NULL OR r.channel = :channel)
 *    AND (:priority::text IS NULL OR r.priority_level = :priority)
 *    AND (NOT :unassigned!::boolean OR r.assignee_id IS NULL)
 *    AND (:assignee::uuid IS NULL OR r.assignee_id = :assignee)
 *    AND (:q::text IS NULL OR r.number = :q OR (:q ~ '^[0-9-]{3,}$' AND r.number LIKE '%' || :q)
 *         OR EXISTS (SELECT 1 FROM report_subject s WHERE s.report_id = r.id AND :q = ANY (s.mentions))
 *         OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.subjects) e WHERE e->>'name' = :q)
 *         OR EXISTS (SELECT 1 FROM report_subject_cadre x JOIN cadre_name_view c ON c.id = x.cadre_id WHERE x.report_id = r.id AND c.name = :q))
 *    AND (:overdue::boolean IS NULL OR (:overdue AND r.next_due_on < :today!::date)
 *         OR (NOT :overdue AND (r.next_due_on IS NULL OR r.next_due_on >= :today!::date)))
 *    AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden))
 *          LIMIT :countLimit!::int) matches
 * ```
 */
export const inboxCount = new PreparedQuery<IInboxCountParams,IInboxCountResult>(inboxCountIR);


/** 'CaseTriage' parameters type */
export interface ICaseTriageParams {
  reportId: string;
}

/** 'CaseTriage' return type */
export interface ICaseTriageResult {
  anchors: Json;
  categories: Json;
  model_version: number | null;
  priority_reasons: Json;
}

/** 'CaseTriage' query type */
export interface ICaseTriageQuery {
  params: ICaseTriageParams;
  result: ICaseTriageResult;
}

const caseTriageIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":106}]}],"statement":"SELECT categories, model_version, anchors, priority_reasons FROM report_triage WHERE report_id = :reportId!::uuid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT categories, model_version, anchors, priority_reasons FROM report_triage WHERE report_id = :reportId!::uuid
 * ```
 */
export const caseTriage = new PreparedQuery<ICaseTriageParams,ICaseTriageResult>(caseTriageIR);


/** 'CaseSubjects' parameters type */
export interface ICaseSubjectsParams {
  reportId: string;
}

/** 'CaseSubjects' return type */
export interface ICaseSubjectsResult {
  cadre_id: string | null;
  candidates: Json;
  decided_at: Date | null;
  id: string;
  mentions: stringArray;
  role: string;
  role_reason: string | null;
  status: string;
}

/** 'CaseSubjects' query type */
export interface ICaseSubjectsQuery {
  params: ICaseSubjectsParams;
  result: ICaseSubjectsResult;
}

const caseSubjectsIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":146}]}],"statement":"SELECT id::text AS \"id!\", role, role_reason, status, cadre_id, mentions, candidates, decided_at\n  FROM report_subject\n WHERE report_id = :reportId!::uuid\n ORDER BY position                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id::text AS "id!", role, role_reason, status, cadre_id, mentions, candidates, decided_at
 *   FROM report_subject
 *  WHERE report_id = :reportId!::uuid
 *  ORDER BY position                                                                                          
 * ```
 */
export const caseSubjects = new PreparedQuery<ICaseSubjectsParams,ICaseSubjectsResult>(caseSubjectsIR);


/** 'EarlierRepeats' parameters type */
export interface IEarlierRepeatsParams {
  hidden?: stringArray | null | void;
  reportId: string;
}

/** 'EarlierRepeats' return type */
export interface IEarlierRepeatsResult {
  number: string;
  reasons: Json;
  report_id: string;
  score: number;
}

/** 'EarlierRepeats' query type */
export interface IEarlierRepeatsQuery {
  params: IEarlierRepeatsParams;
  result: IEarlierRepeatsResult;
}

const earlierRepeatsIR: any = {"usedParamSet":{"reportId":true,"hidden":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":176}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":189,"b":195},{"a":229,"b":235}]}],"statement":"SELECT x.earlier_id AS report_id, e.number AS \"number!\", x.score, x.reasons\n  FROM report_repeat x JOIN report_case_view e ON e.id = x.earlier_id\n WHERE x.report_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))\n ORDER BY e.received_at                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT x.earlier_id AS report_id, e.number AS "number!", x.score, x.reasons
 *   FROM report_repeat x JOIN report_case_view e ON e.id = x.earlier_id
 *  WHERE x.report_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))
 *  ORDER BY e.received_at                                                                                            
 * ```
 */
export const earlierRepeats = new PreparedQuery<IEarlierRepeatsParams,IEarlierRepeatsResult>(earlierRepeatsIR);


/** 'LaterRepeats' parameters type */
export interface ILaterRepeatsParams {
  hidden?: stringArray | null | void;
  reportId: string;
}

/** 'LaterRepeats' return type */
export interface ILaterRepeatsResult {
  number: string;
  reasons: Json;
  report_id: string;
  score: number;
}

/** 'LaterRepeats' query type */
export interface ILaterRepeatsQuery {
  params: ILaterRepeatsParams;
  result: ILaterRepeatsResult;
}

const laterRepeatsIR: any = {"usedParamSet":{"reportId":true,"hidden":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":162}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":175,"b":181},{"a":215,"b":221}]}],"statement":"SELECT x.report_id, e.number AS \"number!\", x.score, x.reasons\n  FROM report_repeat x JOIN report_case_view e ON e.id = x.report_id\n WHERE x.earlier_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))\n ORDER BY e.received_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT x.report_id, e.number AS "number!", x.score, x.reasons
 *   FROM report_repeat x JOIN report_case_view e ON e.id = x.report_id
 *  WHERE x.earlier_id = :reportId!::uuid AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))
 *  ORDER BY e.received_at
 * ```
 */
export const laterRepeats = new PreparedQuery<ILaterRepeatsParams,ILaterRepeatsResult>(laterRepeatsIR);


/** 'CaseDeadlines' parameters type */
export interface ICaseDeadlinesParams {
  reportId: string;
  today: DateOrString;
}

/** 'CaseDeadlines' return type */
export interface ICaseDeadlinesResult {
  due_on: string;
  escalated_at: Date | null;
  kind: string;
  met_at: Date | null;
  overdue: boolean;
  remind_on: string;
  reminded_at: Date | null;
}

/** 'CaseDeadlines' query type */
export interface ICaseDeadlinesQuery {
  params: ICaseDeadlinesParams;
  result: ICaseDeadlinesResult;
}

const caseDeadlinesIR: any = {"usedParamSet":{"today":true,"reportId":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":184}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":258}]}],"statement":"SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\", met_at, reminded_at, escalated_at,\n       (met_at IS NULL AND due_on < :today!::date) AS \"overdue!\"\n  FROM report_deadline\n WHERE report_id = :reportId!::uuid\n ORDER BY due_on"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!", met_at, reminded_at, escalated_at,
 *        (met_at IS NULL AND due_on < :today!::date) AS "overdue!"
 *   FROM report_deadline
 *  WHERE report_id = :reportId!::uuid
 *  ORDER BY due_on
 * ```
 */
export const caseDeadlines = new PreparedQuery<ICaseDeadlinesParams,ICaseDeadlinesResult>(caseDeadlinesIR);


/** 'CaseNotes' parameters type */
export interface ICaseNotesParams {
  reportId: string;
}

/** 'CaseNotes' return type */
export interface ICaseNotesResult {
  author_id: string;
  body: string;
  created_at: Date;
  id: string;
}

/** 'CaseNotes' query type */
export interface ICaseNotesQuery {
  params: ICaseNotesParams;
  result: ICaseNotesResult;
}

const caseNotesIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]}],"statement":"SELECT id, author_id, body, created_at\n  FROM report_note\n WHERE report_id = :reportId!::uuid\n ORDER BY created_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, author_id, body, created_at
 *   FROM report_note
 *  WHERE report_id = :reportId!::uuid
 *  ORDER BY created_at, id
 * ```
 */
export const caseNotes = new PreparedQuery<ICaseNotesParams,ICaseNotesResult>(caseNotesIR);


