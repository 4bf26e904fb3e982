/** Types generated for queries found in "src/vetting/probation/probation.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertProbation' parameters type */
export interface IInsertProbationParams {
  cadreId: string;
  candidateId: string;
  endsOn: DateOrString;
  post: string;
  startsOn: DateOrString;
}

/** 'InsertProbation' return type */
export interface IInsertProbationResult {
  id: string;
}

/** 'InsertProbation' query type */
export interface IInsertProbationQuery {
  params: IInsertProbationParams;
  result: IInsertProbationResult;
}

const insertProbationIR: any = {"usedParamSet":{"candidateId":true,"cadreId":true,"post":true,"startsOn":true,"endsOn":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":93}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":104}]},{"name":"post","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":112}]},{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":124}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":140}]}],"statement":"INSERT INTO probation (candidate_id, cadre_id, post, starts_on, ends_on)\nVALUES (:candidateId!, :cadreId!, :post!, :startsOn!::date, :endsOn!::date)\nRETURNING id                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO probation (candidate_id, cadre_id, post, starts_on, ends_on)
 * VALUES (:candidateId!, :cadreId!, :post!, :startsOn!::date, :endsOn!::date)
 * RETURNING id                                                                          
 * ```
 */
export const insertProbation = new PreparedQuery<IInsertProbationParams,IInsertProbationResult>(insertProbationIR);


/** 'LockDueForReminder' parameters type */
export interface ILockDueForReminderParams {
  id: string;
  today: DateOrString;
}

/** 'LockDueForReminder' return type */
export interface ILockDueForReminderResult {
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  run_id: string;
}

/** 'LockDueForReminder' query type */
export interface ILockDueForReminderQuery {
  params: ILockDueForReminderParams;
  result: ILockDueForReminderResult;
}

const lockDueForReminderIR: any = {"usedParamSet":{"id":true,"today":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":192}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":237,"b":243}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\", v.run_id, p.post\n  FROM probation p JOIN vetting_candidate v ON v.id = p.candidate_id\n WHERE p.id = :id! AND p.reminded_at IS NULL AND p.ends_on <= :today!::date\n   FOR UPDATE OF p"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!", v.run_id, p.post
 *   FROM probation p JOIN vetting_candidate v ON v.id = p.candidate_id
 *  WHERE p.id = :id! AND p.reminded_at IS NULL AND p.ends_on <= :today!::date
 *    FOR UPDATE OF p
 * ```
 */
export const lockDueForReminder = new PreparedQuery<ILockDueForReminderParams,ILockDueForReminderResult>(lockDueForReminderIR);


/** 'MarkReminded' parameters type */
export interface IMarkRemindedParams {
  id: string;
}

/** 'MarkReminded' return type */
export type IMarkRemindedResult = void;

/** 'MarkReminded' query type */
export interface IMarkRemindedQuery {
  params: IMarkRemindedParams;
  result: IMarkRemindedResult;
}

const markRemindedIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":55}]}],"statement":"UPDATE probation SET reminded_at = now() WHERE id = :id!                                                               "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE probation SET reminded_at = now() WHERE id = :id!                                                               
 * ```
 */
export const markReminded = new PreparedQuery<IMarkRemindedParams,IMarkRemindedResult>(markRemindedIR);


/** 'DueForReminder' parameters type */
export interface IDueForReminderParams {
  today: DateOrString;
}

/** 'DueForReminder' return type */
export interface IDueForReminderResult {
  id: string;
}

/** 'DueForReminder' query type */
export interface IDueForReminderQuery {
  params: IDueForReminderParams;
  result: IDueForReminderResult;
}

const dueForReminderIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":75}]}],"statement":"SELECT id\n  FROM probation\n WHERE reminded_at IS NULL AND ends_on <= :today!::date\n ORDER BY ends_on\n LIMIT 500"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id
 *   FROM probation
 *  WHERE reminded_at IS NULL AND ends_on <= :today!::date
 *  ORDER BY ends_on
 *  LIMIT 500
 * ```
 */
export const dueForReminder = new PreparedQuery<IDueForReminderParams,IDueForReminderResult>(dueForReminderIR);


/** 'Assess' parameters type */
export interface IAssessParams {
  assessedBy?: string | null | void;
  assessedOn: DateOrString;
  id: string;
  note?: string | null | void;
  result: string;
}

/** 'Assess' return type */
export type IAssessResult = void;

/** 'Assess' query type */
export interface IAssessQuery {
  params: IAssessParams;
  result: IAssessResult;
}

const assessIR: any = {"usedParamSet":{"result":true,"assessedOn":true,"note":true,"assessedBy":true,"id":true},"params":[{"name":"result","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]},{"name":"assessedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":68}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":95,"b":99}]},{"name":"assessedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":116,"b":126}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":149}]}],"statement":"UPDATE probation\n   SET result = :result!, assessed_on = :assessedOn!::date, assessment_note = :note, assessed_by = :assessedBy::uuid\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE probation
 *    SET result = :result!, assessed_on = :assessedOn!::date, assessment_note = :note, assessed_by = :assessedBy::uuid
 *  WHERE id = :id!
 * ```
 */
export const assess = new PreparedQuery<IAssessParams,IAssessResult>(assessIR);


/** 'ProbationById' parameters type */
export interface IProbationByIdParams {
  id: string;
}

/** 'ProbationById' return type */
export interface IProbationByIdResult {
  assessed_on: string | null;
  assessment_note: string | null;
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  reminded_at: Date | null;
  result: string | null;
  starts_on: string;
}

/** 'ProbationById' query type */
export interface IProbationByIdQuery {
  params: IProbationByIdParams;
  result: IProbationByIdResult;
}

const probationByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":288}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note\n  FROM probation p\n WHERE p.id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
 *   FROM probation p
 *  WHERE p.id = :id!
 * ```
 */
export const probationById = new PreparedQuery<IProbationByIdParams,IProbationByIdResult>(probationByIdIR);


/** 'ProbationOfCandidate' parameters type */
export interface IProbationOfCandidateParams {
  candidateId: string;
}

/** 'ProbationOfCandidate' return type */
export interface IProbationOfCandidateResult {
  assessed_on: string | null;
  assessment_note: string | null;
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  reminded_at: Date | null;
  result: string | null;
  starts_on: string;
}

/** 'ProbationOfCandidate' query type */
export interface IProbationOfCandidateQuery {
  params: IProbationOfCandidateParams;
  result: IProbationOfCandidateResult;
}

const probationOfCandidateIR: any = {"usedParamSet":{"candidateId":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":295,"b":307}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note\n  FROM probation p\n WHERE p.candidate_id = :candidateId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
 *   FROM probation p
 *  WHERE p.candidate_id = :candidateId!
 * ```
 */
export const probationOfCandidate = new PreparedQuery<IProbationOfCandidateParams,IProbationOfCandidateResult>(probationOfCandidateIR);


/** 'ProbationsOfCadre' parameters type */
export interface IProbationsOfCadreParams {
  cadreId: string;
}

/** 'ProbationsOfCadre' return type */
export interface IProbationsOfCadreResult {
  assessed_on: string | null;
  assessment_note: string | null;
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  reminded_at: Date | null;
  result: string | null;
  starts_on: string;
}

/** 'ProbationsOfCadre' query type */
export interface IProbationsOfCadreQuery {
  params: IProbationsOfCadreParams;
  result: IProbationsOfCadreResult;
}

const probationsOfCadreIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":291,"b":299}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note\n  FROM probation p\n WHERE p.cadre_id = :cadreId!\n ORDER BY p.starts_on DESC                                                                                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
 *   FROM probation p
 *  WHERE p.cadre_id = :cadreId!
 *  ORDER BY p.starts_on DESC                                                                                                                                                                                                    
 * ```
 */
export const probationsOfCadre = new PreparedQuery<IProbationsOfCadreParams,IProbationsOfCadreResult>(probationsOfCadreIR);


/** 'AssessedProbations' parameters type */
export interface IAssessedProbationsParams {
  limit: number;
}

/** 'AssessedProbations' return type */
export interface IAssessedProbationsResult {
  assessed_on: string | null;
  assessment_note: string | null;
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  reminded_at: Date | null;
  result: string | null;
  starts_on: string;
}

/** 'AssessedProbations' query type */
export interface IAssessedProbationsQuery {
  params: IAssessedProbationsParams;
  result: IAssessedProbationsResult;
}

const assessedProbationsIR: any = {"usedParamSet":{"limit":true},"params":[{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":468,"b":474}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note\n  FROM probation p\n WHERE p.result IS NOT NULL\n   AND p.assessed_on >= coalesce((SELECT x.assessed_on FROM probation x WHERE x.result IS NOT NULL\n                                   ORDER BY x.assessed_on DESC OFFSET :limit!::int - 1 LIMIT 1), '-infinity'::date)\n ORDER BY p.assessed_on DESC                                                                                                                                                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
 *   FROM probation p
 *  WHERE p.result IS NOT NULL
 *    AND p.assessed_on >= coalesce((SELECT x.assessed_on FROM probation x WHERE x.result IS NOT NULL
 *                                    ORDER BY x.assessed_on DESC OFFSET :limit!::int - 1 LIMIT 1), '-infinity'::date)
 *  ORDER BY p.assessed_on DESC                                                                                                                                                                                                        
 * ```
 */
export const assessedProbations = new PreparedQuery<IAssessedProbationsParams,IAssessedProbationsResult>(assessedProbationsIR);


/** 'OpenProbations' parameters type */
export interface IOpenProbationsParams {
  due: boolean;
  today: DateOrString;
}

/** 'OpenProbations' return type */
export interface IOpenProbationsResult {
  assessed_on: string | null;
  assessment_note: string | null;
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  id: string;
  post: string;
  reminded_at: Date | null;
  result: string | null;
  starts_on: string;
}

/** 'OpenProbations' query type */
export interface IOpenProbationsQuery {
  params: IOpenProbationsParams;
  result: IOpenProbationsResult;
}

const openProbationsIR: any = {"usedParamSet":{"due":true,"today":true},"params":[{"name":"due","required":true,"transform":{"type":"scalar"},"locs":[{"a":304,"b":308},{"a":446,"b":450}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":335,"b":341},{"a":477,"b":483}]}],"statement":"SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(p.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note\n  FROM probation p\n WHERE p.result IS NULL AND (NOT :due!::boolean OR p.ends_on <= :today!::date)\n   AND p.ends_on <= coalesce((SELECT x.ends_on FROM probation x WHERE x.result IS NULL AND (NOT :due!::boolean OR x.ends_on <= :today!::date)\n                               ORDER BY x.ends_on OFFSET 499 LIMIT 1), 'infinity'::date)\n ORDER BY p.ends_on"};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.id, p.candidate_id, p.cadre_id, p.post, to_char(p.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(p.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        p.reminded_at, p.result, to_char(p.assessed_on, 'YYYY-MM-DD') AS assessed_on, p.assessment_note
 *   FROM probation p
 *  WHERE p.result IS NULL AND (NOT :due!::boolean OR p.ends_on <= :today!::date)
 *    AND p.ends_on <= coalesce((SELECT x.ends_on FROM probation x WHERE x.result IS NULL AND (NOT :due!::boolean OR x.ends_on <= :today!::date)
 *                                ORDER BY x.ends_on OFFSET 499 LIMIT 1), 'infinity'::date)
 *  ORDER BY p.ends_on
 * ```
 */
export const openProbations = new PreparedQuery<IOpenProbationsParams,IOpenProbationsResult>(openProbationsIR);


