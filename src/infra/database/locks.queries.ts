/** Types generated for queries found in "src/infra/database/locks.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'AdvisoryXactLock' parameters type */
export interface IAdvisoryXactLockParams {
  key: string;
}

/** 'AdvisoryXactLock' return type */
export interface IAdvisoryXactLockResult {
  locked: boolean;
}

/** 'AdvisoryXactLock' query type */
export interface IAdvisoryXactLockQuery {
  params: IAdvisoryXactLockParams;
  result: IAdvisoryXactLockResult;
}

const advisoryXactLockIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":73}]}],"statement":"SELECT true AS \"locked!\" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0))                                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0))                                                                                                                                                                 
 * ```
 */
export const advisoryXactLock = new PreparedQuery<IAdvisoryXactLockParams,IAdvisoryXactLockResult>(advisoryXactLockIR);


/** 'AdvisoryXactLocks' parameters type */
export interface IAdvisoryXactLocksParams {
  keys: stringArray;
}

/** 'AdvisoryXactLocks' return type */
export interface IAdvisoryXactLocksResult {
  locks: number;
}

/** 'AdvisoryXactLocks' query type */
export interface IAdvisoryXactLocksQuery {
  params: IAdvisoryXactLocksParams;
  result: IAdvisoryXactLocksResult;
}

const advisoryXactLocksIR: any = {"usedParamSet":{"keys":true},"params":[{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":98}]}],"statement":"SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0)))::int AS \"locks!\"\n  FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0)))::int AS "locks!"
 *   FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n)
 * ```
 */
export const advisoryXactLocks = new PreparedQuery<IAdvisoryXactLocksParams,IAdvisoryXactLocksResult>(advisoryXactLocksIR);


