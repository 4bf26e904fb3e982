/** Types generated for queries found in "src/triage/deadlines/report-deadlines.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'MeetDeadlines' parameters type */
export interface IMeetDeadlinesParams {
  kinds: stringArray;
  reportId: string;
}

/** 'MeetDeadlines' return type */
export interface IMeetDeadlinesResult {
  kind: string;
}

/** 'MeetDeadlines' query type */
export interface IMeetDeadlinesQuery {
  params: IMeetDeadlinesParams;
  result: IMeetDeadlinesResult;
}

const meetDeadlinesIR: any = {"usedParamSet":{"reportId":true,"kinds":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":70}]},{"name":"kinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":113}]}],"statement":"UPDATE report_deadline SET met_at = now()\n WHERE report_id = :reportId! AND met_at IS NULL AND kind = ANY (:kinds!::text[])\nRETURNING kind                                                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_deadline SET met_at = now()
 *  WHERE report_id = :reportId! AND met_at IS NULL AND kind = ANY (:kinds!::text[])
 * RETURNING kind                                                                                                                
 * ```
 */
export const meetDeadlines = new PreparedQuery<IMeetDeadlinesParams,IMeetDeadlinesResult>(meetDeadlinesIR);


/** 'OpenDeadlinesForUpdate' parameters type */
export interface IOpenDeadlinesForUpdateParams {
  kind: string;
  reportIds: stringArray;
}

/** 'OpenDeadlinesForUpdate' return type */
export interface IOpenDeadlinesForUpdateResult {
  due_on: string;
  id: string;
  remind_on: string;
  report_id: string;
}

/** 'OpenDeadlinesForUpdate' query type */
export interface IOpenDeadlinesForUpdateQuery {
  params: IOpenDeadlinesForUpdateParams;
  result: IOpenDeadlinesForUpdateResult;
}

const openDeadlinesForUpdateIR: any = {"usedParamSet":{"reportIds":true,"kind":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":203}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":225,"b":230}]}],"statement":"SELECT id::text AS \"id!\", report_id AS \"report_id!\", to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\"\n  FROM report_deadline\n WHERE report_id = ANY (:reportIds!::uuid[]) AND kind = :kind! AND met_at IS NULL\n ORDER BY id\n   FOR UPDATE                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id::text AS "id!", report_id AS "report_id!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"
 *   FROM report_deadline
 *  WHERE report_id = ANY (:reportIds!::uuid[]) AND kind = :kind! AND met_at IS NULL
 *  ORDER BY id
 *    FOR UPDATE                                                                   
 * ```
 */
export const openDeadlinesForUpdate = new PreparedQuery<IOpenDeadlinesForUpdateParams,IOpenDeadlinesForUpdateResult>(openDeadlinesForUpdateIR);


/** 'RescheduleDeadlines' parameters type */
export interface IRescheduleDeadlinesParams {
  rows: Json;
}

/** 'RescheduleDeadlines' return type */
export type IRescheduleDeadlinesResult = void;

/** 'RescheduleDeadlines' query type */
export interface IRescheduleDeadlinesQuery {
  params: IRescheduleDeadlinesParams;
  result: IRescheduleDeadlinesResult;
}

const rescheduleDeadlinesIR: any = {"usedParamSet":{"rows":true},"params":[{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":103}]}],"statement":"UPDATE report_deadline d SET due_on = x.due_on, remind_on = x.remind_on\n  FROM jsonb_to_recordset(:rows!::jsonb) AS x(id bigint, due_on date, remind_on date)\n WHERE d.id = x.id                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_deadline d SET due_on = x.due_on, remind_on = x.remind_on
 *   FROM jsonb_to_recordset(:rows!::jsonb) AS x(id bigint, due_on date, remind_on date)
 *  WHERE d.id = x.id                                                                                  
 * ```
 */
export const rescheduleDeadlines = new PreparedQuery<IRescheduleDeadlinesParams,IRescheduleDeadlinesResult>(rescheduleDeadlinesIR);


/** 'DeadlineForCheck' parameters type */
export interface IDeadlineForCheckParams {
  id: string;
}

/** 'DeadlineForCheck' return type */
export interface IDeadlineForCheckResult {
  due_on: string;
  escalated_at: Date | null;
  kind: string;
  met_at: Date | null;
  remind_on: string;
  reminded_at: Date | null;
  report_id: string;
}

/** 'DeadlineForCheck' query type */
export interface IDeadlineForCheckQuery {
  params: IDeadlineForCheckParams;
  result: IDeadlineForCheckResult;
}

const deadlineForCheckIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":197}]}],"statement":"SELECT report_id, kind, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\",\n       met_at, reminded_at, escalated_at\n  FROM report_deadline\n WHERE id = :id!::bigint\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, kind, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!",
 *        met_at, reminded_at, escalated_at
 *   FROM report_deadline
 *  WHERE id = :id!::bigint
 *    FOR UPDATE
 * ```
 */
export const deadlineForCheck = new PreparedQuery<IDeadlineForCheckParams,IDeadlineForCheckResult>(deadlineForCheckIR);


/** 'MarkReminded' parameters type */
export interface IMarkRemindedParams {
  id: string;
}

/** 'MarkReminded' return type */
export type IMarkRemindedResult = void;

/** 'MarkReminded' query type */
export interface IMarkRemindedQuery {
  params: IMarkRemindedParams;
  result: IMarkRemindedResult;
}

const markRemindedIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":61}]}],"statement":"UPDATE report_deadline SET reminded_at = now() WHERE id = :id!::bigint"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_deadline SET reminded_at = now() WHERE id = :id!::bigint
 * ```
 */
export const markReminded = new PreparedQuery<IMarkRemindedParams,IMarkRemindedResult>(markRemindedIR);


/** 'MarkEscalated' parameters type */
export interface IMarkEscalatedParams {
  id: string;
}

/** 'MarkEscalated' return type */
export type IMarkEscalatedResult = void;

/** 'MarkEscalated' query type */
export interface IMarkEscalatedQuery {
  params: IMarkEscalatedParams;
  result: IMarkEscalatedResult;
}

const markEscalatedIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":62}]}],"statement":"UPDATE report_deadline SET escalated_at = now() WHERE id = :id!::bigint                                                                                                                                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_deadline SET escalated_at = now() WHERE id = :id!::bigint                                                                                                                                                                                                
 * ```
 */
export const markEscalated = new PreparedQuery<IMarkEscalatedParams,IMarkEscalatedResult>(markEscalatedIR);


/** 'DueChecks' parameters type */
export interface IDueChecksParams {
  finishedStatuses: stringArray;
  today: DateOrString;
}

/** 'DueChecks' return type */
export interface IDueChecksResult {
  id: string;
  stage: string;
}

/** 'DueChecks' query type */
export interface IDueChecksQuery {
  params: IDueChecksParams;
  result: IDueChecksResult;
}

const dueChecksIR: any = {"usedParamSet":{"today":true,"finishedStatuses":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":55},{"a":330,"b":336},{"a":387,"b":393}]},{"name":"finishedStatuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":269}]}],"statement":"SELECT d.id::text AS \"id!\", CASE WHEN d.due_on < :today!::date AND d.escalated_at IS NULL THEN 'ESCALATE' ELSE 'REMIND' END AS \"stage!\"\n  FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id\n WHERE d.met_at IS NULL AND r.status <> ALL (:finishedStatuses!::text[])\n   AND ((d.reminded_at IS NULL AND d.remind_on <= :today!::date) OR (d.escalated_at IS NULL AND d.due_on < :today!::date))\n ORDER BY d.due_on\n LIMIT 1000                                                                                                                                                                                                                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id::text AS "id!", CASE WHEN d.due_on < :today!::date AND d.escalated_at IS NULL THEN 'ESCALATE' ELSE 'REMIND' END AS "stage!"
 *   FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id
 *  WHERE d.met_at IS NULL AND r.status <> ALL (:finishedStatuses!::text[])
 *    AND ((d.reminded_at IS NULL AND d.remind_on <= :today!::date) OR (d.escalated_at IS NULL AND d.due_on < :today!::date))
 *  ORDER BY d.due_on
 *  LIMIT 1000                                                                                                                                                                                                                                                                                       
 * ```
 */
export const dueChecks = new PreparedQuery<IDueChecksParams,IDueChecksResult>(dueChecksIR);


/** 'DueForHandler' parameters type */
export interface IDueForHandlerParams {
  cadreId?: string | null | void;
  horizon: DateOrString;
  sameUnit: boolean;
  staffId: string;
}

/** 'DueForHandler' return type */
export interface IDueForHandlerResult {
  due_on: string;
  id: string;
  kind: string;
  mine: boolean | null;
  number: string;
}

/** 'DueForHandler' query type */
export interface IDueForHandlerQuery {
  params: IDueForHandlerParams;
  result: IDueForHandlerResult;
}

const dueForHandlerIR: any = {"usedParamSet":{"staffId":true,"horizon":true,"cadreId":true,"sameUnit":true},"params":[{"name":"staffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":124},{"a":364,"b":372}]},{"name":"horizon","required":true,"transform":{"type":"scalar"},"locs":[{"a":252,"b":260}]},{"name":"cadreId","required":false,"transform":{"type":"scalar"},"locs":[{"a":414,"b":421},{"a":462,"b":469}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":478,"b":487}]}],"statement":"SELECT r.id AS \"id!\", r.number AS \"number!\", d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS \"due_on!\", (r.assignee_id = :staffId!::uuid) AS mine\n  FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id\n WHERE d.met_at IS NULL AND d.due_on <= :horizon!::date AND r.status NOT IN ('CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')\n   AND (r.assignee_id = :staffId!::uuid OR r.assignee_id IS NULL)\n   AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!::boolean) IS NULL)\n ORDER BY d.due_on, r.number\n LIMIT 100"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id AS "id!", r.number AS "number!", d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS "due_on!", (r.assignee_id = :staffId!::uuid) AS mine
 *   FROM report_deadline d JOIN report_case_view r ON r.id = d.report_id
 *  WHERE d.met_at IS NULL AND d.due_on <= :horizon!::date AND r.status NOT IN ('CLOSED', 'MERGED', 'TRANSFERRED', 'NOT_ACCEPTED')
 *    AND (r.assignee_id = :staffId!::uuid OR r.assignee_id IS NULL)
 *    AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!::boolean) IS NULL)
 *  ORDER BY d.due_on, r.number
 *  LIMIT 100
 * ```
 */
export const dueForHandler = new PreparedQuery<IDueForHandlerParams,IDueForHandlerResult>(dueForHandlerIR);


