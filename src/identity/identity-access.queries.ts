/** Types generated for queries found in "src/identity/identity-access.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'InsertRequest' parameters type */
export interface IInsertRequestParams {
  reason: string;
  reportId: string;
  requesterId: string;
}

/** 'InsertRequest' return type */
export interface IInsertRequestResult {
  id: string;
}

/** 'InsertRequest' query type */
export interface IInsertRequestQuery {
  params: IInsertRequestParams;
  result: IInsertRequestResult;
}

const insertRequestIR: any = {"usedParamSet":{"reportId":true,"requesterId":true,"reason":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":87}]},{"name":"requesterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":102}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":112}]}],"statement":"INSERT INTO identity_access_request (report_id, requester_id, reason)\nVALUES (:reportId!, :requesterId!, :reason!)\n    ON CONFLICT (requester_id, report_id) WHERE status = 'PENDING' DO NOTHING\nRETURNING id                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO identity_access_request (report_id, requester_id, reason)
 * VALUES (:reportId!, :requesterId!, :reason!)
 *     ON CONFLICT (requester_id, report_id) WHERE status = 'PENDING' DO NOTHING
 * RETURNING id                                                                                              
 * ```
 */
export const insertRequest = new PreparedQuery<IInsertRequestParams,IInsertRequestResult>(insertRequestIR);


/** 'RequestsByStatus' parameters type */
export interface IRequestsByStatusParams {
  hidden?: stringArray | null | void;
  status: string;
}

/** 'RequestsByStatus' return type */
export interface IRequestsByStatusResult {
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  expires_at: Date | null;
  id: string;
  reason: string;
  report_id: string;
  requester_id: string;
  status: string;
}

/** 'RequestsByStatus' query type */
export interface IRequestsByStatusQuery {
  params: IRequestsByStatusParams;
  result: IRequestsByStatusResult;
}

const requestsByStatusIR: any = {"usedParamSet":{"status":true,"hidden":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":168}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":178,"b":184},{"a":223,"b":229}]}],"statement":"SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at\n  FROM identity_access_request\n WHERE status = :status!\n   AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))\n ORDER BY created_at\n LIMIT 500                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
 *   FROM identity_access_request
 *  WHERE status = :status!
 *    AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))
 *  ORDER BY created_at
 *  LIMIT 500                                                                                
 * ```
 */
export const requestsByStatus = new PreparedQuery<IRequestsByStatusParams,IRequestsByStatusResult>(requestsByStatusIR);


/** 'RequestsOfRequester' parameters type */
export interface IRequestsOfRequesterParams {
  hidden?: stringArray | null | void;
  requesterId: string;
}

/** 'RequestsOfRequester' return type */
export interface IRequestsOfRequesterResult {
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  expires_at: Date | null;
  id: string;
  reason: string;
  report_id: string;
  requester_id: string;
  status: string;
}

/** 'RequestsOfRequester' query type */
export interface IRequestsOfRequesterQuery {
  params: IRequestsOfRequesterParams;
  result: IRequestsOfRequesterResult;
}

const requestsOfRequesterIR: any = {"usedParamSet":{"requesterId":true,"hidden":true},"params":[{"name":"requesterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":179}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":189,"b":195},{"a":234,"b":240}]}],"statement":"SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at\n  FROM identity_access_request\n WHERE requester_id = :requesterId!\n   AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))\n ORDER BY created_at DESC\n LIMIT 500"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
 *   FROM identity_access_request
 *  WHERE requester_id = :requesterId!
 *    AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))
 *  ORDER BY created_at DESC
 *  LIMIT 500
 * ```
 */
export const requestsOfRequester = new PreparedQuery<IRequestsOfRequesterParams,IRequestsOfRequesterResult>(requestsOfRequesterIR);


/** 'RequestById' parameters type */
export interface IRequestByIdParams {
  id: string;
}

/** 'RequestById' return type */
export interface IRequestByIdResult {
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  expires_at: Date | null;
  id: string;
  reason: string;
  report_id: string;
  requester_id: string;
  status: string;
}

/** 'RequestById' query type */
export interface IRequestByIdQuery {
  params: IRequestByIdParams;
  result: IRequestByIdResult;
}

const requestByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":160}]}],"statement":"SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at\n  FROM identity_access_request\n WHERE id = :id!                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
 *   FROM identity_access_request
 *  WHERE id = :id!                                                                   
 * ```
 */
export const requestById = new PreparedQuery<IRequestByIdParams,IRequestByIdResult>(requestByIdIR);


/** 'LockRequest' parameters type */
export interface ILockRequestParams {
  id: string;
}

/** 'LockRequest' return type */
export interface ILockRequestResult {
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_note: string | null;
  expires_at: Date | null;
  id: string;
  reason: string;
  report_id: string;
  requester_id: string;
  status: string;
}

/** 'LockRequest' query type */
export interface ILockRequestQuery {
  params: ILockRequestParams;
  result: ILockRequestResult;
}

const lockRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":160}]}],"statement":"SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at\n  FROM identity_access_request\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
 *   FROM identity_access_request
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockRequest = new PreparedQuery<ILockRequestParams,ILockRequestResult>(lockRequestIR);


/** 'DecideRequest' parameters type */
export interface IDecideRequestParams {
  decidedAt: DateOrString;
  decidedBy: string;
  expiresAt?: DateOrString | null | void;
  id: string;
  note?: string | null | void;
  status: string;
}

/** 'DecideRequest' return type */
export type IDecideRequestResult = void;

/** 'DecideRequest' query type */
export interface IDecideRequestQuery {
  params: IDecideRequestParams;
  result: IDecideRequestResult;
}

const decideRequestIR: any = {"usedParamSet":{"status":true,"decidedBy":true,"decidedAt":true,"note":true,"expiresAt":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":54}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":80}]},{"name":"decidedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":106}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":125,"b":129}]},{"name":"expiresAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":145,"b":154}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":171}]}],"statement":"UPDATE identity_access_request\n   SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_note = :note, expires_at = :expiresAt\n WHERE id = :id!                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE identity_access_request
 *    SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_note = :note, expires_at = :expiresAt
 *  WHERE id = :id!                                                                                              
 * ```
 */
export const decideRequest = new PreparedQuery<IDecideRequestParams,IDecideRequestResult>(decideRequestIR);


/** 'PendingForCustodian' parameters type */
export interface IPendingForCustodianParams {
  custodianId: string;
}

/** 'PendingForCustodian' return type */
export interface IPendingForCustodianResult {
  created_at: Date;
  id: string;
  requester_id: string;
}

/** 'PendingForCustodian' query type */
export interface IPendingForCustodianQuery {
  params: IPendingForCustodianParams;
  result: IPendingForCustodianResult;
}

const pendingForCustodianIR: any = {"usedParamSet":{"custodianId":true},"params":[{"name":"custodianId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":125}]}],"statement":"SELECT id, requester_id, created_at\n  FROM identity_access_request\n WHERE status = 'PENDING' AND requester_id <> :custodianId!\n ORDER BY created_at\n LIMIT 100                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, requester_id, created_at
 *   FROM identity_access_request
 *  WHERE status = 'PENDING' AND requester_id <> :custodianId!
 *  ORDER BY created_at
 *  LIMIT 100                                                                                            
 * ```
 */
export const pendingForCustodian = new PreparedQuery<IPendingForCustodianParams,IPendingForCustodianResult>(pendingForCustodianIR);


/** 'OpenApprovals' parameters type */
export interface IOpenApprovalsParams {
  requesterId: string;
}

/** 'OpenApprovals' return type */
export interface IOpenApprovalsResult {
  expires_at: Date;
  report_id: string;
}

/** 'OpenApprovals' query type */
export interface IOpenApprovalsQuery {
  params: IOpenApprovalsParams;
  result: IOpenApprovalsResult;
}

const openApprovalsIR: any = {"usedParamSet":{"requesterId":true},"params":[{"name":"requesterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":111}]}],"statement":"SELECT report_id, expires_at AS \"expires_at!\"\n  FROM identity_access_request\n WHERE requester_id = :requesterId! AND status = 'APPROVED' AND expires_at > now()\n ORDER BY expires_at\n LIMIT 100"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, expires_at AS "expires_at!"
 *   FROM identity_access_request
 *  WHERE requester_id = :requesterId! AND status = 'APPROVED' AND expires_at > now()
 *  ORDER BY expires_at
 *  LIMIT 100
 * ```
 */
export const openApprovals = new PreparedQuery<IOpenApprovalsParams,IOpenApprovalsResult>(openApprovalsIR);


