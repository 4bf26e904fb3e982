/** Types generated for queries found in "src/notifications/notifications.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertMessage' parameters type */
export interface IInsertMessageParams {
  channel: string;
  content: Buffer;
  context: Json;
  id: string;
  recipientHash?: Buffer | null | void;
  reportId?: string | null | void;
  template: string;
}

/** 'InsertMessage' return type */
export interface IInsertMessageResult {
  status: string;
}

/** 'InsertMessage' query type */
export interface IInsertMessageQuery {
  params: IInsertMessageParams;
  result: IInsertMessageResult;
}

const insertMessageIR: any = {"usedParamSet":{"id":true,"channel":true,"template":true,"reportId":true,"recipientHash":true,"content":true,"context":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":117}]},{"name":"channel","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":128}]},{"name":"template","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":140}]},{"name":"reportId","required":false,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]},{"name":"recipientHash","required":false,"transform":{"type":"scalar"},"locs":[{"a":154,"b":167},{"a":217,"b":230},{"a":308,"b":321}]},{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":178}]},{"name":"context","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":189}]}],"statement":"INSERT INTO outbound_message (id, channel, template, report_id, recipient_hash, content, context, status)\nVALUES (:id!, :channel!, :template!, :reportId, :recipientHash, :content!, :context!::jsonb,\n        CASE WHEN :recipientHash::bytea IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_out WHERE phone_hash = :recipientHash::bytea)\n             THEN 'SUPPRESSED' ELSE 'PENDING' END)\nRETURNING status"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO outbound_message (id, channel, template, report_id, recipient_hash, content, context, status)
 * VALUES (:id!, :channel!, :template!, :reportId, :recipientHash, :content!, :context!::jsonb,
 *         CASE WHEN :recipientHash::bytea IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_out WHERE phone_hash = :recipientHash::bytea)
 *              THEN 'SUPPRESSED' ELSE 'PENDING' END)
 * RETURNING status
 * ```
 */
export const insertMessage = new PreparedQuery<IInsertMessageParams,IInsertMessageResult>(insertMessageIR);


/** 'OptOut' parameters type */
export interface IOptOutParams {
  phoneHash: Buffer;
}

/** 'OptOut' return type */
export type IOptOutResult = void;

/** 'OptOut' query type */
export interface IOptOutQuery {
  params: IOptOutParams;
  result: IOptOutResult;
}

const optOutIR: any = {"usedParamSet":{"phoneHash":true},"params":[{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":55}]}],"statement":"INSERT INTO sms_opt_out (phone_hash)\nVALUES (:phoneHash!)\nON CONFLICT DO NOTHING                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sms_opt_out (phone_hash)
 * VALUES (:phoneHash!)
 * ON CONFLICT DO NOTHING                                                                     
 * ```
 */
export const optOut = new PreparedQuery<IOptOutParams,IOptOutResult>(optOutIR);


/** 'SuppressQueuedTo' parameters type */
export interface ISuppressQueuedToParams {
  phoneHash: Buffer;
}

/** 'SuppressQueuedTo' return type */
export type ISuppressQueuedToResult = void;

/** 'SuppressQueuedTo' query type */
export interface ISuppressQueuedToQuery {
  params: ISuppressQueuedToParams;
  result: ISuppressQueuedToResult;
}

const suppressQueuedToIR: any = {"usedParamSet":{"phoneHash":true},"params":[{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":84}]}],"statement":"UPDATE outbound_message SET status = 'SUPPRESSED'\n WHERE recipient_hash = :phoneHash! AND status IN ('PENDING', 'RETRYING')"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'SUPPRESSED'
 *  WHERE recipient_hash = :phoneHash! AND status IN ('PENDING', 'RETRYING')
 * ```
 */
export const suppressQueuedTo = new PreparedQuery<ISuppressQueuedToParams,ISuppressQueuedToResult>(suppressQueuedToIR);


/** 'IsOptedOut' parameters type */
export interface IIsOptedOutParams {
  phoneHash: Buffer;
}

/** 'IsOptedOut' return type */
export interface IIsOptedOutResult {
  opted_out: number;
}

/** 'IsOptedOut' query type */
export interface IIsOptedOutQuery {
  params: IIsOptedOutParams;
  result: IIsOptedOutResult;
}

const isOptedOutIR: any = {"usedParamSet":{"phoneHash":true},"params":[{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":74}]}],"statement":"SELECT 1 AS \"opted_out!\"\n  FROM sms_opt_out\n WHERE phone_hash = :phoneHash!                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT 1 AS "opted_out!"
 *   FROM sms_opt_out
 *  WHERE phone_hash = :phoneHash!                                                                       
 * ```
 */
export const isOptedOut = new PreparedQuery<IIsOptedOutParams,IIsOptedOutResult>(isOptedOutIR);


/** 'ListForReport' parameters type */
export interface IListForReportParams {
  reportId: string;
}

/** 'ListForReport' return type */
export interface IListForReportResult {
  attempts: number;
  channel: string;
  created_at: Date;
  failed_at: Date | null;
  id: string;
  last_error: string | null;
  sent_at: Date | null;
  status: string;
  template: string;
}

/** 'ListForReport' query type */
export interface IListForReportQuery {
  params: IListForReportParams;
  result: IListForReportResult;
}

const listForReportIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":143}]}],"statement":"SELECT id, channel, template, status, attempts, last_error, created_at, sent_at, failed_at\n  FROM outbound_message\n WHERE report_id = :reportId!\n ORDER BY created_at, id                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, channel, template, status, attempts, last_error, created_at, sent_at, failed_at
 *   FROM outbound_message
 *  WHERE report_id = :reportId!
 *  ORDER BY created_at, id                                                                                     
 * ```
 */
export const listForReport = new PreparedQuery<IListForReportParams,IListForReportResult>(listForReportIR);


/** 'Claim' parameters type */
export interface IClaimParams {
  id: string;
  staleSeconds: number;
}

/** 'Claim' return type */
export interface IClaimResult {
  attempts: number;
  channel: string;
  content: Buffer;
  recipient_hash: Buffer | null;
  report_id: string | null;
  template: string;
}

/** 'Claim' query type */
export interface IClaimQuery {
  params: IClaimParams;
  result: IClaimResult;
}

const claimIR: any = {"usedParamSet":{"id":true,"staleSeconds":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":107}]},{"name":"staleSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":234}]}],"statement":"UPDATE outbound_message SET status = 'SENDING', attempts = attempts + 1, claimed_at = now()\n WHERE id = :id!\n   AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => :staleSeconds!::double precision)))\nRETURNING channel, template, report_id, recipient_hash, content, attempts"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'SENDING', attempts = attempts + 1, claimed_at = now()
 *  WHERE id = :id!
 *    AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => :staleSeconds!::double precision)))
 * RETURNING channel, template, report_id, recipient_hash, content, attempts
 * ```
 */
export const claim = new PreparedQuery<IClaimParams,IClaimResult>(claimIR);


/** 'StatusOf' parameters type */
export interface IStatusOfParams {
  id: string;
}

/** 'StatusOf' return type */
export interface IStatusOfResult {
  status: string;
}

/** 'StatusOf' query type */
export interface IStatusOfQuery {
  params: IStatusOfParams;
  result: IStatusOfResult;
}

const statusOfIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":53}]}],"statement":"SELECT status\n  FROM outbound_message\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status
 *   FROM outbound_message
 *  WHERE id = :id!
 * ```
 */
export const statusOf = new PreparedQuery<IStatusOfParams,IStatusOfResult>(statusOfIR);


/** 'MarkSuppressed' parameters type */
export interface IMarkSuppressedParams {
  id: string;
}

/** 'MarkSuppressed' return type */
export type IMarkSuppressedResult = void;

/** 'MarkSuppressed' query type */
export interface IMarkSuppressedQuery {
  params: IMarkSuppressedParams;
  result: IMarkSuppressedResult;
}

const markSuppressedIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":65}]}],"statement":"UPDATE outbound_message SET status = 'SUPPRESSED'\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'SUPPRESSED'
 *  WHERE id = :id!
 * ```
 */
export const markSuppressed = new PreparedQuery<IMarkSuppressedParams,IMarkSuppressedResult>(markSuppressedIR);


/** 'MarkSent' parameters type */
export interface IMarkSentParams {
  id: string;
  providerMessageId: string;
}

/** 'MarkSent' return type */
export type IMarkSentResult = void;

/** 'MarkSent' query type */
export interface IMarkSentQuery {
  params: IMarkSentParams;
  result: IMarkSentResult;
}

const markSentIR: any = {"usedParamSet":{"providerMessageId":true,"id":true},"params":[{"name":"providerMessageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":102}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":138}]}],"statement":"UPDATE outbound_message SET status = 'SENT', sent_at = now(), provider_message_id = :providerMessageId!, last_error = NULL\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'SENT', sent_at = now(), provider_message_id = :providerMessageId!, last_error = NULL
 *  WHERE id = :id!
 * ```
 */
export const markSent = new PreparedQuery<IMarkSentParams,IMarkSentResult>(markSentIR);


/** 'MarkRetrying' parameters type */
export interface IMarkRetryingParams {
  error: string;
  id: string;
}

/** 'MarkRetrying' return type */
export type IMarkRetryingResult = void;

/** 'MarkRetrying' query type */
export interface IMarkRetryingQuery {
  params: IMarkRetryingParams;
  result: IMarkRetryingResult;
}

const markRetryingIR: any = {"usedParamSet":{"error":true,"id":true},"params":[{"name":"error","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":68}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":85}]}],"statement":"UPDATE outbound_message SET status = 'RETRYING', last_error = :error!\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'RETRYING', last_error = :error!
 *  WHERE id = :id!
 * ```
 */
export const markRetrying = new PreparedQuery<IMarkRetryingParams,IMarkRetryingResult>(markRetryingIR);


/** 'MarkFailed' parameters type */
export interface IMarkFailedParams {
  error: string;
  id: string;
}

/** 'MarkFailed' return type */
export type IMarkFailedResult = void;

/** 'MarkFailed' query type */
export interface IMarkFailedQuery {
  params: IMarkFailedParams;
  result: IMarkFailedResult;
}

const markFailedIR: any = {"usedParamSet":{"error":true,"id":true},"params":[{"name":"error","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":85}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":102}]}],"statement":"UPDATE outbound_message SET status = 'FAILED', failed_at = now(), last_error = :error!\n WHERE id = :id!                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET status = 'FAILED', failed_at = now(), last_error = :error!
 *  WHERE id = :id!                                                                                                         
 * ```
 */
export const markFailed = new PreparedQuery<IMarkFailedParams,IMarkFailedResult>(markFailedIR);


/** 'PurgeReport' parameters type */
export interface IPurgeReportParams {
  reportId: string;
}

/** 'PurgeReport' return type */
export type IPurgeReportResult = void;

/** 'PurgeReport' query type */
export interface IPurgeReportQuery {
  params: IPurgeReportParams;
  result: IPurgeReportResult;
}

const purgeReportIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":99}]}],"statement":"UPDATE outbound_message SET content = ''::bytea, recipient_hash = NULL\n WHERE report_id = :reportId! AND status NOT IN ('PENDING', 'RETRYING', 'SENDING')"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE outbound_message SET content = ''::bytea, recipient_hash = NULL
 *  WHERE report_id = :reportId! AND status NOT IN ('PENDING', 'RETRYING', 'SENDING')
 * ```
 */
export const purgeReport = new PreparedQuery<IPurgeReportParams,IPurgeReportResult>(purgeReportIR);


