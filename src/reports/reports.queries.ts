/** Types generated for queries found in "src/reports/reports.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type BufferArray = (Buffer)[];

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonArray = (Json)[];

export type numberArray = (number)[];

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

const caseStateIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":64}]}],"statement":"SELECT number, status, assignee_id\n  FROM report\n WHERE id = :id!                                                                                                                                                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, status, assignee_id
 *   FROM report
 *  WHERE id = :id!                                                                                                                                                                                                                                                                                         
 * ```
 */
export const caseState = new PreparedQuery<ICaseStateParams,ICaseStateResult>(caseStateIR);


/** 'ListReports' parameters type */
export interface IListReportsParams {
  channel?: string | null | void;
  cursorAt?: DateOrString | null | void;
  cursorId?: string | null | void;
  from?: DateOrString | null | void;
  hidden?: stringArray | null | void;
  limit: string;
  status?: string | null | void;
  to?: DateOrString | null | void;
}

/** 'ListReports' return type */
export interface IListReportsResult {
  attachment_count: number;
  category: string | null;
  channel: string;
  excerpt: string;
  id: string;
  number: string;
  real_name: boolean;
  received_at: Date;
  received_at_exact: string;
  status: string;
  subjects: Json;
}

/** 'ListReports' query type */
export interface IListReportsQuery {
  params: IListReportsParams;
  result: IListReportsResult;
}

const listReportsIR: any = {"usedParamSet":{"status":true,"channel":true,"from":true,"to":true,"cursorAt":true,"cursorId":true,"hidden":true,"limit":true},"params":[{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":356,"b":362},{"a":392,"b":398}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":409,"b":416},{"a":447,"b":454}]},{"name":"from","required":false,"transform":{"type":"scalar"},"locs":[{"a":465,"b":469},{"a":506,"b":510}]},{"name":"to","required":false,"transform":{"type":"scalar"},"locs":[{"a":541,"b":543},{"a":580,"b":582}]},{"name":"cursorAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":618,"b":626},{"a":677,"b":685}]},{"name":"cursorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":701,"b":709}]},{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":727,"b":733},{"a":767,"b":773}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":832,"b":838}]}],"statement":"SELECT r.id, r.number, r.channel, r.status, r.real_name, r.category, r.subjects, left(r.body, 120) AS \"excerpt!\",\n       r.received_at, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS \"received_at_exact!\",\n       (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id) AS \"attachment_count!\"\n  FROM report r\n WHERE (:status::text IS NULL OR r.status = :status)\n   AND (:channel::text IS NULL OR r.channel = :channel)\n   AND (:from::date IS NULL OR r.received_at >= (:from::date)::timestamptz)\n   AND (:to::date IS NULL OR r.received_at < ((:to::date) + 1)::timestamptz)\n   AND (:cursorAt::timestamptz IS NULL OR (r.received_at, r.id) < (:cursorAt::timestamptz, :cursorId::uuid))\n   AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden::uuid[]))\n ORDER BY r.received_at DESC, r.id DESC\n LIMIT :limit!                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.number, r.channel, r.status, r.real_name, r.category, r.subjects, left(r.body, 120) AS "excerpt!",
 *        r.received_at, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "received_at_exact!",
 *        (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id) AS "attachment_count!"
 *   FROM report r
 *  WHERE (:status::text IS NULL OR r.status = :status)
 *    AND (:channel::text IS NULL OR r.channel = :channel)
 *    AND (:from::date IS NULL OR r.received_at >= (:from::date)::timestamptz)
 *    AND (:to::date IS NULL OR r.received_at < ((:to::date) + 1)::timestamptz)
 *    AND (:cursorAt::timestamptz IS NULL OR (r.received_at, r.id) < (:cursorAt::timestamptz, :cursorId::uuid))
 *    AND (:hidden::uuid[] IS NULL OR r.id <> ALL (:hidden::uuid[]))
 *  ORDER BY r.received_at DESC, r.id DESC
 *  LIMIT :limit!                                            
 * ```
 */
export const listReports = new PreparedQuery<IListReportsParams,IListReportsResult>(listReportsIR);


/** 'AttachmentOf' parameters type */
export interface IAttachmentOfParams {
  id: string;
  reportId: string;
}

/** 'AttachmentOf' return type */
export interface IAttachmentOfResult {
  media_type: string;
  original_name: string | null;
  storage_key: string;
}

/** 'AttachmentOf' query type */
export interface IAttachmentOfQuery {
  params: IAttachmentOfParams;
  result: IAttachmentOfResult;
}

const attachmentOfIR: any = {"usedParamSet":{"id":true,"reportId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":79}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":106}]}],"statement":"SELECT storage_key, original_name, media_type\n  FROM attachment\n WHERE id = :id! AND report_id = :reportId!                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT storage_key, original_name, media_type
 *   FROM attachment
 *  WHERE id = :id! AND report_id = :reportId!                               
 * ```
 */
export const attachmentOf = new PreparedQuery<IAttachmentOfParams,IAttachmentOfResult>(attachmentOfIR);


/** 'IdByNumber' parameters type */
export interface IIdByNumberParams {
  number: string;
}

/** 'IdByNumber' return type */
export interface IIdByNumberResult {
  id: string;
}

/** 'IdByNumber' query type */
export interface IIdByNumberQuery {
  params: IIdByNumberParams;
  result: IIdByNumberResult;
}

const idByNumberIR: any = {"usedParamSet":{"number":true},"params":[{"name":"number","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":47}]}],"statement":"SELECT id\n  FROM report\n WHERE number = :number!                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id
 *   FROM report
 *  WHERE number = :number!                                                                           
 * ```
 */
export const idByNumber = new PreparedQuery<IIdByNumberParams,IIdByNumberResult>(idByNumberIR);


/** 'LockForChange' parameters type */
export interface ILockForChangeParams {
  id: string;
}

/** 'LockForChange' return type */
export interface ILockForChangeResult {
  disposition: string | null;
  disposition_pending: Json | null;
  finding: string | null;
  id: string;
  number: string;
  outcome_for_reporter: string | null;
  received_at: Date;
  repeat_of: string | null;
  status: string;
}

/** 'LockForChange' query type */
export interface ILockForChangeQuery {
  params: ILockForChangeParams;
  result: ILockForChangeResult;
}

const lockForChangeIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":144}]}],"statement":"SELECT id, number, status, disposition, disposition_pending, finding, outcome_for_reporter, repeat_of, received_at\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, disposition, disposition_pending, finding, outcome_for_reporter, repeat_of, received_at
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE                                                               
 * ```
 */
export const lockForChange = new PreparedQuery<ILockForChangeParams,ILockForChangeResult>(lockForChangeIR);


/** 'MergeTargetOf' parameters type */
export interface IMergeTargetOfParams {
  id: string;
}

/** 'MergeTargetOf' return type */
export interface IMergeTargetOfResult {
  id: string;
  number: string;
  repeat_of: string | null;
}

/** 'MergeTargetOf' query type */
export interface IMergeTargetOfQuery {
  params: IMergeTargetOfParams;
  result: IMergeTargetOfResult;
}

const mergeTargetOfIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":58}]}],"statement":"SELECT id, number, repeat_of\n  FROM report\n WHERE id = :id!                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, repeat_of
 *   FROM report
 *  WHERE id = :id!                                                                        
 * ```
 */
export const mergeTargetOf = new PreparedQuery<IMergeTargetOfParams,IMergeTargetOfResult>(mergeTargetOfIR);


/** 'SetPendingDisposition' parameters type */
export interface ISetPendingDispositionParams {
  id: string;
  pending?: Json | null | void;
}

/** 'SetPendingDisposition' return type */
export type ISetPendingDispositionResult = void;

/** 'SetPendingDisposition' query type */
export interface ISetPendingDispositionQuery {
  params: ISetPendingDispositionParams;
  result: ISetPendingDispositionResult;
}

const setPendingDispositionIR: any = {"usedParamSet":{"pending":true,"id":true},"params":[{"name":"pending","required":false,"transform":{"type":"scalar"},"locs":[{"a":40,"b":47}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":91}]}],"statement":"UPDATE report SET disposition_pending = :pending::jsonb, updated_at = now()\n WHERE id = :id!                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET disposition_pending = :pending::jsonb, updated_at = now()
 *  WHERE id = :id!                                                                             
 * ```
 */
export const setPendingDisposition = new PreparedQuery<ISetPendingDispositionParams,ISetPendingDispositionResult>(setPendingDispositionIR);


/** 'ApplyDisposition' parameters type */
export interface IApplyDispositionParams {
  detail: Json;
  disposition: string;
  id: string;
  status: string;
}

/** 'ApplyDisposition' return type */
export type IApplyDispositionResult = void;

/** 'ApplyDisposition' query type */
export interface IApplyDispositionQuery {
  params: IApplyDispositionParams;
  result: IApplyDispositionResult;
}

const applyDispositionIR: any = {"usedParamSet":{"status":true,"disposition":true,"detail":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":27,"b":34},{"a":210,"b":217}]},{"name":"disposition","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":63}]},{"name":"detail","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":94}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":306,"b":309}]}],"statement":"UPDATE report SET status = :status!, disposition = :disposition!, disposition_detail = :detail!::jsonb, disposition_pending = NULL,\n                  updated_at = now(),\n                  closed_at = CASE WHEN :status! IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED') THEN now() ELSE closed_at END\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET status = :status!, disposition = :disposition!, disposition_detail = :detail!::jsonb, disposition_pending = NULL,
 *                   updated_at = now(),
 *                   closed_at = CASE WHEN :status! IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED') THEN now() ELSE closed_at END
 *  WHERE id = :id!
 * ```
 */
export const applyDisposition = new PreparedQuery<IApplyDispositionParams,IApplyDispositionResult>(applyDispositionIR);


/** 'RecordFinding' parameters type */
export interface IRecordFindingParams {
  finding: string;
  id: string;
  outcomeForReporter?: string | null | void;
}

/** 'RecordFinding' return type */
export type IRecordFindingResult = void;

/** 'RecordFinding' query type */
export interface IRecordFindingQuery {
  params: IRecordFindingParams;
  result: IRecordFindingResult;
}

const recordFindingIR: any = {"usedParamSet":{"finding":true,"outcomeForReporter":true,"id":true},"params":[{"name":"finding","required":true,"transform":{"type":"scalar"},"locs":[{"a":28,"b":36}]},{"name":"outcomeForReporter","required":false,"transform":{"type":"scalar"},"locs":[{"a":62,"b":80}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":117}]}],"statement":"UPDATE report SET finding = :finding!, outcome_for_reporter = :outcomeForReporter, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET finding = :finding!, outcome_for_reporter = :outcomeForReporter, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const recordFinding = new PreparedQuery<IRecordFindingParams,IRecordFindingResult>(recordFindingIR);


/** 'Conclude' parameters type */
export interface IConcludeParams {
  id: string;
}

/** 'Conclude' return type */
export type IConcludeResult = void;

/** 'Conclude' query type */
export interface IConcludeQuery {
  params: IConcludeParams;
  result: IConcludeResult;
}

const concludeIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":118}]}],"statement":"UPDATE report SET status = 'CLOSED', closed_at = now(), disposition_pending = NULL, updated_at = now()\n WHERE id = :id!                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET status = 'CLOSED', closed_at = now(), disposition_pending = NULL, updated_at = now()
 *  WHERE id = :id!                                                                            
 * ```
 */
export const conclude = new PreparedQuery<IConcludeParams,IConcludeResult>(concludeIR);


/** 'MergeInto' parameters type */
export interface IMergeIntoParams {
  detail: Json;
  id: string;
  repeatOf: string;
}

/** 'MergeInto' return type */
export type IMergeIntoResult = void;

/** 'MergeInto' query type */
export interface IMergeIntoQuery {
  params: IMergeIntoParams;
  result: IMergeIntoResult;
}

const mergeIntoIR: any = {"usedParamSet":{"detail":true,"repeatOf":true,"id":true},"params":[{"name":"detail","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":88}]},{"name":"repeatOf","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":165}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":202}]}],"statement":"UPDATE report SET status = 'MERGED', disposition = 'MERGE', disposition_detail = :detail!::jsonb, disposition_pending = NULL,\n                  repeat_of = :repeatOf!, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET status = 'MERGED', disposition = 'MERGE', disposition_detail = :detail!::jsonb, disposition_pending = NULL,
 *                   repeat_of = :repeatOf!, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const mergeInto = new PreparedQuery<IMergeIntoParams,IMergeIntoResult>(mergeIntoIR);


/** 'Reopen' parameters type */
export interface IReopenParams {
  id: string;
}

/** 'Reopen' return type */
export type IReopenResult = void;

/** 'Reopen' query type */
export interface IReopenQuery {
  params: IReopenParams;
  result: IReopenResult;
}

const reopenIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":122}]}],"statement":"UPDATE report SET status = 'IN_HANDLING', closed_at = NULL, disposition_pending = NULL, updated_at = now()\n WHERE id = :id!                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET status = 'IN_HANDLING', closed_at = NULL, disposition_pending = NULL, updated_at = now()
 *  WHERE id = :id!                                                                                                                                                                                                                                                                                                                                                                                                                                                                                     
 * ```
 */
export const reopen = new PreparedQuery<IReopenParams,IReopenResult>(reopenIR);


/** 'CreateReports' parameters type */
export interface ICreateReportsParams {
  bodies: stringArray;
  categoriesClaimed: stringArray;
  channels: stringArray;
  clientHashes: BufferArray;
  documents: Json;
  fileIds: stringArray;
  fileKeys: stringArray;
  fileNames: stringArray;
  fileReportIds: stringArray;
  fileShas: BufferArray;
  fileSizes: stringArray;
  fileTypes: stringArray;
  hours: numberArray;
  identities: BufferArray;
  ids: stringArray;
  incidentPlaces: stringArray;
  incidentTimes: stringArray;
  jobIds: stringArray;
  jobNames: stringArray;
  jobPayloads: JsonArray;
  jobQueues: stringArray;
  jobReportIds: stringArray;
  keyHashes: BufferArray;
  keyReportIds: stringArray;
  phoneHashes: BufferArray;
  receiptHashes: BufferArray;
  requestHashes: BufferArray;
  responses: BufferArray;
}

/** 'CreateReports' return type */
export interface ICreateReportsResult {
  id: string;
  number: string;
  outbox_id: string | null;
  received_at: Date;
}

/** 'CreateReports' query type */
export interface ICreateReportsQuery {
  params: ICreateReportsParams;
  result: ICreateReportsResult;
}

const createReportsIR: any = {"usedParamSet":{"ids":true,"channels":true,"identities":true,"phoneHashes":true,"receiptHashes":true,"categoriesClaimed":true,"bodies":true,"incidentTimes":true,"incidentPlaces":true,"clientHashes":true,"documents":true,"fileIds":true,"fileReportIds":true,"fileKeys":true,"fileShas":true,"fileSizes":true,"fileTypes":true,"fileNames":true,"keyReportIds":true,"keyHashes":true,"requestHashes":true,"responses":true,"hours":true,"jobQueues":true,"jobNames":true,"jobIds":true,"jobPayloads":true,"jobReportIds":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":111}]},{"name":"channels","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":131}]},{"name":"identities","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":153}]},{"name":"phoneHashes","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":177}]},{"name":"receiptHashes","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":203}]},{"name":"categoriesClaimed","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":249}]},{"name":"bodies","required":true,"transform":{"type":"scalar"},"locs":[{"a":260,"b":267}]},{"name":"incidentTimes","required":true,"transform":{"type":"scalar"},"locs":[{"a":278,"b":292}]},{"name":"incidentPlaces","required":true,"transform":{"type":"scalar"},"locs":[{"a":303,"b":318}]},{"name":"clientHashes","required":true,"transform":{"type":"scalar"},"locs":[{"a":345,"b":358}]},{"name":"documents","required":true,"transform":{"type":"scalar"},"locs":[{"a":582,"b":592}]},{"name":"fileIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1376,"b":1384}]},{"name":"fileReportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1395,"b":1409}]},{"name":"fileKeys","required":true,"transform":{"type":"scalar"},"locs":[{"a":1420,"b":1429}]},{"name":"fileShas","required":true,"transform":{"type":"scalar"},"locs":[{"a":1440,"b":1449}]},{"name":"fileSizes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1461,"b":1471}]},{"name":"fileTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1500,"b":1510}]},{"name":"fileNames","required":true,"transform":{"type":"scalar"},"locs":[{"a":1521,"b":1531}]},{"name":"keyReportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1844,"b":1857}]},{"name":"keyHashes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1868,"b":1878}]},{"name":"requestHashes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1890,"b":1904}]},{"name":"responses","required":true,"transform":{"type":"scalar"},"locs":[{"a":1916,"b":1926}]},{"name":"hours","required":true,"transform":{"type":"scalar"},"locs":[{"a":1938,"b":1944}]},{"name":"jobQueues","required":true,"transform":{"type":"scalar"},"locs":[{"a":2285,"b":2295}]},{"name":"jobNames","required":true,"transform":{"type":"scalar"},"locs":[{"a":2306,"b":2315}]},{"name":"jobIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":2326,"b":2333}]},{"name":"jobPayloads","required":true,"transform":{"type":"scalar"},"locs":[{"a":2344,"b":2356}]},{"name":"jobReportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":2389,"b":2402}]}],"statement":"WITH t AS (\n  SELECT u.*, d.doc -> 'subjects' AS subjects, d.doc -> 'received' AS received\n    FROM unnest(:ids!::uuid[], :channels!::text[], :identities!::bytea[], :phoneHashes!::bytea[], :receiptHashes!::bytea[],\n                :categoriesClaimed!::text[], :bodies!::text[], :incidentTimes!::text[], :incidentPlaces!::text[],\n                :clientHashes!::bytea[])\n         WITH ORDINALITY AS u(id, channel, identity, phone_hash, receipt_hash, category_claimed, body, incident_time,\n                              incident_place, client_hash, ord)\n    JOIN jsonb_array_elements(:documents!::jsonb) WITH ORDINALITY AS d(doc, ord) ON d.ord = u.ord\n), r AS (\n  INSERT INTO report (id, number, channel, real_name, reporter_identity, reporter_phone_hash, receipt_hash,\n                      subjects, category_claimed, body, incident_time, incident_place, client_hash)\n  SELECT id, 'QF-' || to_char(now(), 'YYYY') || '-' || serial_text(nextval('report_number_seq'), 6), channel,\n         identity IS NOT NULL, identity, phone_hash, receipt_hash, subjects, category_claimed, body, incident_time,\n         incident_place, client_hash\n    FROM t ORDER BY ord\n  RETURNING id, number, received_at\n), a AS (\n  INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)\n  SELECT f.id, r.id, f.key, f.sha, f.size, f.type, f.name\n    FROM unnest(:fileIds!::uuid[], :fileReportIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[],\n                :fileTypes!::text[], :fileNames!::text[])\n         AS f(id, report_id, key, sha, size, type, name)\n    JOIN r ON r.id = f.report_id\n), i AS (\n  INSERT INTO idempotency_record (key_hash, request_hash, report_id, response, expires_at)\n  SELECT k.key_hash, k.request_hash, r.id, k.response, now() + make_interval(hours => k.hours)\n    FROM unnest(:keyReportIds!::uuid[], :keyHashes!::bytea[], :requestHashes!::bytea[], :responses!::bytea[], :hours!::int[])\n         AS k(report_id, key_hash, request_hash, response, hours)\n    JOIN r ON r.id = k.report_id\n), e AS (\n  INSERT INTO report_event (report_id, type, actor_kind, data)\n  SELECT t.id, 'RECEIVED', 'REPORTER', t.received\n    FROM t JOIN r ON r.id = t.id ORDER BY t.ord\n), o AS (\n  SELECT j.report_id, q.id\n    FROM outbox_enqueue(:jobQueues!::text[], :jobNames!::text[], :jobIds!::text[], :jobPayloads!::jsonb[]) AS q\n    JOIN unnest(:jobReportIds!::uuid[]) WITH ORDINALITY AS j(report_id, ord) ON j.ord = q.ord\n)\nSELECT r.id AS \"id!\", r.number AS \"number!\", r.received_at AS \"received_at!\", o.id AS outbox_id\n  FROM r LEFT JOIN o ON o.report_id = r.id                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * WITH t AS (
 *   SELECT u.*, d.doc -> 'subjects' AS subjects, d.doc -> 'received' AS received
 *     FROM unnest(:ids!::uuid[], :channels!::text[], :identities!::bytea[], :phoneHashes!::bytea[], :receiptHashes!::bytea[],
 *                 :categoriesClaimed!::text[], :bodies!::text[], :incidentTimes!::text[], :incidentPlaces!::text[],
 *                 :clientHashes!::bytea[])
 *          WITH ORDINALITY AS u(id, channel, identity, phone_hash, receipt_hash, category_claimed, body, incident_time,
 *                               incident_place, client_hash, ord)
 *     JOIN jsonb_array_elements(:documents!::jsonb) WITH ORDINALITY AS d(doc, ord) ON d.ord = u.ord
 * ), r AS (
 *   INSERT INTO report (id, number, channel, real_name, reporter_identity, reporter_phone_hash, receipt_hash,
 *                       subjects, category_claimed, body, incident_time, incident_place, client_hash)
 *   SELECT id, 'QF-' || to_char(now(), 'YYYY') || '-' || serial_text(nextval('report_number_seq'), 6), channel,
 *          identity IS NOT NULL, identity, phone_hash, receipt_hash, subjects, category_claimed, body, incident_time,
 *          incident_place, client_hash
 *     FROM t ORDER BY ord
 *   RETURNING id, number, received_at
 * ), a AS (
 *   INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)
 *   SELECT f.id, r.id, f.key, f.sha, f.size, f.type, f.name
 *     FROM unnest(:fileIds!::uuid[], :fileReportIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[],
 *                 :fileTypes!::text[], :fileNames!::text[])
 *          AS f(id, report_id, key, sha, size, type, name)
 *     JOIN r ON r.id = f.report_id
 * ), i AS (
 *   INSERT INTO idempotency_record (key_hash, request_hash, report_id, response, expires_at)
 *   SELECT k.key_hash, k.request_hash, r.id, k.response, now() + make_interval(hours => k.hours)
 *     FROM unnest(:keyReportIds!::uuid[], :keyHashes!::bytea[], :requestHashes!::bytea[], :responses!::bytea[], :hours!::int[])
 *          AS k(report_id, key_hash, request_hash, response, hours)
 *     JOIN r ON r.id = k.report_id
 * ), e AS (
 *   INSERT INTO report_event (report_id, type, actor_kind, data)
 *   SELECT t.id, 'RECEIVED', 'REPORTER', t.received
 *     FROM t JOIN r ON r.id = t.id ORDER BY t.ord
 * ), o AS (
 *   SELECT j.report_id, q.id
 *     FROM outbox_enqueue(:jobQueues!::text[], :jobNames!::text[], :jobIds!::text[], :jobPayloads!::jsonb[]) AS q
 *     JOIN unnest(:jobReportIds!::uuid[]) WITH ORDINALITY AS j(report_id, ord) ON j.ord = q.ord
 * )
 * SELECT r.id AS "id!", r.number AS "number!", r.received_at AS "received_at!", o.id AS outbox_id
 *   FROM r LEFT JOIN o ON o.report_id = r.id                                                                   
 * ```
 */
export const createReports = new PreparedQuery<ICreateReportsParams,ICreateReportsResult>(createReportsIR);


/** 'AddMessage' parameters type */
export interface IAddMessageParams {
  authorId?: string | null | void;
  authorKind: string;
  body: string;
  fileIds: stringArray;
  fileKeys: stringArray;
  fileNames: stringArray;
  fileShas: BufferArray;
  fileSizes: stringArray;
  fileTypes: stringArray;
  id: string;
  reportId: string;
}

/** 'AddMessage' return type */
export interface IAddMessageResult {
  created_at: Date;
}

/** 'AddMessage' query type */
export interface IAddMessageQuery {
  params: IAddMessageParams;
  result: IAddMessageResult;
}

const addMessageIR: any = {"usedParamSet":{"id":true,"reportId":true,"authorKind":true,"authorId":true,"body":true,"fileIds":true,"fileKeys":true,"fileShas":true,"fileSizes":true,"fileTypes":true,"fileNames":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":100}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":112},{"a":313,"b":322},{"a":640,"b":649}]},{"name":"authorKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":126}]},{"name":"authorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":129,"b":137}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":145}]},{"name":"fileIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":387,"b":395}]},{"name":"fileKeys","required":true,"transform":{"type":"scalar"},"locs":[{"a":406,"b":415}]},{"name":"fileShas","required":true,"transform":{"type":"scalar"},"locs":[{"a":426,"b":435}]},{"name":"fileSizes","required":true,"transform":{"type":"scalar"},"locs":[{"a":447,"b":457}]},{"name":"fileTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":470,"b":480}]},{"name":"fileNames","required":true,"transform":{"type":"scalar"},"locs":[{"a":510,"b":520}]}],"statement":"WITH m AS (\n  INSERT INTO report_message (id, report_id, author_kind, author_id, body)\n  VALUES (:id!, :reportId!, :authorKind!, :authorId, :body!)\n  RETURNING id, created_at\n), a AS (\n  INSERT INTO attachment (id, report_id, message_id, storage_key, sha256, size_bytes, media_type, original_name)\n  SELECT f.id, :reportId!, m.id, f.key, f.sha, f.size, f.type, f.name\n    FROM m, unnest(:fileIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[], :fileTypes!::text[],\n                   :fileNames!::text[])\n            AS f(id, key, sha, size, type, name)\n), u AS (\n  UPDATE report SET updated_at = now() WHERE id = :reportId!\n)\nSELECT created_at AS \"created_at!\"\n  FROM m                                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * WITH m AS (
 *   INSERT INTO report_message (id, report_id, author_kind, author_id, body)
 *   VALUES (:id!, :reportId!, :authorKind!, :authorId, :body!)
 *   RETURNING id, created_at
 * ), a AS (
 *   INSERT INTO attachment (id, report_id, message_id, storage_key, sha256, size_bytes, media_type, original_name)
 *   SELECT f.id, :reportId!, m.id, f.key, f.sha, f.size, f.type, f.name
 *     FROM m, unnest(:fileIds!::uuid[], :fileKeys!::text[], :fileShas!::bytea[], :fileSizes!::bigint[], :fileTypes!::text[],
 *                    :fileNames!::text[])
 *             AS f(id, key, sha, size, type, name)
 * ), u AS (
 *   UPDATE report SET updated_at = now() WHERE id = :reportId!
 * )
 * SELECT created_at AS "created_at!"
 *   FROM m                                                                                                          
 * ```
 */
export const addMessage = new PreparedQuery<IAddMessageParams,IAddMessageResult>(addMessageIR);


/** 'IdempotentReplay' parameters type */
export interface IIdempotentReplayParams {
  keyHash: Buffer;
}

/** 'IdempotentReplay' return type */
export interface IIdempotentReplayResult {
  attachments: number;
  number: string;
  received_at: Date;
  request_hash: Buffer;
  response: Buffer;
}

/** 'IdempotentReplay' query type */
export interface IIdempotentReplayQuery {
  params: IIdempotentReplayParams;
  result: IIdempotentReplayResult;
}

const idempotentReplayIR: any = {"usedParamSet":{"keyHash":true},"params":[{"name":"keyHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":262,"b":270}]}],"statement":"SELECT i.request_hash, i.response, r.number, r.received_at,\n       (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id AND a.message_id IS NULL) AS \"attachments!\"\n  FROM idempotency_record i\n  JOIN report r ON r.id = i.report_id\n WHERE i.key_hash = :keyHash! AND i.expires_at > now()                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT i.request_hash, i.response, r.number, r.received_at,
 *        (SELECT count(*)::int FROM attachment a WHERE a.report_id = r.id AND a.message_id IS NULL) AS "attachments!"
 *   FROM idempotency_record i
 *   JOIN report r ON r.id = i.report_id
 *  WHERE i.key_hash = :keyHash! AND i.expires_at > now()                                                                                 
 * ```
 */
export const idempotentReplay = new PreparedQuery<IIdempotentReplayParams,IIdempotentReplayResult>(idempotentReplayIR);


/** 'ByReceiptHash' parameters type */
export interface IByReceiptHashParams {
  receiptHash: Buffer;
}

/** 'ByReceiptHash' return type */
export interface IByReceiptHashResult {
  id: string;
  number: string;
  outcome_for_reporter: string | null;
  received_at: Date;
  status: string;
}

/** 'ByReceiptHash' query type */
export interface IByReceiptHashQuery {
  params: IByReceiptHashParams;
  result: IByReceiptHashResult;
}

const byReceiptHashIR: any = {"usedParamSet":{"receiptHash":true},"params":[{"name":"receiptHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":109}]}],"statement":"SELECT id, number, status, received_at, outcome_for_reporter\n  FROM report\n WHERE receipt_hash = :receiptHash!                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, received_at, outcome_for_reporter
 *   FROM report
 *  WHERE receipt_hash = :receiptHash!                                                                       
 * ```
 */
export const byReceiptHash = new PreparedQuery<IByReceiptHashParams,IByReceiptHashResult>(byReceiptHashIR);


/** 'MessagesOf' parameters type */
export interface IMessagesOfParams {
  reportId: string;
}

/** 'MessagesOf' return type */
export interface IMessagesOfResult {
  attachments: number;
  author_kind: string;
  body: string;
  created_at: Date;
}

/** 'MessagesOf' query type */
export interface IMessagesOfQuery {
  params: IMessagesOfParams;
  result: IMessagesOfResult;
}

const messagesOfIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":190}]}],"statement":"SELECT m.author_kind, m.body, m.created_at,\n       (SELECT count(*)::int FROM attachment a WHERE a.message_id = m.id) AS \"attachments!\"\n  FROM report_message m\n WHERE m.report_id = :reportId!\n ORDER BY m.created_at, m.id                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT m.author_kind, m.body, m.created_at,
 *        (SELECT count(*)::int FROM attachment a WHERE a.message_id = m.id) AS "attachments!"
 *   FROM report_message m
 *  WHERE m.report_id = :reportId!
 *  ORDER BY m.created_at, m.id                                                  
 * ```
 */
export const messagesOf = new PreparedQuery<IMessagesOfParams,IMessagesOfResult>(messagesOfIR);


/** 'PurgeExpiredIdempotency' parameters type */
export type IPurgeExpiredIdempotencyParams = void;

/** 'PurgeExpiredIdempotency' return type */
export type IPurgeExpiredIdempotencyResult = void;

/** 'PurgeExpiredIdempotency' query type */
export interface IPurgeExpiredIdempotencyQuery {
  params: IPurgeExpiredIdempotencyParams;
  result: IPurgeExpiredIdempotencyResult;
}

const purgeExpiredIdempotencyIR: any = {"usedParamSet":{},"params":[],"statement":"DELETE FROM idempotency_record\n WHERE expires_at < now()                                                      "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM idempotency_record
 *  WHERE expires_at < now()                                                      
 * ```
 */
export const purgeExpiredIdempotency = new PreparedQuery<IPurgeExpiredIdempotencyParams,IPurgeExpiredIdempotencyResult>(purgeExpiredIdempotencyIR);


/** 'FirstAttachmentOf' parameters type */
export interface IFirstAttachmentOfParams {
  reportId: string;
}

/** 'FirstAttachmentOf' return type */
export interface IFirstAttachmentOfResult {
  id: string;
}

/** 'FirstAttachmentOf' query type */
export interface IFirstAttachmentOfQuery {
  params: IFirstAttachmentOfParams;
  result: IFirstAttachmentOfResult;
}

const firstAttachmentOfIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":56}]}],"statement":"SELECT id\n  FROM attachment\n WHERE report_id = :reportId!\n ORDER BY created_at\n LIMIT 1                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id
 *   FROM attachment
 *  WHERE report_id = :reportId!
 *  ORDER BY created_at
 *  LIMIT 1                                                                               
 * ```
 */
export const firstAttachmentOf = new PreparedQuery<IFirstAttachmentOfParams,IFirstAttachmentOfResult>(firstAttachmentOfIR);


/** 'AddAttachment' parameters type */
export interface IAddAttachmentParams {
  id: string;
  mediaType: string;
  originalName?: string | null | void;
  reportId: string;
  sha256: Buffer;
  sizeBytes: string;
  storageKey: string;
}

/** 'AddAttachment' return type */
export type IAddAttachmentResult = void;

/** 'AddAttachment' query type */
export interface IAddAttachmentQuery {
  params: IAddAttachmentParams;
  result: IAddAttachmentResult;
}

const addAttachmentIR: any = {"usedParamSet":{"id":true,"reportId":true,"storageKey":true,"sha256":true,"sizeBytes":true,"mediaType":true,"originalName":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":110}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":122}]},{"name":"storageKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":136}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":146}]},{"name":"sizeBytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":159}]},{"name":"mediaType","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":172}]},{"name":"originalName","required":false,"transform":{"type":"scalar"},"locs":[{"a":175,"b":187}]}],"statement":"INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)\nVALUES (:id!, :reportId!, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName)                                                      "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type, original_name)
 * VALUES (:id!, :reportId!, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName)                                                      
 * ```
 */
export const addAttachment = new PreparedQuery<IAddAttachmentParams,IAddAttachmentResult>(addAttachmentIR);


/** 'SetTranscript' parameters type */
export interface ISetTranscriptParams {
  body: string;
  categoryClaimed?: string | null | void;
  id: string;
  subjects: Json;
}

/** 'SetTranscript' return type */
export type ISetTranscriptResult = void;

/** 'SetTranscript' query type */
export interface ISetTranscriptQuery {
  params: ISetTranscriptParams;
  result: ISetTranscriptResult;
}

const setTranscriptIR: any = {"usedParamSet":{"body":true,"subjects":true,"categoryClaimed":true,"id":true},"params":[{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":25,"b":30}]},{"name":"subjects","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":53}]},{"name":"categoryClaimed","required":false,"transform":{"type":"scalar"},"locs":[{"a":91,"b":106}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":180}]}],"statement":"UPDATE report SET body = :body!, subjects = :subjects!::jsonb, category_claimed = coalesce(:categoryClaimed, category_claimed),\n                  updated_at = now()\n WHERE id = :id!                                                       "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET body = :body!, subjects = :subjects!::jsonb, category_claimed = coalesce(:categoryClaimed, category_claimed),
 *                   updated_at = now()
 *  WHERE id = :id!                                                       
 * ```
 */
export const setTranscript = new PreparedQuery<ISetTranscriptParams,ISetTranscriptResult>(setTranscriptIR);


/** 'InStatus' parameters type */
export interface IInStatusParams {
  ids: stringArray;
  statuses: stringArray;
}

/** 'InStatus' return type */
export interface IInStatusResult {
  id: string;
  number: string;
}

/** 'InStatus' query type */
export interface IInStatusQuery {
  params: IInStatusParams;
  result: IInStatusResult;
}

const inStatusIR: any = {"usedParamSet":{"ids":true,"statuses":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":53}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":91}]}],"statement":"SELECT id, number\n  FROM report\n WHERE id = ANY (:ids!::uuid[]) AND status = ANY (:statuses!::text[])                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[]) AND status = ANY (:statuses!::text[])                                                                                                 
 * ```
 */
export const inStatus = new PreparedQuery<IInStatusParams,IInStatusResult>(inStatusIR);


/** 'SealedReporterIdentity' parameters type */
export interface ISealedReporterIdentityParams {
  id: string;
}

/** 'SealedReporterIdentity' return type */
export interface ISealedReporterIdentityResult {
  reporter_identity: Buffer;
}

/** 'SealedReporterIdentity' query type */
export interface ISealedReporterIdentityQuery {
  params: ISealedReporterIdentityParams;
  result: ISealedReporterIdentityResult;
}

const sealedReporterIdentityIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":78}]}],"statement":"SELECT reporter_identity AS \"reporter_identity!\"\n  FROM report\n WHERE id = :id! AND reporter_identity IS NOT NULL                                                                                                                                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT reporter_identity AS "reporter_identity!"
 *   FROM report
 *  WHERE id = :id! AND reporter_identity IS NOT NULL                                                                                                                                                                                                                                                    
 * ```
 */
export const sealedReporterIdentity = new PreparedQuery<ISealedReporterIdentityParams,ISealedReporterIdentityResult>(sealedReporterIdentityIR);


/** 'DueForRetention' parameters type */
export interface IDueForRetentionParams {
  after?: string | null | void;
  cutoff: DateOrString;
  limit: number;
  statuses: stringArray;
}

/** 'DueForRetention' return type */
export interface IDueForRetentionResult {
  id: string;
}

/** 'DueForRetention' query type */
export interface IDueForRetentionQuery {
  params: IDueForRetentionParams;
  result: IDueForRetentionResult;
}

const dueForRetentionIR: any = {"usedParamSet":{"statuses":true,"cutoff":true,"after":true,"limit":true},"params":[{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":60}]},{"name":"cutoff","required":true,"transform":{"type":"scalar"},"locs":[{"a":318,"b":325}]},{"name":"after","required":false,"transform":{"type":"scalar"},"locs":[{"a":384,"b":389},{"a":415,"b":420}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":451,"b":457}]}],"statement":"SELECT r.id\n  FROM report r\n WHERE r.status = ANY (:statuses!::text[])\n   AND (CASE WHEN r.status = 'MERGED'\n             THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))\n             ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz\n   AND r.identity_purged_at IS NULL\n   AND (:after::uuid IS NULL OR r.id > :after::uuid)\n ORDER BY r.id\n LIMIT :limit!::int                                                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id
 *   FROM report r
 *  WHERE r.status = ANY (:statuses!::text[])
 *    AND (CASE WHEN r.status = 'MERGED'
 *              THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))
 *              ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz
 *    AND r.identity_purged_at IS NULL
 *    AND (:after::uuid IS NULL OR r.id > :after::uuid)
 *  ORDER BY r.id
 *  LIMIT :limit!::int                                                                                                        
 * ```
 */
export const dueForRetention = new PreparedQuery<IDueForRetentionParams,IDueForRetentionResult>(dueForRetentionIR);


/** 'LockForRetention' parameters type */
export interface ILockForRetentionParams {
  cutoff: DateOrString;
  id: string;
  statuses: stringArray;
}

/** 'LockForRetention' return type */
export interface ILockForRetentionResult {
  had_identity: boolean;
  number: string;
}

/** 'LockForRetention' query type */
export interface ILockForRetentionQuery {
  params: ILockForRetentionParams;
  result: ILockForRetentionResult;
}

const lockForRetentionIR: any = {"usedParamSet":{"id":true,"statuses":true,"cutoff":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":101}]},{"name":"statuses","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":132}]},{"name":"cutoff","required":true,"transform":{"type":"scalar"},"locs":[{"a":390,"b":397}]}],"statement":"SELECT r.number, r.reporter_identity IS NOT NULL AS \"had_identity!\"\n  FROM report r\n WHERE r.id = :id! AND r.status = ANY (:statuses!::text[])\n   AND (CASE WHEN r.status = 'MERGED'\n             THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))\n             ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz\n   FOR UPDATE OF r                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.number, r.reporter_identity IS NOT NULL AS "had_identity!"
 *   FROM report r
 *  WHERE r.id = :id! AND r.status = ANY (:statuses!::text[])
 *    AND (CASE WHEN r.status = 'MERGED'
 *              THEN (SELECT root.closed_at FROM report root WHERE root.id = r.repeat_of AND root.status IN ('CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED'))
 *              ELSE coalesce(r.closed_at, r.updated_at) END) < :cutoff!::timestamptz
 *    FOR UPDATE OF r                                                                       
 * ```
 */
export const lockForRetention = new PreparedQuery<ILockForRetentionParams,ILockForRetentionResult>(lockForRetentionIR);


/** 'PurgeAttachments' parameters type */
export interface IPurgeAttachmentsParams {
  reportId: string;
}

/** 'PurgeAttachments' return type */
export interface IPurgeAttachmentsResult {
  size_bytes: string;
  storage_key: string;
}

/** 'PurgeAttachments' query type */
export interface IPurgeAttachmentsQuery {
  params: IPurgeAttachmentsParams;
  result: IPurgeAttachmentsResult;
}

const purgeAttachmentsIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":51}]}],"statement":"DELETE FROM attachment\n WHERE report_id = :reportId!\nRETURNING storage_key, size_bytes                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM attachment
 *  WHERE report_id = :reportId!
 * RETURNING storage_key, size_bytes                                                                                               
 * ```
 */
export const purgeAttachments = new PreparedQuery<IPurgeAttachmentsParams,IPurgeAttachmentsResult>(purgeAttachmentsIR);


/** 'PurgeReporter' parameters type */
export interface IPurgeReporterParams {
  at: DateOrString;
  id: string;
}

/** 'PurgeReporter' return type */
export type IPurgeReporterResult = void;

/** 'PurgeReporter' query type */
export interface IPurgeReporterQuery {
  params: IPurgeReporterParams;
  result: IPurgeReporterResult;
}

const purgeReporterIR: any = {"usedParamSet":{"at":true,"id":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":214}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":269,"b":272}]}],"statement":"UPDATE report SET reporter_identity = NULL, reporter_phone_hash = NULL, receipt_hash = sha256(gen_random_uuid()::text::bytea),\n                  identity_purged_at = CASE WHEN reporter_identity IS NOT NULL THEN :at!::timestamptz ELSE identity_purged_at END\n WHERE id = :id!                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET reporter_identity = NULL, reporter_phone_hash = NULL, receipt_hash = sha256(gen_random_uuid()::text::bytea),
 *                   identity_purged_at = CASE WHEN reporter_identity IS NOT NULL THEN :at!::timestamptz ELSE identity_purged_at END
 *  WHERE id = :id!                                                                                                                                    
 * ```
 */
export const purgeReporter = new PreparedQuery<IPurgeReporterParams,IPurgeReporterResult>(purgeReporterIR);


/** 'MarkTriagedIfReceived' parameters type */
export interface IMarkTriagedIfReceivedParams {
  id: string;
}

/** 'MarkTriagedIfReceived' return type */
export interface IMarkTriagedIfReceivedResult {
  id: string;
}

/** 'MarkTriagedIfReceived' query type */
export interface IMarkTriagedIfReceivedQuery {
  params: IMarkTriagedIfReceivedParams;
  result: IMarkTriagedIfReceivedResult;
}

const markTriagedIfReceivedIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":72}]}],"statement":"UPDATE report SET status = 'TRIAGED', triaged_at = now()\n WHERE id = :id! AND status = 'RECEIVED'\nRETURNING id                              "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET status = 'TRIAGED', triaged_at = now()
 *  WHERE id = :id! AND status = 'RECEIVED'
 * RETURNING id                              
 * ```
 */
export const markTriagedIfReceived = new PreparedQuery<IMarkTriagedIfReceivedParams,IMarkTriagedIfReceivedResult>(markTriagedIfReceivedIR);


/** 'CountReports' parameters type */
export type ICountReportsParams = void;

/** 'CountReports' return type */
export interface ICountReportsResult {
  count: number;
}

/** 'CountReports' query type */
export interface ICountReportsQuery {
  params: ICountReportsParams;
  result: ICountReportsResult;
}

const countReportsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT count(*)::int AS \"count!\"\n  FROM report                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!"
 *   FROM report                                                                                                                    
 * ```
 */
export const countReports = new PreparedQuery<ICountReportsParams,ICountReportsResult>(countReportsIR);


/** 'TriagedTips' parameters type */
export type ITriagedTipsParams = void;

/** 'TriagedTips' return type */
export interface ITriagedTipsResult {
  body: string;
  category: string | null;
  id: string;
  is_specific: boolean | null;
  number: string;
  repeat_of_number: string | null;
}

/** 'TriagedTips' query type */
export interface ITriagedTipsQuery {
  params: ITriagedTipsParams;
  result: ITriagedTipsResult;
}

const triagedTipsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT r.id, r.number, r.body, r.category, r.is_specific, (SELECT e.number FROM report e WHERE e.id = r.repeat_of) AS repeat_of_number\n  FROM report r                                                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.number, r.body, r.category, r.is_specific, (SELECT e.number FROM report e WHERE e.id = r.repeat_of) AS repeat_of_number
 *   FROM report r                                                                                                                               
 * ```
 */
export const triagedTips = new PreparedQuery<ITriagedTipsParams,ITriagedTipsResult>(triagedTipsIR);


/** 'IdentityOf' parameters type */
export interface IIdentityOfParams {
  id: string;
}

/** 'IdentityOf' return type */
export interface IIdentityOfResult {
  number: string;
  real_name: boolean;
  reporter_identity: Buffer | null;
}

/** 'IdentityOf' query type */
export interface IIdentityOfQuery {
  params: IIdentityOfParams;
  result: IIdentityOfResult;
}

const identityOfIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":73}]}],"statement":"SELECT number, real_name, reporter_identity\n  FROM report\n WHERE id = :id!                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT number, real_name, reporter_identity
 *   FROM report
 *  WHERE id = :id!                                                                                 
 * ```
 */
export const identityOf = new PreparedQuery<IIdentityOfParams,IIdentityOfResult>(identityOfIR);


/** 'CaseSummariesByIds' parameters type */
export interface ICaseSummariesByIdsParams {
  ids: stringArray;
}

/** 'CaseSummariesByIds' return type */
export interface ICaseSummariesByIdsResult {
  id: string;
  number: string;
  received_at: Date;
  status: string;
}

/** 'CaseSummariesByIds' query type */
export interface ICaseSummariesByIdsQuery {
  params: ICaseSummariesByIdsParams;
  result: ICaseSummariesByIdsResult;
}

const caseSummariesByIdsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":74}]}],"statement":"SELECT id, number, status, received_at\n  FROM report\n WHERE id = ANY (:ids!::uuid[])\n ORDER BY received_at, id                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, received_at
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[])
 *  ORDER BY received_at, id                                                                                          
 * ```
 */
export const caseSummariesByIds = new PreparedQuery<ICaseSummariesByIdsParams,ICaseSummariesByIdsResult>(caseSummariesByIdsIR);


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

const lockForAgencyRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":56}]}],"statement":"SELECT status, disposition\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                                               "};

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

const openCasesForMeetingIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":220}]}],"statement":"SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind\n  FROM report\n WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]))                                                                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, real_name, received_at, category, disposition_pending ->> 'kind' AS pending_kind
 *   FROM report
 *  WHERE status IN ('TRIAGED', 'IN_HANDLING') AND (disposition_pending IS NOT NULL OR id = ANY (:ids!::uuid[]))                                                                                                                                                                                                         
 * ```
 */
export const openCasesForMeeting = new PreparedQuery<IOpenCasesForMeetingParams,IOpenCasesForMeetingResult>(openCasesForMeetingIR);


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

const receivedDuringIR: any = {"usedParamSet":{"startsOn":true,"endsOn":true,"until":true,"afterAt":true,"afterId":true,"limit":true},"params":[{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":81}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":99}]},{"name":"until","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":116}]},{"name":"afterAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":349,"b":356},{"a":407,"b":414}]},{"name":"afterId","required":false,"transform":{"type":"scalar"},"locs":[{"a":430,"b":437}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":484,"b":490}]}],"statement":"SELECT DISTINCT r.id, r.number, r.received_at, r.subjects\n  FROM unnest(:startsOn!::date[], :endsOn!::date[], :until!::timestamptz[]) AS p(starts_on, ends_on, until)\n  JOIN report r ON r.received_at >= p.starts_on::timestamptz AND r.received_at < (p.ends_on + 1)::timestamptz\n                AND (p.until IS NULL OR r.received_at < p.until)\n WHERE (:afterAt::timestamptz IS NULL OR (r.received_at, r.id) > (:afterAt::timestamptz, :afterId::uuid))\n ORDER BY r.received_at, r.id\n LIMIT :limit!::int                                                                                                                                                                                                                                        "};

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


/** 'LockBatchForTriage' parameters type */
export interface ILockBatchForTriageParams {
  ids: stringArray;
  keys: stringArray;
}

/** 'LockBatchForTriage' return type */
export interface ILockBatchForTriageResult {
  id: string;
  locks: string | null;
  triaged_at: Date | null;
  version: string;
}

/** 'LockBatchForTriage' query type */
export interface ILockBatchForTriageQuery {
  params: ILockBatchForTriageParams;
  result: ILockBatchForTriageResult;
}

const lockBatchForTriageIR: any = {"usedParamSet":{"ids":true,"keys":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":110}]},{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":256,"b":261}]}],"statement":"WITH r AS MATERIALIZED (\n  SELECT id, triaged_at, updated_at::text AS version FROM report WHERE id = ANY (:ids!::uuid[]) ORDER BY id FOR UPDATE\n), k AS MATERIALIZED (\n  SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0))) AS locks\n    FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n)\n   WHERE (SELECT count(*) FROM r WHERE r.triaged_at IS NULL) > 0\n)\nSELECT r.id AS \"id!\", r.triaged_at, r.version AS \"version!\", (SELECT locks FROM k) AS locks\n  FROM r                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * WITH r AS MATERIALIZED (
 *   SELECT id, triaged_at, updated_at::text AS version FROM report WHERE id = ANY (:ids!::uuid[]) ORDER BY id FOR UPDATE
 * ), k AS MATERIALIZED (
 *   SELECT count(pg_advisory_xact_lock(hashtextextended(t.k, 0))) AS locks
 *     FROM unnest(:keys!::text[]) WITH ORDINALITY AS t(k, n)
 *    WHERE (SELECT count(*) FROM r WHERE r.triaged_at IS NULL) > 0
 * )
 * SELECT r.id AS "id!", r.triaged_at, r.version AS "version!", (SELECT locks FROM k) AS locks
 *   FROM r                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       
 * ```
 */
export const lockBatchForTriage = new PreparedQuery<ILockBatchForTriageParams,ILockBatchForTriageResult>(lockBatchForTriageIR);


/** 'RecordTriageBatch' parameters type */
export interface IRecordTriageBatchParams {
  cases: Json;
  eventActorIds: stringArray;
  eventActorKinds: stringArray;
  eventData: JsonArray;
  eventReportIds: stringArray;
  eventTypes: stringArray;
  laterIds: stringArray;
  laterRoots: stringArray;
}

/** 'RecordTriageBatch' return type */
export type IRecordTriageBatchResult = void;

/** 'RecordTriageBatch' query type */
export interface IRecordTriageBatchQuery {
  params: IRecordTriageBatchParams;
  result: IRecordTriageBatchResult;
}

const recordTriageBatchIR: any = {"usedParamSet":{"cases":true,"laterIds":true,"laterRoots":true,"eventReportIds":true,"eventTypes":true,"eventActorKinds":true,"eventActorIds":true,"eventData":true},"params":[{"name":"cases","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":66}]},{"name":"laterIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":331,"b":340}]},{"name":"laterRoots","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":362}]},{"name":"eventReportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1358,"b":1373}]},{"name":"eventTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":1384,"b":1395}]},{"name":"eventActorKinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1406,"b":1422}]},{"name":"eventActorIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1433,"b":1447}]},{"name":"eventData","required":true,"transform":{"type":"scalar"},"locs":[{"a":1458,"b":1468}]}],"statement":"WITH c AS MATERIALIZED (\n  SELECT * FROM jsonb_to_recordset(:cases!::jsonb)\n    AS c(id uuid, category text, category_scores jsonb, priority int, priority_level text, specific boolean, transfer_target text, repeat_of uuid)\n), later_chain AS (\n  UPDATE report AS target SET repeat_of = l.root_id, updated_at = now()\n    FROM unnest(:laterIds!::uuid[], :laterRoots!::uuid[]) AS l(later_id, root_id)\n   WHERE target.id = l.later_id AND (target.repeat_of IS NULL\n          OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)\n           > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = l.root_id))\n), report_rows AS (\n  UPDATE report SET status = CASE WHEN report.status = 'RECEIVED' THEN 'TRIAGED' ELSE report.status END,\n                    category = c.category, category_scores = c.category_scores, triaged_at = now(), updated_at = now(),\n                    priority = c.priority, priority_level = c.priority_level, is_specific = c.specific,\n                    transfer_target = c.transfer_target,\n                    repeat_of = CASE WHEN report.status = 'RECEIVED' THEN c.repeat_of ELSE report.repeat_of END\n    FROM c\n   WHERE report.id = c.id\n)\nINSERT INTO report_event (report_id, type, actor_kind, actor_id, data)\nSELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data\n  FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])\n       WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)\n ORDER BY e.n                                                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * WITH c AS MATERIALIZED (
 *   SELECT * FROM jsonb_to_recordset(:cases!::jsonb)
 *     AS c(id uuid, category text, category_scores jsonb, priority int, priority_level text, specific boolean, transfer_target text, repeat_of uuid)
 * ), later_chain AS (
 *   UPDATE report AS target SET repeat_of = l.root_id, updated_at = now()
 *     FROM unnest(:laterIds!::uuid[], :laterRoots!::uuid[]) AS l(later_id, root_id)
 *    WHERE target.id = l.later_id AND (target.repeat_of IS NULL
 *           OR (SELECT ROW(cur.received_at, cur.id) FROM report cur WHERE cur.id = target.repeat_of)
 *            > (SELECT ROW(root.received_at, root.id) FROM report root WHERE root.id = l.root_id))
 * ), report_rows AS (
 *   UPDATE report SET status = CASE WHEN report.status = 'RECEIVED' THEN 'TRIAGED' ELSE report.status END,
 *                     category = c.category, category_scores = c.category_scores, triaged_at = now(), updated_at = now(),
 *                     priority = c.priority, priority_level = c.priority_level, is_specific = c.specific,
 *                     transfer_target = c.transfer_target,
 *                     repeat_of = CASE WHEN report.status = 'RECEIVED' THEN c.repeat_of ELSE report.repeat_of END
 *     FROM c
 *    WHERE report.id = c.id
 * )
 * INSERT INTO report_event (report_id, type, actor_kind, actor_id, data)
 * SELECT e.report_id, e.type, e.actor_kind, e.actor_id, e.data
 *   FROM unnest(:eventReportIds!::uuid[], :eventTypes!::text[], :eventActorKinds!::text[], :eventActorIds!::uuid[], :eventData!::jsonb[])
 *        WITH ORDINALITY AS e(report_id, type, actor_kind, actor_id, data, n)
 *  ORDER BY e.n                                                                                                                                  
 * ```
 */
export const recordTriageBatch = new PreparedQuery<IRecordTriageBatchParams,IRecordTriageBatchResult>(recordTriageBatchIR);


/** 'PrioritiesForUpdate' parameters type */
export interface IPrioritiesForUpdateParams {
  ids: stringArray;
}

/** 'PrioritiesForUpdate' return type */
export interface IPrioritiesForUpdateResult {
  id: string;
  priority: number | null;
  priority_level: string | null;
  status: string;
  triaged: boolean;
}

/** 'PrioritiesForUpdate' query type */
export interface IPrioritiesForUpdateQuery {
  params: IPrioritiesForUpdateParams;
  result: IPrioritiesForUpdateResult;
}

const prioritiesForUpdateIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":126}]}],"statement":"SELECT id AS \"id!\", status, triaged_at IS NOT NULL AS \"triaged!\", priority, priority_level\n  FROM report\n WHERE id = ANY (:ids!::uuid[])\n ORDER BY id\n   FOR UPDATE                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", status, triaged_at IS NOT NULL AS "triaged!", priority, priority_level
 *   FROM report
 *  WHERE id = ANY (:ids!::uuid[])
 *  ORDER BY id
 *    FOR UPDATE                                                                        
 * ```
 */
export const prioritiesForUpdate = new PreparedQuery<IPrioritiesForUpdateParams,IPrioritiesForUpdateResult>(prioritiesForUpdateIR);


/** 'SetPriorities' parameters type */
export interface ISetPrioritiesParams {
  ids: stringArray;
  levels: stringArray;
  priorities: numberArray;
}

/** 'SetPriorities' return type */
export type ISetPrioritiesResult = void;

/** 'SetPriorities' query type */
export interface ISetPrioritiesQuery {
  params: ISetPrioritiesParams;
  result: ISetPrioritiesResult;
}

const setPrioritiesIR: any = {"usedParamSet":{"ids":true,"priorities":true,"levels":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":106}]},{"name":"priorities","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":128}]},{"name":"levels","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":145}]}],"statement":"UPDATE report r SET priority = x.priority, priority_level = x.level, updated_at = now()\n  FROM unnest(:ids!::uuid[], :priorities!::int[], :levels!::text[]) AS x(id, priority, level)\n WHERE r.id = x.id                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report r SET priority = x.priority, priority_level = x.level, updated_at = now()
 *   FROM unnest(:ids!::uuid[], :priorities!::int[], :levels!::text[]) AS x(id, priority, level)
 *  WHERE r.id = x.id                                                                                         
 * ```
 */
export const setPriorities = new PreparedQuery<ISetPrioritiesParams,ISetPrioritiesResult>(setPrioritiesIR);


/** 'CaseForAction' parameters type */
export interface ICaseForActionParams {
  id: string;
}

/** 'CaseForAction' return type */
export interface ICaseForActionResult {
  assignee_id: string | null;
  category: string | null;
  category_confirmed: boolean;
  id: string;
  status: string;
}

/** 'CaseForAction' query type */
export interface ICaseForActionQuery {
  params: ICaseForActionParams;
  result: ICaseForActionResult;
}

const caseForActionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":90}]}],"statement":"SELECT id, status, category, category_confirmed, assignee_id\n  FROM report\n WHERE id = :id!\n   FOR UPDATE                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status, category, category_confirmed, assignee_id
 *   FROM report
 *  WHERE id = :id!
 *    FOR UPDATE                                                   
 * ```
 */
export const caseForAction = new PreparedQuery<ICaseForActionParams,ICaseForActionResult>(caseForActionIR);


/** 'ConfirmCategory' parameters type */
export interface IConfirmCategoryParams {
  category: string;
  id: string;
}

/** 'ConfirmCategory' return type */
export type IConfirmCategoryResult = void;

/** 'ConfirmCategory' query type */
export interface IConfirmCategoryQuery {
  params: IConfirmCategoryParams;
  result: IConfirmCategoryResult;
}

const confirmCategoryIR: any = {"usedParamSet":{"category":true,"id":true},"params":[{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":38}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":102}]}],"statement":"UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET category = :category!, category_confirmed = true, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const confirmCategory = new PreparedQuery<IConfirmCategoryParams,IConfirmCategoryResult>(confirmCategoryIR);


/** 'SetAssignee' parameters type */
export interface ISetAssigneeParams {
  assigneeId?: string | null | void;
  id: string;
}

/** 'SetAssignee' return type */
export type ISetAssigneeResult = void;

/** 'SetAssignee' query type */
export interface ISetAssigneeQuery {
  params: ISetAssigneeParams;
  result: ISetAssigneeResult;
}

const setAssigneeIR: any = {"usedParamSet":{"assigneeId":true,"id":true},"params":[{"name":"assigneeId","required":false,"transform":{"type":"scalar"},"locs":[{"a":32,"b":42}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":85}]}],"statement":"UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()\n WHERE id = :id!                                                                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report SET assignee_id = :assigneeId::uuid, updated_at = now()
 *  WHERE id = :id!                                                                                                                                                                                    
 * ```
 */
export const setAssignee = new PreparedQuery<ISetAssigneeParams,ISetAssigneeResult>(setAssigneeIR);


/** 'CaseHandling' parameters type */
export interface ICaseHandlingParams {
  hidden?: stringArray | null | void;
  id: string;
}

/** 'CaseHandling' return type */
export interface ICaseHandlingResult {
  assignee_id: string | null;
  category_confirmed: boolean;
  disposition: string | null;
  disposition_detail: Json | null;
  disposition_pending: Json | null;
  finding: string | null;
  is_specific: boolean | null;
  outcome_for_reporter: string | null;
  priority: number | null;
  priority_level: string | null;
  repeat_of: string | null;
  transfer_target: string | null;
}

/** 'CaseHandling' query type */
export interface ICaseHandlingQuery {
  params: ICaseHandlingParams;
  result: ICaseHandlingResult;
}

const caseHandlingIR: any = {"usedParamSet":{"hidden":true,"id":true},"params":[{"name":"hidden","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":267},{"a":301,"b":307}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":351,"b":354}]}],"statement":"SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,\n       disposition_pending, finding, outcome_for_reporter,\n       (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of\n  FROM report\n WHERE id = :id!                                                                                                                                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT category_confirmed, priority, priority_level, is_specific, transfer_target, assignee_id, disposition, disposition_detail,
 *        disposition_pending, finding, outcome_for_reporter,
 *        (SELECT e.number FROM report e WHERE e.id = report.repeat_of AND (:hidden::uuid[] IS NULL OR e.id <> ALL (:hidden))) AS repeat_of
 *   FROM report
 *  WHERE id = :id!                                                                                                                                                                                                                                                                 
 * ```
 */
export const caseHandling = new PreparedQuery<ICaseHandlingParams,ICaseHandlingResult>(caseHandlingIR);


/** 'PendingApprovals' parameters type */
export interface IPendingApprovalsParams {
  approverId: string;
  cadreId?: string | null | void;
  sameUnit: boolean;
}

/** 'PendingApprovals' return type */
export interface IPendingApprovalsResult {
  id: string;
  kind: string;
  number: string;
  proposed_by: string | null;
}

/** 'PendingApprovals' query type */
export interface IPendingApprovalsQuery {
  params: IPendingApprovalsParams;
  result: IPendingApprovalsResult;
}

const pendingApprovalsIR: any = {"usedParamSet":{"approverId":true,"cadreId":true,"sameUnit":true},"params":[{"name":"approverId","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":233}]},{"name":"cadreId","required":false,"transform":{"type":"scalar"},"locs":[{"a":243,"b":250},{"a":291,"b":298}]},{"name":"sameUnit","required":true,"transform":{"type":"scalar"},"locs":[{"a":307,"b":316}]}],"statement":"SELECT r.id, r.number, r.disposition_pending->>'kind' AS \"kind!\", r.disposition_pending->>'proposedBy' AS proposed_by\n  FROM report r\n WHERE r.disposition_pending IS NOT NULL\n   AND r.disposition_pending->>'proposedBy' <> :approverId!\n   AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!) IS NULL)\n ORDER BY r.disposition_pending->>'proposedAt'\n LIMIT 100"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.number, r.disposition_pending->>'kind' AS "kind!", r.disposition_pending->>'proposedBy' AS proposed_by
 *   FROM report r
 *  WHERE r.disposition_pending IS NOT NULL
 *    AND r.disposition_pending->>'proposedBy' <> :approverId!
 *    AND (:cadreId::uuid IS NULL OR report_conflict(r.id, :cadreId::uuid, :sameUnit!) IS NULL)
 *  ORDER BY r.disposition_pending->>'proposedAt'
 *  LIMIT 100
 * ```
 */
export const pendingApprovals = new PreparedQuery<IPendingApprovalsParams,IPendingApprovalsResult>(pendingApprovalsIR);


