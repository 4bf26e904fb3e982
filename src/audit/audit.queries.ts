/** Types generated for queries found in "src/audit/audit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'LockChain' parameters type */
export type ILockChainParams = void;

/** 'LockChain' return type */
export interface ILockChainResult {
  locked: boolean;
}

/** 'LockChain' query type */
export interface ILockChainQuery {
  params: ILockChainParams;
  result: ILockChainResult;
}

const lockChainIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT true AS \"locked!\" FROM pg_advisory_xact_lock(hashtext('qingfeng:audit_log'))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:audit_log'))
 * ```
 */
export const lockChain = new PreparedQuery<ILockChainParams,ILockChainResult>(lockChainIR);


/** 'ChainHead' parameters type */
export type IChainHeadParams = void;

/** 'ChainHead' return type */
export interface IChainHeadResult {
  hash: Buffer;
  seq: string;
}

/** 'ChainHead' query type */
export interface IChainHeadQuery {
  params: IChainHeadParams;
  result: IChainHeadResult;
}

const chainHeadIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1
 * ```
 */
export const chainHead = new PreparedQuery<IChainHeadParams,IChainHeadResult>(chainHeadIR);


/** 'AppendRow' parameters type */
export interface IAppendRowParams {
  action: string;
  actorId?: string | null | void;
  actorKind: string;
  actorName?: string | null | void;
  at: DateOrString;
  details: Json;
  hash: Buffer;
  ip?: string | null | void;
  outcome: string;
  prevHash: Buffer;
  requestId?: string | null | void;
  seq: string;
  status?: number | null | void;
  targetId?: string | null | void;
  targetType?: string | null | void;
}

/** 'AppendRow' return type */
export type IAppendRowResult = void;

/** 'AppendRow' query type */
export interface IAppendRowQuery {
  params: IAppendRowParams;
  result: IAppendRowResult;
}

const appendRowIR: any = {"usedParamSet":{"seq":true,"at":true,"actorKind":true,"actorId":true,"actorName":true,"action":true,"targetType":true,"targetId":true,"outcome":true,"status":true,"ip":true,"requestId":true,"details":true,"prevHash":true,"hash":true},"params":[{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":192}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":198}]},{"name":"actorKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":211}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":214,"b":221}]},{"name":"actorName","required":false,"transform":{"type":"scalar"},"locs":[{"a":224,"b":233}]},{"name":"action","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":243}]},{"name":"targetType","required":false,"transform":{"type":"scalar"},"locs":[{"a":246,"b":256}]},{"name":"targetId","required":false,"transform":{"type":"scalar"},"locs":[{"a":259,"b":267}]},{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":278}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":281,"b":287}]},{"name":"ip","required":false,"transform":{"type":"scalar"},"locs":[{"a":298,"b":300}]},{"name":"requestId","required":false,"transform":{"type":"scalar"},"locs":[{"a":303,"b":312}]},{"name":"details","required":true,"transform":{"type":"scalar"},"locs":[{"a":315,"b":323}]},{"name":"prevHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":333,"b":342}]},{"name":"hash","required":true,"transform":{"type":"scalar"},"locs":[{"a":345,"b":350}]}],"statement":"INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status,\n                       ip, request_id, details, prev_hash, hash)\nVALUES (:seq!, :at!, :actorKind!, :actorId, :actorName, :action!, :targetType, :targetId, :outcome!, :status,\n        :ip, :requestId, :details!::jsonb, :prevHash!, :hash!)                                               "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status,
 *                        ip, request_id, details, prev_hash, hash)
 * VALUES (:seq!, :at!, :actorKind!, :actorId, :actorName, :action!, :targetType, :targetId, :outcome!, :status,
 *         :ip, :requestId, :details!::jsonb, :prevHash!, :hash!)                                               
 * ```
 */
export const appendRow = new PreparedQuery<IAppendRowParams,IAppendRowResult>(appendRowIR);


/** 'RowsAfter' parameters type */
export interface IRowsAfterParams {
  after: string;
  limit: number;
}

/** 'RowsAfter' return type */
export interface IRowsAfterResult {
  action: string;
  actor_id: string | null;
  actor_kind: string;
  actor_name: string | null;
  at: Date;
  details: Json;
  hash: Buffer;
  ip: string | null;
  outcome: string;
  prev_hash: Buffer;
  request_id: string | null;
  seq: string;
  status: number | null;
  target_id: string | null;
  target_type: string | null;
}

/** 'RowsAfter' query type */
export interface IRowsAfterQuery {
  params: IRowsAfterParams;
  result: IRowsAfterResult;
}

const rowsAfterIR: any = {"usedParamSet":{"after":true,"limit":true},"params":[{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":183}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":210}]}],"statement":"SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,\n       prev_hash, hash\n  FROM audit_log\n WHERE seq > :after! ORDER BY seq LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
 *        prev_hash, hash
 *   FROM audit_log
 *  WHERE seq > :after! ORDER BY seq LIMIT :limit!::int
 * ```
 */
export const rowsAfter = new PreparedQuery<IRowsAfterParams,IRowsAfterResult>(rowsAfterIR);


/** 'InsertAnchor' parameters type */
export interface IInsertAnchorParams {
  at: DateOrString;
  hash: Buffer;
  seq: string;
  signature: Buffer;
  source: string;
}

/** 'InsertAnchor' return type */
export type IInsertAnchorResult = void;

/** 'InsertAnchor' query type */
export interface IInsertAnchorQuery {
  params: IInsertAnchorParams;
  result: IInsertAnchorResult;
}

const insertAnchorIR: any = {"usedParamSet":{"seq":true,"hash":true,"at":true,"signature":true,"source":true},"params":[{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":72}]},{"name":"hash","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":80}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":86}]},{"name":"signature","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":99}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":109}]}],"statement":"INSERT INTO audit_anchor (seq, hash, at, signature, source) VALUES (:seq!, :hash!, :at!, :signature!, :source!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO audit_anchor (seq, hash, at, signature, source) VALUES (:seq!, :hash!, :at!, :signature!, :source!)
 * ```
 */
export const insertAnchor = new PreparedQuery<IInsertAnchorParams,IInsertAnchorResult>(insertAnchorIR);


/** 'AnchorsNewestFirst' parameters type */
export type IAnchorsNewestFirstParams = void;

/** 'AnchorsNewestFirst' return type */
export interface IAnchorsNewestFirstResult {
  at: Date;
  hash: Buffer;
  seq: string;
  signature: Buffer;
}

/** 'AnchorsNewestFirst' query type */
export interface IAnchorsNewestFirstQuery {
  params: IAnchorsNewestFirstParams;
  result: IAnchorsNewestFirstResult;
}

const anchorsNewestFirstIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT seq, hash, at, signature FROM audit_anchor ORDER BY seq DESC, id DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, hash, at, signature FROM audit_anchor ORDER BY seq DESC, id DESC
 * ```
 */
export const anchorsNewestFirst = new PreparedQuery<IAnchorsNewestFirstParams,IAnchorsNewestFirstResult>(anchorsNewestFirstIR);


/** 'HashAt' parameters type */
export interface IHashAtParams {
  seq: string;
}

/** 'HashAt' return type */
export interface IHashAtResult {
  hash: Buffer;
}

/** 'HashAt' query type */
export interface IHashAtQuery {
  params: IHashAtParams;
  result: IHashAtResult;
}

const hashAtIR: any = {"usedParamSet":{"seq":true},"params":[{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":43}]}],"statement":"SELECT hash FROM audit_log WHERE seq = :seq!                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT hash FROM audit_log WHERE seq = :seq!                                                                                                   
 * ```
 */
export const hashAt = new PreparedQuery<IHashAtParams,IHashAtResult>(hashAtIR);


/** 'PageDesc' parameters type */
export interface IPageDescParams {
  action?: string | null | void;
  actorId?: string | null | void;
  before?: string | null | void;
  from?: DateOrString | null | void;
  limit: number;
  targetId?: string | null | void;
  targetType?: string | null | void;
  to?: DateOrString | null | void;
}

/** 'PageDesc' return type */
export interface IPageDescResult {
  action: string;
  actor_id: string | null;
  actor_kind: string;
  actor_name: string | null;
  at: Date;
  details: Json;
  hash: Buffer;
  ip: string | null;
  outcome: string;
  prev_hash: Buffer;
  request_id: string | null;
  seq: string;
  status: number | null;
  target_id: string | null;
  target_type: string | null;
}

/** 'PageDesc' query type */
export interface IPageDescQuery {
  params: IPageDescParams;
  result: IPageDescResult;
}

const pageDescIR: any = {"usedParamSet":{"from":true,"to":true,"actorId":true,"action":true,"targetType":true,"targetId":true,"before":true,"limit":true},"params":[{"name":"from","required":false,"transform":{"type":"scalar"},"locs":[{"a":172,"b":176},{"a":202,"b":206}]},{"name":"to","required":false,"transform":{"type":"scalar"},"locs":[{"a":237,"b":239},{"a":265,"b":267}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":303,"b":310},{"a":340,"b":347}]},{"name":"action","required":false,"transform":{"type":"scalar"},"locs":[{"a":364,"b":370},{"a":409,"b":415}]},{"name":"targetType","required":false,"transform":{"type":"scalar"},"locs":[{"a":433,"b":443},{"a":476,"b":486}]},{"name":"targetId","required":false,"transform":{"type":"scalar"},"locs":[{"a":503,"b":511},{"a":542,"b":550},{"a":592,"b":600}]},{"name":"before","required":false,"transform":{"type":"scalar"},"locs":[{"a":618,"b":624},{"a":651,"b":657}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":694,"b":700}]}],"statement":"SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,\n       prev_hash, hash\n  FROM audit_log\n WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)\n   AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)\n   AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)\n   AND (:action::text IS NULL OR starts_with(action, :action::text))\n   AND (:targetType::text IS NULL OR target_type = :targetType::text)\n   AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))\n   AND (:before::bigint IS NULL OR seq < :before::bigint)\n ORDER BY seq DESC\n LIMIT :limit!::int                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
 *        prev_hash, hash
 *   FROM audit_log
 *  WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)
 *    AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)
 *    AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)
 *    AND (:action::text IS NULL OR starts_with(action, :action::text))
 *    AND (:targetType::text IS NULL OR target_type = :targetType::text)
 *    AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))
 *    AND (:before::bigint IS NULL OR seq < :before::bigint)
 *  ORDER BY seq DESC
 *  LIMIT :limit!::int                                                              
 * ```
 */
export const pageDesc = new PreparedQuery<IPageDescParams,IPageDescResult>(pageDescIR);


/** 'PageAsc' parameters type */
export interface IPageAscParams {
  action?: string | null | void;
  actorId?: string | null | void;
  after: string;
  from?: DateOrString | null | void;
  limit: number;
  targetId?: string | null | void;
  targetType?: string | null | void;
  to?: DateOrString | null | void;
}

/** 'PageAsc' return type */
export interface IPageAscResult {
  action: string;
  actor_id: string | null;
  actor_kind: string;
  actor_name: string | null;
  at: Date;
  details: Json;
  hash: Buffer;
  ip: string | null;
  outcome: string;
  prev_hash: Buffer;
  request_id: string | null;
  seq: string;
  status: number | null;
  target_id: string | null;
  target_type: string | null;
}

/** 'PageAsc' query type */
export interface IPageAscQuery {
  params: IPageAscParams;
  result: IPageAscResult;
}

const pageAscIR: any = {"usedParamSet":{"from":true,"to":true,"actorId":true,"action":true,"targetType":true,"targetId":true,"after":true,"limit":true},"params":[{"name":"from","required":false,"transform":{"type":"scalar"},"locs":[{"a":172,"b":176},{"a":202,"b":206}]},{"name":"to","required":false,"transform":{"type":"scalar"},"locs":[{"a":237,"b":239},{"a":265,"b":267}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":303,"b":310},{"a":340,"b":347}]},{"name":"action","required":false,"transform":{"type":"scalar"},"locs":[{"a":364,"b":370},{"a":409,"b":415}]},{"name":"targetType","required":false,"transform":{"type":"scalar"},"locs":[{"a":433,"b":443},{"a":476,"b":486}]},{"name":"targetId","required":false,"transform":{"type":"scalar"},"locs":[{"a":503,"b":511},{"a":542,"b":550},{"a":592,"b":600}]},{"name":"after","required":true,"transform":{"type":"scalar"},"locs":[{"a":623,"b":629}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":652,"b":658}]}],"statement":"SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,\n       prev_hash, hash\n  FROM audit_log\n WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)\n   AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)\n   AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)\n   AND (:action::text IS NULL OR starts_with(action, :action::text))\n   AND (:targetType::text IS NULL OR target_type = :targetType::text)\n   AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))\n   AND seq > :after!\n ORDER BY seq\n LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
 *        prev_hash, hash
 *   FROM audit_log
 *  WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)
 *    AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)
 *    AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)
 *    AND (:action::text IS NULL OR starts_with(action, :action::text))
 *    AND (:targetType::text IS NULL OR target_type = :targetType::text)
 *    AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))
 *    AND seq > :after!
 *  ORDER BY seq
 *  LIMIT :limit!::int
 * ```
 */
export const pageAsc = new PreparedQuery<IPageAscParams,IPageAscResult>(pageAscIR);


