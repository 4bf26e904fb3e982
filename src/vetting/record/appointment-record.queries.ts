/** Types generated for queries found in "src/vetting/record/appointment-record.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'LockCandidate' parameters type */
export interface ILockCandidateParams {
  id: string;
}

/** 'LockCandidate' return type */
export interface ILockCandidateResult {
  id: string;
  run_id: string;
  verdict: string;
}

/** 'LockCandidate' query type */
export interface ILockCandidateQuery {
  params: ILockCandidateParams;
  result: ILockCandidateResult;
}

const lockCandidateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT id, run_id, verdict FROM vetting_candidate WHERE id = :id! FOR UPDATE                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, verdict FROM vetting_candidate WHERE id = :id! FOR UPDATE                                                                    
 * ```
 */
export const lockCandidate = new PreparedQuery<ILockCandidateParams,ILockCandidateResult>(lockCandidateIR);


/** 'InsertStep' parameters type */
export interface IInsertStepParams {
  auditSeq: string;
  candidateId: string;
  kind: string;
  occurredOn: DateOrString;
  payload: Json;
  recordedAt: DateOrString;
  recordedBy?: string | null | void;
}

/** 'InsertStep' return type */
export interface IInsertStepResult {
  id: string;
  version: number;
}

/** 'InsertStep' query type */
export interface IInsertStepQuery {
  params: IInsertStepParams;
  result: IInsertStepResult;
}

const insertStepIR: any = {"usedParamSet":{"candidateId":true,"kind":true,"occurredOn":true,"payload":true,"recordedBy":true,"recordedAt":true,"auditSeq":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":137},{"a":322,"b":334}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":145},{"a":347,"b":352}]},{"name":"occurredOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":190}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":207}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":217,"b":227}]},{"name":"recordedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":247}]},{"name":"auditSeq","required":true,"transform":{"type":"scalar"},"locs":[{"a":257,"b":266}]}],"statement":"INSERT INTO appointment_step (candidate_id, kind, version, occurred_on, payload, recorded_by, recorded_at, audit_seq)\nSELECT :candidateId!, :kind!, coalesce(max(version), 0) + 1, :occurredOn!::date, :payload!::jsonb, :recordedBy::uuid, :recordedAt!,\n       :auditSeq!::bigint\n  FROM appointment_step\n WHERE candidate_id = :candidateId! AND kind = :kind!\nRETURNING id, version                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO appointment_step (candidate_id, kind, version, occurred_on, payload, recorded_by, recorded_at, audit_seq)
 * SELECT :candidateId!, :kind!, coalesce(max(version), 0) + 1, :occurredOn!::date, :payload!::jsonb, :recordedBy::uuid, :recordedAt!,
 *        :auditSeq!::bigint
 *   FROM appointment_step
 *  WHERE candidate_id = :candidateId! AND kind = :kind!
 * RETURNING id, version                                                                                           
 * ```
 */
export const insertStep = new PreparedQuery<IInsertStepParams,IInsertStepResult>(insertStepIR);


/** 'StepsOf' parameters type */
export interface IStepsOfParams {
  candidateId: string;
}

/** 'StepsOf' return type */
export interface IStepsOfResult {
  audit_seq: string;
  id: string;
  kind: string;
  occurred_on: string;
  payload: Json;
  recorded_at: Date;
  recorded_by: string | null;
  version: number;
}

/** 'StepsOf' query type */
export interface IStepsOfQuery {
  params: IStepsOfParams;
  result: IStepsOfResult;
}

const stepsOfIR: any = {"usedParamSet":{"candidateId":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":171,"b":183}]}],"statement":"SELECT id, kind, version, to_char(occurred_on, 'YYYY-MM-DD') AS \"occurred_on!\", payload, recorded_by, recorded_at, audit_seq\n  FROM appointment_step\n WHERE candidate_id = :candidateId!\n ORDER BY kind, version DESC                                                                                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, version, to_char(occurred_on, 'YYYY-MM-DD') AS "occurred_on!", payload, recorded_by, recorded_at, audit_seq
 *   FROM appointment_step
 *  WHERE candidate_id = :candidateId!
 *  ORDER BY kind, version DESC                                                                                                                                                                           
 * ```
 */
export const stepsOf = new PreparedQuery<IStepsOfParams,IStepsOfResult>(stepsOfIR);


/** 'ProcedureLinesOf' parameters type */
export interface IProcedureLinesOfParams {
  candidateId: string;
  runId: string;
}

/** 'ProcedureLinesOf' return type */
export interface IProcedureLinesOfResult {
  actor_id: string | null;
  created_at: Date;
  data: Json;
  step: string;
}

/** 'ProcedureLinesOf' query type */
export interface IProcedureLinesOfQuery {
  params: IProcedureLinesOfParams;
  result: IProcedureLinesOfResult;
}

const procedureLinesOfIR: any = {"usedParamSet":{"runId":true,"candidateId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":82}]},{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":209,"b":221},{"a":285,"b":297}]}],"statement":"SELECT step, actor_id, created_at, data\n  FROM vetting_step\n WHERE run_id = :runId!\n   AND step IN ('PUBLICITY_PUBLISHED', 'OUTCOME_RECORDED', 'PROBATION_STARTED', 'PROBATION_ASSESSED')\n   AND (candidate_id = :candidateId! OR (candidate_id IS NULL AND data->'candidateIds' @> to_jsonb(:candidateId!::text)))\n ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT step, actor_id, created_at, data
 *   FROM vetting_step
 *  WHERE run_id = :runId!
 *    AND step IN ('PUBLICITY_PUBLISHED', 'OUTCOME_RECORDED', 'PROBATION_STARTED', 'PROBATION_ASSESSED')
 *    AND (candidate_id = :candidateId! OR (candidate_id IS NULL AND data->'candidateIds' @> to_jsonb(:candidateId!::text)))
 *  ORDER BY id
 * ```
 */
export const procedureLinesOf = new PreparedQuery<IProcedureLinesOfParams,IProcedureLinesOfResult>(procedureLinesOfIR);


