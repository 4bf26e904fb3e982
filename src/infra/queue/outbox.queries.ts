/** Types generated for queries found in "src/infra/queue/outbox.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type stringArray = (string)[];

/** 'InsertJobs' parameters type */
export interface IInsertJobsParams {
  jobIds: stringArray;
  jobNames: stringArray;
  payloads: JsonArray;
  queues: stringArray;
}

/** 'InsertJobs' return type */
export interface IInsertJobsResult {
  id: string;
}

/** 'InsertJobs' query type */
export interface IInsertJobsQuery {
  params: IInsertJobsParams;
  result: IInsertJobsResult;
}

const insertJobsIR: any = {"usedParamSet":{"queues":true,"jobNames":true,"jobIds":true,"payloads":true},"params":[{"name":"queues","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":46}]},{"name":"jobNames","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":66}]},{"name":"jobIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":84}]},{"name":"payloads","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":104}]}],"statement":"SELECT id AS \"id!\" FROM outbox_enqueue(:queues!::text[], :jobNames!::text[], :jobIds!::text[], :payloads!::jsonb[])\n ORDER BY ord"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!" FROM outbox_enqueue(:queues!::text[], :jobNames!::text[], :jobIds!::text[], :payloads!::jsonb[])
 *  ORDER BY ord
 * ```
 */
export const insertJobs = new PreparedQuery<IInsertJobsParams,IInsertJobsResult>(insertJobsIR);


/** 'MarkDispatched' parameters type */
export interface IMarkDispatchedParams {
  ids: stringArray;
}

/** 'MarkDispatched' return type */
export type IMarkDispatchedResult = void;

/** 'MarkDispatched' query type */
export interface IMarkDispatchedQuery {
  params: IMarkDispatchedParams;
  result: IMarkDispatchedResult;
}

const markDispatchedIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":60}]}],"statement":"UPDATE outbox SET dispatched_at = now() WHERE id = ANY (:ids!::bigint[]) AND dispatched_at IS NULL                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET dispatched_at = now() WHERE id = ANY (:ids!::bigint[]) AND dispatched_at IS NULL                                                                                      
 * ```
 */
export const markDispatched = new PreparedQuery<IMarkDispatchedParams,IMarkDispatchedResult>(markDispatchedIR);


/** 'LockPending' parameters type */
export interface ILockPendingParams {
  graceMs: number;
  limit: number;
}

/** 'LockPending' return type */
export interface ILockPendingResult {
  id: string;
  job_name: string;
  payload: Json;
  queue: string;
}

/** 'LockPending' query type */
export interface ILockPendingQuery {
  params: ILockPendingParams;
  result: ILockPendingResult;
}

const lockPendingIR: any = {"usedParamSet":{"graceMs":true,"limit":true},"params":[{"name":"graceMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":132}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":185}]}],"statement":"SELECT id, queue, job_name, payload FROM outbox\n WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => :graceMs!::double precision / 1000)\n ORDER BY id LIMIT :limit!::int FOR UPDATE SKIP LOCKED"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, queue, job_name, payload FROM outbox
 *  WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => :graceMs!::double precision / 1000)
 *  ORDER BY id LIMIT :limit!::int FOR UPDATE SKIP LOCKED
 * ```
 */
export const lockPending = new PreparedQuery<ILockPendingParams,ILockPendingResult>(lockPendingIR);


/** 'MarkRelayFailed' parameters type */
export interface IMarkRelayFailedParams {
  ids: stringArray;
  lastError: string;
}

/** 'MarkRelayFailed' return type */
export type IMarkRelayFailedResult = void;

/** 'MarkRelayFailed' query type */
export interface IMarkRelayFailedQuery {
  params: IMarkRelayFailedParams;
  result: IMarkRelayFailedResult;
}

const markRelayFailedIR: any = {"usedParamSet":{"lastError":true,"ids":true},"params":[{"name":"lastError","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":66}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":88}]}],"statement":"UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY (:ids!::bigint[])"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY (:ids!::bigint[])
 * ```
 */
export const markRelayFailed = new PreparedQuery<IMarkRelayFailedParams,IMarkRelayFailedResult>(markRelayFailedIR);


/** 'MarkRelayed' parameters type */
export interface IMarkRelayedParams {
  ids: stringArray;
}

/** 'MarkRelayed' return type */
export type IMarkRelayedResult = void;

/** 'MarkRelayed' query type */
export interface IMarkRelayedQuery {
  params: IMarkRelayedParams;
  result: IMarkRelayedResult;
}

const markRelayedIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":85}]}],"statement":"UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY (:ids!::bigint[])                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY (:ids!::bigint[])                                                                                                                         
 * ```
 */
export const markRelayed = new PreparedQuery<IMarkRelayedParams,IMarkRelayedResult>(markRelayedIR);


/** 'JobsOf' parameters type */
export interface IJobsOfParams {
  jobName: string;
}

/** 'JobsOf' return type */
export interface IJobsOfResult {
  id: string;
  payload: Json;
}

/** 'JobsOf' query type */
export interface IJobsOfQuery {
  params: IJobsOfParams;
  result: IJobsOfResult;
}

const jobsOfIR: any = {"usedParamSet":{"jobName":true},"params":[{"name":"jobName","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":56}]}],"statement":"SELECT id, payload FROM outbox WHERE job_name = :jobName! ORDER BY id                                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, payload FROM outbox WHERE job_name = :jobName! ORDER BY id                                                                                                                           
 * ```
 */
export const jobsOf = new PreparedQuery<IJobsOfParams,IJobsOfResult>(jobsOfIR);


/** 'DropDispatchedPartition' parameters type */
export interface IDropDispatchedPartitionParams {
  partition: string;
}

/** 'DropDispatchedPartition' return type */
export interface IDropDispatchedPartitionResult {
  pending: string;
}

/** 'DropDispatchedPartition' query type */
export interface IDropDispatchedPartitionQuery {
  params: IDropDispatchedPartitionParams;
  result: IDropDispatchedPartitionResult;
}

const dropDispatchedPartitionIR: any = {"usedParamSet":{"partition":true},"params":[{"name":"partition","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":50}]}],"statement":"SELECT outbox_drop_dispatched_partition(:partition!::text::regclass) AS \"pending!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT outbox_drop_dispatched_partition(:partition!::text::regclass) AS "pending!"
 * ```
 */
export const dropDispatchedPartition = new PreparedQuery<IDropDispatchedPartitionParams,IDropDispatchedPartitionResult>(dropDispatchedPartitionIR);


