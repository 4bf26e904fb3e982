/** Types generated for queries found in "src/infra/database/partitions.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'CreateMonthPartition' parameters type */
export interface ICreateMonthPartitionParams {
  month: DateOrString;
  parent: string;
}

/** 'CreateMonthPartition' return type */
export interface ICreateMonthPartitionResult {
  outcome: string;
}

/** 'CreateMonthPartition' query type */
export interface ICreateMonthPartitionQuery {
  params: ICreateMonthPartitionParams;
  result: ICreateMonthPartitionResult;
}

const createMonthPartitionIR: any = {"usedParamSet":{"parent":true,"month":true},"params":[{"name":"parent","required":true,"transform":{"type":"scalar"},"locs":[{"a":30,"b":37}]},{"name":"month","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":62}]}],"statement":"SELECT create_month_partition(:parent!::text::regclass, :month!::date) AS \"outcome!\"                                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * SELECT create_month_partition(:parent!::text::regclass, :month!::date) AS "outcome!"                                                                                                               
 * ```
 */
export const createMonthPartition = new PreparedQuery<ICreateMonthPartitionParams,ICreateMonthPartitionResult>(createMonthPartitionIR);


/** 'MonthPartitions' parameters type */
export interface IMonthPartitionsParams {
  parent: string;
}

/** 'MonthPartitions' return type */
export interface IMonthPartitionsResult {
  month: string;
  name: string;
}

/** 'MonthPartitions' query type */
export interface IMonthPartitionsQuery {
  params: IMonthPartitionsParams;
  result: IMonthPartitionsResult;
}

const monthPartitionsIR: any = {"usedParamSet":{"parent":true},"params":[{"name":"parent","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":188}]}],"statement":"SELECT c.relname AS \"name!\", to_char(to_date(right(c.relname, 7), 'YYYY_MM'), 'YYYY-MM') AS \"month!\"\n  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid\n WHERE i.inhparent = :parent!::text::regclass AND c.relname ~ '_p[0-9]{4}_[0-9]{2}$'\n ORDER BY c.relname"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.relname AS "name!", to_char(to_date(right(c.relname, 7), 'YYYY_MM'), 'YYYY-MM') AS "month!"
 *   FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
 *  WHERE i.inhparent = :parent!::text::regclass AND c.relname ~ '_p[0-9]{4}_[0-9]{2}$'
 *  ORDER BY c.relname
 * ```
 */
export const monthPartitions = new PreparedQuery<IMonthPartitionsParams,IMonthPartitionsResult>(monthPartitionsIR);


