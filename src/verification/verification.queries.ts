/** Types generated for queries found in "src/verification/verification.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type booleanArray = (boolean)[];

export type stringArray = (string)[];

/** 'SeedAgencies' parameters type */
export interface ISeedAgenciesParams {
  aliases: stringArray;
  codes: stringArray;
  integrity: booleanArray;
  names: stringArray;
}

/** 'SeedAgencies' return type */
export type ISeedAgenciesResult = void;

/** 'SeedAgencies' query type */
export interface ISeedAgenciesQuery {
  params: ISeedAgenciesParams;
  result: ISeedAgenciesResult;
}

const seedAgenciesIR: any = {"usedParamSet":{"codes":true,"names":true,"aliases":true,"integrity":true},"params":[{"name":"codes","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":140}]},{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":157}]},{"name":"aliases","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":176}]},{"name":"integrity","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":197}]}],"statement":"INSERT INTO agency (code, name, aliases, integrity_opinion)\nSELECT code, name, string_to_array(aliases, '|'), integrity\n  FROM unnest(:codes!::text[], :names!::text[], :aliases!::text[], :integrity!::boolean[]) AS s(code, name, aliases, integrity)\nON CONFLICT DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO agency (code, name, aliases, integrity_opinion)
 * SELECT code, name, string_to_array(aliases, '|'), integrity
 *   FROM unnest(:codes!::text[], :names!::text[], :aliases!::text[], :integrity!::boolean[]) AS s(code, name, aliases, integrity)
 * ON CONFLICT DO NOTHING
 * ```
 */
export const seedAgencies = new PreparedQuery<ISeedAgenciesParams,ISeedAgenciesResult>(seedAgenciesIR);


/** 'AllAgencies' parameters type */
export type IAllAgenciesParams = void;

/** 'AllAgencies' return type */
export interface IAllAgenciesResult {
  active: boolean;
  aliases: stringArray;
  code: string;
  integrity_opinion: boolean;
  lead_email: string | null;
  name: string;
  notice_email: string | null;
}

/** 'AllAgencies' query type */
export interface IAllAgenciesQuery {
  params: IAllAgenciesParams;
  result: IAllAgenciesResult;
}

const allAgenciesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT code, name, aliases, integrity_opinion, notice_email, lead_email, active\n  FROM agency\n ORDER BY code"};

/**
 * Query generated from SQL:
 * ```
 * SELECT code, name, aliases, integrity_opinion, notice_email, lead_email, active
 *   FROM agency
 *  ORDER BY code
 * ```
 */
export const allAgencies = new PreparedQuery<IAllAgenciesParams,IAllAgenciesResult>(allAgenciesIR);


/** 'CreateAgency' parameters type */
export interface ICreateAgencyParams {
  aliases: stringArray;
  code: string;
  integrityOpinion: boolean;
  leadEmail?: string | null | void;
  name: string;
  noticeEmail?: string | null | void;
}

/** 'CreateAgency' return type */
export interface ICreateAgencyResult {
  active: boolean;
  aliases: stringArray;
  code: string;
  integrity_opinion: boolean;
  lead_email: string | null;
  name: string;
  notice_email: string | null;
}

/** 'CreateAgency' query type */
export interface ICreateAgencyQuery {
  params: ICreateAgencyParams;
  result: ICreateAgencyResult;
}

const createAgencyIR: any = {"usedParamSet":{"code":true,"name":true,"aliases":true,"integrityOpinion":true,"noticeEmail":true,"leadEmail":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":99}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":107}]},{"name":"aliases","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":118}]},{"name":"integrityOpinion","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":146}]},{"name":"noticeEmail","required":false,"transform":{"type":"scalar"},"locs":[{"a":149,"b":160}]},{"name":"leadEmail","required":false,"transform":{"type":"scalar"},"locs":[{"a":163,"b":172}]}],"statement":"INSERT INTO agency (code, name, aliases, integrity_opinion, notice_email, lead_email)\nVALUES (:code!, :name!, :aliases!::text[], :integrityOpinion!, :noticeEmail, :leadEmail)\nON CONFLICT DO NOTHING\nRETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active                                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO agency (code, name, aliases, integrity_opinion, notice_email, lead_email)
 * VALUES (:code!, :name!, :aliases!::text[], :integrityOpinion!, :noticeEmail, :leadEmail)
 * ON CONFLICT DO NOTHING
 * RETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active                                                                                                                     
 * ```
 */
export const createAgency = new PreparedQuery<ICreateAgencyParams,ICreateAgencyResult>(createAgencyIR);


/** 'UpdateAgency' parameters type */
export interface IUpdateAgencyParams {
  active?: boolean | null | void;
  aliases?: stringArray | null | void;
  code: string;
  integrityOpinion?: boolean | null | void;
  leadEmail?: string | null | void;
  name?: string | null | void;
  noticeEmail?: string | null | void;
  setLeadEmail: boolean;
  setNoticeEmail: boolean;
}

/** 'UpdateAgency' return type */
export interface IUpdateAgencyResult {
  active: boolean;
  aliases: stringArray;
  code: string;
  integrity_opinion: boolean;
  lead_email: string | null;
  name: string;
  notice_email: string | null;
}

/** 'UpdateAgency' query type */
export interface IUpdateAgencyQuery {
  params: IUpdateAgencyParams;
  result: IUpdateAgencyResult;
}

const updateAgencyIR: any = {"usedParamSet":{"name":true,"aliases":true,"integrityOpinion":true,"setNoticeEmail":true,"noticeEmail":true,"setLeadEmail":true,"leadEmail":true,"active":true,"code":true},"params":[{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":37,"b":41}]},{"name":"aliases","required":false,"transform":{"type":"scalar"},"locs":[{"a":76,"b":83}]},{"name":"integrityOpinion","required":false,"transform":{"type":"scalar"},"locs":[{"a":140,"b":156}]},{"name":"setNoticeEmail","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":235}]},{"name":"noticeEmail","required":false,"transform":{"type":"scalar"},"locs":[{"a":251,"b":262}]},{"name":"setLeadEmail","required":true,"transform":{"type":"scalar"},"locs":[{"a":323,"b":336}]},{"name":"leadEmail","required":false,"transform":{"type":"scalar"},"locs":[{"a":352,"b":361}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":415,"b":421}]},{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":475,"b":480}]}],"statement":"UPDATE agency\n   SET name = coalesce(:name::text, name), aliases = coalesce(:aliases::text[], aliases),\n       integrity_opinion = coalesce(:integrityOpinion::boolean, integrity_opinion),\n       notice_email = CASE WHEN :setNoticeEmail!::boolean THEN :noticeEmail::text ELSE notice_email END,\n       lead_email = CASE WHEN :setLeadEmail!::boolean THEN :leadEmail::text ELSE lead_email END,\n       active = coalesce(:active::boolean, active), updated_at = now()\n WHERE code = :code!\nRETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active                                                          "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE agency
 *    SET name = coalesce(:name::text, name), aliases = coalesce(:aliases::text[], aliases),
 *        integrity_opinion = coalesce(:integrityOpinion::boolean, integrity_opinion),
 *        notice_email = CASE WHEN :setNoticeEmail!::boolean THEN :noticeEmail::text ELSE notice_email END,
 *        lead_email = CASE WHEN :setLeadEmail!::boolean THEN :leadEmail::text ELSE lead_email END,
 *        active = coalesce(:active::boolean, active), updated_at = now()
 *  WHERE code = :code!
 * RETURNING code, name, aliases, integrity_opinion, notice_email, lead_email, active                                                          
 * ```
 */
export const updateAgency = new PreparedQuery<IUpdateAgencyParams,IUpdateAgencyResult>(updateAgencyIR);


/** 'ReportSubjectOfRequest' parameters type */
export interface IReportSubjectOfRequestParams {
  id: string;
}

/** 'ReportSubjectOfRequest' return type */
export interface IReportSubjectOfRequestResult {
  subject_id: string;
}

/** 'ReportSubjectOfRequest' query type */
export interface IReportSubjectOfRequestQuery {
  params: IReportSubjectOfRequestParams;
  result: IReportSubjectOfRequestResult;
}

const reportSubjectOfRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":61}]}],"statement":"SELECT subject_id\n  FROM verification_request\n WHERE id = :id! AND subject_kind = 'REPORT'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_id
 *   FROM verification_request
 *  WHERE id = :id! AND subject_kind = 'REPORT'
 * ```
 */
export const reportSubjectOfRequest = new PreparedQuery<IReportSubjectOfRequestParams,IReportSubjectOfRequestResult>(reportSubjectOfRequestIR);


/** 'SubjectOfRequest' parameters type */
export interface ISubjectOfRequestParams {
  id: string;
}

/** 'SubjectOfRequest' return type */
export interface ISubjectOfRequestResult {
  subject_id: string;
  subject_kind: string;
}

/** 'SubjectOfRequest' query type */
export interface ISubjectOfRequestQuery {
  params: ISubjectOfRequestParams;
  result: ISubjectOfRequestResult;
}

const subjectOfRequestIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":75}]}],"statement":"SELECT subject_kind, subject_id\n  FROM verification_request\n WHERE id = :id!                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_kind, subject_id
 *   FROM verification_request
 *  WHERE id = :id!                                                                                                      
 * ```
 */
export const subjectOfRequest = new PreparedQuery<ISubjectOfRequestParams,ISubjectOfRequestResult>(subjectOfRequestIR);


/** 'InsertOpinionsMany' parameters type */
export interface IInsertOpinionsManyParams {
  actorId?: string | null | void;
  cadreIds: stringArray;
  codes: stringArray;
  dueOn: DateOrString;
  questions: stringArray;
  remindOn: DateOrString;
  sentOn: DateOrString;
  subjectIds: stringArray;
  subjectKind: string;
}

/** 'InsertOpinionsMany' return type */
export interface IInsertOpinionsManyResult {
  agency_code: string;
  id: string;
  number: string;
  subject_id: string;
}

/** 'InsertOpinionsMany' query type */
export interface IInsertOpinionsManyQuery {
  params: IInsertOpinionsManyParams;
  result: IInsertOpinionsManyResult;
}

const insertOpinionsManyIR: any = {"usedParamSet":{"subjectKind":true,"sentOn":true,"dueOn":true,"remindOn":true,"actorId":true,"subjectIds":true,"cadreIds":true,"questions":true,"codes":true},"params":[{"name":"subjectKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":209}]},{"name":"sentOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":256,"b":263},{"a":359,"b":366}]},{"name":"dueOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":278}]},{"name":"remindOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":287,"b":296}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":305,"b":312}]},{"name":"subjectIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":465,"b":476}]},{"name":"cadreIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":487,"b":496}]},{"name":"questions","required":true,"transform":{"type":"scalar"},"locs":[{"a":507,"b":517}]},{"name":"codes","required":true,"transform":{"type":"scalar"},"locs":[{"a":603,"b":609}]}],"statement":"INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)\nSELECT 'OPINION', c.code, :subjectKind!, s.subject_id, s.cadre_id, s.question, NULL, :sentOn!::date, :dueOn!::date, :remindOn!::date, :actorId::uuid, 'null'::jsonb,\n       'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5), 1\n  FROM unnest(:subjectIds!::uuid[], :cadreIds!::uuid[], :questions!::text[]) WITH ORDINALITY AS s(subject_id, cadre_id, question, n)\n CROSS JOIN unnest(:codes!::text[]) WITH ORDINALITY AS c(code, m)\n ORDER BY s.n, c.m\nON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING\nRETURNING id, number AS \"number!\", agency_code, subject_id                                                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)
 * SELECT 'OPINION', c.code, :subjectKind!, s.subject_id, s.cadre_id, s.question, NULL, :sentOn!::date, :dueOn!::date, :remindOn!::date, :actorId::uuid, 'null'::jsonb,
 *        'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5), 1
 *   FROM unnest(:subjectIds!::uuid[], :cadreIds!::uuid[], :questions!::text[]) WITH ORDINALITY AS s(subject_id, cadre_id, question, n)
 *  CROSS JOIN unnest(:codes!::text[]) WITH ORDINALITY AS c(code, m)
 *  ORDER BY s.n, c.m
 * ON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING
 * RETURNING id, number AS "number!", agency_code, subject_id                                                                                                                               
 * ```
 */
export const insertOpinionsMany = new PreparedQuery<IInsertOpinionsManyParams,IInsertOpinionsManyResult>(insertOpinionsManyIR);


/** 'InsertRequests' parameters type */
export interface IInsertRequestsParams {
  actorId?: string | null | void;
  cadreId?: string | null | void;
  codes: stringArray;
  dueOn: DateOrString;
  extract?: string | null | void;
  kind: string;
  origin: Json;
  question: string;
  remindOn: DateOrString;
  sentOn: DateOrString;
  subjectId: string;
  subjectKind: string;
}

/** 'InsertRequests' return type */
export interface IInsertRequestsResult {
  agency_code: string;
  id: string;
  number: string;
}

/** 'InsertRequests' query type */
export interface IInsertRequestsQuery {
  params: IInsertRequestsParams;
  result: IInsertRequestsResult;
}

const insertRequestsIR: any = {"usedParamSet":{"kind":true,"subjectKind":true,"subjectId":true,"cadreId":true,"question":true,"extract":true,"sentOn":true,"dueOn":true,"remindOn":true,"actorId":true,"origin":true,"codes":true},"params":[{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":183},{"a":501,"b":506},{"a":700,"b":705}]},{"name":"subjectKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":210},{"a":630,"b":642}]},{"name":"subjectId","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":229},{"a":669,"b":679}]},{"name":"cadreId","required":false,"transform":{"type":"scalar"},"locs":[{"a":238,"b":245}]},{"name":"question","required":true,"transform":{"type":"scalar"},"locs":[{"a":254,"b":263}]},{"name":"extract","required":false,"transform":{"type":"scalar"},"locs":[{"a":266,"b":273}]},{"name":"sentOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":282,"b":289},{"a":394,"b":401}]},{"name":"dueOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":298,"b":304}]},{"name":"remindOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":322}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":338,"b":345}]},{"name":"origin","required":true,"transform":{"type":"scalar"},"locs":[{"a":354,"b":361}]},{"name":"codes","required":true,"transform":{"type":"scalar"},"locs":[{"a":765,"b":771}]}],"statement":"INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)\nSELECT :kind!::text, code, :subjectKind!::text, :subjectId!::uuid, :cadreId::uuid, :question!, :extract::text, :sentOn!::date, :dueOn!::date, :remindOn!::date,\n       :actorId::uuid, :origin!::jsonb,\n       'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5),\n       CASE WHEN :kind!::text = 'OPINION' THEN 1 ELSE coalesce((SELECT max(round) FROM verification_request x\n             WHERE x.subject_kind = :subjectKind!::text AND x.subject_id = :subjectId!::uuid AND x.kind = :kind!::text AND x.agency_code = code), 0) + 1 END\n  FROM unnest(:codes!::text[]) AS code\nON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING\nRETURNING id, number AS \"number!\", agency_code                                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO verification_request (kind, agency_code, subject_kind, subject_id, cadre_id, question, extract, sent_on, due_on, remind_on, created_by, origin, number, round)
 * SELECT :kind!::text, code, :subjectKind!::text, :subjectId!::uuid, :cadreId::uuid, :question!, :extract::text, :sentOn!::date, :dueOn!::date, :remindOn!::date,
 *        :actorId::uuid, :origin!::jsonb,
 *        'HC' || to_char(:sentOn!::date, 'YYYY') || '-' || serial_text(nextval('verification_request_number'), 5),
 *        CASE WHEN :kind!::text = 'OPINION' THEN 1 ELSE coalesce((SELECT max(round) FROM verification_request x
 *              WHERE x.subject_kind = :subjectKind!::text AND x.subject_id = :subjectId!::uuid AND x.kind = :kind!::text AND x.agency_code = code), 0) + 1 END
 *   FROM unnest(:codes!::text[]) AS code
 * ON CONFLICT (subject_kind, subject_id, kind, agency_code, round) DO NOTHING
 * RETURNING id, number AS "number!", agency_code                                                                                                          
 * ```
 */
export const insertRequests = new PreparedQuery<IInsertRequestsParams,IInsertRequestsResult>(insertRequestsIR);


/** 'SetNoticeMessage' parameters type */
export interface ISetNoticeMessageParams {
  ids: stringArray;
  messageId: string;
}

/** 'SetNoticeMessage' return type */
export type ISetNoticeMessageResult = void;

/** 'SetNoticeMessage' query type */
export interface ISetNoticeMessageQuery {
  params: ISetNoticeMessageParams;
  result: ISetNoticeMessageResult;
}

const setNoticeMessageIR: any = {"usedParamSet":{"messageId":true,"ids":true},"params":[{"name":"messageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":62}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":90}]}],"statement":"UPDATE verification_request SET notice_message_id = :messageId!::uuid WHERE id = ANY (:ids!::uuid[])                                            "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE verification_request SET notice_message_id = :messageId!::uuid WHERE id = ANY (:ids!::uuid[])                                            
 * ```
 */
export const setNoticeMessage = new PreparedQuery<ISetNoticeMessageParams,ISetNoticeMessageResult>(setNoticeMessageIR);


/** 'LockForReply' parameters type */
export interface ILockForReplyParams {
  id: string;
}

/** 'LockForReply' return type */
export interface ILockForReplyResult {
  agency_code: string;
  due_on: string;
  number: string;
  sent_on: string;
  status: string;
  subject_id: string;
  subject_kind: string;
}

/** 'LockForReply' query type */
export interface ILockForReplyQuery {
  params: ILockForReplyParams;
  result: ILockForReplyResult;
}

const lockForReplyIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":207}]}],"statement":"SELECT agency_code, status, subject_kind, subject_id, number AS \"number!\", to_char(sent_on, 'YYYY-MM-DD') AS \"sent_on!\", to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\"\n  FROM verification_request\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT agency_code, status, subject_kind, subject_id, number AS "number!", to_char(sent_on, 'YYYY-MM-DD') AS "sent_on!", to_char(due_on, 'YYYY-MM-DD') AS "due_on!"
 *   FROM verification_request
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockForReply = new PreparedQuery<ILockForReplyParams,ILockForReplyResult>(lockForReplyIR);


/** 'InsertReply' parameters type */
export interface IInsertReplyParams {
  actorId?: string | null | void;
  adverse: boolean;
  body: string;
  newDueOn?: DateOrString | null | void;
  requestId: string;
  result: string;
}

/** 'InsertReply' return type */
export interface IInsertReplyResult {
  id: string;
  version: number;
}

/** 'InsertReply' query type */
export interface IInsertReplyQuery {
  params: IInsertReplyParams;
  result: IInsertReplyResult;
}

const insertReplyIR: any = {"usedParamSet":{"requestId":true,"adverse":true,"result":true,"newDueOn":true,"body":true,"actorId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":117},{"a":264,"b":274}]},{"name":"adverse","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":165}]},{"name":"result","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":175}]},{"name":"newDueOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":178,"b":186}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":200}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":203,"b":210}]}],"statement":"INSERT INTO verification_reply (request_id, version, adverse, result, new_due_on, body, replied_by)\nSELECT :requestId!::uuid, coalesce(max(version), 0) + 1, :adverse!, :result!, :newDueOn::date, :body!, :actorId::uuid\n  FROM verification_reply\n WHERE request_id = :requestId!::uuid\nRETURNING id, version                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO verification_reply (request_id, version, adverse, result, new_due_on, body, replied_by)
 * SELECT :requestId!::uuid, coalesce(max(version), 0) + 1, :adverse!, :result!, :newDueOn::date, :body!, :actorId::uuid
 *   FROM verification_reply
 *  WHERE request_id = :requestId!::uuid
 * RETURNING id, version                                                                          
 * ```
 */
export const insertReply = new PreparedQuery<IInsertReplyParams,IInsertReplyResult>(insertReplyIR);


/** 'InsertAttachment' parameters type */
export interface IInsertAttachmentParams {
  actorId?: string | null | void;
  mediaType: string;
  originalName?: string | null | void;
  replyId?: string | null | void;
  requestId: string;
  sha256: Buffer;
  sizeBytes: number;
  storageKey: string;
}

/** 'InsertAttachment' return type */
export type IInsertAttachmentResult = void;

/** 'InsertAttachment' query type */
export interface IInsertAttachmentQuery {
  params: IInsertAttachmentParams;
  result: IInsertAttachmentResult;
}

const insertAttachmentIR: any = {"usedParamSet":{"requestId":true,"replyId":true,"storageKey":true,"sha256":true,"sizeBytes":true,"mediaType":true,"originalName":true,"actorId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":149}]},{"name":"replyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":152,"b":159}]},{"name":"storageKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":173}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":183}]},{"name":"sizeBytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":186,"b":196}]},{"name":"mediaType","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":209}]},{"name":"originalName","required":false,"transform":{"type":"scalar"},"locs":[{"a":212,"b":224}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":227,"b":234}]}],"statement":"INSERT INTO verification_attachment (request_id, reply_id, storage_key, sha256, size_bytes, media_type, original_name, created_by)\nVALUES (:requestId!, :replyId, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName, :actorId)                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO verification_attachment (request_id, reply_id, storage_key, sha256, size_bytes, media_type, original_name, created_by)
 * VALUES (:requestId!, :replyId, :storageKey!, :sha256!, :sizeBytes!, :mediaType!, :originalName, :actorId)                                                                          
 * ```
 */
export const insertAttachment = new PreparedQuery<IInsertAttachmentParams,IInsertAttachmentResult>(insertAttachmentIR);


/** 'ExtendDue' parameters type */
export interface IExtendDueParams {
  dueOn: DateOrString;
  id: string;
  remindOn: DateOrString;
}

/** 'ExtendDue' return type */
export type IExtendDueResult = void;

/** 'ExtendDue' query type */
export interface IExtendDueQuery {
  params: IExtendDueParams;
  result: IExtendDueResult;
}

const extendDueIR: any = {"usedParamSet":{"dueOn":true,"remindOn":true,"id":true},"params":[{"name":"dueOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":50}]},{"name":"remindOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":80}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":164}]}],"statement":"UPDATE verification_request\n   SET due_on = :dueOn!::date, remind_on = :remindOn!::date, reminded_at = NULL, escalated_at = NULL, updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE verification_request
 *    SET due_on = :dueOn!::date, remind_on = :remindOn!::date, reminded_at = NULL, escalated_at = NULL, updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const extendDue = new PreparedQuery<IExtendDueParams,IExtendDueResult>(extendDueIR);


/** 'MarkAnswered' parameters type */
export interface IMarkAnsweredParams {
  id: string;
}

/** 'MarkAnswered' return type */
export type IMarkAnsweredResult = void;

/** 'MarkAnswered' query type */
export interface IMarkAnsweredQuery {
  params: IMarkAnsweredParams;
  result: IMarkAnsweredResult;
}

const markAnsweredIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":107}]}],"statement":"UPDATE verification_request SET status = 'ANSWERED', answered_at = now(), updated_at = now() WHERE id = :id!                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE verification_request SET status = 'ANSWERED', answered_at = now(), updated_at = now() WHERE id = :id!                                                                       
 * ```
 */
export const markAnswered = new PreparedQuery<IMarkAnsweredParams,IMarkAnsweredResult>(markAnsweredIR);


/** 'RequestsForMany' parameters type */
export interface IRequestsForManyParams {
  subjectIds: stringArray;
  subjectKind: string;
}

/** 'RequestsForMany' return type */
export interface IRequestsForManyResult {
  agency_code: string;
  body: string | null;
  due_on: string;
  id: string;
  kind: string;
  number: string;
  replied_at: Date | null;
  result: string | null;
  sent_on: string;
  status: string;
  subject_id: string;
  version: number | null;
}

/** 'RequestsForMany' query type */
export interface IRequestsForManyQuery {
  params: IRequestsForManyParams;
  result: IRequestsForManyResult;
}

const requestsForManyIR: any = {"usedParamSet":{"subjectKind":true,"subjectIds":true},"params":[{"name":"subjectKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":488,"b":500}]},{"name":"subjectIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":526,"b":537}]}],"statement":"SELECT r.id, r.subject_id, r.number AS \"number!\", r.kind, r.agency_code, to_char(r.sent_on, 'YYYY-MM-DD') AS \"sent_on!\",\n       to_char(r.due_on, 'YYYY-MM-DD') AS \"due_on!\", r.status, v.version AS \"version?\", v.result AS \"result?\", v.body AS \"body?\", v.replied_at AS \"replied_at?\"\n  FROM verification_request r\n  LEFT JOIN LATERAL (SELECT * FROM verification_reply x WHERE x.request_id = r.id AND x.result <> 'MORE_TIME' ORDER BY x.version DESC LIMIT 1) v ON true\n WHERE r.subject_kind = :subjectKind! AND r.subject_id = ANY (:subjectIds!::uuid[]) AND r.status <> 'CANCELLED'\n ORDER BY r.subject_id, r.agency_code, r.round                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.subject_id, r.number AS "number!", r.kind, r.agency_code, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
 *        to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", r.status, v.version AS "version?", v.result AS "result?", v.body AS "body?", v.replied_at AS "replied_at?"
 *   FROM verification_request r
 *   LEFT JOIN LATERAL (SELECT * FROM verification_reply x WHERE x.request_id = r.id AND x.result <> 'MORE_TIME' ORDER BY x.version DESC LIMIT 1) v ON true
 *  WHERE r.subject_kind = :subjectKind! AND r.subject_id = ANY (:subjectIds!::uuid[]) AND r.status <> 'CANCELLED'
 *  ORDER BY r.subject_id, r.agency_code, r.round                                                                                                                    
 * ```
 */
export const requestsForMany = new PreparedQuery<IRequestsForManyParams,IRequestsForManyResult>(requestsForManyIR);


/** 'ScheduleStates' parameters type */
export interface IScheduleStatesParams {
  ids: stringArray;
}

/** 'ScheduleStates' return type */
export interface IScheduleStatesResult {
  due_on: string;
  id: string;
  remind_on: string;
}

/** 'ScheduleStates' query type */
export interface IScheduleStatesQuery {
  params: IScheduleStatesParams;
  result: IScheduleStatesResult;
}

const scheduleStatesIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":153}]}],"statement":"SELECT id, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\"\n  FROM verification_request\n WHERE id = ANY (:ids!::uuid[]) AND status = 'OPEN'\n ORDER BY number                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!"
 *   FROM verification_request
 *  WHERE id = ANY (:ids!::uuid[]) AND status = 'OPEN'
 *  ORDER BY number                                                                      
 * ```
 */
export const scheduleStates = new PreparedQuery<IScheduleStatesParams,IScheduleStatesResult>(scheduleStatesIR);


/** 'LockOpenForDeadline' parameters type */
export interface ILockOpenForDeadlineParams {
  id: string;
}

/** 'LockOpenForDeadline' return type */
export interface ILockOpenForDeadlineResult {
  agency_code: string;
  due_on: string;
  escalated_at: Date | null;
  number: string;
  remind_on: string;
  reminded_at: Date | null;
  subject_id: string;
  subject_kind: string;
}

/** 'LockOpenForDeadline' query type */
export interface ILockOpenForDeadlineQuery {
  params: ILockOpenForDeadlineParams;
  result: ILockOpenForDeadlineResult;
}

const lockOpenForDeadlineIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":234,"b":237}]}],"statement":"SELECT number AS \"number!\", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\",\n       reminded_at, escalated_at\n  FROM verification_request\n WHERE id = :id! AND status = 'OPEN'\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT number AS "number!", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!",
 *        reminded_at, escalated_at
 *   FROM verification_request
 *  WHERE id = :id! AND status = 'OPEN'
 *    FOR UPDATE
 * ```
 */
export const lockOpenForDeadline = new PreparedQuery<ILockOpenForDeadlineParams,ILockOpenForDeadlineResult>(lockOpenForDeadlineIR);


/** 'MarkReminded' parameters type */
export interface IMarkRemindedParams {
  at: DateOrString;
  id: string;
}

/** 'MarkReminded' return type */
export type IMarkRemindedResult = void;

/** 'MarkReminded' query type */
export interface IMarkRemindedQuery {
  params: IMarkRemindedParams;
  result: IMarkRemindedResult;
}

const markRemindedIR: any = {"usedParamSet":{"at":true,"id":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":49}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":65}]}],"statement":"UPDATE verification_request SET reminded_at = :at! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE verification_request SET reminded_at = :at! WHERE id = :id!
 * ```
 */
export const markReminded = new PreparedQuery<IMarkRemindedParams,IMarkRemindedResult>(markRemindedIR);


/** 'MarkEscalated' parameters type */
export interface IMarkEscalatedParams {
  at: DateOrString;
  id: string;
}

/** 'MarkEscalated' return type */
export type IMarkEscalatedResult = void;

/** 'MarkEscalated' query type */
export interface IMarkEscalatedQuery {
  params: IMarkEscalatedParams;
  result: IMarkEscalatedResult;
}

const markEscalatedIR: any = {"usedParamSet":{"at":true,"id":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":50}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":66}]}],"statement":"UPDATE verification_request SET escalated_at = :at! WHERE id = :id!                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE verification_request SET escalated_at = :at! WHERE id = :id!                                                                                          
 * ```
 */
export const markEscalated = new PreparedQuery<IMarkEscalatedParams,IMarkEscalatedResult>(markEscalatedIR);


/** 'DeadlinesDue' parameters type */
export interface IDeadlinesDueParams {
  today: DateOrString;
}

/** 'DeadlinesDue' return type */
export interface IDeadlinesDueResult {
  due_on: string;
  escalated_at: Date | null;
  id: string;
  remind_on: string;
  reminded_at: Date | null;
}

/** 'DeadlinesDue' query type */
export interface IDeadlinesDueQuery {
  params: IDeadlinesDueParams;
  result: IDeadlinesDueResult;
}

const deadlinesDueIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":230}]}],"statement":"SELECT id, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", to_char(remind_on, 'YYYY-MM-DD') AS \"remind_on!\", reminded_at, escalated_at\n  FROM verification_request\n WHERE status = 'OPEN' AND escalated_at IS NULL AND remind_on <= :today!::date\n ORDER BY due_on\n LIMIT 1000                                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", to_char(remind_on, 'YYYY-MM-DD') AS "remind_on!", reminded_at, escalated_at
 *   FROM verification_request
 *  WHERE status = 'OPEN' AND escalated_at IS NULL AND remind_on <= :today!::date
 *  ORDER BY due_on
 *  LIMIT 1000                                                                                                             
 * ```
 */
export const deadlinesDue = new PreparedQuery<IDeadlinesDueParams,IDeadlinesDueResult>(deadlinesDueIR);


/** 'AgencyRequests' parameters type */
export interface IAgencyRequestsParams {
  agencyCode: string;
  hidden: stringArray;
  today: DateOrString;
}

/** 'AgencyRequests' return type */
export interface IAgencyRequestsResult {
  cadre_id: string | null;
  due_on: string;
  id: string;
  kind: string;
  number: string;
  read_at: Date | null;
  sent_on: string;
  status: string;
}

/** 'AgencyRequests' query type */
export interface IAgencyRequestsQuery {
  params: IAgencyRequestsParams;
  result: IAgencyRequestsResult;
}

const agencyRequestsIR: any = {"usedParamSet":{"agencyCode":true,"hidden":true,"today":true},"params":[{"name":"agencyCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":241}]},{"name":"hidden","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":334}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":390,"b":396}]}],"statement":"SELECT r.id, r.number AS \"number!\", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS \"sent_on!\", to_char(r.due_on, 'YYYY-MM-DD') AS \"due_on!\",\n       r.read_at, r.cadre_id\n  FROM verification_request r\n WHERE r.agency_code = :agencyCode! AND r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))\n ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, (r.status = 'OPEN') DESC, r.due_on, r.number                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.number AS "number!", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!", to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!",
 *        r.read_at, r.cadre_id
 *   FROM verification_request r
 *  WHERE r.agency_code = :agencyCode! AND r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))
 *  ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, (r.status = 'OPEN') DESC, r.due_on, r.number                                                                                     
 * ```
 */
export const agencyRequests = new PreparedQuery<IAgencyRequestsParams,IAgencyRequestsResult>(agencyRequestsIR);


/** 'ReadAgencyRequest' parameters type */
export interface IReadAgencyRequestParams {
  agencyCode: string;
  id: string;
}

/** 'ReadAgencyRequest' return type */
export interface IReadAgencyRequestResult {
  cadre_id: string | null;
  due_on: string;
  extract: string | null;
  id: string;
  kind: string;
  number: string;
  question: string;
  read_at: Date | null;
  sent_on: string;
  status: string;
}

/** 'ReadAgencyRequest' query type */
export interface IReadAgencyRequestQuery {
  params: IReadAgencyRequestParams;
  result: IReadAgencyRequestResult;
}

const readAgencyRequestIR: any = {"usedParamSet":{"id":true,"agencyCode":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":82},{"a":496,"b":499}]},{"name":"agencyCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":113},{"a":521,"b":532}]}],"statement":"WITH seen AS (\n  UPDATE verification_request SET read_at = now()\n   WHERE id = :id! AND agency_code = :agencyCode! AND read_at IS NULL AND status <> 'CANCELLED'\n  RETURNING id)\nSELECT r.question, r.extract, r.id, r.number AS \"number!\", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS \"sent_on!\",\n       to_char(r.due_on, 'YYYY-MM-DD') AS \"due_on!\", coalesce(r.read_at, CASE WHEN EXISTS (SELECT 1 FROM seen) THEN now() END) AS read_at, r.cadre_id\n  FROM verification_request r\n WHERE r.id = :id! AND r.agency_code = :agencyCode! AND r.status <> 'CANCELLED'"};

/**
 * Query generated from SQL:
 * ```
 * WITH seen AS (
 *   UPDATE verification_request SET read_at = now()
 *    WHERE id = :id! AND agency_code = :agencyCode! AND read_at IS NULL AND status <> 'CANCELLED'
 *   RETURNING id)
 * SELECT r.question, r.extract, r.id, r.number AS "number!", r.kind, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
 *        to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", coalesce(r.read_at, CASE WHEN EXISTS (SELECT 1 FROM seen) THEN now() END) AS read_at, r.cadre_id
 *   FROM verification_request r
 *  WHERE r.id = :id! AND r.agency_code = :agencyCode! AND r.status <> 'CANCELLED'
 * ```
 */
export const readAgencyRequest = new PreparedQuery<IReadAgencyRequestParams,IReadAgencyRequestResult>(readAgencyRequestIR);


/** 'AttachmentsOfRequest' parameters type */
export interface IAttachmentsOfRequestParams {
  requestId: string;
}

/** 'AttachmentsOfRequest' return type */
export interface IAttachmentsOfRequestResult {
  id: string;
  media_type: string;
  metadata_removed: boolean;
  original_name: string | null;
  reply_id: string | null;
  size_bytes: number;
}

/** 'AttachmentsOfRequest' query type */
export interface IAttachmentsOfRequestQuery {
  params: IAttachmentsOfRequestParams;
  result: IAttachmentsOfRequestResult;
}

const attachmentsOfRequestIR: any = {"usedParamSet":{"requestId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":138}]}],"statement":"SELECT id, reply_id, original_name, media_type, size_bytes, metadata_removed\n  FROM verification_attachment\n WHERE request_id = :requestId!\n ORDER BY created_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, reply_id, original_name, media_type, size_bytes, metadata_removed
 *   FROM verification_attachment
 *  WHERE request_id = :requestId!
 *  ORDER BY created_at, id
 * ```
 */
export const attachmentsOfRequest = new PreparedQuery<IAttachmentsOfRequestParams,IAttachmentsOfRequestResult>(attachmentsOfRequestIR);


/** 'RepliesOfRequest' parameters type */
export interface IRepliesOfRequestParams {
  requestId: string;
}

/** 'RepliesOfRequest' return type */
export interface IRepliesOfRequestResult {
  body: string;
  id: string;
  new_due_on: string | null;
  replied_at: Date;
  result: string;
  version: number;
}

/** 'RepliesOfRequest' query type */
export interface IRepliesOfRequestQuery {
  params: IRepliesOfRequestParams;
  result: IRepliesOfRequestResult;
}

const repliesOfRequestIR: any = {"usedParamSet":{"requestId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":150}]}],"statement":"SELECT id, version, result, to_char(new_due_on, 'YYYY-MM-DD') AS new_due_on, body, replied_at\n  FROM verification_reply\n WHERE request_id = :requestId!\n ORDER BY version                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, version, result, to_char(new_due_on, 'YYYY-MM-DD') AS new_due_on, body, replied_at
 *   FROM verification_reply
 *  WHERE request_id = :requestId!
 *  ORDER BY version                                                                         
 * ```
 */
export const repliesOfRequest = new PreparedQuery<IRepliesOfRequestParams,IRepliesOfRequestResult>(repliesOfRequestIR);


/** 'AttachmentForDownload' parameters type */
export interface IAttachmentForDownloadParams {
  agencyCode?: string | null | void;
  id: string;
  requestId: string;
}

/** 'AttachmentForDownload' return type */
export interface IAttachmentForDownloadResult {
  media_type: string;
  original_name: string | null;
  size_bytes: number;
  storage_key: string;
}

/** 'AttachmentForDownload' query type */
export interface IAttachmentForDownloadQuery {
  params: IAttachmentForDownloadParams;
  result: IAttachmentForDownloadResult;
}

const attachmentForDownloadIR: any = {"usedParamSet":{"id":true,"requestId":true,"agencyCode":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":167}]},{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":198}]},{"name":"agencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":205,"b":215},{"a":250,"b":260}]}],"statement":"SELECT a.storage_key, a.original_name, a.media_type, a.size_bytes\n  FROM verification_attachment a JOIN verification_request r ON r.id = a.request_id\n WHERE a.id = :id! AND a.request_id = :requestId! AND (:agencyCode::text IS NULL OR r.agency_code = :agencyCode) AND r.status <> 'CANCELLED'                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.storage_key, a.original_name, a.media_type, a.size_bytes
 *   FROM verification_attachment a JOIN verification_request r ON r.id = a.request_id
 *  WHERE a.id = :id! AND a.request_id = :requestId! AND (:agencyCode::text IS NULL OR r.agency_code = :agencyCode) AND r.status <> 'CANCELLED'                                              
 * ```
 */
export const attachmentForDownload = new PreparedQuery<IAttachmentForDownloadParams,IAttachmentForDownloadResult>(attachmentForDownloadIR);


/** 'LockForAttach' parameters type */
export interface ILockForAttachParams {
  id: string;
}

/** 'LockForAttach' return type */
export interface ILockForAttachResult {
  status: string;
  subject_id: string;
  subject_kind: string;
}

/** 'LockForAttach' query type */
export interface ILockForAttachQuery {
  params: ILockForAttachParams;
  result: ILockForAttachResult;
}

const lockForAttachIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":83}]}],"statement":"SELECT status, subject_kind, subject_id\n  FROM verification_request\n WHERE id = :id!\n   FOR UPDATE                                                                                                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, subject_kind, subject_id
 *   FROM verification_request
 *  WHERE id = :id!
 *    FOR UPDATE                                                                                                                                                                                              
 * ```
 */
export const lockForAttach = new PreparedQuery<ILockForAttachParams,ILockForAttachResult>(lockForAttachIR);


/** 'StaffViews' parameters type */
export interface IStaffViewsParams {
  agencyCode?: string | null | void;
  hidden: stringArray;
  id?: string | null | void;
  reportId?: string | null | void;
  today: DateOrString;
}

/** 'StaffViews' return type */
export interface IStaffViewsResult {
  agency_code: string;
  due_on: string;
  escalated_at: Date | null;
  extract: string | null;
  files: Json;
  id: string;
  kind: string;
  number: string;
  presses: Json;
  question: string;
  read_at: Date | null;
  reminded_at: Date | null;
  replies: Json | null;
  sent_on: string;
  status: string;
  subject_id: string;
  subject_kind: string;
}

/** 'StaffViews' query type */
export interface IStaffViewsQuery {
  params: IStaffViewsParams;
  result: IStaffViewsResult;
}

const staffViewsIR: any = {"usedParamSet":{"agencyCode":true,"reportId":true,"id":true,"hidden":true,"today":true},"params":[{"name":"agencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":1782,"b":1792},{"a":1827,"b":1837}]},{"name":"reportId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1848,"b":1856},{"a":1921,"b":1929}]},{"name":"id","required":false,"transform":{"type":"scalar"},"locs":[{"a":1941,"b":1943},{"a":1969,"b":1971}]},{"name":"hidden","required":true,"transform":{"type":"scalar"},"locs":[{"a":2033,"b":2040}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":2096,"b":2102}]}],"statement":"SELECT r.id, r.number AS \"number!\", r.kind, r.agency_code, r.subject_kind, r.subject_id, r.question, r.extract, to_char(r.sent_on, 'YYYY-MM-DD') AS \"sent_on!\",\n       to_char(r.due_on, 'YYYY-MM-DD') AS \"due_on!\", r.status, r.read_at, r.reminded_at, r.escalated_at,\n       coalesce((SELECT json_agg(json_build_object('by', p.pressed_by, 'note', p.note, 'at', p.pressed_at) ORDER BY p.pressed_at)\n                   FROM verification_press p WHERE p.request_id = r.id), '[]') AS \"presses!\",\n       coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'), 'mediaType', a.media_type,\n                                                   'sizeBytes', a.size_bytes, 'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)\n                   FROM verification_attachment a WHERE a.request_id = r.id AND a.reply_id IS NULL), '[]') AS \"files!\",\n       (SELECT json_agg(json_build_object('version', v.version, 'result', v.result, 'newDueOn', v.new_due_on, 'body', v.body, 'repliedAt', v.replied_at,\n                                          'attachments', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'),\n                                                                                                     'mediaType', a.media_type, 'sizeBytes', a.size_bytes,\n                                                                                                     'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)\n                                                                     FROM verification_attachment a WHERE a.reply_id = v.id), '[]')) ORDER BY v.version)\n          FROM verification_reply v WHERE v.request_id = r.id) AS replies\n  FROM verification_request r\n WHERE (:agencyCode::text IS NULL OR r.agency_code = :agencyCode)\n   AND (:reportId::uuid IS NULL OR (r.subject_kind = 'REPORT' AND r.subject_id = :reportId))\n   AND (:id::uuid IS NULL OR r.id = :id)\n   AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))\n ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, r.due_on, r.number\n LIMIT 500                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.number AS "number!", r.kind, r.agency_code, r.subject_kind, r.subject_id, r.question, r.extract, to_char(r.sent_on, 'YYYY-MM-DD') AS "sent_on!",
 *        to_char(r.due_on, 'YYYY-MM-DD') AS "due_on!", r.status, r.read_at, r.reminded_at, r.escalated_at,
 *        coalesce((SELECT json_agg(json_build_object('by', p.pressed_by, 'note', p.note, 'at', p.pressed_at) ORDER BY p.pressed_at)
 *                    FROM verification_press p WHERE p.request_id = r.id), '[]') AS "presses!",
 *        coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'), 'mediaType', a.media_type,
 *                                                    'sizeBytes', a.size_bytes, 'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)
 *                    FROM verification_attachment a WHERE a.request_id = r.id AND a.reply_id IS NULL), '[]') AS "files!",
 *        (SELECT json_agg(json_build_object('version', v.version, 'result', v.result, 'newDueOn', v.new_due_on, 'body', v.body, 'repliedAt', v.replied_at,
 *                                           'attachments', coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', coalesce(a.original_name, '附件'),
 *                                                                                                      'mediaType', a.media_type, 'sizeBytes', a.size_bytes,
 *                                                                                                      'metadataRemoved', a.metadata_removed) ORDER BY a.created_at, a.id)
 *                                                                      FROM verification_attachment a WHERE a.reply_id = v.id), '[]')) ORDER BY v.version)
 *           FROM verification_reply v WHERE v.request_id = r.id) AS replies
 *   FROM verification_request r
 *  WHERE (:agencyCode::text IS NULL OR r.agency_code = :agencyCode)
 *    AND (:reportId::uuid IS NULL OR (r.subject_kind = 'REPORT' AND r.subject_id = :reportId))
 *    AND (:id::uuid IS NULL OR r.id = :id)
 *    AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[]))
 *  ORDER BY (r.status = 'OPEN' AND r.due_on < :today!::date) DESC, r.due_on, r.number
 *  LIMIT 500                                      
 * ```
 */
export const staffViews = new PreparedQuery<IStaffViewsParams,IStaffViewsResult>(staffViewsIR);


/** 'LockForPress' parameters type */
export interface ILockForPressParams {
  id: string;
}

/** 'LockForPress' return type */
export interface ILockForPressResult {
  due_on: string;
  number: string;
  status: string;
  subject_id: string;
  subject_kind: string;
}

/** 'LockForPress' query type */
export interface ILockForPressQuery {
  params: ILockForPressParams;
  result: ILockForPressResult;
}

const lockForPressIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":148}]}],"statement":"SELECT status, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\", subject_kind, subject_id, number AS \"number!\"\n  FROM verification_request\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, to_char(due_on, 'YYYY-MM-DD') AS "due_on!", subject_kind, subject_id, number AS "number!"
 *   FROM verification_request
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockForPress = new PreparedQuery<ILockForPressParams,ILockForPressResult>(lockForPressIR);


/** 'InsertPress' parameters type */
export interface IInsertPressParams {
  note: string;
  pressedBy: string;
  requestId: string;
}

/** 'InsertPress' return type */
export type IInsertPressResult = void;

/** 'InsertPress' query type */
export interface IInsertPressQuery {
  params: IInsertPressParams;
  result: IInsertPressResult;
}

const insertPressIR: any = {"usedParamSet":{"requestId":true,"pressedBy":true,"note":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":80}]},{"name":"pressedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":93}]},{"name":"note","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":101}]}],"statement":"INSERT INTO verification_press (request_id, pressed_by, note) VALUES (:requestId!, :pressedBy!, :note!)                                                                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO verification_press (request_id, pressed_by, note) VALUES (:requestId!, :pressedBy!, :note!)                                                                                                                                                                                                 
 * ```
 */
export const insertPress = new PreparedQuery<IInsertPressParams,IInsertPressResult>(insertPressIR);


/** 'AgencyFigures' parameters type */
export interface IAgencyFiguresParams {
  hidden: stringArray;
  today: DateOrString;
}

/** 'AgencyFigures' return type */
export interface IAgencyFiguresResult {
  agency_code: string;
  answered: number;
  median_days: number | null;
  on_time: number;
  open: number;
  overdue: number;
  requests: number;
}

/** 'AgencyFigures' query type */
export interface IAgencyFiguresQuery {
  params: IAgencyFiguresParams;
  result: IAgencyFiguresResult;
}

const agencyFiguresIR: any = {"usedParamSet":{"hidden":true,"today":true},"params":[{"name":"hidden","required":true,"transform":{"type":"scalar"},"locs":[{"a":381,"b":388}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":675,"b":681}]}],"statement":"WITH r AS (\n  SELECT r.agency_code, r.status, r.due_on, r.sent_on, v.first_at::date AS first_answer\n    FROM verification_request r\n    LEFT JOIN (SELECT request_id, min(replied_at) AS first_at FROM verification_reply WHERE result <> 'MORE_TIME' GROUP BY request_id) v ON v.request_id = r.id\n   WHERE r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[])))\nSELECT agency_code, count(*)::int AS \"requests!\", count(first_answer)::int AS \"answered!\", count(*) FILTER (WHERE first_answer <= due_on)::int AS \"on_time!\",\n       count(*) FILTER (WHERE status = 'OPEN')::int AS \"open!\", count(*) FILTER (WHERE status = 'OPEN' AND due_on < :today!::date)::int AS \"overdue!\",\n       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_answer - sent_on) FILTER (WHERE first_answer IS NOT NULL) AS median_days\n  FROM r\n GROUP BY agency_code                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * WITH r AS (
 *   SELECT r.agency_code, r.status, r.due_on, r.sent_on, v.first_at::date AS first_answer
 *     FROM verification_request r
 *     LEFT JOIN (SELECT request_id, min(replied_at) AS first_at FROM verification_reply WHERE result <> 'MORE_TIME' GROUP BY request_id) v ON v.request_id = r.id
 *    WHERE r.status <> 'CANCELLED' AND (r.subject_kind <> 'REPORT' OR r.subject_id <> ALL (:hidden!::uuid[])))
 * SELECT agency_code, count(*)::int AS "requests!", count(first_answer)::int AS "answered!", count(*) FILTER (WHERE first_answer <= due_on)::int AS "on_time!",
 *        count(*) FILTER (WHERE status = 'OPEN')::int AS "open!", count(*) FILTER (WHERE status = 'OPEN' AND due_on < :today!::date)::int AS "overdue!",
 *        percentile_cont(0.5) WITHIN GROUP (ORDER BY first_answer - sent_on) FILTER (WHERE first_answer IS NOT NULL) AS median_days
 *   FROM r
 *  GROUP BY agency_code                                                                                      
 * ```
 */
export const agencyFigures = new PreparedQuery<IAgencyFiguresParams,IAgencyFiguresResult>(agencyFiguresIR);


/** 'SubjectsOfRequests' parameters type */
export interface ISubjectsOfRequestsParams {
  ids: stringArray;
}

/** 'SubjectsOfRequests' return type */
export interface ISubjectsOfRequestsResult {
  id: string;
  subject_id: string;
  subject_kind: string;
}

/** 'SubjectsOfRequests' query type */
export interface ISubjectsOfRequestsQuery {
  params: ISubjectsOfRequestsParams;
  result: ISubjectsOfRequestsResult;
}

const subjectsOfRequestsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":85}]}],"statement":"SELECT id, subject_kind, subject_id\n  FROM verification_request\n WHERE id = ANY (:ids!::uuid[])                                                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, subject_kind, subject_id
 *   FROM verification_request
 *  WHERE id = ANY (:ids!::uuid[])                                                                                                        
 * ```
 */
export const subjectsOfRequests = new PreparedQuery<ISubjectsOfRequestsParams,ISubjectsOfRequestsResult>(subjectsOfRequestsIR);


/** 'RequestsAboutTips' parameters type */
export type IRequestsAboutTipsParams = void;

/** 'RequestsAboutTips' return type */
export interface IRequestsAboutTipsResult {
  agency_code: string;
  answered: boolean;
  number: string;
  subject_id: string;
}

/** 'RequestsAboutTips' query type */
export interface IRequestsAboutTipsQuery {
  params: IRequestsAboutTipsParams;
  result: IRequestsAboutTipsResult;
}

const requestsAboutTipsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT subject_id, number AS \"number!\", agency_code, status = 'ANSWERED' AS \"answered!\"\n  FROM verification_request\n WHERE subject_kind = 'REPORT' AND status <> 'CANCELLED'\n ORDER BY subject_id, number                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT subject_id, number AS "number!", agency_code, status = 'ANSWERED' AS "answered!"
 *   FROM verification_request
 *  WHERE subject_kind = 'REPORT' AND status <> 'CANCELLED'
 *  ORDER BY subject_id, number                                        
 * ```
 */
export const requestsAboutTips = new PreparedQuery<IRequestsAboutTipsParams,IRequestsAboutTipsResult>(requestsAboutTipsIR);


/** 'OverdueRequests' parameters type */
export interface IOverdueRequestsParams {
  today: DateOrString;
}

/** 'OverdueRequests' return type */
export interface IOverdueRequestsResult {
  agency_code: string;
  due_on: string;
  id: string;
  number: string;
  subject_id: string;
  subject_kind: string;
}

/** 'OverdueRequests' query type */
export interface IOverdueRequestsQuery {
  params: IOverdueRequestsParams;
  result: IOverdueRequestsResult;
}

const overdueRequestsIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":184}]}],"statement":"SELECT id, number AS \"number!\", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS \"due_on!\"\n  FROM verification_request\n WHERE status = 'OPEN' AND due_on < :today!::date                                                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number AS "number!", agency_code, subject_kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS "due_on!"
 *   FROM verification_request
 *  WHERE status = 'OPEN' AND due_on < :today!::date                                                                                                                                    
 * ```
 */
export const overdueRequests = new PreparedQuery<IOverdueRequestsParams,IOverdueRequestsResult>(overdueRequestsIR);


/** 'PurgeReportAttachments' parameters type */
export interface IPurgeReportAttachmentsParams {
  reportId: string;
}

/** 'PurgeReportAttachments' return type */
export interface IPurgeReportAttachmentsResult {
  size_bytes: number;
  storage_key: string;
}

/** 'PurgeReportAttachments' query type */
export interface IPurgeReportAttachmentsQuery {
  params: IPurgeReportAttachmentsParams;
  result: IPurgeReportAttachmentsResult;
}

const purgeReportAttachmentsIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":153}]}],"statement":"DELETE FROM verification_attachment a\n USING verification_request q\n WHERE a.request_id = q.id AND q.subject_kind = 'REPORT' AND q.subject_id = :reportId!\nRETURNING a.storage_key, a.size_bytes                                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM verification_attachment a
 *  USING verification_request q
 *  WHERE a.request_id = q.id AND q.subject_kind = 'REPORT' AND q.subject_id = :reportId!
 * RETURNING a.storage_key, a.size_bytes                                                                                                
 * ```
 */
export const purgeReportAttachments = new PreparedQuery<IPurgeReportAttachmentsParams,IPurgeReportAttachmentsResult>(purgeReportAttachmentsIR);


/** 'AgencyInUse' parameters type */
export interface IAgencyInUseParams {
  code: string;
}

/** 'AgencyInUse' return type */
export interface IAgencyInUseResult {
  inUse: boolean;
}

/** 'AgencyInUse' query type */
export interface IAgencyInUseQuery {
  params: IAgencyInUseParams;
  result: IAgencyInUseResult;
}

const agencyInUseIR: any = {"usedParamSet":{"code":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":54}]}],"statement":"SELECT EXISTS (SELECT 1 FROM agency WHERE code = :code! AND active) AS \"inUse!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT EXISTS (SELECT 1 FROM agency WHERE code = :code! AND active) AS "inUse!"
 * ```
 */
export const agencyInUse = new PreparedQuery<IAgencyInUseParams,IAgencyInUseResult>(agencyInUseIR);


