/* Queries of the tally zone (tally-zone.repository.ts): the zone the daily tallies are kept in. */

/* @name CurrentTallyZone */
SELECT time_zone FROM report_tally_zone;

/* Re-counts every tally in the zone when it changed (the database function); true when it did. */
/* @name RecountTallies */
SELECT report_tally_recount(:zone!) AS "recounted!";
