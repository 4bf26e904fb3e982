/** Types generated for queries found in "src/infra/database/locks.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

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

const advisoryXactLockIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":73}]}],"statement":"SELECT true AS \"locked!\" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtextextended(:key!, 0))
 * ```
 */
export const advisoryXactLock = new PreparedQuery<IAdvisoryXactLockParams,IAdvisoryXactLockResult>(advisoryXactLockIR);


