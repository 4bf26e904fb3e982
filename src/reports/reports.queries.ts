/** Types generated for queries found in "src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

const caseStateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT number, status, assignee_id\n  FROM report\n WHERE id = :id!                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, status, assignee_id
 *   FROM report
 *  WHERE id = :id!                                                                                                     
 * ```
 */
export const caseState = new PreparedQuery<ICaseStateParams,ICaseStateResult>(caseStateIR);


/** 'ReporterIdentity' parameters type */
export interface IReporterIdentityParams {
  id: string;
}

/** 'ReporterIdentity' return type */
export interface IReporterIdentityResult {
  reporter_identity: Buffer | null;
}

/** 'ReporterIdentity' query type */
export interface IReporterIdentityQuery {
  params: IReporterIdentityParams;
  result: IReporterIdentityResult;
}

const reporterIdentityIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":54}]}],"statement":"SELECT reporter_identity\n  FROM report\n WHERE id = :id!                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * SELECT reporter_identity
 *   FROM report
 *  WHERE id = :id!                                                                                          
 * ```
 */
export const reporterIdentity = new PreparedQuery<IReporterIdentityParams,IReporterIdentityResult>(reporterIdentityIR);


/** 'LockForAgencyRequest' parameters type */
export interface ILockForAgencyRequestParams {
  id: string;
}

/** 'LockForAgencyRequest' return type */
export interface ILockForAgencyRequestResult {
  disposition: string | null;
  status: string;
}

/** 'LockForAgencyRequest' query type */
export interface ILockForAgencyRequestQuery {
  params: ILockForAgencyRequestParams;
  result: ILockForAgencyRequestResult;
}

const lockForAgencyRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":56}]}],"statement":"SELECT status, disposition\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, disposition
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE                                                                                        
 * ```
 */
export const lockForAgencyRequest = new PreparedQuery<ILockForAgencyRequestParams,ILockForAgencyRequestResult>(lockForAgencyRequestIR);


/** 'NumberAndRealName' parameters type */
export interface INumberAndRealNameParams {
  id: string;
}

/** 'NumberAndRealName' return type */
export interface INumberAndRealNameResult {
  number: string;
  real_name: boolean;
}

/** 'NumberAndRealName' query type */
export interface INumberAndRealNameQuery {
  params: INumberAndRealNameParams;
  result: INumberAndRealNameResult;
}

const numberAndRealNameIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":54}]}],"statement":"SELECT number, real_name\n  FROM report\n WHERE id = :id!                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, real_name
 *   FROM report
 *  WHERE id = :id!                                                                               
 * ```
 */
export const numberAndRealName = new PreparedQuery<INumberAndRealNameParams,INumberAndRealNameResult>(numberAndRealNameIR);


/** 'LockForMeetingDecision' parameters type */
export interface ILockForMeetingDecisionParams {
  id: string;
}

/** 'LockForMeetingDecision' return type */
export interface ILockForMeetingDecisionResult {
  disposition: string | null;
  disposition_pending: Json | null;
  finding: string | null;
  id: string;
  outcome_for_reporter: string | null;
  reporter_identity: Buffer | null;
  status: string;
}

/** 'LockForMeetingDecision' query type */
export interface ILockForMeetingDecisionQuery {
  params: ILockForMeetingDecisionParams;
  result: ILockForMeetingDecisionResult;
}

const lockForMeetingDecisionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":131}]}],"statement":"SELECT id, status, disposition, disposition_pending, finding, outcome_for_reporter, reporter_identity\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status, disposition, disposition_pending, finding, outcome_for_reporter, reporter_identity
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE                                                                                                                     
 * ```
 */
export const lockForMeetingDecision = new PreparedQuery<ILockForMeetingDecisionParams,ILockForMeetingDecisionResult>(lockForMeetingDecisionIR);


/** 'OpenCasesForMeeting' parameters type */
export interface IOpenCasesForMeetingParams {
  ids: stringArray;
}

/** 'OpenCasesForMeeting' return type */
export interface IOpenCasesForMeetingResult {
  category: string | null;
  id: string;
  number: string;
  pending_kind: string | null;
  real_name: boolean;
  received_at: Date;
  status: string;
}

/** 'OpenCasesForMeeting' query type */
export interface IOpenCasesForMeetingQuery {
  params: IOpenCasesForMeetingParams;
  result: IOpenCasesForMeetingResult;
}

const openCasesForMeetingIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":220}]}],"statement":"SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind\n  FROM report\n WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]))                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind
 *   FROM report
 *  WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]))                                         
 * ```
 */
export const openCasesForMeeting = new PreparedQuery<IOpenCasesForMeetingParams,IOpenCasesForMeetingResult>(openCasesForMeetingIR);


/** 'NumbersAndStatuses' parameters type */
export interface INumbersAndStatusesParams {
  ids: stringArray;
}

/** 'NumbersAndStatuses' return type */
export interface INumbersAndStatusesResult {
  id: string;
  number: string;
  status: string;
}

/** 'NumbersAndStatuses' query type */
export interface INumbersAndStatusesQuery {
  params: INumbersAndStatusesParams;
  result: INumbersAndStatusesResult;
}

const numbersAndStatusesIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":61}]}],"statement":"SELECT id, number, status\n  FROM report\n WHERE id = ANY (:ids!::uuid[])                                                                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[])                                                                                                                                                                                                         
 * ```
 */
export const numbersAndStatuses = new PreparedQuery<INumbersAndStatusesParams,INumbersAndStatusesResult>(numbersAndStatusesIR);


/** 'ReceivedDuring' parameters type */
export interface IReceivedDuringParams {
  afterAt?: DateOrString | null | void;
  afterId?: string | null | void;
  endsOn: DateOrStringArray;
  limit: number;
  startsOn: DateOrStringArray;
  until: DateOrStringArray;
}

/** 'ReceivedDuring' return type */
export interface IReceivedDuringResult {
  id: string;
  number: string;
  received_at: Date;
  subjects: Json;
}

/** 'ReceivedDuring' query type */
export interface IReceivedDuringQuery {
  params: IReceivedDuringParams;
  result: IReceivedDuringResult;
}

const receivedDuringIR: any = {"usedParamSet":{"startsOn":true,"endsOn":true,"until":true,"afterAt":true,"afterId":true,"limit":true},"params":[{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":81}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":99}]},{"name":"until","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":116}]},{"name":"afterAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":349,"b":356},{"a":407,"b":414}]},{"name":"afterId","required":false,"transform":{"type":"scalar"},"locs":[{"a":430,"b":437}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":484,"b":490}]}],"statement":"SELECT DISTINCT r.id, r.number, r.received_at, r.subjects\n  FROM unnest(:startsOn!::date[], :endsOn!::date[], :until!::timestamptz[]) AS p(starts_on, ends_on, until)\n  JOIN report r ON r.received_at >= p.starts_on::timestamptz AND r.received_at < (p.ends_on + 1)::timestamptz\n                AND (p.until IS NULL OR r.received_at < p.until)\n WHERE (:afterAt::timestamptz IS NULL OR (r.received_at, r.id) > (:afterAt::timestamptz, :afterId::uuid))\n ORDER BY r.received_at, r.id\n LIMIT :limit!::int                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT r.id, r.number, r.received_at, r.subjects
 *   FROM unnest(:startsOn!::date[], :endsOn!::date[], :until!::timestamptz[]) AS p(starts_on, ends_on, until)
 *   JOIN report r ON r.received_at >= p.starts_on::timestamptz AND r.received_at < (p.ends_on + 1)::timestamptz
 *                 AND (p.until IS NULL OR r.received_at < p.until)
 *  WHERE (:afterAt::timestamptz IS NULL OR (r.received_at, r.id) > (:afterAt::timestamptz, :afterId::uuid))
 *  ORDER BY r.received_at, r.id
 *  LIMIT :limit!::int                                                              
 * ```
 */
export const receivedDuring = new PreparedQuery<IReceivedDuringParams,IReceivedDuringResult>(receivedDuringIR);


/** 'NumbersAndReceipt' parameters type */
export interface INumbersAndReceiptParams {
  ids: stringArray;
}

/** 'NumbersAndReceipt' return type */
export interface INumbersAndReceiptResult {
  id: string;
  number: string;
  received_at: Date;
}

/** 'NumbersAndReceipt' query type */
export interface INumbersAndReceiptQuery {
  params: INumbersAndReceiptParams;
  result: INumbersAndReceiptResult;
}

const numbersAndReceiptIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":66}]}],"statement":"SELECT id, number, received_at\n  FROM report\n WHERE id = ANY (:ids!::uuid[])\n ORDER BY received_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, received_at
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[])
 *  ORDER BY received_at, id
 * ```
 */
export const numbersAndReceipt = new PreparedQuery<INumbersAndReceiptParams,INumbersAndReceiptResult>(numbersAndReceiptIR);


