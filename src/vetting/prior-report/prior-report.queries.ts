/** Types generated for queries found in "src/vetting/prior-report/prior-report.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'PriorReportsOf' parameters type */
export interface IPriorReportsOfParams {
  ids: stringArray;
}

/** 'PriorReportsOf' return type */
export interface IPriorReportsOfResult {
  candidate_id: string;
  replied_on: string | null;
  reply_note: string | null;
  reply_reference: string | null;
  reply_result: string | null;
  sent_on: string;
  sent_reference: string;
  sent_to: string;
}

/** 'PriorReportsOf' query type */
export interface IPriorReportsOfQuery {
  params: IPriorReportsOfParams;
  result: IPriorReportsOfResult;
}

const priorReportsOfIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":249}]}],"statement":"SELECT candidate_id, to_char(sent_on, 'YYYY-MM-DD') AS \"sent_on!\", sent_reference, sent_to, to_char(replied_on, 'YYYY-MM-DD') AS replied_on,\n       reply_reference, reply_result, reply_note\n  FROM vetting_prior_report\n WHERE candidate_id = ANY (:ids!::uuid[])                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT candidate_id, to_char(sent_on, 'YYYY-MM-DD') AS "sent_on!", sent_reference, sent_to, to_char(replied_on, 'YYYY-MM-DD') AS replied_on,
 *        reply_reference, reply_result, reply_note
 *   FROM vetting_prior_report
 *  WHERE candidate_id = ANY (:ids!::uuid[])                                                                                             
 * ```
 */
export const priorReportsOf = new PreparedQuery<IPriorReportsOfParams,IPriorReportsOfResult>(priorReportsOfIR);


/** 'CandidaciesForPriorReport' parameters type */
export interface ICandidaciesForPriorReportParams {
  ids: stringArray;
}

/** 'CandidaciesForPriorReport' return type */
export interface ICandidaciesForPriorReportResult {
  decision: string | null;
  id: string;
  proposed_post: string;
  run_id: string;
  unit_id: string | null;
}

/** 'CandidaciesForPriorReport' query type */
export interface ICandidaciesForPriorReportQuery {
  params: ICandidaciesForPriorReportParams;
  result: ICandidaciesForPriorReportResult;
}

const candidaciesForPriorReportIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":98}]}],"statement":"SELECT id, run_id, proposed_post, unit_id, decision\n  FROM vetting_candidate\n WHERE id = ANY (:ids!::uuid[])                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, proposed_post, unit_id, decision
 *   FROM vetting_candidate
 *  WHERE id = ANY (:ids!::uuid[])                                                                                                  
 * ```
 */
export const candidaciesForPriorReport = new PreparedQuery<ICandidaciesForPriorReportParams,ICandidaciesForPriorReportResult>(candidaciesForPriorReportIR);


/** 'RecordSent' parameters type */
export interface IRecordSentParams {
  actorId?: string | null | void;
  candidateId: string;
  reference: string;
  sentOn: DateOrString;
  sentTo: string;
}

/** 'RecordSent' return type */
export interface IRecordSentResult {
  candidate_id: string;
}

/** 'RecordSent' query type */
export interface IRecordSentQuery {
  params: IRecordSentParams;
  result: IRecordSentResult;
}

const recordSentIR: any = {"usedParamSet":{"candidateId":true,"sentOn":true,"reference":true,"sentTo":true,"actorId":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":116}]},{"name":"sentOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":126}]},{"name":"reference","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":145}]},{"name":"sentTo","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":155}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":158,"b":165}]}],"statement":"INSERT INTO vetting_prior_report AS p (candidate_id, sent_on, sent_reference, sent_to, sent_by)\nVALUES (:candidateId!, :sentOn!::date, :reference!, :sentTo!, :actorId::uuid)\nON CONFLICT (candidate_id) DO UPDATE\n   SET sent_on = excluded.sent_on, sent_reference = excluded.sent_reference, sent_to = excluded.sent_to, sent_by = excluded.sent_by,\n       sent_at = now()\n WHERE p.replied_on IS NULL\nRETURNING candidate_id                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO vetting_prior_report AS p (candidate_id, sent_on, sent_reference, sent_to, sent_by)
 * VALUES (:candidateId!, :sentOn!::date, :reference!, :sentTo!, :actorId::uuid)
 * ON CONFLICT (candidate_id) DO UPDATE
 *    SET sent_on = excluded.sent_on, sent_reference = excluded.sent_reference, sent_to = excluded.sent_to, sent_by = excluded.sent_by,
 *        sent_at = now()
 *  WHERE p.replied_on IS NULL
 * RETURNING candidate_id                                                                                                   
 * ```
 */
export const recordSent = new PreparedQuery<IRecordSentParams,IRecordSentResult>(recordSentIR);


/** 'RecordReply' parameters type */
export interface IRecordReplyParams {
  actorId?: string | null | void;
  candidateId: string;
  note?: string | null | void;
  reference: string;
  repliedOn: DateOrString;
  result: string;
}

/** 'RecordReply' return type */
export interface IRecordReplyResult {
  candidate_id: string;
}

/** 'RecordReply' query type */
export interface IRecordReplyQuery {
  params: IRecordReplyParams;
  result: IRecordReplyResult;
}

const recordReplyIR: any = {"usedParamSet":{"repliedOn":true,"reference":true,"result":true,"note":true,"actorId":true,"candidateId":true},"params":[{"name":"repliedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":58},{"a":249,"b":259}]},{"name":"reference","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":95}]},{"name":"result","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":120}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":136,"b":140}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":156,"b":163}]},{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":232}]}],"statement":"UPDATE vetting_prior_report\n   SET replied_on = :repliedOn!::date, reply_reference = :reference!, reply_result = :result!, reply_note = :note, replied_by = :actorId::uuid,\n       replied_at = now()\n WHERE candidate_id = :candidateId! AND sent_on <= :repliedOn!::date\nRETURNING candidate_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE vetting_prior_report
 *    SET replied_on = :repliedOn!::date, reply_reference = :reference!, reply_result = :result!, reply_note = :note, replied_by = :actorId::uuid,
 *        replied_at = now()
 *  WHERE candidate_id = :candidateId! AND sent_on <= :repliedOn!::date
 * RETURNING candidate_id
 * ```
 */
export const recordReply = new PreparedQuery<IRecordReplyParams,IRecordReplyResult>(recordReplyIR);


