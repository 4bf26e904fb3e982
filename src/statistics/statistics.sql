/* Queries of the statistics module's repository (statistics.repository.ts): the daily tallies of tips received and concluded. */

/*
 * Tips received in a period by bucket (`unit`: day, week, month …), channel, category, status
 * and real name: the daily tally plus the lines not yet folded into it (one snapshot).
 */
/* @name ReceivedCounts */
SELECT to_char(date_trunc(:unit!::text, day::timestamp), 'YYYY-MM-DD') AS "bucket!", channel AS "channel!", category AS "category!",
       status AS "status!", real_name AS "real_name!", sum(n)::int AS "count!"
  FROM (SELECT day, channel, category, status, real_name, n FROM report_received_tally WHERE day BETWEEN :from!::date AND :to!::date
        UNION ALL
        SELECT day, channel, category, status, real_name, n FROM report_tally_delta WHERE tally = 'RECEIVED' AND day BETWEEN :from!::date AND :to!::date) t
 GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0;

/* Tips concluded in a period by finding and calendar days from receipt, from the closing tally, fewest days first. */
/* @name ConcludedCounts */
SELECT finding AS "finding!", days AS "days!", sum(n)::int AS "count!"
  FROM (SELECT finding, days, n FROM report_closed_tally WHERE day BETWEEN :from!::date AND :to!::date
        UNION ALL
        SELECT finding, days, n FROM report_tally_delta WHERE tally = 'CLOSED' AND day BETWEEN :from!::date AND :to!::date) t
 GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY days;

/* Folds the tally deltas into the daily and due-day tallies (the database functions); how many rows moved. */
/* @name FoldTallies */
SELECT report_tally_fold() + report_due_tally_fold() AS "moved!";

/*
 * Open deadlines past their day on `today`, for each kind asked in that order (zeros included): the
 * open-deadline tally plus the lines not yet folded into it, days before `today` only.
 */
/* @name OverdueDeadlines */
SELECT k.kind AS "key!", coalesce(sum(t.n), 0)::int AS "count!"
  FROM unnest(:kinds!::text[]) WITH ORDINALITY AS k(kind, i)
  LEFT JOIN (SELECT kind, n FROM report_open_deadline_tally WHERE due_on < :today!::date
             UNION ALL
             SELECT kind, n FROM report_due_tally_delta WHERE tally = 'DEADLINE' AND due_on < :today!::date) t ON t.kind = k.kind
 GROUP BY k.kind, k.i
 ORDER BY k.i;

/* Cases overdue on `today` (their earliest open deadline is past), from the next-due tally and its unfolded lines. */
/* @name OverdueCases */
SELECT coalesce(sum(n), 0)::int AS "n!"
  FROM (SELECT n FROM report_next_due_tally WHERE due_on < :today!::date
        UNION ALL
        SELECT n FROM report_due_tally_delta WHERE tally = 'CASE' AND due_on < :today!::date) t;

