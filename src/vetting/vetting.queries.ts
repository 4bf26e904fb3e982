/** Types generated for queries found in "src/vetting/vetting.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type booleanArray = (boolean)[];

export type stringArray = (string)[];

/** 'InsertStep' parameters type */
export interface IInsertStepParams {
  actorId?: string | null | void;
  actorKind: string;
  candidateId?: string | null | void;
  data: Json;
  runId: string;
  step: string;
}

/** 'InsertStep' return type */
export type IInsertStepResult = void;

/** 'InsertStep' query type */
export interface IInsertStepQuery {
  params: IInsertStepParams;
  result: IInsertStepResult;
}

const insertStepIR: any = {"usedParamSet":{"runId":true,"candidateId":true,"step":true,"actorKind":true,"actorId":true,"data":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":96}]},{"name":"candidateId","required":false,"transform":{"type":"scalar"},"locs":[{"a":99,"b":110}]},{"name":"step","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":118}]},{"name":"actorKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":131}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":134,"b":141}]},{"name":"data","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":149}]}],"statement":"INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)\nVALUES (:runId!, :candidateId, :step!, :actorKind!, :actorId, :data!::jsonb)                                                                                                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
 * VALUES (:runId!, :candidateId, :step!, :actorKind!, :actorId, :data!::jsonb)                                                                                                                                                                                              
 * ```
 */
export const insertStep = new PreparedQuery<IInsertStepParams,IInsertStepResult>(insertStepIR);


/** 'InsertSteps' parameters type */
export interface IInsertStepsParams {
  lines: Json;
}

/** 'InsertSteps' return type */
export type IInsertStepsResult = void;

/** 'InsertSteps' query type */
export interface IInsertStepsQuery {
  params: IInsertStepsParams;
  result: IInsertStepsResult;
}

const insertStepsIR: any = {"usedParamSet":{"lines":true},"params":[{"name":"lines","required":true,"transform":{"type":"scalar"},"locs":[{"a":276,"b":282}]}],"statement":"INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)\nSELECT (s.line ->> 'runId')::uuid, (s.line ->> 'candidateId')::uuid, s.line ->> 'step', s.line ->> 'actorKind',\n       (s.line ->> 'actorId')::uuid, s.line -> 'data'\n  FROM jsonb_array_elements(:lines!::jsonb) WITH ORDINALITY AS s(line, n)\n ORDER BY s.n"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
 * SELECT (s.line ->> 'runId')::uuid, (s.line ->> 'candidateId')::uuid, s.line ->> 'step', s.line ->> 'actorKind',
 *        (s.line ->> 'actorId')::uuid, s.line -> 'data'
 *   FROM jsonb_array_elements(:lines!::jsonb) WITH ORDINALITY AS s(line, n)
 *  ORDER BY s.n
 * ```
 */
export const insertSteps = new PreparedQuery<IInsertStepsParams,IInsertStepsResult>(insertStepsIR);


/** 'InsertRun' parameters type */
export interface IInsertRunParams {
  agencyCodes: stringArray;
  createdBy?: string | null | void;
  startedOn: DateOrString;
  title: string;
}

/** 'InsertRun' return type */
export interface IInsertRunResult {
  id: string;
}

/** 'InsertRun' query type */
export interface IInsertRunQuery {
  params: IInsertRunParams;
  result: IInsertRunResult;
}

const insertRunIR: any = {"usedParamSet":{"title":true,"startedOn":true,"agencyCodes":true,"createdBy":true},"params":[{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":84}]},{"name":"startedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":97}]},{"name":"agencyCodes","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":118}]},{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":129,"b":138}]}],"statement":"INSERT INTO vetting_run (title, started_on, agency_codes, created_by)\nVALUES (:title!, :startedOn!::date, :agencyCodes!::text[], :createdBy::uuid)\nRETURNING id                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO vetting_run (title, started_on, agency_codes, created_by)
 * VALUES (:title!, :startedOn!::date, :agencyCodes!::text[], :createdBy::uuid)
 * RETURNING id                                                                  
 * ```
 */
export const insertRun = new PreparedQuery<IInsertRunParams,IInsertRunResult>(insertRunIR);


/** 'InsertCandidates' parameters type */
export interface IInsertCandidatesParams {
  cadreIds: stringArray;
  levels: stringArray;
  promotions: booleanArray;
  proposedPosts: stringArray;
  runId: string;
  unitIds: stringArray;
}

/** 'InsertCandidates' return type */
export interface IInsertCandidatesResult {
  cadre_id: string;
  id: string;
}

/** 'InsertCandidates' query type */
export interface IInsertCandidatesQuery {
  params: IInsertCandidatesParams;
  result: IInsertCandidatesResult;
}

const insertCandidatesIR: any = {"usedParamSet":{"runId":true,"cadreIds":true,"proposedPosts":true,"unitIds":true,"levels":true,"promotions":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":104}]},{"name":"cadreIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":187}]},{"name":"proposedPosts","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":212}]},{"name":"unitIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":231}]},{"name":"levels","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":249}]},{"name":"promotions","required":true,"transform":{"type":"scalar"},"locs":[{"a":260,"b":271}]}],"statement":"INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post, unit_id, level, promotion)\nSELECT :runId!::uuid, cadre_id, proposed_post, unit_id, level, promotion\n  FROM unnest(:cadreIds!::uuid[], :proposedPosts!::text[], :unitIds!::uuid[], :levels!::text[], :promotions!::boolean[])\n       WITH ORDINALITY AS s(cadre_id, proposed_post, unit_id, level, promotion, n)\n ORDER BY n\nRETURNING id, cadre_id                                                "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO vetting_candidate (run_id, cadre_id, proposed_post, unit_id, level, promotion)
 * SELECT :runId!::uuid, cadre_id, proposed_post, unit_id, level, promotion
 *   FROM unnest(:cadreIds!::uuid[], :proposedPosts!::text[], :unitIds!::uuid[], :levels!::text[], :promotions!::boolean[])
 *        WITH ORDINALITY AS s(cadre_id, proposed_post, unit_id, level, promotion, n)
 *  ORDER BY n
 * RETURNING id, cadre_id                                                
 * ```
 */
export const insertCandidates = new PreparedQuery<IInsertCandidatesParams,IInsertCandidatesResult>(insertCandidatesIR);


/** 'CandidatesForEvaluation' parameters type */
export interface ICandidatesForEvaluationParams {
  ids: stringArray;
}

/** 'CandidatesForEvaluation' return type */
export interface ICandidatesForEvaluationResult {
  cadre_id: string;
  decision: string | null;
  evaluations: number;
  id: string;
  level: string | null;
  promotion: boolean;
  proposed_post: string;
  reasons: Json;
  run_id: string;
  unit_id: string | null;
  verdict: string;
}

/** 'CandidatesForEvaluation' query type */
export interface ICandidatesForEvaluationQuery {
  params: ICandidatesForEvaluationParams;
  result: ICandidatesForEvaluationResult;
}

const candidatesForEvaluationIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":157}]}],"statement":"SELECT id, run_id, cadre_id, proposed_post, unit_id, level, promotion, verdict, reasons, evaluations, decision\n  FROM vetting_candidate\n WHERE id = ANY (:ids!::uuid[])                                                                                                                                                                                                                                                                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, cadre_id, proposed_post, unit_id, level, promotion, verdict, reasons, evaluations, decision
 *   FROM vetting_candidate
 *  WHERE id = ANY (:ids!::uuid[])                                                                                                                                                                                                                                                                                                                                                                     
 * ```
 */
export const candidatesForEvaluation = new PreparedQuery<ICandidatesForEvaluationParams,ICandidatesForEvaluationResult>(candidatesForEvaluationIR);


/** 'SaveEvaluations' parameters type */
export interface ISaveEvaluationsParams {
  asOf: DateOrString;
  evaluations: Json;
}

/** 'SaveEvaluations' return type */
export interface ISaveEvaluationsResult {
  cadre_id: string;
  decided_on: string | null;
  decision: string | null;
  decision_note: string | null;
  evaluated_on: string | null;
  id: string;
  proposed_post: string;
  suspended_until: string | null;
  verdict: string;
}

/** 'SaveEvaluations' query type */
export interface ISaveEvaluationsQuery {
  params: ISaveEvaluationsParams;
  result: ISaveEvaluationsResult;
}

const saveEvaluationsIR: any = {"usedParamSet":{"evaluations":true,"asOf":true},"params":[{"name":"evaluations","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":236}]},{"name":"asOf","required":true,"transform":{"type":"scalar"},"locs":[{"a":627,"b":632}]}],"statement":"WITH x AS (\n  SELECT (e.item ->> 'id')::uuid AS id, (e.item ->> 'runId')::uuid AS run_id, e.item ->> 'verdict' AS verdict,\n         e.item -> 'reasons' AS reasons, e.item -> 'step' AS step, e.n\n    FROM jsonb_array_elements(:evaluations!::jsonb) WITH ORDINALITY AS e(item, n)\n), steps AS (\n  INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)\n  SELECT x.run_id, x.id, 'EVALUATED', 'SYSTEM', NULL, x.step || jsonb_build_object('reasons', x.reasons)\n    FROM x\n   WHERE x.step IS NOT NULL\n   ORDER BY x.n\n)\nUPDATE vetting_candidate v\n   SET verdict = x.verdict, reasons = x.reasons, evaluated_on = :asOf!::date, evaluated_at = now(), evaluations = v.evaluations + 1\n  FROM x\n WHERE v.id = x.id\nRETURNING v.id, v.cadre_id, v.proposed_post, v.verdict, to_char(v.evaluated_on, 'YYYY-MM-DD') AS evaluated_on, v.decision,\n          to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on, v.decision_note, to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until                                                                "};

/**
 * Query generated from SQL:
 * ```
 * WITH x AS (
 *   SELECT (e.item ->> 'id')::uuid AS id, (e.item ->> 'runId')::uuid AS run_id, e.item ->> 'verdict' AS verdict,
 *          e.item -> 'reasons' AS reasons, e.item -> 'step' AS step, e.n
 *     FROM jsonb_array_elements(:evaluations!::jsonb) WITH ORDINALITY AS e(item, n)
 * ), steps AS (
 *   INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
 *   SELECT x.run_id, x.id, 'EVALUATED', 'SYSTEM', NULL, x.step || jsonb_build_object('reasons', x.reasons)
 *     FROM x
 *    WHERE x.step IS NOT NULL
 *    ORDER BY x.n
 * )
 * UPDATE vetting_candidate v
 *    SET verdict = x.verdict, reasons = x.reasons, evaluated_on = :asOf!::date, evaluated_at = now(), evaluations = v.evaluations + 1
 *   FROM x
 *  WHERE v.id = x.id
 * RETURNING v.id, v.cadre_id, v.proposed_post, v.verdict, to_char(v.evaluated_on, 'YYYY-MM-DD') AS evaluated_on, v.decision,
 *           to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on, v.decision_note, to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until                                                                
 * ```
 */
export const saveEvaluations = new PreparedQuery<ISaveEvaluationsParams,ISaveEvaluationsResult>(saveEvaluationsIR);


/** 'OpenCandidaciesOfCadre' parameters type */
export interface IOpenCandidaciesOfCadreParams {
  cadreId: string;
}

/** 'OpenCandidaciesOfCadre' return type */
export interface IOpenCandidaciesOfCadreResult {
  id: string;
}

/** 'OpenCandidaciesOfCadre' query type */
export interface IOpenCandidaciesOfCadreQuery {
  params: IOpenCandidaciesOfCadreParams;
  result: IOpenCandidaciesOfCadreResult;
}

const openCandidaciesOfCadreIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":61}]}],"statement":"SELECT id\n  FROM vetting_candidate\n WHERE cadre_id = :cadreId! AND (decision IS NULL OR decision = 'SUSPEND')                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id
 *   FROM vetting_candidate
 *  WHERE cadre_id = :cadreId! AND (decision IS NULL OR decision = 'SUSPEND')                                                                                               
 * ```
 */
export const openCandidaciesOfCadre = new PreparedQuery<IOpenCandidaciesOfCadreParams,IOpenCandidaciesOfCadreResult>(openCandidaciesOfCadreIR);


/** 'CandidateRows' parameters type */
export interface ICandidateRowsParams {
  ids: stringArray;
}

/** 'CandidateRows' return type */
export interface ICandidateRowsResult {
  cadre_id: string;
  decided_on: string | null;
  decision: string | null;
  decision_note: string | null;
  evaluated_on: string | null;
  id: string;
  proposed_post: string;
  reasons: Json;
  suspended_until: string | null;
  verdict: string;
}

/** 'CandidateRows' query type */
export interface ICandidateRowsQuery {
  params: ICandidateRowsParams;
  result: ICandidateRowsResult;
}

const candidateRowsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":288,"b":292}]}],"statement":"SELECT id, cadre_id, proposed_post, verdict, reasons, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on, decision,\n       to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decision_note, to_char(suspended_until, 'YYYY-MM-DD') AS suspended_until\n  FROM vetting_candidate\n WHERE id = ANY (:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, cadre_id, proposed_post, verdict, reasons, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on, decision,
 *        to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decision_note, to_char(suspended_until, 'YYYY-MM-DD') AS suspended_until
 *   FROM vetting_candidate
 *  WHERE id = ANY (:ids!::uuid[])
 * ```
 */
export const candidateRows = new PreparedQuery<ICandidateRowsParams,ICandidateRowsResult>(candidateRowsIR);


/** 'RunOfCandidate' parameters type */
export interface IRunOfCandidateParams {
  id: string;
}

/** 'RunOfCandidate' return type */
export interface IRunOfCandidateResult {
  run_id: string;
}

/** 'RunOfCandidate' query type */
export interface IRunOfCandidateQuery {
  params: IRunOfCandidateParams;
  result: IRunOfCandidateResult;
}

const runOfCandidateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":54}]}],"statement":"SELECT run_id\n  FROM vetting_candidate\n WHERE id = :id!                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT run_id
 *   FROM vetting_candidate
 *  WHERE id = :id!                                                   
 * ```
 */
export const runOfCandidate = new PreparedQuery<IRunOfCandidateParams,IRunOfCandidateResult>(runOfCandidateIR);


/** 'HistoryOfCadre' parameters type */
export interface IHistoryOfCadreParams {
  cadreId: string;
}

/** 'HistoryOfCadre' return type */
export interface IHistoryOfCadreResult {
  decided_on: string | null;
  decision: string | null;
  id: string;
  proposed_post: string;
  run_id: string;
  started_on: string;
  title: string;
  verdict: string;
}

/** 'HistoryOfCadre' query type */
export interface IHistoryOfCadreQuery {
  params: IHistoryOfCadreParams;
  result: IHistoryOfCadreResult;
}

const historyOfCadreIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":268,"b":276}]}],"statement":"SELECT v.id, v.run_id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS \"started_on!\", v.proposed_post, v.verdict, v.decision,\n       to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on\n  FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id\n WHERE v.cadre_id = :cadreId!\n ORDER BY r.started_on DESC, r.id DESC                                                                                                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id, v.run_id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS "started_on!", v.proposed_post, v.verdict, v.decision,
 *        to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on
 *   FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id
 *  WHERE v.cadre_id = :cadreId!
 *  ORDER BY r.started_on DESC, r.id DESC                                                                                                                                                                                                      
 * ```
 */
export const historyOfCadre = new PreparedQuery<IHistoryOfCadreParams,IHistoryOfCadreResult>(historyOfCadreIR);


/** 'OpenCandidatesOfLatestRuns' parameters type */
export interface IOpenCandidatesOfLatestRunsParams {
  limit: number;
}

/** 'OpenCandidatesOfLatestRuns' return type */
export interface IOpenCandidatesOfLatestRunsResult {
  cadre_id: string;
  id: string;
  proposed_post: string;
  run_id: string;
  run_title: string;
  verdict: string;
}

/** 'OpenCandidatesOfLatestRuns' query type */
export interface IOpenCandidatesOfLatestRunsQuery {
  params: IOpenCandidatesOfLatestRunsParams;
  result: IOpenCandidatesOfLatestRunsResult;
}

const openCandidatesOfLatestRunsIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":688,"b":694}]}],"statement":"WITH open AS (\n  SELECT v.id, v.cadre_id, v.proposed_post, v.verdict, r.title AS run_title, r.started_on, r.id AS run_id\n    FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id\n   WHERE v.decision IS NULL OR v.decision = 'SUSPEND'),\nruns AS (\n  SELECT run_id, coalesce(sum(count(*)) OVER (ORDER BY started_on DESC, run_id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before\n    FROM open\n   GROUP BY run_id, started_on)\nSELECT o.id AS \"id!\", o.cadre_id AS \"cadre_id!\", o.proposed_post AS \"proposed_post!\", o.verdict AS \"verdict!\", o.run_title AS \"run_title!\",\n       o.run_id AS \"run_id!\"\n  FROM open o JOIN runs ON runs.run_id = o.run_id\n WHERE runs.before < :limit!::int\n ORDER BY o.started_on DESC, o.run_id DESC                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * WITH open AS (
 *   SELECT v.id, v.cadre_id, v.proposed_post, v.verdict, r.title AS run_title, r.started_on, r.id AS run_id
 *     FROM vetting_candidate v JOIN vetting_run r ON r.id = v.run_id
 *    WHERE v.decision IS NULL OR v.decision = 'SUSPEND'),
 * runs AS (
 *   SELECT run_id, coalesce(sum(count(*)) OVER (ORDER BY started_on DESC, run_id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
 *     FROM open
 *    GROUP BY run_id, started_on)
 * SELECT o.id AS "id!", o.cadre_id AS "cadre_id!", o.proposed_post AS "proposed_post!", o.verdict AS "verdict!", o.run_title AS "run_title!",
 *        o.run_id AS "run_id!"
 *   FROM open o JOIN runs ON runs.run_id = o.run_id
 *  WHERE runs.before < :limit!::int
 *  ORDER BY o.started_on DESC, o.run_id DESC                                                                                 
 * ```
 */
export const openCandidatesOfLatestRuns = new PreparedQuery<IOpenCandidatesOfLatestRunsParams,IOpenCandidatesOfLatestRunsResult>(openCandidatesOfLatestRunsIR);


/** 'ListRuns' parameters type */
export interface IListRunsParams {
  limit: number;
}

/** 'ListRuns' return type */
export interface IListRunsResult {
  block: number;
  candidates: number;
  id: string;
  pass: number;
  pending: number;
  started_on: string;
  title: string;
}

/** 'ListRuns' query type */
export interface IListRunsQuery {
  params: IListRunsParams;
  result: IListRunsResult;
}

const listRunsIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":443,"b":449}]}],"statement":"SELECT r.id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS \"started_on!\", count(c.id)::int AS \"candidates!\",\n       count(*) FILTER (WHERE c.verdict = 'PASS')::int AS \"pass!\", count(*) FILTER (WHERE c.verdict = 'BLOCK')::int AS \"block!\",\n       count(*) FILTER (WHERE c.verdict = 'PENDING')::int AS \"pending!\"\n  FROM vetting_run r LEFT JOIN vetting_candidate c ON c.run_id = r.id\n GROUP BY r.id\n ORDER BY r.started_on DESC, r.id DESC\n LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.title, to_char(r.started_on, 'YYYY-MM-DD') AS "started_on!", count(c.id)::int AS "candidates!",
 *        count(*) FILTER (WHERE c.verdict = 'PASS')::int AS "pass!", count(*) FILTER (WHERE c.verdict = 'BLOCK')::int AS "block!",
 *        count(*) FILTER (WHERE c.verdict = 'PENDING')::int AS "pending!"
 *   FROM vetting_run r LEFT JOIN vetting_candidate c ON c.run_id = r.id
 *  GROUP BY r.id
 *  ORDER BY r.started_on DESC, r.id DESC
 *  LIMIT :limit!::int
 * ```
 */
export const listRuns = new PreparedQuery<IListRunsParams,IListRunsResult>(listRunsIR);


/** 'RunById' parameters type */
export interface IRunByIdParams {
  id: string;
}

/** 'RunById' return type */
export interface IRunByIdResult {
  agency_codes: stringArray;
  id: string;
  started_on: string;
  title: string;
}

/** 'RunById' query type */
export interface IRunByIdQuery {
  params: IRunByIdParams;
  result: IRunByIdResult;
}

const runByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":117}]}],"statement":"SELECT id, title, to_char(started_on, 'YYYY-MM-DD') AS \"started_on!\", agency_codes\n  FROM vetting_run\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, title, to_char(started_on, 'YYYY-MM-DD') AS "started_on!", agency_codes
 *   FROM vetting_run
 *  WHERE id = :id!
 * ```
 */
export const runById = new PreparedQuery<IRunByIdParams,IRunByIdResult>(runByIdIR);


/** 'CandidatesOfRun' parameters type */
export interface ICandidatesOfRunParams {
  runId: string;
}

/** 'CandidatesOfRun' return type */
export interface ICandidatesOfRunResult {
  cadre_id: string;
  id: string;
}

/** 'CandidatesOfRun' query type */
export interface ICandidatesOfRunQuery {
  params: ICandidatesOfRunParams;
  result: ICandidatesOfRunResult;
}

const candidatesOfRunIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":67}]}],"statement":"SELECT id, cadre_id\n  FROM vetting_candidate\n WHERE run_id = :runId!\n ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, cadre_id
 *   FROM vetting_candidate
 *  WHERE run_id = :runId!
 *  ORDER BY id
 * ```
 */
export const candidatesOfRun = new PreparedQuery<ICandidatesOfRunParams,ICandidatesOfRunResult>(candidatesOfRunIR);


/** 'StepsOfRun' parameters type */
export interface IStepsOfRunParams {
  runId: string;
}

/** 'StepsOfRun' return type */
export interface IStepsOfRunResult {
  actor_kind: string;
  candidate_id: string | null;
  created_at: Date;
  data: Json;
  step: string;
}

/** 'StepsOfRun' query type */
export interface IStepsOfRunQuery {
  params: IStepsOfRunParams;
  result: IStepsOfRunResult;
}

const stepsOfRunIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":98}]}],"statement":"SELECT step, candidate_id, actor_kind, data, created_at\n  FROM vetting_step\n WHERE run_id = :runId!\n ORDER BY id                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT step, candidate_id, actor_kind, data, created_at
 *   FROM vetting_step
 *  WHERE run_id = :runId!
 *  ORDER BY id                                                                   
 * ```
 */
export const stepsOfRun = new PreparedQuery<IStepsOfRunParams,IStepsOfRunResult>(stepsOfRunIR);


/** 'CandidatePlacement' parameters type */
export interface ICandidatePlacementParams {
  id: string;
}

/** 'CandidatePlacement' return type */
export interface ICandidatePlacementResult {
  level: string | null;
  run_id: string;
  unit_id: string | null;
}

/** 'CandidatePlacement' query type */
export interface ICandidatePlacementQuery {
  params: ICandidatePlacementParams;
  result: ICandidatePlacementResult;
}

const candidatePlacementIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":70}]}],"statement":"SELECT run_id, unit_id, level\n  FROM vetting_candidate\n WHERE id = :id!                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT run_id, unit_id, level
 *   FROM vetting_candidate
 *  WHERE id = :id!                                                    
 * ```
 */
export const candidatePlacement = new PreparedQuery<ICandidatePlacementParams,ICandidatePlacementResult>(candidatePlacementIR);


/** 'CandidateForOutcome' parameters type */
export interface ICandidateForOutcomeParams {
  id: string;
}

/** 'CandidateForOutcome' return type */
export interface ICandidateForOutcomeResult {
  cadre_id: string;
  decision: string | null;
  id: string;
  promotion: boolean;
  proposed_post: string;
  run_id: string;
}

/** 'CandidateForOutcome' query type */
export interface ICandidateForOutcomeQuery {
  params: ICandidateForOutcomeParams;
  result: ICandidateForOutcomeResult;
}

const candidateForOutcomeIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":104}]}],"statement":"SELECT id, run_id, cadre_id, proposed_post, promotion, decision\n  FROM vetting_candidate\n WHERE id = :id!                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, cadre_id, proposed_post, promotion, decision
 *   FROM vetting_candidate
 *  WHERE id = :id!                                                                                                              
 * ```
 */
export const candidateForOutcome = new PreparedQuery<ICandidateForOutcomeParams,ICandidateForOutcomeResult>(candidateForOutcomeIR);


/** 'RecordDecision' parameters type */
export interface IRecordDecisionParams {
  decidedBy?: string | null | void;
  decidedOn: DateOrString;
  decision: string;
  id: string;
  note?: string | null | void;
  suspendedUntil?: DateOrString | null | void;
}

/** 'RecordDecision' return type */
export interface IRecordDecisionResult {
  id: string;
}

/** 'RecordDecision' query type */
export interface IRecordDecisionQuery {
  params: IRecordDecisionParams;
  result: IRecordDecisionResult;
}

const recordDecisionIR: any = {"usedParamSet":{"decision":true,"decidedOn":true,"note":true,"suspendedUntil":true,"decidedBy":true,"id":true},"params":[{"name":"decision","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":52}]},{"name":"decidedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":78}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":103,"b":107}]},{"name":"suspendedUntil","required":false,"transform":{"type":"scalar"},"locs":[{"a":128,"b":142}]},{"name":"decidedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":164,"b":173}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":196}]}],"statement":"UPDATE vetting_candidate\n   SET decision = :decision!, decided_on = :decidedOn!::date, decision_note = :note, suspended_until = :suspendedUntil::date, decided_by = :decidedBy::uuid\n WHERE id = :id! AND (decision IS NULL OR decision = 'SUSPEND')\nRETURNING id                               "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE vetting_candidate
 *    SET decision = :decision!, decided_on = :decidedOn!::date, decision_note = :note, suspended_until = :suspendedUntil::date, decided_by = :decidedBy::uuid
 *  WHERE id = :id! AND (decision IS NULL OR decision = 'SUSPEND')
 * RETURNING id                               
 * ```
 */
export const recordDecision = new PreparedQuery<IRecordDecisionParams,IRecordDecisionResult>(recordDecisionIR);


/** 'CadreOfCandidate' parameters type */
export interface ICadreOfCandidateParams {
  id: string;
}

/** 'CadreOfCandidate' return type */
export interface ICadreOfCandidateResult {
  cadre_id: string;
}

/** 'CadreOfCandidate' query type */
export interface ICadreOfCandidateQuery {
  params: ICadreOfCandidateParams;
  result: ICadreOfCandidateResult;
}

const cadreOfCandidateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":56}]}],"statement":"SELECT cadre_id\n  FROM vetting_candidate\n WHERE id = :id!                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id
 *   FROM vetting_candidate
 *  WHERE id = :id!                                               
 * ```
 */
export const cadreOfCandidate = new PreparedQuery<ICadreOfCandidateParams,ICadreOfCandidateResult>(cadreOfCandidateIR);


/** 'DecisionsOf' parameters type */
export interface IDecisionsOfParams {
  ids: stringArray;
}

/** 'DecisionsOf' return type */
export interface IDecisionsOfResult {
  cadre_id: string;
  decision: string | null;
  id: string;
}

/** 'DecisionsOf' query type */
export interface IDecisionsOfQuery {
  params: IDecisionsOfParams;
  result: IDecisionsOfResult;
}

const decisionsOfIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":76}]}],"statement":"SELECT id, cadre_id, decision\n  FROM vetting_candidate\n WHERE id = ANY (:ids!::uuid[])                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, cadre_id, decision
 *   FROM vetting_candidate
 *  WHERE id = ANY (:ids!::uuid[])                                                                                                    
 * ```
 */
export const decisionsOf = new PreparedQuery<IDecisionsOfParams,IDecisionsOfResult>(decisionsOfIR);


/** 'UndecidedNotPassed' parameters type */
export type IUndecidedNotPassedParams = void;

/** 'UndecidedNotPassed' return type */
export interface IUndecidedNotPassedResult {
  cadre_id: string;
  id: string;
  proposed_post: string;
  reasons: Json;
  run_key: string;
  title: string;
  verdict: string;
}

/** 'UndecidedNotPassed' query type */
export interface IUndecidedNotPassedQuery {
  params: IUndecidedNotPassedParams;
  result: IUndecidedNotPassedResult;
}

const undecidedNotPassedIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT vc.id, vc.cadre_id, run.title, vc.proposed_post, vc.verdict, vc.reasons, run.started_on::text || ' ' || run.created_at::text AS \"run_key!\"\n  FROM vetting_candidate vc JOIN vetting_run run ON run.id = vc.run_id\n WHERE vc.decision IS NULL AND vc.verdict <> 'PASS'\n ORDER BY run.started_on, run.created_at                                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT vc.id, vc.cadre_id, run.title, vc.proposed_post, vc.verdict, vc.reasons, run.started_on::text || ' ' || run.created_at::text AS "run_key!"
 *   FROM vetting_candidate vc JOIN vetting_run run ON run.id = vc.run_id
 *  WHERE vc.decision IS NULL AND vc.verdict <> 'PASS'
 *  ORDER BY run.started_on, run.created_at                                                                                                               
 * ```
 */
export const undecidedNotPassed = new PreparedQuery<IUndecidedNotPassedParams,IUndecidedNotPassedResult>(undecidedNotPassedIR);


/** 'VerdictCounts' parameters type */
export interface IVerdictCountsParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'VerdictCounts' return type */
export interface IVerdictCountsResult {
  count: number;
  key: string;
}

/** 'VerdictCounts' query type */
export interface IVerdictCountsQuery {
  params: IVerdictCountsParams;
  result: IVerdictCountsResult;
}

const verdictCountsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":149}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":164}]}],"statement":"SELECT c.verdict AS key, count(*)::int AS \"count!\"\n  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id\n WHERE v.started_on BETWEEN :from!::date AND :to!::date\n GROUP BY 1                                                                                                                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.verdict AS key, count(*)::int AS "count!"
 *   FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id
 *  WHERE v.started_on BETWEEN :from!::date AND :to!::date
 *  GROUP BY 1                                                                                                                                                                                                                     
 * ```
 */
export const verdictCounts = new PreparedQuery<IVerdictCountsParams,IVerdictCountsResult>(verdictCountsIR);


/** 'HeldBackReasonCounts' parameters type */
export interface IHeldBackReasonCountsParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'HeldBackReasonCounts' return type */
export interface IHeldBackReasonCountsResult {
  count: number;
  key: string | null;
}

/** 'HeldBackReasonCounts' query type */
export interface IHeldBackReasonCountsQuery {
  params: IHeldBackReasonCountsParams;
  result: IHeldBackReasonCountsResult;
}

const heldBackReasonCountsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":193}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":208}]}],"statement":"SELECT r.code AS key, count(*)::int AS \"count!\"\n  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id CROSS JOIN unnest(c.blocking_codes) AS r(code)\n WHERE v.started_on BETWEEN :from!::date AND :to!::date AND c.verdict = 'BLOCK'\n GROUP BY 1\n ORDER BY 2 DESC, 1                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.code AS key, count(*)::int AS "count!"
 *   FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id CROSS JOIN unnest(c.blocking_codes) AS r(code)
 *  WHERE v.started_on BETWEEN :from!::date AND :to!::date AND c.verdict = 'BLOCK'
 *  GROUP BY 1
 *  ORDER BY 2 DESC, 1                                                                         
 * ```
 */
export const heldBackReasonCounts = new PreparedQuery<IHeldBackReasonCountsParams,IHeldBackReasonCountsResult>(heldBackReasonCountsIR);


/** 'DecisionCounts' parameters type */
export interface IDecisionCountsParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'DecisionCounts' return type */
export interface IDecisionCountsResult {
  count: number;
  key: string | null;
}

/** 'DecisionCounts' query type */
export interface IDecisionCountsQuery {
  params: IDecisionCountsParams;
  result: IDecisionCountsResult;
}

const decisionCountsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":173}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":188}]}],"statement":"SELECT coalesce(c.decision, 'UNDECIDED') AS key, count(*)::int AS \"count!\"\n  FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id\n WHERE v.started_on BETWEEN :from!::date AND :to!::date\n GROUP BY 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(c.decision, 'UNDECIDED') AS key, count(*)::int AS "count!"
 *   FROM vetting_candidate c JOIN vetting_run v ON v.id = c.run_id
 *  WHERE v.started_on BETWEEN :from!::date AND :to!::date
 *  GROUP BY 1
 * ```
 */
export const decisionCounts = new PreparedQuery<IDecisionCountsParams,IDecisionCountsResult>(decisionCountsIR);


