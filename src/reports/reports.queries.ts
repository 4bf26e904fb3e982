/** Types generated for queries found in "src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

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

const caseStateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT number, status, assignee_id\n  FROM report\n WHERE id = :id!                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, status, assignee_id
 *   FROM report
 *  WHERE id = :id!                                                                                 
 * ```
 */
export const caseState = new PreparedQuery<ICaseStateParams,ICaseStateResult>(caseStateIR);


/** 'CaseSummariesByIds' parameters type */
export interface ICaseSummariesByIdsParams {
  ids: stringArray;
}

/** 'CaseSummariesByIds' return type */
export interface ICaseSummariesByIdsResult {
  id: string;
  number: string;
  received_at: Date;
  status: string;
}

/** 'CaseSummariesByIds' query type */
export interface ICaseSummariesByIdsQuery {
  params: ICaseSummariesByIdsParams;
  result: ICaseSummariesByIdsResult;
}

const caseSummariesByIdsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":74}]}],"statement":"SELECT id, number, status, received_at\n  FROM report\n WHERE id = ANY (:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, received_at
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[])
 * ```
 */
export const caseSummariesByIds = new PreparedQuery<ICaseSummariesByIdsParams,ICaseSummariesByIdsResult>(caseSummariesByIdsIR);


