/** Types generated for queries found in "src/cadres/units.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'UnitExists' parameters type */
export interface IUnitExistsParams {
  id: string;
}

/** 'UnitExists' return type */
export interface IUnitExistsResult {
  id: string;
}

/** 'UnitExists' query type */
export interface IUnitExistsQuery {
  params: IUnitExistsParams;
  result: IUnitExistsResult;
}

const unitExistsIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":31,"b":34}]}],"statement":"SELECT id FROM unit WHERE id = :id!                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM unit WHERE id = :id!                                                             
 * ```
 */
export const unitExists = new PreparedQuery<IUnitExistsParams,IUnitExistsResult>(unitExistsIR);


/** 'UnitNamesOf' parameters type */
export interface IUnitNamesOfParams {
  ids: stringArray;
}

/** 'UnitNamesOf' return type */
export interface IUnitNamesOfResult {
  id: string;
  name: string;
}

/** 'UnitNamesOf' query type */
export interface IUnitNamesOfQuery {
  params: IUnitNamesOfParams;
  result: IUnitNamesOfResult;
}

const unitNamesOfIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":46}]}],"statement":"SELECT id, name FROM unit WHERE id = ANY (:ids!::uuid[])                                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, name FROM unit WHERE id = ANY (:ids!::uuid[])                                                                                                            
 * ```
 */
export const unitNamesOf = new PreparedQuery<IUnitNamesOfParams,IUnitNamesOfResult>(unitNamesOfIR);


/** 'UnitsWithNames' parameters type */
export type IUnitsWithNamesParams = void;

/** 'UnitsWithNames' return type */
export interface IUnitsWithNamesResult {
  id: string;
  name: string;
  other_names: Json;
}

/** 'UnitsWithNames' query type */
export interface IUnitsWithNamesQuery {
  params: IUnitsWithNamesParams;
  result: IUnitsWithNamesResult;
}

const unitsWithNamesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT u.id, u.name,\n       coalesce(json_agg(json_build_object('name', n.name, 'kind', n.kind, 'inUseFrom', n.in_use_from) ORDER BY n.kind, n.name) FILTER (WHERE n.kind <> 'CURRENT'), '[]') AS \"other_names!\"\n  FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id, u.name ORDER BY u.name                                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id, u.name,
 *        coalesce(json_agg(json_build_object('name', n.name, 'kind', n.kind, 'inUseFrom', n.in_use_from) ORDER BY n.kind, n.name) FILTER (WHERE n.kind <> 'CURRENT'), '[]') AS "other_names!"
 *   FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id GROUP BY u.id, u.name ORDER BY u.name                                                                                                             
 * ```
 */
export const unitsWithNames = new PreparedQuery<IUnitsWithNamesParams,IUnitsWithNamesResult>(unitsWithNamesIR);


/** 'AddName' parameters type */
export interface IAddNameParams {
  inUseFrom?: string | null | void;
  kind: string;
  name: string;
  unitId: string;
}

/** 'AddName' return type */
export interface IAddNameResult {
  unit_id: string;
}

/** 'AddName' query type */
export interface IAddNameQuery {
  params: IAddNameParams;
  result: IAddNameResult;
}

const addNameIR: any = {"usedParamSet":{"name":true,"unitId":true,"kind":true,"inUseFrom":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":70}]},{"name":"unitId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":80}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":88}]},{"name":"inUseFrom","required":false,"transform":{"type":"scalar"},"locs":[{"a":91,"b":100}]}],"statement":"INSERT INTO unit_name (name, unit_id, kind, in_use_from) VALUES (:name!, :unitId!, :kind!, :inUseFrom)\nON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, in_use_from = coalesce(EXCLUDED.in_use_from, unit_name.in_use_from) WHERE unit_name.unit_id = EXCLUDED.unit_id AND unit_name.kind <> 'CURRENT'\nRETURNING unit_id                                                     "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO unit_name (name, unit_id, kind, in_use_from) VALUES (:name!, :unitId!, :kind!, :inUseFrom)
 * ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, in_use_from = coalesce(EXCLUDED.in_use_from, unit_name.in_use_from) WHERE unit_name.unit_id = EXCLUDED.unit_id AND unit_name.kind <> 'CURRENT'
 * RETURNING unit_id                                                     
 * ```
 */
export const addName = new PreparedQuery<IAddNameParams,IAddNameResult>(addNameIR);


/** 'NameOwner' parameters type */
export interface INameOwnerParams {
  name: string;
}

/** 'NameOwner' return type */
export interface INameOwnerResult {
  name: string;
}

/** 'NameOwner' query type */
export interface INameOwnerQuery {
  params: INameOwnerParams;
  result: INameOwnerResult;
}

const nameOwnerIR: any = {"usedParamSet":{"name":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":83}]}],"statement":"SELECT u.name FROM unit_name n JOIN unit u ON u.id = n.unit_id WHERE n.name = :name!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.name FROM unit_name n JOIN unit u ON u.id = n.unit_id WHERE n.name = :name!
 * ```
 */
export const nameOwner = new PreparedQuery<INameOwnerParams,INameOwnerResult>(nameOwnerIR);


/** 'SetQuota' parameters type */
export interface ISetQuotaParams {
  approved: number;
  level: string;
  unitId: string;
}

/** 'SetQuota' return type */
export type ISetQuotaResult = void;

/** 'SetQuota' query type */
export interface ISetQuotaQuery {
  params: ISetQuotaParams;
  result: ISetQuotaResult;
}

const setQuotaIR: any = {"usedParamSet":{"unitId":true,"level":true,"approved":true},"params":[{"name":"unitId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"level","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":74}]},{"name":"approved","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]}],"statement":"INSERT INTO post_quota (unit_id, level, approved) VALUES (:unitId!, :level!, :approved!)\nON CONFLICT (unit_id, level) DO UPDATE SET approved = EXCLUDED.approved, updated_at = now()                                                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO post_quota (unit_id, level, approved) VALUES (:unitId!, :level!, :approved!)
 * ON CONFLICT (unit_id, level) DO UPDATE SET approved = EXCLUDED.approved, updated_at = now()                                                                                                                                                                                         
 * ```
 */
export const setQuota = new PreparedQuery<ISetQuotaParams,ISetQuotaResult>(setQuotaIR);


/** 'QuotaAt' parameters type */
export interface IQuotaAtParams {
  level: string;
  unitId: string;
}

/** 'QuotaAt' return type */
export interface IQuotaAtResult {
  approved: number;
  occupied: number;
}

/** 'QuotaAt' query type */
export interface IQuotaAtQuery {
  params: IQuotaAtParams;
  result: IQuotaAtResult;
}

const quotaAtIR: any = {"usedParamSet":{"unitId":true,"level":true},"params":[{"name":"unitId","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":176}]},{"name":"level","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":198}]}],"statement":"SELECT q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS \"occupied!\"\n  FROM post_quota q WHERE q.unit_id = :unitId! AND q.level = :level!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS "occupied!"
 *   FROM post_quota q WHERE q.unit_id = :unitId! AND q.level = :level!
 * ```
 */
export const quotaAt = new PreparedQuery<IQuotaAtParams,IQuotaAtResult>(quotaAtIR);


/** 'QuotasAt' parameters type */
export interface IQuotasAtParams {
  levels: stringArray;
  unitIds: stringArray;
}

/** 'QuotasAt' return type */
export interface IQuotasAtResult {
  approved: number;
  level: string;
  occupied: number;
  unit_id: string;
}

/** 'QuotasAt' query type */
export interface IQuotasAtQuery {
  params: IQuotasAtParams;
  result: IQuotasAtResult;
}

const quotasAtIR: any = {"usedParamSet":{"unitIds":true,"levels":true},"params":[{"name":"unitIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":191}]},{"name":"levels","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":209}]}],"statement":"SELECT q.unit_id, q.level, q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS \"occupied!\"\n  FROM post_quota q JOIN unnest(:unitIds!::uuid[], :levels!::text[]) AS p(unit_id, level) ON q.unit_id = p.unit_id AND q.level = p.level                                                                                                                                                                                                                                                                                                                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT q.unit_id, q.level, q.approved, (SELECT count(*)::int FROM cadre c WHERE c.unit_id = q.unit_id AND q.level = ANY (c.quota_keys)) AS "occupied!"
 *   FROM post_quota q JOIN unnest(:unitIds!::uuid[], :levels!::text[]) AS p(unit_id, level) ON q.unit_id = p.unit_id AND q.level = p.level                                                                                                                                                                                                                                                                                                                                                                                       
 * ```
 */
export const quotasAt = new PreparedQuery<IQuotasAtParams,IQuotasAtResult>(quotasAtIR);


/** 'QuotaReport' parameters type */
export type IQuotaReportParams = void;

/** 'QuotaReport' return type */
export interface IQuotaReportResult {
  approved: number | null;
  level: string;
  occupied: number;
  unit_id: string;
  unit_name: string;
}

/** 'QuotaReport' query type */
export interface IQuotaReportQuery {
  params: IQuotaReportParams;
  result: IQuotaReportResult;
}

const quotaReportIR: any = {"usedParamSet":{},"params":[],"statement":"WITH t AS (SELECT unit_id, kind, key, sum(n)::int AS n\n             FROM (SELECT unit_id, kind, key, n FROM unit_post_tally UNION ALL SELECT unit_id, kind, key, n FROM unit_post_tally_delta) x\n            GROUP BY 1, 2, 3 HAVING sum(n) <> 0),\nocc AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'LEVEL'),\nheld AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'QUOTA_KEY')\nSELECT u.id AS \"unit_id!\", u.name AS \"unit_name!\", coalesce(q.level, o.level) AS \"level!\", q.approved AS \"approved?\",\n       CASE WHEN q.level IS NULL THEN o.occupied ELSE coalesce(h.occupied, 0) END AS \"occupied!\"\n  FROM post_quota q FULL JOIN occ o ON o.unit_id = q.unit_id AND o.level = q.level\n  LEFT JOIN held h ON h.unit_id = q.unit_id AND h.level = q.level\n  JOIN unit u ON u.id = coalesce(q.unit_id, o.unit_id)\n ORDER BY u.name, 3                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * WITH t AS (SELECT unit_id, kind, key, sum(n)::int AS n
 *              FROM (SELECT unit_id, kind, key, n FROM unit_post_tally UNION ALL SELECT unit_id, kind, key, n FROM unit_post_tally_delta) x
 *             GROUP BY 1, 2, 3 HAVING sum(n) <> 0),
 * occ AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'LEVEL'),
 * held AS (SELECT unit_id, key AS level, n AS occupied FROM t WHERE kind = 'QUOTA_KEY')
 * SELECT u.id AS "unit_id!", u.name AS "unit_name!", coalesce(q.level, o.level) AS "level!", q.approved AS "approved?",
 *        CASE WHEN q.level IS NULL THEN o.occupied ELSE coalesce(h.occupied, 0) END AS "occupied!"
 *   FROM post_quota q FULL JOIN occ o ON o.unit_id = q.unit_id AND o.level = q.level
 *   LEFT JOIN held h ON h.unit_id = q.unit_id AND h.level = q.level
 *   JOIN unit u ON u.id = coalesce(q.unit_id, o.unit_id)
 *  ORDER BY u.name, 3                                                                                                         
 * ```
 */
export const quotaReport = new PreparedQuery<IQuotaReportParams,IQuotaReportResult>(quotaReportIR);


/** 'NamesOfUnitsNamed' parameters type */
export interface INamesOfUnitsNamedParams {
  names: stringArray;
}

/** 'NamesOfUnitsNamed' return type */
export interface INamesOfUnitsNamedResult {
  in_use_from: string | null;
  name: string;
  unit_id: string;
}

/** 'NamesOfUnitsNamed' query type */
export interface INamesOfUnitsNamedQuery {
  params: INamesOfUnitsNamedParams;
  result: INamesOfUnitsNamedResult;
}

const namesOfUnitsNamedIR: any = {"usedParamSet":{"names":true},"params":[{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":134}]}],"statement":"SELECT n.name, n.unit_id, n.in_use_from\n  FROM unit_name n\n WHERE n.unit_id IN (SELECT unit_id FROM unit_name WHERE name = ANY (:names!::text[]))\n ORDER BY n.unit_id, n.name                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.name, n.unit_id, n.in_use_from
 *   FROM unit_name n
 *  WHERE n.unit_id IN (SELECT unit_id FROM unit_name WHERE name = ANY (:names!::text[]))
 *  ORDER BY n.unit_id, n.name                                                                                                  
 * ```
 */
export const namesOfUnitsNamed = new PreparedQuery<INamesOfUnitsNamedParams,INamesOfUnitsNamedResult>(namesOfUnitsNamedIR);


/** 'FoldPostTally' parameters type */
export type IFoldPostTallyParams = void;

/** 'FoldPostTally' return type */
export interface IFoldPostTallyResult {
  moved: string;
}

/** 'FoldPostTally' query type */
export interface IFoldPostTallyQuery {
  params: IFoldPostTallyParams;
  result: IFoldPostTallyResult;
}

const foldPostTallyIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT unit_post_tally_fold() AS \"moved!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT unit_post_tally_fold() AS "moved!"
 * ```
 */
export const foldPostTally = new PreparedQuery<IFoldPostTallyParams,IFoldPostTallyResult>(foldPostTallyIR);


