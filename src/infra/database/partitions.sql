/* Queries of the monthly partitions helper (partitions.ts): catalogue reads and the migration's function; no table of any module. */

/* One month's partition of a table partitioned by time (migration 1765440000000): CREATED, EXISTS or HELD_BY_DEFAULT. */
/* @name CreateMonthPartition */
SELECT create_month_partition(:parent!::text::regclass, :month!::date) AS "outcome!";

/* The month partitions of a table (named <table>_pYYYY_MM), oldest first; the DEFAULT partition is not one. */
/* @name MonthPartitions */
SELECT c.relname AS "name!", to_char(to_date(right(c.relname, 7), 'YYYY_MM'), 'YYYY-MM') AS "month!"
  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
 WHERE i.inhparent = :parent!::text::regclass AND c.relname ~ '_p[0-9]{4}_[0-9]{2}$'
 ORDER BY c.relname;
