/** Types generated for queries found in "src/intake/hotline/hotline.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertOperatorCall' parameters type */
export interface IInsertOperatorCallParams {
  callbackWanted: boolean;
  callerNumber?: Buffer | null | void;
  callerPhoneHash?: Buffer | null | void;
  durationSeconds?: number | null | void;
  id: string;
  language?: string | null | void;
  operatorId: string;
  readBackConfirmed?: boolean | null | void;
  readBackCorrections?: string | null | void;
  receiptDelivery?: string | null | void;
  recordingAttachmentId?: string | null | void;
  reportId: string;
  startedAt: DateOrString;
}

/** 'InsertOperatorCall' return type */
export type IInsertOperatorCallResult = void;

/** 'InsertOperatorCall' query type */
export interface IInsertOperatorCallQuery {
  params: IInsertOperatorCallParams;
  result: IInsertOperatorCallResult;
}

const insertOperatorCallIR: any = {"usedParamSet":{"id":true,"reportId":true,"callerNumber":true,"callerPhoneHash":true,"startedAt":true,"durationSeconds":true,"language":true,"callbackWanted":true,"readBackConfirmed":true,"readBackCorrections":true,"receiptDelivery":true,"operatorId":true,"recordingAttachmentId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":332,"b":335}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":338,"b":347}]},{"name":"callerNumber","required":false,"transform":{"type":"scalar"},"locs":[{"a":362,"b":374}]},{"name":"callerPhoneHash","required":false,"transform":{"type":"scalar"},"locs":[{"a":377,"b":392}]},{"name":"startedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":395,"b":405}]},{"name":"durationSeconds","required":false,"transform":{"type":"scalar"},"locs":[{"a":408,"b":423}]},{"name":"language","required":false,"transform":{"type":"scalar"},"locs":[{"a":426,"b":434}]},{"name":"callbackWanted","required":true,"transform":{"type":"scalar"},"locs":[{"a":445,"b":460}]},{"name":"readBackConfirmed","required":false,"transform":{"type":"scalar"},"locs":[{"a":463,"b":480}]},{"name":"readBackCorrections","required":false,"transform":{"type":"scalar"},"locs":[{"a":483,"b":502}]},{"name":"receiptDelivery","required":false,"transform":{"type":"scalar"},"locs":[{"a":505,"b":520}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":523,"b":534},{"a":576,"b":587}]},{"name":"recordingAttachmentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":537,"b":558}]}],"statement":"INSERT INTO hotline_call (id, report_id, source, caller_number, caller_phone_hash, started_at, duration_seconds, language,\n                          callback_wanted, read_back_confirmed, read_back_corrections, receipt_delivery, operator_id,\n                          recording_attachment_id, transcribed_at, transcribed_by)\nVALUES (:id!, :reportId!, 'OPERATOR', :callerNumber, :callerPhoneHash, :startedAt!, :durationSeconds, :language,\n        :callbackWanted!, :readBackConfirmed, :readBackCorrections, :receiptDelivery, :operatorId!, :recordingAttachmentId,\n        now(), :operatorId!)                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO hotline_call (id, report_id, source, caller_number, caller_phone_hash, started_at, duration_seconds, language,
 *                           callback_wanted, read_back_confirmed, read_back_corrections, receipt_delivery, operator_id,
 *                           recording_attachment_id, transcribed_at, transcribed_by)
 * VALUES (:id!, :reportId!, 'OPERATOR', :callerNumber, :callerPhoneHash, :startedAt!, :durationSeconds, :language,
 *         :callbackWanted!, :readBackConfirmed, :readBackCorrections, :receiptDelivery, :operatorId!, :recordingAttachmentId,
 *         now(), :operatorId!)                                                                                      
 * ```
 */
export const insertOperatorCall = new PreparedQuery<IInsertOperatorCallParams,IInsertOperatorCallResult>(insertOperatorCallIR);


/** 'InsertVoicemailCall' parameters type */
export interface IInsertVoicemailCallParams {
  callerNumber?: Buffer | null | void;
  callerPhoneHash?: Buffer | null | void;
  durationSeconds?: number | null | void;
  externalCallId: string;
  id: string;
  receiptDelivery: string;
  recordingAttachmentId?: string | null | void;
  recordingUrl?: string | null | void;
  reportId: string;
  startedAt: DateOrString;
}

/** 'InsertVoicemailCall' return type */
export type IInsertVoicemailCallResult = void;

/** 'InsertVoicemailCall' query type */
export interface IInsertVoicemailCallQuery {
  params: IInsertVoicemailCallParams;
  result: IInsertVoicemailCallResult;
}

const insertVoicemailCallIR: any = {"usedParamSet":{"id":true,"reportId":true,"externalCallId":true,"callerNumber":true,"callerPhoneHash":true,"startedAt":true,"durationSeconds":true,"recordingAttachmentId":true,"recordingUrl":true,"receiptDelivery":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":223,"b":226}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":238}]},{"name":"externalCallId","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":269}]},{"name":"callerNumber","required":false,"transform":{"type":"scalar"},"locs":[{"a":272,"b":284}]},{"name":"callerPhoneHash","required":false,"transform":{"type":"scalar"},"locs":[{"a":287,"b":302}]},{"name":"startedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":305,"b":315}]},{"name":"durationSeconds","required":false,"transform":{"type":"scalar"},"locs":[{"a":326,"b":341}]},{"name":"recordingAttachmentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":344,"b":365}]},{"name":"recordingUrl","required":false,"transform":{"type":"scalar"},"locs":[{"a":368,"b":380}]},{"name":"receiptDelivery","required":true,"transform":{"type":"scalar"},"locs":[{"a":383,"b":399}]}],"statement":"INSERT INTO hotline_call (id, report_id, source, external_call_id, caller_number, caller_phone_hash, started_at,\n                          duration_seconds, recording_attachment_id, recording_url, receipt_delivery)\nVALUES (:id!, :reportId!, 'VOICEMAIL', :externalCallId!, :callerNumber, :callerPhoneHash, :startedAt!,\n        :durationSeconds, :recordingAttachmentId, :recordingUrl, :receiptDelivery!)                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO hotline_call (id, report_id, source, external_call_id, caller_number, caller_phone_hash, started_at,
 *                           duration_seconds, recording_attachment_id, recording_url, receipt_delivery)
 * VALUES (:id!, :reportId!, 'VOICEMAIL', :externalCallId!, :callerNumber, :callerPhoneHash, :startedAt!,
 *         :durationSeconds, :recordingAttachmentId, :recordingUrl, :receiptDelivery!)                                                           
 * ```
 */
export const insertVoicemailCall = new PreparedQuery<IInsertVoicemailCallParams,IInsertVoicemailCallResult>(insertVoicemailCallIR);


/** 'ReportOfExternalCall' parameters type */
export interface IReportOfExternalCallParams {
  externalCallId: string;
}

/** 'ReportOfExternalCall' return type */
export interface IReportOfExternalCallResult {
  report_id: string;
}

/** 'ReportOfExternalCall' query type */
export interface IReportOfExternalCallQuery {
  params: IReportOfExternalCallParams;
  result: IReportOfExternalCallResult;
}

const reportOfExternalCallIR: any = {"usedParamSet":{"externalCallId":true},"params":[{"name":"externalCallId","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":78}]}],"statement":"SELECT report_id\n  FROM hotline_call\n WHERE external_call_id = :externalCallId!                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id
 *   FROM hotline_call
 *  WHERE external_call_id = :externalCallId!                                                            
 * ```
 */
export const reportOfExternalCall = new PreparedQuery<IReportOfExternalCallParams,IReportOfExternalCallResult>(reportOfExternalCallIR);


/** 'AwaitingTranscript' parameters type */
export type IAwaitingTranscriptParams = void;

/** 'AwaitingTranscript' return type */
export interface IAwaitingTranscriptResult {
  duration_seconds: number | null;
  id: string;
  recording: boolean;
  report_id: string;
  started_at: Date;
}

/** 'AwaitingTranscript' query type */
export interface IAwaitingTranscriptQuery {
  params: IAwaitingTranscriptParams;
  result: IAwaitingTranscriptResult;
}

const awaitingTranscriptIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, report_id, started_at, duration_seconds, recording_attachment_id IS NOT NULL AS \"recording!\"\n  FROM hotline_call\n WHERE transcribed_at IS NULL\n ORDER BY created_at\n LIMIT 200                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, report_id, started_at, duration_seconds, recording_attachment_id IS NOT NULL AS "recording!"
 *   FROM hotline_call
 *  WHERE transcribed_at IS NULL
 *  ORDER BY created_at
 *  LIMIT 200                                                                        
 * ```
 */
export const awaitingTranscript = new PreparedQuery<IAwaitingTranscriptParams,IAwaitingTranscriptResult>(awaitingTranscriptIR);


/** 'LockForTranscript' parameters type */
export interface ILockForTranscriptParams {
  id: string;
}

/** 'LockForTranscript' return type */
export interface ILockForTranscriptResult {
  report_id: string;
  transcribed_at: Date | null;
}

/** 'LockForTranscript' query type */
export interface ILockForTranscriptQuery {
  params: ILockForTranscriptParams;
  result: ILockForTranscriptResult;
}

const lockForTranscriptIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":68}]}],"statement":"SELECT report_id, transcribed_at\n  FROM hotline_call\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, transcribed_at
 *   FROM hotline_call
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockForTranscript = new PreparedQuery<ILockForTranscriptParams,ILockForTranscriptResult>(lockForTranscriptIR);


/** 'MarkTranscribed' parameters type */
export interface IMarkTranscribedParams {
  by: string;
  id: string;
  language?: string | null | void;
}

/** 'MarkTranscribed' return type */
export type IMarkTranscribedResult = void;

/** 'MarkTranscribed' query type */
export interface IMarkTranscribedQuery {
  params: IMarkTranscribedParams;
  result: IMarkTranscribedResult;
}

const markTranscribedIR: any = {"usedParamSet":{"by":true,"language":true,"id":true},"params":[{"name":"by","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":68}]},{"name":"language","required":false,"transform":{"type":"scalar"},"locs":[{"a":91,"b":99}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":127}]}],"statement":"UPDATE hotline_call SET transcribed_at = now(), transcribed_by = :by!, language = coalesce(:language, language)\n WHERE id = :id!                                                  "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE hotline_call SET transcribed_at = now(), transcribed_by = :by!, language = coalesce(:language, language)
 *  WHERE id = :id!                                                  
 * ```
 */
export const markTranscribed = new PreparedQuery<IMarkTranscribedParams,IMarkTranscribedResult>(markTranscribedIR);


/** 'RecordingOf' parameters type */
export interface IRecordingOfParams {
  id: string;
}

/** 'RecordingOf' return type */
export interface IRecordingOfResult {
  recording_attachment_id: string | null;
  recording_url: string | null;
  report_id: string;
}

/** 'RecordingOf' query type */
export interface IRecordingOfQuery {
  params: IRecordingOfParams;
  result: IRecordingOfResult;
}

const recordingOfIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":92}]}],"statement":"SELECT report_id, recording_url, recording_attachment_id\n  FROM hotline_call\n WHERE id = :id!                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, recording_url, recording_attachment_id
 *   FROM hotline_call
 *  WHERE id = :id!                                                 
 * ```
 */
export const recordingOf = new PreparedQuery<IRecordingOfParams,IRecordingOfResult>(recordingOfIR);


/** 'ClearRecordingUrl' parameters type */
export interface IClearRecordingUrlParams {
  id: string;
}

/** 'ClearRecordingUrl' return type */
export type IClearRecordingUrlResult = void;

/** 'ClearRecordingUrl' query type */
export interface IClearRecordingUrlQuery {
  params: IClearRecordingUrlParams;
  result: IClearRecordingUrlResult;
}

const clearRecordingUrlIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":60}]}],"statement":"UPDATE hotline_call SET recording_url = NULL\n WHERE id = :id!                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE hotline_call SET recording_url = NULL
 *  WHERE id = :id!                                                                                       
 * ```
 */
export const clearRecordingUrl = new PreparedQuery<IClearRecordingUrlParams,IClearRecordingUrlResult>(clearRecordingUrlIR);


/** 'LockRecording' parameters type */
export interface ILockRecordingParams {
  id: string;
}

/** 'LockRecording' return type */
export interface ILockRecordingResult {
  recording_attachment_id: string | null;
}

/** 'LockRecording' query type */
export interface ILockRecordingQuery {
  params: ILockRecordingParams;
  result: ILockRecordingResult;
}

const lockRecordingIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":66}]}],"statement":"SELECT recording_attachment_id\n  FROM hotline_call\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT recording_attachment_id
 *   FROM hotline_call
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockRecording = new PreparedQuery<ILockRecordingParams,ILockRecordingResult>(lockRecordingIR);


/** 'SetRecording' parameters type */
export interface ISetRecordingParams {
  attachmentId: string;
  id: string;
}

/** 'SetRecording' return type */
export type ISetRecordingResult = void;

/** 'SetRecording' query type */
export interface ISetRecordingQuery {
  params: ISetRecordingParams;
  result: ISetRecordingResult;
}

const setRecordingIR: any = {"usedParamSet":{"attachmentId":true,"id":true},"params":[{"name":"attachmentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":63}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":80}]}],"statement":"UPDATE hotline_call SET recording_attachment_id = :attachmentId!\n WHERE id = :id!                                                                "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE hotline_call SET recording_attachment_id = :attachmentId!
 *  WHERE id = :id!                                                                
 * ```
 */
export const setRecording = new PreparedQuery<ISetRecordingParams,ISetRecordingResult>(setRecordingIR);


/** 'PurgeCaller' parameters type */
export interface IPurgeCallerParams {
  reportId: string;
}

/** 'PurgeCaller' return type */
export type IPurgeCallerResult = void;

/** 'PurgeCaller' query type */
export interface IPurgeCallerQuery {
  params: IPurgeCallerParams;
  result: IPurgeCallerResult;
}

const purgeCallerIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":99}]}],"statement":"UPDATE hotline_call SET caller_number = NULL, caller_phone_hash = NULL\n WHERE report_id = :reportId!                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE hotline_call SET caller_number = NULL, caller_phone_hash = NULL
 *  WHERE report_id = :reportId!                                                                                                 
 * ```
 */
export const purgeCaller = new PreparedQuery<IPurgeCallerParams,IPurgeCallerResult>(purgeCallerIR);


/** 'SmsReceiptNumber' parameters type */
export interface ISmsReceiptNumberParams {
  reportId: string;
}

/** 'SmsReceiptNumber' return type */
export interface ISmsReceiptNumberResult {
  caller_number: Buffer;
}

/** 'SmsReceiptNumber' query type */
export interface ISmsReceiptNumberQuery {
  params: ISmsReceiptNumberParams;
  result: ISmsReceiptNumberResult;
}

const smsReceiptNumberIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":89}]}],"statement":"SELECT caller_number AS \"caller_number!\"\n  FROM hotline_call\n WHERE report_id = :reportId! AND receipt_delivery = 'SMS' AND caller_number IS NOT NULL\n LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT caller_number AS "caller_number!"
 *   FROM hotline_call
 *  WHERE report_id = :reportId! AND receipt_delivery = 'SMS' AND caller_number IS NOT NULL
 *  LIMIT 1
 * ```
 */
export const smsReceiptNumber = new PreparedQuery<ISmsReceiptNumberParams,ISmsReceiptNumberResult>(smsReceiptNumberIR);


