/** Types generated for queries found in "src/statistics/tally-zone.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CurrentTallyZone' parameters type */
export type ICurrentTallyZoneParams = void;

/** 'CurrentTallyZone' return type */
export interface ICurrentTallyZoneResult {
  time_zone: string;
}

/** 'CurrentTallyZone' query type */
export interface ICurrentTallyZoneQuery {
  params: ICurrentTallyZoneParams;
  result: ICurrentTallyZoneResult;
}

const currentTallyZoneIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT time_zone FROM report_tally_zone                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT time_zone FROM report_tally_zone                                                                                                  
 * ```
 */
export const currentTallyZone = new PreparedQuery<ICurrentTallyZoneParams,ICurrentTallyZoneResult>(currentTallyZoneIR);


/** 'RecountTallies' parameters type */
export interface IRecountTalliesParams {
  zone: string;
}

/** 'RecountTallies' return type */
export interface IRecountTalliesResult {
  recounted: boolean;
}

/** 'RecountTallies' query type */
export interface IRecountTalliesQuery {
  params: IRecountTalliesParams;
  result: IRecountTalliesResult;
}

const recountTalliesIR: any = {"usedParamSet":{"zone":true},"params":[{"name":"zone","required":true,"transform":{"type":"scalar"},"locs":[{"a":28,"b":33}]}],"statement":"SELECT report_tally_recount(:zone!) AS \"recounted!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_tally_recount(:zone!) AS "recounted!"
 * ```
 */
export const recountTallies = new PreparedQuery<IRecountTalliesParams,IRecountTalliesResult>(recountTalliesIR);


