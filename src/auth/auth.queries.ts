/** Types generated for queries found in "src/auth/auth.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'CountFailedLogin' parameters type */
export interface ICountFailedLoginParams {
  at: DateOrString;
  id: string;
}

/** 'CountFailedLogin' return type */
export interface ICountFailedLoginResult {
  failed_logins: number;
}

/** 'CountFailedLogin' query type */
export interface ICountFailedLoginQuery {
  params: ICountFailedLoginParams;
  result: ICountFailedLoginResult;
}

const countFailedLoginIR: any = {"usedParamSet":{"at":true,"id":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":83}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":99}]}],"statement":"UPDATE staff_user SET failed_logins = failed_logins + 1, last_failed_login_at = :at! WHERE id = :id! RETURNING failed_logins"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_user SET failed_logins = failed_logins + 1, last_failed_login_at = :at! WHERE id = :id! RETURNING failed_logins
 * ```
 */
export const countFailedLogin = new PreparedQuery<ICountFailedLoginParams,ICountFailedLoginResult>(countFailedLoginIR);


/** 'SetEnrolmentToken' parameters type */
export interface ISetEnrolmentTokenParams {
  expiresAt: DateOrString;
  hash: Buffer;
  id: string;
}

/** 'SetEnrolmentToken' return type */
export type ISetEnrolmentTokenResult = void;

/** 'SetEnrolmentToken' query type */
export interface ISetEnrolmentTokenQuery {
  params: ISetEnrolmentTokenParams;
  result: ISetEnrolmentTokenResult;
}

const setEnrolmentTokenIR: any = {"usedParamSet":{"hash":true,"expiresAt":true,"id":true},"params":[{"name":"hash","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":46}]},{"name":"expiresAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":84}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":100}]}],"statement":"UPDATE staff_user SET enrol_token_hash = :hash!, enrol_token_expires_at = :expiresAt! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_user SET enrol_token_hash = :hash!, enrol_token_expires_at = :expiresAt! WHERE id = :id!
 * ```
 */
export const setEnrolmentToken = new PreparedQuery<ISetEnrolmentTokenParams,ISetEnrolmentTokenResult>(setEnrolmentTokenIR);


/** 'EnrolmentToken' parameters type */
export interface IEnrolmentTokenParams {
  id: string;
}

/** 'EnrolmentToken' return type */
export interface IEnrolmentTokenResult {
  expires: Date | null;
  hash: Buffer | null;
}

/** 'EnrolmentToken' query type */
export interface IEnrolmentTokenQuery {
  params: IEnrolmentTokenParams;
  result: IEnrolmentTokenResult;
}

const enrolmentTokenIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":97}]}],"statement":"SELECT enrol_token_hash AS hash, enrol_token_expires_at AS expires FROM staff_user WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT enrol_token_hash AS hash, enrol_token_expires_at AS expires FROM staff_user WHERE id = :id!
 * ```
 */
export const enrolmentToken = new PreparedQuery<IEnrolmentTokenParams,IEnrolmentTokenResult>(enrolmentTokenIR);


/** 'ClearEnrolmentToken' parameters type */
export interface IClearEnrolmentTokenParams {
  id: string;
}

/** 'ClearEnrolmentToken' return type */
export type IClearEnrolmentTokenResult = void;

/** 'ClearEnrolmentToken' query type */
export interface IClearEnrolmentTokenQuery {
  params: IClearEnrolmentTokenParams;
  result: IClearEnrolmentTokenResult;
}

const clearEnrolmentTokenIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":91}]}],"statement":"UPDATE staff_user SET enrol_token_hash = NULL, enrol_token_expires_at = NULL WHERE id = :id!                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_user SET enrol_token_hash = NULL, enrol_token_expires_at = NULL WHERE id = :id!                                                                 
 * ```
 */
export const clearEnrolmentToken = new PreparedQuery<IClearEnrolmentTokenParams,IClearEnrolmentTokenResult>(clearEnrolmentTokenIR);


/** 'Accounts' parameters type */
export type IAccountsParams = void;

/** 'Accounts' return type */
export interface IAccountsResult {
  active: boolean;
  agency_code: string | null;
  cadre_id: string | null;
  display_name: string;
  email: string | null;
  id: string;
  live: number;
  locked_until: Date | null;
  roles: stringArray;
  totp_enabled_at: Date | null;
  username: string;
}

/** 'Accounts' query type */
export interface IAccountsQuery {
  params: IAccountsParams;
  result: IAccountsResult;
}

const accountsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT u.id, u.username, u.display_name, u.roles, u.agency_code, u.active, u.totp_enabled_at, u.locked_until, u.cadre_id, u.email,\n       (SELECT count(*)::int FROM staff_session s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS \"live!\"\n  FROM staff_user u ORDER BY u.username"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id, u.username, u.display_name, u.roles, u.agency_code, u.active, u.totp_enabled_at, u.locked_until, u.cadre_id, u.email,
 *        (SELECT count(*)::int FROM staff_session s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "live!"
 *   FROM staff_user u ORDER BY u.username
 * ```
 */
export const accounts = new PreparedQuery<IAccountsParams,IAccountsResult>(accountsIR);


/** 'SetEmail' parameters type */
export interface ISetEmailParams {
  email?: string | null | void;
  id: string;
}

/** 'SetEmail' return type */
export type ISetEmailResult = void;

/** 'SetEmail' query type */
export interface ISetEmailQuery {
  params: ISetEmailParams;
  result: ISetEmailResult;
}

const setEmailIR: any = {"usedParamSet":{"email":true,"id":true},"params":[{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":30,"b":35}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":51}]}],"statement":"UPDATE staff_user SET email = :email WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_user SET email = :email WHERE id = :id!
 * ```
 */
export const setEmail = new PreparedQuery<ISetEmailParams,ISetEmailResult>(setEmailIR);


/** 'Email' parameters type */
export interface IEmailParams {
  id: string;
}

/** 'Email' return type */
export interface IEmailResult {
  email: string | null;
}

/** 'Email' query type */
export interface IEmailQuery {
  params: IEmailParams;
  result: IEmailResult;
}

const emailIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":43}]}],"statement":"SELECT email FROM staff_user WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT email FROM staff_user WHERE id = :id!
 * ```
 */
export const email = new PreparedQuery<IEmailParams,IEmailResult>(emailIR);


/** 'UpdateAccount' parameters type */
export interface IUpdateAccountParams {
  active: boolean;
  agencyCode?: string | null | void;
  displayName: string;
  email?: string | null | void;
  id: string;
  roles: stringArray;
}

/** 'UpdateAccount' return type */
export type IUpdateAccountResult = void;

/** 'UpdateAccount' query type */
export interface IUpdateAccountQuery {
  params: IUpdateAccountParams;
  result: IUpdateAccountResult;
}

const updateAccountIR: any = {"usedParamSet":{"displayName":true,"roles":true,"agencyCode":true,"email":true,"active":true,"id":true},"params":[{"name":"displayName","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":49}]},{"name":"roles","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":66}]},{"name":"agencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":83,"b":93}]},{"name":"email","required":false,"transform":{"type":"scalar"},"locs":[{"a":104,"b":109}]},{"name":"active","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":128}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":145}]}],"statement":"UPDATE staff_user SET display_name = :displayName!, roles = :roles!, agency_code = :agencyCode, email = :email, active = :active!\n WHERE id = :id!                                                 "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE staff_user SET display_name = :displayName!, roles = :roles!, agency_code = :agencyCode, email = :email, active = :active!
 *  WHERE id = :id!                                                 
 * ```
 */
export const updateAccount = new PreparedQuery<IUpdateAccountParams,IUpdateAccountResult>(updateAccountIR);


/** 'OtherAccountOfCadre' parameters type */
export interface IOtherAccountOfCadreParams {
  cadreId: string;
  id: string;
}

/** 'OtherAccountOfCadre' return type */
export interface IOtherAccountOfCadreResult {
  username: string;
}

/** 'OtherAccountOfCadre' query type */
export interface IOtherAccountOfCadreQuery {
  params: IOtherAccountOfCadreParams;
  result: IOtherAccountOfCadreResult;
}

const otherAccountOfCadreIR: any = {"usedParamSet":{"cadreId":true,"id":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":72}]}],"statement":"SELECT username FROM staff_user WHERE cadre_id = :cadreId! AND id <> :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT username FROM staff_user WHERE cadre_id = :cadreId! AND id <> :id!
 * ```
 */
export const otherAccountOfCadre = new PreparedQuery<IOtherAccountOfCadreParams,IOtherAccountOfCadreResult>(otherAccountOfCadreIR);


/** 'ReplacePendingResets' parameters type */
export interface IReplacePendingResetsParams {
  kind: string;
  targetId: string;
}

/** 'ReplacePendingResets' return type */
export type IReplacePendingResetsResult = void;

/** 'ReplacePendingResets' query type */
export interface IReplacePendingResetsQuery {
  params: IReplacePendingResetsParams;
  result: IReplacePendingResetsResult;
}

const replacePendingResetsIR: any = {"usedParamSet":{"targetId":true,"kind":true},"params":[{"name":"targetId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":80}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":98}]}],"statement":"UPDATE account_reset_request SET status = 'REPLACED' WHERE target_id = :targetId! AND kind = :kind! AND status = 'PENDING'"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE account_reset_request SET status = 'REPLACED' WHERE target_id = :targetId! AND kind = :kind! AND status = 'PENDING'
 * ```
 */
export const replacePendingResets = new PreparedQuery<IReplacePendingResetsParams,IReplacePendingResetsResult>(replacePendingResetsIR);


/** 'InsertResetRequest' parameters type */
export interface IInsertResetRequestParams {
  kind: string;
  passwordHash?: string | null | void;
  requestedBy: string;
  targetId: string;
}

/** 'InsertResetRequest' return type */
export interface IInsertResetRequestResult {
  id: string;
}

/** 'InsertResetRequest' query type */
export interface IInsertResetRequestQuery {
  params: IInsertResetRequestParams;
  result: IInsertResetRequestResult;
}

const insertResetRequestIR: any = {"usedParamSet":{"targetId":true,"kind":true,"passwordHash":true,"requestedBy":true},"params":[{"name":"targetId","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":98}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":106}]},{"name":"passwordHash","required":false,"transform":{"type":"scalar"},"locs":[{"a":109,"b":121}]},{"name":"requestedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":136}]}],"statement":"INSERT INTO account_reset_request (target_id, kind, password_hash, requested_by) VALUES (:targetId!, :kind!, :passwordHash, :requestedBy!)\nRETURNING id                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO account_reset_request (target_id, kind, password_hash, requested_by) VALUES (:targetId!, :kind!, :passwordHash, :requestedBy!)
 * RETURNING id                                                           
 * ```
 */
export const insertResetRequest = new PreparedQuery<IInsertResetRequestParams,IInsertResetRequestResult>(insertResetRequestIR);


/** 'PendingResets' parameters type */
export interface IPendingResetsParams {
  targetId?: string | null | void;
}

/** 'PendingResets' return type */
export interface IPendingResetsResult {
  id: string;
  kind: string;
  requested_at: Date;
  requested_by: string;
  requester: string;
  target_id: string;
  username: string;
}

/** 'PendingResets' query type */
export interface IPendingResetsQuery {
  params: IPendingResetsParams;
  result: IPendingResetsResult;
}

const pendingResetsIR: any = {"usedParamSet":{"targetId":true},"params":[{"name":"targetId","required":false,"transform":{"type":"scalar"},"locs":[{"a":253,"b":261},{"a":294,"b":302}]}],"statement":"SELECT q.id, q.target_id, t.username, q.kind, q.requested_by, r.display_name AS requester, q.requested_at\n  FROM account_reset_request q JOIN staff_user t ON t.id = q.target_id JOIN staff_user r ON r.id = q.requested_by\n WHERE q.status = 'PENDING' AND (:targetId::uuid IS NULL OR q.target_id = :targetId::uuid) ORDER BY q.requested_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT q.id, q.target_id, t.username, q.kind, q.requested_by, r.display_name AS requester, q.requested_at
 *   FROM account_reset_request q JOIN staff_user t ON t.id = q.target_id JOIN staff_user r ON r.id = q.requested_by
 *  WHERE q.status = 'PENDING' AND (:targetId::uuid IS NULL OR q.target_id = :targetId::uuid) ORDER BY q.requested_at
 * ```
 */
export const pendingResets = new PreparedQuery<IPendingResetsParams,IPendingResetsResult>(pendingResetsIR);


/** 'ResetRequest' parameters type */
export interface IResetRequestParams {
  id: string;
}

/** 'ResetRequest' return type */
export interface IResetRequestResult {
  kind: string;
  password_hash: string | null;
  requested_by: string;
  status: string;
  target_id: string;
}

/** 'ResetRequest' query type */
export interface IResetRequestQuery {
  params: IResetRequestParams;
  result: IResetRequestResult;
}

const resetRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":101}]}],"statement":"SELECT target_id, kind, password_hash, requested_by, status FROM account_reset_request WHERE id = :id!                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT target_id, kind, password_hash, requested_by, status FROM account_reset_request WHERE id = :id!                                                                           
 * ```
 */
export const resetRequest = new PreparedQuery<IResetRequestParams,IResetRequestResult>(resetRequestIR);


/** 'DecideReset' parameters type */
export interface IDecideResetParams {
  decidedBy?: string | null | void;
  id: string;
  status: string;
}

/** 'DecideReset' return type */
export type IDecideResetResult = void;

/** 'DecideReset' query type */
export interface IDecideResetQuery {
  params: IDecideResetParams;
  result: IDecideResetResult;
}

const decideResetIR: any = {"usedParamSet":{"status":true,"decidedBy":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49}]},{"name":"decidedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":65,"b":74}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":110}]}],"statement":"UPDATE account_reset_request SET status = :status!, decided_by = :decidedBy, decided_at = now() WHERE id = :id! AND status = 'PENDING'                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE account_reset_request SET status = :status!, decided_by = :decidedBy, decided_at = now() WHERE id = :id! AND status = 'PENDING'                                                                                                 
 * ```
 */
export const decideReset = new PreparedQuery<IDecideResetParams,IDecideResetResult>(decideResetIR);


/** 'RelationsOf' parameters type */
export interface IRelationsOfParams {
  cadreId: string;
}

/** 'RelationsOf' return type */
export interface IRelationsOfResult {
  forward: boolean;
  kind: string;
  other: string;
  recorded_at: Date;
}

/** 'RelationsOf' query type */
export interface IRelationsOfQuery {
  params: IRelationsOfParams;
  result: IRelationsOfResult;
}

const relationsOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":149},{"a":248,"b":256}]}],"statement":"SELECT related_cadre_id AS \"other!\", kind AS \"kind!\", true AS \"forward!\", recorded_at AS \"recorded_at!\" FROM cadre_relation WHERE cadre_id = :cadreId!\nUNION ALL\nSELECT cadre_id, kind, false, recorded_at FROM cadre_relation WHERE related_cadre_id = :cadreId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT related_cadre_id AS "other!", kind AS "kind!", true AS "forward!", recorded_at AS "recorded_at!" FROM cadre_relation WHERE cadre_id = :cadreId!
 * UNION ALL
 * SELECT cadre_id, kind, false, recorded_at FROM cadre_relation WHERE related_cadre_id = :cadreId!
 * ```
 */
export const relationsOf = new PreparedQuery<IRelationsOfParams,IRelationsOfResult>(relationsOfIR);


/** 'CorrectRelation' parameters type */
export interface ICorrectRelationParams {
  cadreId: string;
  kind: string;
  recordedBy?: string | null | void;
  relatedCadreId: string;
}

/** 'CorrectRelation' return type */
export type ICorrectRelationResult = void;

/** 'CorrectRelation' query type */
export interface ICorrectRelationQuery {
  params: ICorrectRelationParams;
  result: ICorrectRelationResult;
}

const correctRelationIR: any = {"usedParamSet":{"kind":true,"recordedBy":true,"cadreId":true,"relatedCadreId":true},"params":[{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":38}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":55,"b":65}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":114}]},{"name":"relatedCadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":154}]}],"statement":"UPDATE cadre_relation SET kind = :kind!, recorded_by = :recordedBy, recorded_at = now()\n WHERE cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE cadre_relation SET kind = :kind!, recorded_by = :recordedBy, recorded_at = now()
 *  WHERE cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!
 * ```
 */
export const correctRelation = new PreparedQuery<ICorrectRelationParams,ICorrectRelationResult>(correctRelationIR);


/** 'UpsertRelation' parameters type */
export interface IUpsertRelationParams {
  cadreId: string;
  kind: string;
  recordedBy?: string | null | void;
  relatedCadreId: string;
}

/** 'UpsertRelation' return type */
export type IUpsertRelationResult = void;

/** 'UpsertRelation' query type */
export interface IUpsertRelationQuery {
  params: IUpsertRelationParams;
  result: IUpsertRelationResult;
}

const upsertRelationIR: any = {"usedParamSet":{"cadreId":true,"relatedCadreId":true,"kind":true,"recordedBy":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]},{"name":"relatedCadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":109}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":117}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":120,"b":130}]}],"statement":"INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind, recorded_by) VALUES (:cadreId!, :relatedCadreId!, :kind!, :recordedBy)\nON CONFLICT (cadre_id, related_cadre_id) DO UPDATE SET kind = EXCLUDED.kind, recorded_by = EXCLUDED.recorded_by, recorded_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind, recorded_by) VALUES (:cadreId!, :relatedCadreId!, :kind!, :recordedBy)
 * ON CONFLICT (cadre_id, related_cadre_id) DO UPDATE SET kind = EXCLUDED.kind, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
 * ```
 */
export const upsertRelation = new PreparedQuery<IUpsertRelationParams,IUpsertRelationResult>(upsertRelationIR);


/** 'RemoveRelation' parameters type */
export interface IRemoveRelationParams {
  cadreId: string;
  relatedCadreId: string;
}

/** 'RemoveRelation' return type */
export type IRemoveRelationResult = void;

/** 'RemoveRelation' query type */
export interface IRemoveRelationQuery {
  params: IRemoveRelationParams;
  result: IRemoveRelationResult;
}

const removeRelationIR: any = {"usedParamSet":{"cadreId":true,"relatedCadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":53},{"a":151,"b":159}]},{"name":"relatedCadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":93},{"a":111,"b":126}]}],"statement":"DELETE FROM cadre_relation WHERE (cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!) OR (cadre_id = :relatedCadreId! AND related_cadre_id = :cadreId!)                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM cadre_relation WHERE (cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!) OR (cadre_id = :relatedCadreId! AND related_cadre_id = :cadreId!)                                                                                                 
 * ```
 */
export const removeRelation = new PreparedQuery<IRemoveRelationParams,IRemoveRelationResult>(removeRelationIR);


/** 'Exclusions' parameters type */
export interface IExclusionsParams {
  cadreId: string;
  sameUnit: boolean;
}

/** 'Exclusions' return type */
export interface IExclusionsResult {
  reason: string;
  report_id: string;
}

/** 'Exclusions' query type */
export interface IExclusionsQuery {
  params: IExclusionsParams;
  result: IExclusionsResult;
}

const exclusionsIR: any = {"usedParamSet":{"cadreId":true,"sameUnit":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":103}]}],"statement":"SELECT report_id AS \"report_id!\", reason AS \"reason!\" FROM report_exclusions(:cadreId!::uuid, :sameUnit!)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id AS "report_id!", reason AS "reason!" FROM report_exclusions(:cadreId!::uuid, :sameUnit!)
 * ```
 */
export const exclusions = new PreparedQuery<IExclusionsParams,IExclusionsResult>(exclusionsIR);


/** 'ExclusionsAmong' parameters type */
export interface IExclusionsAmongParams {
  cadreId: string;
  ids: stringArray;
  sameUnit: boolean;
}

/** 'ExclusionsAmong' return type */
export interface IExclusionsAmongResult {
  reason: string;
  report_id: string;
}

/** 'ExclusionsAmong' query type */
export interface IExclusionsAmongQuery {
  params: IExclusionsAmongParams;
  result: IExclusionsAmongResult;
}

const exclusionsAmongIR: any = {"usedParamSet":{"cadreId":true,"sameUnit":true,"ids":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":103}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":133}]}],"statement":"SELECT report_id AS \"report_id!\", reason AS \"reason!\" FROM report_exclusions(:cadreId!::uuid, :sameUnit!) WHERE report_id = ANY (:ids!::uuid[])                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id AS "report_id!", reason AS "reason!" FROM report_exclusions(:cadreId!::uuid, :sameUnit!) WHERE report_id = ANY (:ids!::uuid[])                                                                                  
 * ```
 */
export const exclusionsAmong = new PreparedQuery<IExclusionsAmongParams,IExclusionsAmongResult>(exclusionsAmongIR);


/** 'DisplayNames' parameters type */
export interface IDisplayNamesParams {
  ids: stringArray;
}

/** 'DisplayNames' return type */
export interface IDisplayNamesResult {
  display_name: string;
  id: string;
}

/** 'DisplayNames' query type */
export interface IDisplayNamesQuery {
  params: IDisplayNamesParams;
  result: IDisplayNamesResult;
}

const displayNamesIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":60}]}],"statement":"SELECT id, display_name FROM staff_user WHERE id = ANY (:ids!::uuid[])                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, display_name FROM staff_user WHERE id = ANY (:ids!::uuid[])                                                                                                              
 * ```
 */
export const displayNames = new PreparedQuery<IDisplayNamesParams,IDisplayNamesResult>(displayNamesIR);


/** 'ConflictOfStaff' parameters type */
export interface IConflictOfStaffParams {
  reportId: string;
  sameUnit: boolean;
  userId: string;
}

/** 'ConflictOfStaff' return type */
export interface IConflictOfStaffResult {
  reason: string | null;
}

/** 'ConflictOfStaff' query type */
export interface IConflictOfStaffQuery {
  params: IConflictOfStaffParams;
  result: IConflictOfStaffResult;
}

const conflictOfStaffIR: any = {"usedParamSet":{"reportId":true,"sameUnit":true,"userId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":23,"b":32}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":62}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":116}]}],"statement":"SELECT report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!) AS reason\n  FROM staff_user u\n WHERE u.id = :userId!                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!) AS reason
 *   FROM staff_user u
 *  WHERE u.id = :userId!                                                                          
 * ```
 */
export const conflictOfStaff = new PreparedQuery<IConflictOfStaffParams,IConflictOfStaffResult>(conflictOfStaffIR);


/** 'ActiveRoles' parameters type */
export interface IActiveRolesParams {
  id: string;
}

/** 'ActiveRoles' return type */
export interface IActiveRolesResult {
  roles: stringArray;
}

/** 'ActiveRoles' query type */
export interface IActiveRolesQuery {
  params: IActiveRolesParams;
  result: IActiveRolesResult;
}

const activeRolesIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":43}]}],"statement":"SELECT roles FROM staff_user WHERE id = :id!::uuid AND active                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT roles FROM staff_user WHERE id = :id!::uuid AND active                                                                                                                 
 * ```
 */
export const activeRoles = new PreparedQuery<IActiveRolesParams,IActiveRolesResult>(activeRolesIR);


/** 'DisplayNameByIdText' parameters type */
export interface IDisplayNameByIdTextParams {
  id: string;
}

/** 'DisplayNameByIdText' return type */
export interface IDisplayNameByIdTextResult {
  display_name: string;
}

/** 'DisplayNameByIdText' query type */
export interface IDisplayNameByIdTextQuery {
  params: IDisplayNameByIdTextParams;
  result: IDisplayNameByIdTextResult;
}

const displayNameByIdTextIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":56}]}],"statement":"SELECT display_name FROM staff_user WHERE id::text = :id!                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT display_name FROM staff_user WHERE id::text = :id!                                                                                
 * ```
 */
export const displayNameByIdText = new PreparedQuery<IDisplayNameByIdTextParams,IDisplayNameByIdTextResult>(displayNameByIdTextIR);


/** 'DigestRecipients' parameters type */
export interface IDigestRecipientsParams {
  excluded: stringArray;
}

/** 'DigestRecipients' return type */
export interface IDigestRecipientsResult {
  cadre_id: string | null;
  display_name: string;
  email: string;
  id: string;
  roles: stringArray;
}

/** 'DigestRecipients' query type */
export interface IDigestRecipientsQuery {
  params: IDigestRecipientsParams;
  result: IDigestRecipientsResult;
}

const digestRecipientsIR: any = {"usedParamSet":{"excluded":true},"params":[{"name":"excluded","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":138}]}],"statement":"SELECT id, display_name, email AS \"email!\", roles, cadre_id\n  FROM staff_user\n WHERE active AND email IS NOT NULL AND id <> ALL (:excluded!::uuid[])                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, display_name, email AS "email!", roles, cadre_id
 *   FROM staff_user
 *  WHERE active AND email IS NOT NULL AND id <> ALL (:excluded!::uuid[])                                                                                            
 * ```
 */
export const digestRecipients = new PreparedQuery<IDigestRecipientsParams,IDigestRecipientsResult>(digestRecipientsIR);


/** 'EscalationRecipients' parameters type */
export interface IEscalationRecipientsParams {
  reportId: string;
  sameUnit: boolean;
}

/** 'EscalationRecipients' return type */
export interface IEscalationRecipientsResult {
  display_name: string;
  email: string;
}

/** 'EscalationRecipients' query type */
export interface IEscalationRecipientsQuery {
  params: IEscalationRecipientsParams;
  result: IEscalationRecipientsResult;
}

const escalationRecipientsIR: any = {"usedParamSet":{"reportId":true,"sameUnit":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":187}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":217}]}],"statement":"SELECT display_name, email AS \"email!\"\n  FROM staff_user u\n WHERE u.active AND u.email IS NOT NULL AND 'SUPERVISOR' = ANY (u.roles)\n   AND (u.cadre_id IS NULL OR report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!::boolean) IS NULL)\n ORDER BY u.username"};

/**
 * Query generated from SQL:
 * ```
 * SELECT display_name, email AS "email!"
 *   FROM staff_user u
 *  WHERE u.active AND u.email IS NOT NULL AND 'SUPERVISOR' = ANY (u.roles)
 *    AND (u.cadre_id IS NULL OR report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!::boolean) IS NULL)
 *  ORDER BY u.username
 * ```
 */
export const escalationRecipients = new PreparedQuery<IEscalationRecipientsParams,IEscalationRecipientsResult>(escalationRecipientsIR);


