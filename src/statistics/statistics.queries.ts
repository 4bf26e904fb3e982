/** Types generated for queries found in "src/statistics/statistics.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'ReceivedCounts' parameters type */
export interface IReceivedCountsParams {
  from: DateOrString;
  to: DateOrString;
  unit: string;
}

/** 'ReceivedCounts' return type */
export interface IReceivedCountsResult {
  bucket: string;
  category: string;
  channel: string;
  count: number;
  real_name: boolean;
  status: string;
}

/** 'ReceivedCounts' query type */
export interface IReceivedCountsQuery {
  params: IReceivedCountsParams;
  result: IReceivedCountsResult;
}

const receivedCountsIR: any = {"usedParamSet":{"unit":true,"from":true,"to":true},"params":[{"name":"unit","required":true,"transform":{"type":"scalar"},"locs":[{"a":26,"b":31}]},{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":317,"b":322},{"a":488,"b":493}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":337},{"a":505,"b":508}]}],"statement":"SELECT to_char(date_trunc(:unit!::text, day::timestamp), 'YYYY-MM-DD') AS \"bucket!\", channel AS \"channel!\", category AS \"category!\",\n       status AS \"status!\", real_name AS \"real_name!\", sum(n)::int AS \"count!\"\n  FROM (SELECT day, channel, category, status, real_name, n FROM report_received_tally WHERE day BETWEEN :from!::date AND :to!::date\n        UNION ALL\n        SELECT day, channel, category, status, real_name, n FROM report_tally_delta WHERE tally = 'RECEIVED' AND day BETWEEN :from!::date AND :to!::date) t\n GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT to_char(date_trunc(:unit!::text, day::timestamp), 'YYYY-MM-DD') AS "bucket!", channel AS "channel!", category AS "category!",
 *        status AS "status!", real_name AS "real_name!", sum(n)::int AS "count!"
 *   FROM (SELECT day, channel, category, status, real_name, n FROM report_received_tally WHERE day BETWEEN :from!::date AND :to!::date
 *         UNION ALL
 *         SELECT day, channel, category, status, real_name, n FROM report_tally_delta WHERE tally = 'RECEIVED' AND day BETWEEN :from!::date AND :to!::date) t
 *  GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0                                                                                                                      
 * ```
 */
export const receivedCounts = new PreparedQuery<IReceivedCountsParams,IReceivedCountsResult>(receivedCountsIR);


/** 'ConcludedCounts' parameters type */
export interface IConcludedCountsParams {
  from: DateOrString;
  to: DateOrString;
}

/** 'ConcludedCounts' return type */
export interface IConcludedCountsResult {
  count: number;
  days: number;
  finding: string;
}

/** 'ConcludedCounts' query type */
export interface IConcludedCountsQuery {
  params: IConcludedCountsParams;
  result: IConcludedCountsResult;
}

const concludedCountsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":151},{"a":287,"b":292}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":166},{"a":304,"b":307}]}],"statement":"SELECT finding AS \"finding!\", days AS \"days!\", sum(n)::int AS \"count!\"\n  FROM (SELECT finding, days, n FROM report_closed_tally WHERE day BETWEEN :from!::date AND :to!::date\n        UNION ALL\n        SELECT finding, days, n FROM report_tally_delta WHERE tally = 'CLOSED' AND day BETWEEN :from!::date AND :to!::date) t\n GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY days                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT finding AS "finding!", days AS "days!", sum(n)::int AS "count!"
 *   FROM (SELECT finding, days, n FROM report_closed_tally WHERE day BETWEEN :from!::date AND :to!::date
 *         UNION ALL
 *         SELECT finding, days, n FROM report_tally_delta WHERE tally = 'CLOSED' AND day BETWEEN :from!::date AND :to!::date) t
 *  GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY days                                                                                                              
 * ```
 */
export const concludedCounts = new PreparedQuery<IConcludedCountsParams,IConcludedCountsResult>(concludedCountsIR);


/** 'FoldTallies' parameters type */
export type IFoldTalliesParams = void;

/** 'FoldTallies' return type */
export interface IFoldTalliesResult {
  moved: string;
}

/** 'FoldTallies' query type */
export interface IFoldTalliesQuery {
  params: IFoldTalliesParams;
  result: IFoldTalliesResult;
}

const foldTalliesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT report_tally_fold() + report_due_tally_fold() AS \"moved!\"                                                                                                                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_tally_fold() + report_due_tally_fold() AS "moved!"                                                                                                                                                                                                   
 * ```
 */
export const foldTallies = new PreparedQuery<IFoldTalliesParams,IFoldTalliesResult>(foldTalliesIR);


/** 'OverdueDeadlines' parameters type */
export interface IOverdueDeadlinesParams {
  kinds: stringArray;
  today: DateOrString;
}

/** 'OverdueDeadlines' return type */
export interface IOverdueDeadlinesResult {
  count: number;
  key: string;
}

/** 'OverdueDeadlines' query type */
export interface IOverdueDeadlinesQuery {
  params: IOverdueDeadlinesParams;
  result: IOverdueDeadlinesResult;
}

const overdueDeadlinesIR: any = {"usedParamSet":{"kinds":true,"today":true},"params":[{"name":"kinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":84}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":206},{"a":331,"b":337}]}],"statement":"SELECT k.kind AS \"key!\", coalesce(sum(t.n), 0)::int AS \"count!\"\n  FROM unnest(:kinds!::text[]) WITH ORDINALITY AS k(kind, i)\n  LEFT JOIN (SELECT kind, n FROM report_open_deadline_tally WHERE due_on < :today!::date\n             UNION ALL\n             SELECT kind, n FROM report_due_tally_delta WHERE tally = 'DEADLINE' AND due_on < :today!::date) t ON t.kind = k.kind\n GROUP BY k.kind, k.i\n ORDER BY k.i                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.kind AS "key!", coalesce(sum(t.n), 0)::int AS "count!"
 *   FROM unnest(:kinds!::text[]) WITH ORDINALITY AS k(kind, i)
 *   LEFT JOIN (SELECT kind, n FROM report_open_deadline_tally WHERE due_on < :today!::date
 *              UNION ALL
 *              SELECT kind, n FROM report_due_tally_delta WHERE tally = 'DEADLINE' AND due_on < :today!::date) t ON t.kind = k.kind
 *  GROUP BY k.kind, k.i
 *  ORDER BY k.i                                                                                                                      
 * ```
 */
export const overdueDeadlines = new PreparedQuery<IOverdueDeadlinesParams,IOverdueDeadlinesResult>(overdueDeadlinesIR);


/** 'OverdueCases' parameters type */
export interface IOverdueCasesParams {
  today: DateOrString;
}

/** 'OverdueCases' return type */
export interface IOverdueCasesResult {
  n: number;
}

/** 'OverdueCases' query type */
export interface IOverdueCasesQuery {
  params: IOverdueCasesParams;
  result: IOverdueCasesResult;
}

const overdueCasesIR: any = {"usedParamSet":{"today":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":105},{"a":210,"b":216}]}],"statement":"SELECT coalesce(sum(n), 0)::int AS \"n!\"\n  FROM (SELECT n FROM report_next_due_tally WHERE due_on < :today!::date\n        UNION ALL\n        SELECT n FROM report_due_tally_delta WHERE tally = 'CASE' AND due_on < :today!::date) t"};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(sum(n), 0)::int AS "n!"
 *   FROM (SELECT n FROM report_next_due_tally WHERE due_on < :today!::date
 *         UNION ALL
 *         SELECT n FROM report_due_tally_delta WHERE tally = 'CASE' AND due_on < :today!::date) t
 * ```
 */
export const overdueCases = new PreparedQuery<IOverdueCasesParams,IOverdueCasesResult>(overdueCasesIR);


