/** Types generated for queries found in "src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'CaseState' parameters type */
export interface ICaseStateParams {
  id: string;
}

/** 'CaseState' return type */
export interface ICaseStateResult {
  assignee_id: string | null;
  number: string;
  status: string;
}

/** 'CaseState' query type */
export interface ICaseStateQuery {
  params: ICaseStateParams;
  result: ICaseStateResult;
}

const caseStateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT number, status, assignee_id\n  FROM report\n WHERE id = :id!                                                                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, status, assignee_id
 *   FROM report
 *  WHERE id = :id!                                                                                                                                                                                                 
 * ```
 */
export const caseState = new PreparedQuery<ICaseStateParams,ICaseStateResult>(caseStateIR);


/** 'LockForTriage' parameters type */
export interface ILockForTriageParams {
  id: string;
  keys: stringArray;
}

/** 'LockForTriage' return type */
export interface ILockForTriageResult {
  locks: string | null;
  triaged_at: Date | null;
  version: string;
}

/** 'LockForTriage' query type */
export interface ILockForTriageQuery {
  params: ILockForTriageParams;
  result: ILockForTriageResult;
}

const lockForTriageIR: any = {"usedParamSet":{"id":true,"keys":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":84}]},{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":260,"b":265}]}],"statement":"WITH r AS (SELECT triaged_at, updated_at::text AS version FROM report WHERE id = :id! FOR UPDATE)\nSELECT r.triaged_at, r.version AS \"version!\",\n       CASE WHEN r.triaged_at IS NULL THEN (SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(:keys!::text[]) AS k) END AS locks\n  FROM r                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * WITH r AS (SELECT triaged_at, updated_at::text AS version FROM report WHERE id = :id! FOR UPDATE)
 * SELECT r.triaged_at, r.version AS "version!",
 *        CASE WHEN r.triaged_at IS NULL THEN (SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(:keys!::text[]) AS k) END AS locks
 *   FROM r                                                                                                                                                                                                                                                                                                                                                                                                                                                                                      
 * ```
 */
export const lockForTriage = new PreparedQuery<ILockForTriageParams,ILockForTriageResult>(lockForTriageIR);


/** 'RecordTriage' parameters type */
export interface IRecordTriageParams {
  category?: string | null | void;
  categoryScores: Json;
  eventActorIds: stringArray;
  eventActorKinds: stringArray;
  eventData: JsonArray;
  eventReportIds: stringArray;
  eventTypes: stringArray;
  id: string;
  laterIds: stringArray;
  priority: number;
  priorityLevel: string;
  repeatOf?: string | null | void;
  rootId: string;
  specific: boolean;
  transferTarget?: string | null | void;
}

/** 'RecordTriage' return type */
export type IRecordTriageResult = void;

/** 'RecordTriage' query type */
export interface IRecordTriageQuery {
  params: IRecordTriageParams;
  result: IRecordTriageResult;
}

const recordTriageIR: any = {"usedParamSet":{"rootId":true,"laterIds":true,"category":true,"categoryScores":true,"priority":true,"priorityLevel":true,"specific":true,"transferTarget":true,"repeatOf":true,"id":true,"eventReportIds":true,"eventTypes":true,"eventActorKinds":true,"eventActorIds":true,"eventData":true},"params":[{"name":"rootId","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":71},{"a":359,"b":366}]},{"name":"laterIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":134}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":517,"b":525}]},{"name":"categoryScores","required":true,"transform":{"type":"scalar"},"locs":[{"a":552,"b":567}]},{"name":"priority","required":true,"transform":{"type":"scalar"},"locs":[{"a":648,"b":657}]},{"name":"priorityLevel","required":true,"transform":{"type":"scalar"},"locs":[{"a":682,"b":696}]},{"name":"specific","required":true,"transform":{"type":"scalar"},"locs":[{"a":719,"b":728}]},{"name":"transferTarget","required":false,"transform":{"type":"scalar"},"locs":[{"a":778,"b":792}]},{"name":"repeatOf","required":false,"transform":{"type":"scalar"},"locs":[{"a":868,"b":876}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":917,"b":920}]},{"name":"eventReportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1076,"b":1091}]},{"name":"eventTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1102,"b":1113}]},{"name":"eventActorKinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1124,"b":1140}]},{"name":"eventActorIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1151,"b":1165}]},{"name":"eventData","required":true,"transform":{"type":"scalar"},"locs":[{"a":1176,"b":1186}]}],"statement":"WITH later_chain AS (\n  UPDATE report AS target SET repeat_of = :rootId!::uuid, updated_at = now()\n   WHERE target.id = ANY (:laterIds!::uuid[]) AND (target.repeat_of IS NULL\n          OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)\n           > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = :rootId!::uuid))\n), report_row AS (\n  UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,\n                    category = :category::text, category_scores = :categoryScores!::jsonb, triaged_at = now(), updated_at = now(),\n                    priority = :priority!::int, priority_level = :priorityLevel!::text, is_specific = :specific!::boolean,\n                    transfer_target = :transferTarget::text,\n                    repeat_of = CASE WHEN status = 'RECEIVED' THEN :repeatOf::uuid ELSE repeat_of END\n   WHERE id = :id!::uuid\n)\nINSERT INTO report_event (report_id, type, actor_kind, actor_id, data)\nSELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data\n  FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])\n       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)\n ORDER BY e.n                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * WITH later_chain AS (
 *   UPDATE report AS target SET repeat_of = :rootId!::uuid, updated_at = now()
 *    WHERE target.id = ANY (:laterIds!::uuid[]) AND (target.repeat_of IS NULL
 *           OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
 *            > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = :rootId!::uuid))
 * ), report_row AS (
 *   UPDATE report SET status = CASE WHEN status = 'RECEIVED' THEN 'TRIAGED' ELSE status END,
 *                     category = :category::text, category_scores = :categoryScores!::jsonb, triaged_at = now(), updated_at = now(),
 *                     priority = :priority!::int, priority_level = :priorityLevel!::text, is_specific = :specific!::boolean,
 *                     transfer_target = :transferTarget::text,
 *                     repeat_of = CASE WHEN status = 'RECEIVED' THEN :repeatOf::uuid ELSE repeat_of END
 *    WHERE id = :id!::uuid
 * )
 * INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
 * SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
 *   FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])
 *        WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 *  ORDER BY e.n                                                                                                                 
 * ```
 */
export const recordTriage = new PreparedQuery<IRecordTriageParams,IRecordTriageResult>(recordTriageIR);


/** 'PriorityForUpdate' parameters type */
export interface IPriorityForUpdateParams {
  id: string;
}

/** 'PriorityForUpdate' return type */
export interface IPriorityForUpdateResult {
  priority: number | null;
  priority_level: string | null;
  status: string;
  triaged: boolean;
}

/** 'PriorityForUpdate' query type */
export interface IPriorityForUpdateQuery {
  params: IPriorityForUpdateParams;
  result: IPriorityForUpdateResult;
}

const priorityForUpdateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":107}]}],"statement":"SELECT status, triaged_at IS NOT NULL AS \"triaged!\", priority, priority_level\n  FROM report\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, triaged_at IS NOT NULL AS "triaged!", priority, priority_level
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const priorityForUpdate = new PreparedQuery<IPriorityForUpdateParams,IPriorityForUpdateResult>(priorityForUpdateIR);


/** 'SetPriority' parameters type */
export interface ISetPriorityParams {
  id: string;
  priority: number;
  priorityLevel: string;
}

/** 'SetPriority' return type */
export type ISetPriorityResult = void;

/** 'SetPriority' query type */
export interface ISetPriorityQuery {
  params: ISetPriorityParams;
  result: ISetPriorityResult;
}

const setPriorityIR: any = {"usedParamSet":{"priority":true,"priorityLevel":true,"id":true},"params":[{"name":"priority","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":38}]},{"name":"priorityLevel","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":77}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":120}]}],"statement":"UPDATE report SET priority = :priority!::int, priority_level = :priorityLevel!::text, updated_at = now()\n WHERE id = :id!                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET priority = :priority!::int, priority_level = :priorityLevel!::text, updated_at = now()
 *  WHERE id = :id!                                                                                         
 * ```
 */
export const setPriority = new PreparedQuery<ISetPriorityParams,ISetPriorityResult>(setPriorityIR);


/** 'CaseForAction' parameters type */
export interface ICaseForActionParams {
  id: string;
}

/** 'CaseForAction' return type */
export interface ICaseForActionResult {
  assignee_id: string | null;
  category: string | null;
  category_confirmed: boolean;
  id: string;
  status: string;
}

/** 'CaseForAction' query type */
export interface ICaseForActionQuery {
  params: ICaseForActionParams;
  result: ICaseForActionResult;
}

const caseForActionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":90}]}],"statement":"SELECT id, status, category, category_confirmed, assignee_id\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status, category, category_confirmed, assignee_id
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE                                                   
 * ```
 */
export const caseForAction = new PreparedQuery<ICaseForActionParams,ICaseForActionResult>(caseForActionIR);


/** 'ConfirmCategory' parameters type */
export interface IConfirmCategoryParams {
  category: string;
  id: string;
}

/** 'ConfirmCategory' return type */
export type IConfirmCategoryResult = void;

/** 'ConfirmCategory' query type */
export interface IConfirmCategoryQuery {
  params: IConfirmCategoryParams;
  result: IConfirmCategoryResult;
}

const confirmCategoryIR: any = {"usedParamSet":{"category":true,"id":true},"params":[{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":38}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":102}]}],"statement":"UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const confirmCategory = new PreparedQuery<IConfirmCategoryParams,IConfirmCategoryResult>(confirmCategoryIR);


/** 'SetAssignee' parameters type */
export interface ISetAssigneeParams {
  assigneeId?: string | null | void;
  id: string;
}

/** 'SetAssignee' return type */
export type ISetAssigneeResult = void;

/** 'SetAssignee' query type */
export interface ISetAssigneeQuery {
  params: ISetAssigneeParams;
  result: ISetAssigneeResult;
}

const setAssigneeIR: any = {"usedParamSet":{"assigneeId":true,"id":true},"params":[{"name":"assigneeId","required":false,"transform":{"type":"scalar"},"locs":[{"a":32,"b":42}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":85}]}],"statement":"UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const setAssignee = new PreparedQuery<ISetAssigneeParams,ISetAssigneeResult>(setAssigneeIR);


/** 'IdByNumber' parameters type */
export interface IIdByNumberParams {
  number: string;
}

/** 'IdByNumber' return type */
export interface IIdByNumberResult {
  id: string;
}

/** 'IdByNumber' query type */
export interface IIdByNumberQuery {
  params: IIdByNumberParams;
  result: IIdByNumberResult;
}

const idByNumberIR: any = {"usedParamSet":{"number":true},"params":[{"name":"number","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":44}]}],"statement":"SELECT id FROM report WHERE number = :number!                                                                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM report WHERE number = :number!                                                                                                                                                                                    
 * ```
 */
export const idByNumber = new PreparedQuery<IIdByNumberParams,IIdByNumberResult>(idByNumberIR);


/** 'CaseHandling' parameters type */
export interface ICaseHandlingParams {
  hidden?: stringArray | null | void;
  id: string;
}

/** 'CaseHandling' return type */
export interface ICaseHandlingResult {
  assignee_id: string | null;
  category_confirmed: boolean;
  disposition: string | null;
  disposition_detail: Json | null;
  disposition_pending: Json | null;
  finding: string | null;
  is_specific: boolean | null;
  outcome_for_reporter: string | null;
  priority: number | null;
  priority_level: string | null;
  repeat_of: string | null;
  transfer_target: string | null;
}

/** 'CaseHandling' query type */
export interface ICaseHandlingQuery {
  params: ICaseHandlingParams;
  result: ICaseHandlingResult;
}

const caseHandlingIR: any = {"usedParamSet":{"hidden":true,"id":true},"params":[{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":267},{"a":301,"b":307}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":354}]}],"statement":"SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,\n       disposition_pending, finding, outcome_for_reporter,\n       (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of\n  FROM report\n WHERE id = :id!                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,
 *        disposition_pending, finding, outcome_for_reporter,
 *        (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of
 *   FROM report
 *  WHERE id = :id!                                                                                     
 * ```
 */
export const caseHandling = new PreparedQuery<ICaseHandlingParams,ICaseHandlingResult>(caseHandlingIR);


/** 'OverdueCases' parameters type */
export interface IOverdueCasesParams {
  today: DateOrString;
}

/** 'OverdueCases' return type */
export interface IOverdueCasesResult {
  n: number;
}

/** 'OverdueCases' query type */
export interface IOverdueCasesQuery {
  params: IOverdueCasesParams;
  result: IOverdueCasesResult;
}

const overdueCasesIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":67}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM report WHERE next_due_on < :today!::date"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM report WHERE next_due_on < :today!::date
 * ```
 */
export const overdueCases = new PreparedQuery<IOverdueCasesParams,IOverdueCasesResult>(overdueCasesIR);


