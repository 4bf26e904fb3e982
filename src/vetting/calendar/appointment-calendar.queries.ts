/** Types generated for queries found in "src/vetting/calendar/appointment-calendar.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'StandingCandidaciesMany' parameters type */
export interface IStandingCandidaciesManyParams {
  cadreIds: stringArray;
  reportIds: stringArray;
  today: DateOrString;
}

/** 'StandingCandidaciesMany' return type */
export interface IStandingCandidaciesManyResult {
  cadre_id: string;
  candidate_id: string;
  ends_on: string | null;
  linked_reports: stringArray;
  notice_id: string | null;
  proposed_post: string;
  reference: string | null;
  run_id: string;
  run_started_on: string;
  run_title: string;
  starts_on: string | null;
  suspended_until: string | null;
}

/** 'StandingCandidaciesMany' query type */
export interface IStandingCandidaciesManyQuery {
  params: IStandingCandidaciesManyParams;
  result: IStandingCandidaciesManyResult;
}

const standingCandidaciesManyIR: any = {"usedParamSet":{"reportIds":true,"today":true,"cadreIds":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":486,"b":496},{"a":920,"b":930}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":772,"b":778},{"a":1022,"b":1028}]},{"name":"cadreIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":812,"b":821}]}],"statement":"SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post, r.id AS run_id, r.title AS run_title,\n       to_char(r.started_on, 'YYYY-MM-DD') AS \"run_started_on!\", to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until,\n       n.id AS \"notice_id?\", n.reference AS \"reference?\", to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,\n       ARRAY(SELECT l.report_id FROM publicity_report_link l WHERE l.candidate_id = v.id AND l.report_id = ANY (:reportIds!::uuid[])) AS \"linked_reports!\"\n  FROM vetting_candidate v\n  JOIN vetting_run r ON r.id = v.run_id\n  LEFT JOIN publicity_candidate p ON p.candidate_id = v.id AND NOT p.withdrawn\n  LEFT JOIN publicity_notice n ON n.id = p.notice_id AND n.withdrawn_at IS NULL AND n.ends_on >= :today!::date\n WHERE (v.cadre_id = ANY (:cadreIds!::uuid[]) OR v.id IN (SELECT l.candidate_id FROM publicity_report_link l WHERE l.report_id = ANY (:reportIds!::uuid[])))\n   AND (v.decision IS NULL OR (v.decision = 'SUSPEND' AND v.suspended_until >= :today!::date))\n   AND (p.candidate_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM publicity_candidate w WHERE w.candidate_id = v.id AND w.withdrawn))\n ORDER BY r.started_on DESC, r.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id AS candidate_id, v.cadre_id, v.proposed_post, r.id AS run_id, r.title AS run_title,
 *        to_char(r.started_on, 'YYYY-MM-DD') AS "run_started_on!", to_char(v.suspended_until, 'YYYY-MM-DD') AS suspended_until,
 *        n.id AS "notice_id?", n.reference AS "reference?", to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
 *        ARRAY(SELECT l.report_id FROM publicity_report_link l WHERE l.candidate_id = v.id AND l.report_id = ANY (:reportIds!::uuid[])) AS "linked_reports!"
 *   FROM vetting_candidate v
 *   JOIN vetting_run r ON r.id = v.run_id
 *   LEFT JOIN publicity_candidate p ON p.candidate_id = v.id AND NOT p.withdrawn
 *   LEFT JOIN publicity_notice n ON n.id = p.notice_id AND n.withdrawn_at IS NULL AND n.ends_on >= :today!::date
 *  WHERE (v.cadre_id = ANY (:cadreIds!::uuid[]) OR v.id IN (SELECT l.candidate_id FROM publicity_report_link l WHERE l.report_id = ANY (:reportIds!::uuid[])))
 *    AND (v.decision IS NULL OR (v.decision = 'SUSPEND' AND v.suspended_until >= :today!::date))
 *    AND (p.candidate_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM publicity_candidate w WHERE w.candidate_id = v.id AND w.withdrawn))
 *  ORDER BY r.started_on DESC, r.id
 * ```
 */
export const standingCandidaciesMany = new PreparedQuery<IStandingCandidaciesManyParams,IStandingCandidaciesManyResult>(standingCandidaciesManyIR);


