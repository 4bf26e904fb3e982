/** Types generated for queries found in "src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

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

const caseStateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT number, status, assignee_id\n  FROM report\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, status, assignee_id
 *   FROM report
 *  WHERE id = :id!
 * ```
 */
export const caseState = new PreparedQuery<ICaseStateParams,ICaseStateResult>(caseStateIR);


