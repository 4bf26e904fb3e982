/** Types generated for queries found in "src/vetting/publicity/publicity.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'RunCandidatesForPublicity' parameters type */
export interface IRunCandidatesForPublicityParams {
  runId: string;
}

/** 'RunCandidatesForPublicity' return type */
export interface IRunCandidatesForPublicityResult {
  cadre_id: string;
  decision: string | null;
  id: string;
  on_notice: boolean;
  verdict: string;
}

/** 'RunCandidatesForPublicity' query type */
export interface IRunCandidatesForPublicityQuery {
  params: IRunCandidatesForPublicityParams;
  result: IRunCandidatesForPublicityResult;
}

const runCandidatesForPublicityIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":209,"b":215}]}],"statement":"SELECT v.id, v.cadre_id, v.verdict, v.decision,\n       EXISTS (SELECT 1 FROM publicity_candidate p WHERE p.candidate_id = v.id AND NOT p.withdrawn) AS \"on_notice!\"\n  FROM vetting_candidate v\n WHERE v.run_id = :runId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id, v.cadre_id, v.verdict, v.decision,
 *        EXISTS (SELECT 1 FROM publicity_candidate p WHERE p.candidate_id = v.id AND NOT p.withdrawn) AS "on_notice!"
 *   FROM vetting_candidate v
 *  WHERE v.run_id = :runId!
 * ```
 */
export const runCandidatesForPublicity = new PreparedQuery<IRunCandidatesForPublicityParams,IRunCandidatesForPublicityResult>(runCandidatesForPublicityIR);


/** 'InsertNotice' parameters type */
export interface IInsertNoticeParams {
  contact: string;
  endsOn: DateOrString;
  publishedBy?: string | null | void;
  runId: string;
  startsOn: DateOrString;
  title: string;
  workingDays: number;
}

/** 'InsertNotice' return type */
export interface IInsertNoticeResult {
  id: string;
  reference: string;
}

/** 'InsertNotice' query type */
export interface IInsertNoticeQuery {
  params: IInsertNoticeParams;
  result: IInsertNoticeResult;
}

const insertNoticeIR: any = {"usedParamSet":{"runId":true,"startsOn":true,"title":true,"endsOn":true,"workingDays":true,"contact":true,"publishedBy":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":127}]},{"name":"startsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":156},{"a":256,"b":265}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":245}]},{"name":"endsOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":274,"b":281}]},{"name":"workingDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":290,"b":302}]},{"name":"contact","required":true,"transform":{"type":"scalar"},"locs":[{"a":305,"b":313}]},{"name":"publishedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":316,"b":327}]}],"statement":"INSERT INTO publicity_notice (run_id, reference, title, starts_on, ends_on, working_days, contact, published_by)\nVALUES (:runId!, 'GS-' || to_char(:startsOn!::date, 'YYYY') || '-' || serial_text(nextval('publicity_notice_number_seq'), 4), :title!,\n        :startsOn!::date, :endsOn!::date, :workingDays!, :contact!, :publishedBy::uuid)\nRETURNING id, reference                                                "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO publicity_notice (run_id, reference, title, starts_on, ends_on, working_days, contact, published_by)
 * VALUES (:runId!, 'GS-' || to_char(:startsOn!::date, 'YYYY') || '-' || serial_text(nextval('publicity_notice_number_seq'), 4), :title!,
 *         :startsOn!::date, :endsOn!::date, :workingDays!, :contact!, :publishedBy::uuid)
 * RETURNING id, reference                                                
 * ```
 */
export const insertNotice = new PreparedQuery<IInsertNoticeParams,IInsertNoticeResult>(insertNoticeIR);


/** 'InsertNoticeCandidates' parameters type */
export interface IInsertNoticeCandidatesParams {
  candidateIds: stringArray;
  noticeId: string;
}

/** 'InsertNoticeCandidates' return type */
export type IInsertNoticeCandidatesResult = void;

/** 'InsertNoticeCandidates' query type */
export interface IInsertNoticeCandidatesQuery {
  params: IInsertNoticeCandidatesParams;
  result: IInsertNoticeCandidatesResult;
}

const insertNoticeCandidatesIR: any = {"usedParamSet":{"noticeId":true,"candidateIds":true},"params":[{"name":"noticeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":84}]},{"name":"candidateIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":126}]}],"statement":"INSERT INTO publicity_candidate (notice_id, candidate_id, position)\nSELECT :noticeId!::uuid, id, n\n  FROM unnest(:candidateIds!::uuid[]) WITH ORDINALITY AS t(id, n)                                                  "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO publicity_candidate (notice_id, candidate_id, position)
 * SELECT :noticeId!::uuid, id, n
 *   FROM unnest(:candidateIds!::uuid[]) WITH ORDINALITY AS t(id, n)                                                  
 * ```
 */
export const insertNoticeCandidates = new PreparedQuery<IInsertNoticeCandidatesParams,IInsertNoticeCandidatesResult>(insertNoticeCandidatesIR);


/** 'NoticeCandidates' parameters type */
export interface INoticeCandidatesParams {
  noticeId: string;
}

/** 'NoticeCandidates' return type */
export interface INoticeCandidatesResult {
  cadre_id: string;
  candidate_id: string;
  proposed_post: string;
}

/** 'NoticeCandidates' query type */
export interface INoticeCandidatesQuery {
  params: INoticeCandidatesParams;
  result: INoticeCandidatesResult;
}

const noticeCandidatesIR: any = {"usedParamSet":{"noticeId":true},"params":[{"name":"noticeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":166}]}],"statement":"SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post\n  FROM publicity_candidate p JOIN vetting_candidate v ON v.id = p.candidate_id\n WHERE p.notice_id = :noticeId!\n ORDER BY p.position"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post
 *   FROM publicity_candidate p JOIN vetting_candidate v ON v.id = p.candidate_id
 *  WHERE p.notice_id = :noticeId!
 *  ORDER BY p.position
 * ```
 */
export const noticeCandidates = new PreparedQuery<INoticeCandidatesParams,INoticeCandidatesResult>(noticeCandidatesIR);


/** 'NoticeById' parameters type */
export interface INoticeByIdParams {
  id: string;
}

/** 'NoticeById' return type */
export interface INoticeByIdResult {
  contact: string;
  ends_on: string;
  id: string;
  reference: string;
  run_id: string;
  starts_on: string;
  title: string;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  working_days: number;
}

/** 'NoticeById' query type */
export interface INoticeByIdQuery {
  params: INoticeByIdParams;
  result: INoticeByIdResult;
}

const noticeByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":234}]}],"statement":"SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(ends_on, 'YYYY-MM-DD') AS \"ends_on!\", working_days, contact,\n       withdrawn_at, withdrawal_reason\n  FROM publicity_notice\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
 *        withdrawn_at, withdrawal_reason
 *   FROM publicity_notice
 *  WHERE id = :id!
 * ```
 */
export const noticeById = new PreparedQuery<INoticeByIdParams,INoticeByIdResult>(noticeByIdIR);


/** 'LockNotice' parameters type */
export interface ILockNoticeParams {
  id: string;
}

/** 'LockNotice' return type */
export interface ILockNoticeResult {
  contact: string;
  ends_on: string;
  id: string;
  reference: string;
  run_id: string;
  starts_on: string;
  title: string;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  working_days: number;
}

/** 'LockNotice' query type */
export interface ILockNoticeQuery {
  params: ILockNoticeParams;
  result: ILockNoticeResult;
}

const lockNoticeIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":234}]}],"statement":"SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(ends_on, 'YYYY-MM-DD') AS \"ends_on!\", working_days, contact,\n       withdrawn_at, withdrawal_reason\n  FROM publicity_notice\n WHERE id = :id!\n   FOR UPDATE                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
 *        withdrawn_at, withdrawal_reason
 *   FROM publicity_notice
 *  WHERE id = :id!
 *    FOR UPDATE                                                                                                 
 * ```
 */
export const lockNotice = new PreparedQuery<ILockNoticeParams,ILockNoticeResult>(lockNoticeIR);


/** 'WithdrawNotice' parameters type */
export interface IWithdrawNoticeParams {
  at: DateOrString;
  by?: string | null | void;
  id: string;
  reason: string;
}

/** 'WithdrawNotice' return type */
export type IWithdrawNoticeResult = void;

/** 'WithdrawNotice' query type */
export interface IWithdrawNoticeQuery {
  params: IWithdrawNoticeParams;
  result: IWithdrawNoticeResult;
}

const withdrawNoticeIR: any = {"usedParamSet":{"at":true,"by":true,"reason":true,"id":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":46}]},{"name":"by","required":false,"transform":{"type":"scalar"},"locs":[{"a":64,"b":66}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":102}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":118}]}],"statement":"UPDATE publicity_notice SET withdrawn_at = :at!, withdrawn_by = :by::uuid, withdrawal_reason = :reason! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE publicity_notice SET withdrawn_at = :at!, withdrawn_by = :by::uuid, withdrawal_reason = :reason! WHERE id = :id!
 * ```
 */
export const withdrawNotice = new PreparedQuery<IWithdrawNoticeParams,IWithdrawNoticeResult>(withdrawNoticeIR);


/** 'WithdrawNoticeCandidates' parameters type */
export interface IWithdrawNoticeCandidatesParams {
  noticeId: string;
}

/** 'WithdrawNoticeCandidates' return type */
export type IWithdrawNoticeCandidatesResult = void;

/** 'WithdrawNoticeCandidates' query type */
export interface IWithdrawNoticeCandidatesQuery {
  params: IWithdrawNoticeCandidatesParams;
  result: IWithdrawNoticeCandidatesResult;
}

const withdrawNoticeCandidatesIR: any = {"usedParamSet":{"noticeId":true},"params":[{"name":"noticeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":75}]}],"statement":"UPDATE publicity_candidate SET withdrawn = true WHERE notice_id = :noticeId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE publicity_candidate SET withdrawn = true WHERE notice_id = :noticeId!
 * ```
 */
export const withdrawNoticeCandidates = new PreparedQuery<IWithdrawNoticeCandidatesParams,IWithdrawNoticeCandidatesResult>(withdrawNoticeCandidatesIR);


/** 'NoticeCandidateIds' parameters type */
export interface INoticeCandidateIdsParams {
  noticeId: string;
}

/** 'NoticeCandidateIds' return type */
export interface INoticeCandidateIdsResult {
  candidate_id: string;
}

/** 'NoticeCandidateIds' query type */
export interface INoticeCandidateIdsQuery {
  params: INoticeCandidateIdsParams;
  result: INoticeCandidateIdsResult;
}

const noticeCandidateIdsIR: any = {"usedParamSet":{"noticeId":true},"params":[{"name":"noticeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":75}]}],"statement":"SELECT candidate_id\n  FROM publicity_candidate\n WHERE notice_id = :noticeId!\n ORDER BY position                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT candidate_id
 *   FROM publicity_candidate
 *  WHERE notice_id = :noticeId!
 *  ORDER BY position                                                                         
 * ```
 */
export const noticeCandidateIds = new PreparedQuery<INoticeCandidateIdsParams,INoticeCandidateIdsResult>(noticeCandidateIdsIR);


/** 'CurrentNotices' parameters type */
export interface ICurrentNoticesParams {
  today: DateOrString;
}

/** 'CurrentNotices' return type */
export interface ICurrentNoticesResult {
  contact: string;
  ends_on: string;
  id: string;
  reference: string;
  run_id: string;
  starts_on: string;
  title: string;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  working_days: number;
}

/** 'CurrentNotices' query type */
export interface ICurrentNoticesQuery {
  params: ICurrentNoticesParams;
  result: ICurrentNoticesResult;
}

const currentNoticesIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":245},{"a":268,"b":274}]}],"statement":"SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(ends_on, 'YYYY-MM-DD') AS \"ends_on!\", working_days, contact,\n       withdrawn_at, withdrawal_reason\n  FROM publicity_notice\n WHERE starts_on <= :today!::date AND ends_on >= :today!::date AND withdrawn_at IS NULL\n ORDER BY starts_on DESC, reference DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
 *        withdrawn_at, withdrawal_reason
 *   FROM publicity_notice
 *  WHERE starts_on <= :today!::date AND ends_on >= :today!::date AND withdrawn_at IS NULL
 *  ORDER BY starts_on DESC, reference DESC
 * ```
 */
export const currentNotices = new PreparedQuery<ICurrentNoticesParams,ICurrentNoticesResult>(currentNoticesIR);


/** 'NoticesOfRun' parameters type */
export interface INoticesOfRunParams {
  runId: string;
}

/** 'NoticesOfRun' return type */
export interface INoticesOfRunResult {
  contact: string;
  ends_on: string;
  id: string;
  reference: string;
  run_id: string;
  starts_on: string;
  title: string;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  working_days: number;
}

/** 'NoticesOfRun' query type */
export interface INoticesOfRunQuery {
  params: INoticesOfRunParams;
  result: INoticesOfRunResult;
}

const noticesOfRunIR: any = {"usedParamSet":{"runId":true},"params":[{"name":"runId","required":true,"transform":{"type":"scalar"},"locs":[{"a":235,"b":241}]}],"statement":"SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(ends_on, 'YYYY-MM-DD') AS \"ends_on!\", working_days, contact,\n       withdrawn_at, withdrawal_reason\n  FROM publicity_notice\n WHERE run_id = :runId!\n ORDER BY published_at DESC, reference DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, run_id, reference, title, to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", working_days, contact,
 *        withdrawn_at, withdrawal_reason
 *   FROM publicity_notice
 *  WHERE run_id = :runId!
 *  ORDER BY published_at DESC, reference DESC
 * ```
 */
export const noticesOfRun = new PreparedQuery<INoticesOfRunParams,INoticesOfRunResult>(noticesOfRunIR);


/** 'StandingNoticeOfCandidate' parameters type */
export interface IStandingNoticeOfCandidateParams {
  candidateId: string;
}

/** 'StandingNoticeOfCandidate' return type */
export interface IStandingNoticeOfCandidateResult {
  notice_id: string;
}

/** 'StandingNoticeOfCandidate' query type */
export interface IStandingNoticeOfCandidateQuery {
  params: IStandingNoticeOfCandidateParams;
  result: IStandingNoticeOfCandidateResult;
}

const standingNoticeOfCandidateIR: any = {"usedParamSet":{"candidateId":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":78}]}],"statement":"SELECT notice_id\n  FROM publicity_candidate\n WHERE candidate_id = :candidateId! AND NOT withdrawn                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT notice_id
 *   FROM publicity_candidate
 *  WHERE candidate_id = :candidateId! AND NOT withdrawn                                                                     
 * ```
 */
export const standingNoticeOfCandidate = new PreparedQuery<IStandingNoticeOfCandidateParams,IStandingNoticeOfCandidateResult>(standingNoticeOfCandidateIR);


/** 'NoticePeriods' parameters type */
export interface INoticePeriodsParams {
  noticeId?: string | null | void;
}

/** 'NoticePeriods' return type */
export interface INoticePeriodsResult {
  ends_on: string;
  starts_on: string;
  withdrawn_at: Date | null;
}

/** 'NoticePeriods' query type */
export interface INoticePeriodsQuery {
  params: INoticePeriodsParams;
  result: INoticePeriodsResult;
}

const noticePeriodsIR: any = {"usedParamSet":{"noticeId":true},"params":[{"name":"noticeId","required":false,"transform":{"type":"scalar"},"locs":[{"a":147,"b":155},{"a":179,"b":187}]}],"statement":"SELECT to_char(starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(ends_on, 'YYYY-MM-DD') AS \"ends_on!\", withdrawn_at\n  FROM publicity_notice\n WHERE :noticeId::uuid IS NULL OR id = :noticeId::uuid                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT to_char(starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(ends_on, 'YYYY-MM-DD') AS "ends_on!", withdrawn_at
 *   FROM publicity_notice
 *  WHERE :noticeId::uuid IS NULL OR id = :noticeId::uuid                                                
 * ```
 */
export const noticePeriods = new PreparedQuery<INoticePeriodsParams,INoticePeriodsResult>(noticePeriodsIR);


/** 'CheckedAmong' parameters type */
export interface ICheckedAmongParams {
  ids: stringArray;
}

/** 'CheckedAmong' return type */
export interface ICheckedAmongResult {
  report_id: string;
}

/** 'CheckedAmong' query type */
export interface ICheckedAmongQuery {
  params: ICheckedAmongParams;
  result: ICheckedAmongResult;
}

const checkedAmongIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":75}]}],"statement":"SELECT report_id\n  FROM publicity_report_check\n WHERE report_id = ANY (:ids!::uuid[])                                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id
 *   FROM publicity_report_check
 *  WHERE report_id = ANY (:ids!::uuid[])                                                                                                                                      
 * ```
 */
export const checkedAmong = new PreparedQuery<ICheckedAmongParams,ICheckedAmongResult>(checkedAmongIR);


/** 'NoticesStandingAt' parameters type */
export interface INoticesStandingAtParams {
  day: DateOrString;
  receivedAt: DateOrString;
}

/** 'NoticesStandingAt' return type */
export interface INoticesStandingAtResult {
  cadre_id: string;
  candidate_id: string;
  ends_on: string;
  notice_id: string;
  proposed_post: string;
  starts_on: string;
}

/** 'NoticesStandingAt' query type */
export interface INoticesStandingAtQuery {
  params: INoticesStandingAtParams;
  result: INoticesStandingAtResult;
}

const noticesStandingAtIR: any = {"usedParamSet":{"day":true,"receivedAt":true},"params":[{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":332,"b":336},{"a":361,"b":365}]},{"name":"receivedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":421,"b":432}]}],"statement":"SELECT n.id AS notice_id, to_char(n.starts_on, 'YYYY-MM-DD') AS \"starts_on!\", to_char(n.ends_on, 'YYYY-MM-DD') AS \"ends_on!\",\n       v.id AS candidate_id, v.cadre_id, v.proposed_post\n  FROM publicity_notice n JOIN publicity_candidate p ON p.notice_id = n.id\n  JOIN vetting_candidate v ON v.id = p.candidate_id\n WHERE n.starts_on <= :day!::date AND n.ends_on >= :day!::date AND (n.withdrawn_at IS NULL OR n.withdrawn_at > :receivedAt!::timestamptz)\n ORDER BY n.id, p.position                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.id AS notice_id, to_char(n.starts_on, 'YYYY-MM-DD') AS "starts_on!", to_char(n.ends_on, 'YYYY-MM-DD') AS "ends_on!",
 *        v.id AS candidate_id, v.cadre_id, v.proposed_post
 *   FROM publicity_notice n JOIN publicity_candidate p ON p.notice_id = n.id
 *   JOIN vetting_candidate v ON v.id = p.candidate_id
 *  WHERE n.starts_on <= :day!::date AND n.ends_on >= :day!::date AND (n.withdrawn_at IS NULL OR n.withdrawn_at > :receivedAt!::timestamptz)
 *  ORDER BY n.id, p.position                                                                    
 * ```
 */
export const noticesStandingAt = new PreparedQuery<INoticesStandingAtParams,INoticesStandingAtResult>(noticesStandingAtIR);


/** 'InsertReportLink' parameters type */
export interface IInsertReportLinkParams {
  basis: string;
  candidateId: string;
  noticeId: string;
  reportId: string;
}

/** 'InsertReportLink' return type */
export interface IInsertReportLinkResult {
  report_id: string;
}

/** 'InsertReportLink' query type */
export interface IInsertReportLinkQuery {
  params: IInsertReportLinkParams;
  result: IInsertReportLinkResult;
}

const insertReportLinkIR: any = {"usedParamSet":{"reportId":true,"candidateId":true,"noticeId":true,"basis":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":95}]},{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":110}]},{"name":"noticeId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":122}]},{"name":"basis","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":131}]}],"statement":"INSERT INTO publicity_report_link (report_id, candidate_id, notice_id, basis)\nVALUES (:reportId!, :candidateId!, :noticeId!, :basis!)\nON CONFLICT DO NOTHING\nRETURNING report_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO publicity_report_link (report_id, candidate_id, notice_id, basis)
 * VALUES (:reportId!, :candidateId!, :noticeId!, :basis!)
 * ON CONFLICT DO NOTHING
 * RETURNING report_id
 * ```
 */
export const insertReportLink = new PreparedQuery<IInsertReportLinkParams,IInsertReportLinkResult>(insertReportLinkIR);


/** 'MarkChecked' parameters type */
export interface IMarkCheckedParams {
  reportId: string;
}

/** 'MarkChecked' return type */
export type IMarkCheckedResult = void;

/** 'MarkChecked' query type */
export interface IMarkCheckedQuery {
  params: IMarkCheckedParams;
  result: IMarkCheckedResult;
}

const markCheckedIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":64}]}],"statement":"INSERT INTO publicity_report_check (report_id) VALUES (:reportId!) ON CONFLICT DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO publicity_report_check (report_id) VALUES (:reportId!) ON CONFLICT DO NOTHING
 * ```
 */
export const markChecked = new PreparedQuery<IMarkCheckedParams,IMarkCheckedResult>(markCheckedIR);


/** 'LinksOfCandidate' parameters type */
export interface ILinksOfCandidateParams {
  candidateId: string;
}

/** 'LinksOfCandidate' return type */
export interface ILinksOfCandidateResult {
  basis: string;
  report_id: string;
}

/** 'LinksOfCandidate' query type */
export interface ILinksOfCandidateQuery {
  params: ILinksOfCandidateParams;
  result: ILinksOfCandidateResult;
}

const linksOfCandidateIR: any = {"usedParamSet":{"candidateId":true},"params":[{"name":"candidateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":87}]}],"statement":"SELECT report_id, basis\n  FROM publicity_report_link\n WHERE candidate_id = :candidateId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id, basis
 *   FROM publicity_report_link
 *  WHERE candidate_id = :candidateId!
 * ```
 */
export const linksOfCandidate = new PreparedQuery<ILinksOfCandidateParams,ILinksOfCandidateResult>(linksOfCandidateIR);


