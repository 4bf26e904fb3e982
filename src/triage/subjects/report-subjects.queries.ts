/** Types generated for queries found in "src/triage/subjects/report-subjects.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'FirstLinkedCadre' parameters type */
export interface IFirstLinkedCadreParams {
  reportId: string;
}

/** 'FirstLinkedCadre' return type */
export interface IFirstLinkedCadreResult {
  cadre_id: string;
}

/** 'FirstLinkedCadre' query type */
export interface IFirstLinkedCadreQuery {
  params: IFirstLinkedCadreParams;
  result: IFirstLinkedCadreResult;
}

const firstLinkedCadreIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":81}]}],"statement":"SELECT cadre_id AS \"cadre_id!\"\n  FROM report_subject\n WHERE report_id = :reportId! AND cadre_id IS NOT NULL\n ORDER BY position\n LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id AS "cadre_id!"
 *   FROM report_subject
 *  WHERE report_id = :reportId! AND cadre_id IS NOT NULL
 *  ORDER BY position
 *  LIMIT 1
 * ```
 */
export const firstLinkedCadre = new PreparedQuery<IFirstLinkedCadreParams,IFirstLinkedCadreResult>(firstLinkedCadreIR);


