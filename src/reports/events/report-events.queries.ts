/** Types generated for queries found in "src/reports/events/report-events.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'AppendEvent' parameters type */
export interface IAppendEventParams {
  actorId?: string | null | void;
  actorKind: string;
  data: Json;
  reportId: string;
  type: string;
}

/** 'AppendEvent' return type */
export type IAppendEventResult = void;

/** 'AppendEvent' query type */
export interface IAppendEventQuery {
  params: IAppendEventParams;
  result: IAppendEventResult;
}

const appendEventIR: any = {"usedParamSet":{"reportId":true,"type":true,"actorKind":true,"actorId":true,"data":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":88}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":96}]},{"name":"actorKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":109}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":112,"b":119}]},{"name":"data","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":127}]}],"statement":"INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)\nVALUES (:reportId!, :type!, :actorKind!, :actorId, :data!::jsonb)                                                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
 * VALUES (:reportId!, :type!, :actorKind!, :actorId, :data!::jsonb)                                                                                                        
 * ```
 */
export const appendEvent = new PreparedQuery<IAppendEventParams,IAppendEventResult>(appendEventIR);


/** 'AppendEvents' parameters type */
export interface IAppendEventsParams {
  actorIds: stringArray;
  actorKinds: stringArray;
  data: JsonArray;
  reportIds: stringArray;
  types: stringArray;
}

/** 'AppendEvents' return type */
export type IAppendEventsResult = void;

/** 'AppendEvents' query type */
export interface IAppendEventsQuery {
  params: IAppendEventsParams;
  result: IAppendEventsResult;
}

const appendEventsIR: any = {"usedParamSet":{"reportIds":true,"types":true,"actorKinds":true,"actorIds":true,"data":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":156}]},{"name":"types","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":173}]},{"name":"actorKinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":195}]},{"name":"actorIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":215}]},{"name":"data","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":231}]}],"statement":"INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)\nSELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data\n  FROM unnest(:reportIds!::uuid[], :types!::text[], :actorKinds!::text[], :actorIds!::uuid[], :data!::jsonb[])\n       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)\n ORDER BY e.n                                      "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
 * SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
 *   FROM unnest(:reportIds!::uuid[], :types!::text[], :actorKinds!::text[], :actorIds!::uuid[], :data!::jsonb[])
 *        WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 *  ORDER BY e.n                                      
 * ```
 */
export const appendEvents = new PreparedQuery<IAppendEventsParams,IAppendEventsResult>(appendEventsIR);


/** 'HistoryOf' parameters type */
export interface IHistoryOfParams {
  reportId: string;
}

/** 'HistoryOf' return type */
export interface IHistoryOfResult {
  actor_id: string | null;
  actor_kind: string;
  created_at: Date;
  data: Json;
  id: string;
  type: string;
}

/** 'HistoryOf' query type */
export interface IHistoryOfQuery {
  params: IHistoryOfParams;
  result: IHistoryOfResult;
}

const historyOfIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":104}]}],"statement":"SELECT id, type, actor_kind, actor_id, data, created_at\n  FROM report_event\n WHERE report_id = :reportId!\n ORDER BY id                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, type, actor_kind, actor_id, data, created_at
 *   FROM report_event
 *  WHERE report_id = :reportId!
 *  ORDER BY id                                                                                           
 * ```
 */
export const historyOf = new PreparedQuery<IHistoryOfParams,IHistoryOfResult>(historyOfIR);


/** 'ReceivedData' parameters type */
export interface IReceivedDataParams {
  reportIds: stringArray;
}

/** 'ReceivedData' return type */
export interface IReceivedDataResult {
  data: Json;
  report_id: string;
}

/** 'ReceivedData' query type */
export interface IReceivedDataQuery {
  params: IReceivedDataParams;
  result: IReceivedDataResult;
}

const receivedDataIR: any = {"usedParamSet":{"reportIds":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":77}]}],"statement":"SELECT report_id, data\n  FROM report_event\n WHERE report_id = ANY (:reportIds!::uuid[]) AND type = 'RECEIVED'\n ORDER BY report_id, id                                                                                                                                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, data
 *   FROM report_event
 *  WHERE report_id = ANY (:reportIds!::uuid[]) AND type = 'RECEIVED'
 *  ORDER BY report_id, id                                                                                                                                                                                                
 * ```
 */
export const receivedData = new PreparedQuery<IReceivedDataParams,IReceivedDataResult>(receivedDataIR);


/** 'DispositionCounts' parameters type */
export interface IDispositionCountsParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'DispositionCounts' return type */
export interface IDispositionCountsResult {
  count: number;
  key: string | null;
}

/** 'DispositionCounts' query type */
export interface IDispositionCountsQuery {
  params: IDispositionCountsParams;
  result: IDispositionCountsResult;
}

const dispositionCountsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":263,"b":268}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":307,"b":310}]}],"statement":"SELECT kind AS key, count(*)::int AS \"count!\"\n  FROM (SELECT DISTINCT ON (report_id) CASE WHEN type = 'MERGED' THEN 'MERGE' ELSE data->'after'->>'disposition' END AS kind\n          FROM report_event\n         WHERE type IN ('DISPOSED', 'MERGED') AND created_at >= :from!::date::timestamptz AND created_at < (:to!::date + 1)::timestamptz\n         ORDER BY report_id, id DESC) d\n GROUP BY kind"};

/**
 * Query generated from SQL:
 * ```
 * SELECT kind AS key, count(*)::int AS "count!"
 *   FROM (SELECT DISTINCT ON (report_id) CASE WHEN type = 'MERGED' THEN 'MERGE' ELSE data->'after'->>'disposition' END AS kind
 *           FROM report_event
 *          WHERE type IN ('DISPOSED', 'MERGED') AND created_at >= :from!::date::timestamptz AND created_at < (:to!::date + 1)::timestamptz
 *          ORDER BY report_id, id DESC) d
 *  GROUP BY kind
 * ```
 */
export const dispositionCounts = new PreparedQuery<IDispositionCountsParams,IDispositionCountsResult>(dispositionCountsIR);


