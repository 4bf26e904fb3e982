/** Types generated for queries found in "src/cadres/roster/roster-import.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockRosterImport' parameters type */
export type ILockRosterImportParams = void;

/** 'LockRosterImport' return type */
export interface ILockRosterImportResult {
  locked: boolean;
}

/** 'LockRosterImport' query type */
export interface ILockRosterImportQuery {
  params: ILockRosterImportParams;
  result: ILockRosterImportResult;
}

const lockRosterImportIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT true AS \"locked!\" FROM pg_advisory_xact_lock(hashtext('qingfeng:roster-import'))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:roster-import'))
 * ```
 */
export const lockRosterImport = new PreparedQuery<ILockRosterImportParams,ILockRosterImportResult>(lockRosterImportIR);


/** 'UnitIdsByNames' parameters type */
export interface IUnitIdsByNamesParams {
  names: stringArray;
}

/** 'UnitIdsByNames' return type */
export interface IUnitIdsByNamesResult {
  name: string;
  unit_id: string;
}

/** 'UnitIdsByNames' query type */
export interface IUnitIdsByNamesQuery {
  params: IUnitIdsByNamesParams;
  result: IUnitIdsByNamesResult;
}

const unitIdsByNamesIR: any = {"usedParamSet":{"names":true},"params":[{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":60}]}],"statement":"SELECT name, unit_id FROM unit_name WHERE name = ANY (:names!::text[])                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT name, unit_id FROM unit_name WHERE name = ANY (:names!::text[])                                                        
 * ```
 */
export const unitIdsByNames = new PreparedQuery<IUnitIdsByNamesParams,IUnitIdsByNamesResult>(unitIdsByNamesIR);


/** 'CreateUnits' parameters type */
export interface ICreateUnitsParams {
  names: stringArray;
}

/** 'CreateUnits' return type */
export interface ICreateUnitsResult {
  id: string;
  name: string;
}

/** 'CreateUnits' query type */
export interface ICreateUnitsQuery {
  params: ICreateUnitsParams;
  result: ICreateUnitsResult;
}

const createUnitsIR: any = {"usedParamSet":{"names":true},"params":[{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":55}]}],"statement":"WITH u AS (INSERT INTO unit (name) SELECT unnest(:names!::text[]) RETURNING id, name),\n     n AS (INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM u)\nSELECT id AS \"id!\", name AS \"name!\" FROM u                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * WITH u AS (INSERT INTO unit (name) SELECT unnest(:names!::text[]) RETURNING id, name),
 *      n AS (INSERT INTO unit_name (name, unit_id, kind) SELECT name, id, 'CURRENT' FROM u)
 * SELECT id AS "id!", name AS "name!" FROM u                                                                                              
 * ```
 */
export const createUnits = new PreparedQuery<ICreateUnitsParams,ICreateUnitsResult>(createUnitsIR);


/** 'LockCadresByPersonNo' parameters type */
export interface ILockCadresByPersonNoParams {
  personNos: stringArray;
}

/** 'LockCadresByPersonNo' return type */
export interface ILockCadresByPersonNoResult {
  birthMonth: string;
  education: string | null;
  ethnicity: string | null;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  nativePlace: string | null;
  partyMonth: string | null;
  person_no: string;
  post: string;
  postSince: string | null;
  statusKind: string | null;
  unit_id: string;
  workMonth: string | null;
}

/** 'LockCadresByPersonNo' query type */
export interface ILockCadresByPersonNoQuery {
  params: ILockCadresByPersonNoParams;
  result: ILockCadresByPersonNoResult;
}

const lockCadresByPersonNoIR: any = {"usedParamSet":{"personNos":true},"params":[{"name":"personNos","required":true,"transform":{"type":"scalar"},"locs":[{"a":301,"b":311}]}],"statement":"SELECT id, person_no, unit_id, name, gender, birth_month AS \"birthMonth\", ethnicity, native_place AS \"nativePlace\",\n       party_month AS \"partyMonth\", work_month AS \"workMonth\", education, post, level, post_since AS \"postSince\",\n       status_kind AS \"statusKind\"\n  FROM cadre WHERE person_no = ANY (:personNos!::text[]) FOR UPDATE                                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, person_no, unit_id, name, gender, birth_month AS "birthMonth", ethnicity, native_place AS "nativePlace",
 *        party_month AS "partyMonth", work_month AS "workMonth", education, post, level, post_since AS "postSince",
 *        status_kind AS "statusKind"
 *   FROM cadre WHERE person_no = ANY (:personNos!::text[]) FOR UPDATE                                                                                                       
 * ```
 */
export const lockCadresByPersonNo = new PreparedQuery<ILockCadresByPersonNoParams,ILockCadresByPersonNoResult>(lockCadresByPersonNoIR);


/** 'UpsertCadres' parameters type */
export interface IUpsertCadresParams {
  birthMonths: stringArray;
  educations: stringArray;
  ethnicities: stringArray;
  genders: stringArray;
  levels: stringArray;
  names: stringArray;
  nativePlaces: stringArray;
  partyMonths: stringArray;
  personNos: stringArray;
  posts: stringArray;
  postSinces: stringArray;
  statusKinds: stringArray;
  surnames: stringArray;
  titles: stringArray;
  unitIds: stringArray;
  workMonths: stringArray;
}

/** 'UpsertCadres' return type */
export type IUpsertCadresResult = void;

/** 'UpsertCadres' query type */
export interface IUpsertCadresQuery {
  params: IUpsertCadresParams;
  result: IUpsertCadresResult;
}

const upsertCadresIR: any = {"usedParamSet":{"personNos":true,"names":true,"surnames":true,"genders":true,"birthMonths":true,"ethnicities":true,"nativePlaces":true,"partyMonths":true,"workMonths":true,"educations":true,"unitIds":true,"posts":true,"levels":true,"postSinces":true,"statusKinds":true,"titles":true},"params":[{"name":"personNos","required":true,"transform":{"type":"scalar"},"locs":[{"a":511,"b":521}]},{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":532,"b":538}]},{"name":"surnames","required":true,"transform":{"type":"scalar"},"locs":[{"a":549,"b":558}]},{"name":"genders","required":true,"transform":{"type":"scalar"},"locs":[{"a":569,"b":577}]},{"name":"birthMonths","required":true,"transform":{"type":"scalar"},"locs":[{"a":588,"b":600}]},{"name":"ethnicities","required":true,"transform":{"type":"scalar"},"locs":[{"a":611,"b":623}]},{"name":"nativePlaces","required":true,"transform":{"type":"scalar"},"locs":[{"a":648,"b":661}]},{"name":"partyMonths","required":true,"transform":{"type":"scalar"},"locs":[{"a":672,"b":684}]},{"name":"workMonths","required":true,"transform":{"type":"scalar"},"locs":[{"a":695,"b":706}]},{"name":"educations","required":true,"transform":{"type":"scalar"},"locs":[{"a":717,"b":728}]},{"name":"unitIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":739,"b":747}]},{"name":"posts","required":true,"transform":{"type":"scalar"},"locs":[{"a":758,"b":764}]},{"name":"levels","required":true,"transform":{"type":"scalar"},"locs":[{"a":789,"b":796}]},{"name":"postSinces","required":true,"transform":{"type":"scalar"},"locs":[{"a":807,"b":818}]},{"name":"statusKinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":829,"b":841}]},{"name":"titles","required":true,"transform":{"type":"scalar"},"locs":[{"a":852,"b":859}]}],"statement":"INSERT INTO cadre (person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,\n                   education, unit_id, post, level, post_since, status_kind, quota_keys)\nSELECT t.person_no, t.name, t.surname, t.gender, t.birth_month, t.ethnicity, t.native_place, t.party_month, t.work_month,\n       t.education, t.unit_id, t.post, t.level, t.post_since, t.status_kind,\n       CASE WHEN t.titles = '' THEN '{}'::text[] ELSE string_to_array(t.titles, chr(31)) END\n  FROM unnest(:personNos!::text[], :names!::text[], :surnames!::text[], :genders!::text[], :birthMonths!::text[], :ethnicities!::text[],\n              :nativePlaces!::text[], :partyMonths!::text[], :workMonths!::text[], :educations!::text[], :unitIds!::uuid[], :posts!::text[],\n              :levels!::text[], :postSinces!::text[], :statusKinds!::text[], :titles!::text[])\n    AS t(person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,\n         education, unit_id, post, level, post_since, status_kind, titles)\nON CONFLICT (person_no) DO UPDATE SET\n  name = EXCLUDED.name, surname = EXCLUDED.surname, gender = EXCLUDED.gender, birth_month = EXCLUDED.birth_month,\n  ethnicity = EXCLUDED.ethnicity, native_place = EXCLUDED.native_place, party_month = EXCLUDED.party_month,\n  work_month = EXCLUDED.work_month, education = EXCLUDED.education, unit_id = EXCLUDED.unit_id, post = EXCLUDED.post,\n  level = EXCLUDED.level, post_since = EXCLUDED.post_since, status_kind = EXCLUDED.status_kind,\n  quota_keys = EXCLUDED.quota_keys, updated_at = now()                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre (person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
 *                    education, unit_id, post, level, post_since, status_kind, quota_keys)
 * SELECT t.person_no, t.name, t.surname, t.gender, t.birth_month, t.ethnicity, t.native_place, t.party_month, t.work_month,
 *        t.education, t.unit_id, t.post, t.level, t.post_since, t.status_kind,
 *        CASE WHEN t.titles = '' THEN '{}'::text[] ELSE string_to_array(t.titles, chr(31)) END
 *   FROM unnest(:personNos!::text[], :names!::text[], :surnames!::text[], :genders!::text[], :birthMonths!::text[], :ethnicities!::text[],
 *               :nativePlaces!::text[], :partyMonths!::text[], :workMonths!::text[], :educations!::text[], :unitIds!::uuid[], :posts!::text[],
 *               :levels!::text[], :postSinces!::text[], :statusKinds!::text[], :titles!::text[])
 *     AS t(person_no, name, surname, gender, birth_month, ethnicity, native_place, party_month, work_month,
 *          education, unit_id, post, level, post_since, status_kind, titles)
 * ON CONFLICT (person_no) DO UPDATE SET
 *   name = EXCLUDED.name, surname = EXCLUDED.surname, gender = EXCLUDED.gender, birth_month = EXCLUDED.birth_month,
 *   ethnicity = EXCLUDED.ethnicity, native_place = EXCLUDED.native_place, party_month = EXCLUDED.party_month,
 *   work_month = EXCLUDED.work_month, education = EXCLUDED.education, unit_id = EXCLUDED.unit_id, post = EXCLUDED.post,
 *   level = EXCLUDED.level, post_since = EXCLUDED.post_since, status_kind = EXCLUDED.status_kind,
 *   quota_keys = EXCLUDED.quota_keys, updated_at = now()                                                                              
 * ```
 */
export const upsertCadres = new PreparedQuery<IUpsertCadresParams,IUpsertCadresResult>(upsertCadresIR);


/** 'EndPosts' parameters type */
export interface IEndPostsParams {
  personNos: stringArray;
  sinces: stringArray;
}

/** 'EndPosts' return type */
export type IEndPostsResult = void;

/** 'EndPosts' query type */
export interface IEndPostsQuery {
  params: IEndPostsParams;
  result: IEndPostsResult;
}

const endPostsIR: any = {"usedParamSet":{"personNos":true,"sinces":true},"params":[{"name":"personNos","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":110}]},{"name":"sinces","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":128}]}],"statement":"UPDATE cadre_post p SET ended = coalesce(m.since, to_char(now(), 'YYYY-MM'))\n  FROM cadre c, unnest(:personNos!::text[], :sinces!::text[]) AS m(person_no, since)\n WHERE c.person_no = m.person_no AND p.cadre_id = c.id AND p.ended IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE cadre_post p SET ended = coalesce(m.since, to_char(now(), 'YYYY-MM'))
 *   FROM cadre c, unnest(:personNos!::text[], :sinces!::text[]) AS m(person_no, since)
 *  WHERE c.person_no = m.person_no AND p.cadre_id = c.id AND p.ended IS NULL
 * ```
 */
export const endPosts = new PreparedQuery<IEndPostsParams,IEndPostsResult>(endPostsIR);


/** 'StartPosts' parameters type */
export interface IStartPostsParams {
  personNos: stringArray;
}

/** 'StartPosts' return type */
export type IStartPostsResult = void;

/** 'StartPosts' query type */
export interface IStartPostsQuery {
  params: IStartPostsParams;
  result: IStartPostsResult;
}

const startPostsIR: any = {"usedParamSet":{"personNos":true},"params":[{"name":"personNos","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":167}]}],"statement":"INSERT INTO cadre_post (cadre_id, unit_id, post, level, started)\nSELECT c.id, c.unit_id, c.post, c.level, c.post_since FROM cadre c WHERE c.person_no = ANY (:personNos!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_post (cadre_id, unit_id, post, level, started)
 * SELECT c.id, c.unit_id, c.post, c.level, c.post_since FROM cadre c WHERE c.person_no = ANY (:personNos!::text[])
 * ```
 */
export const startPosts = new PreparedQuery<IStartPostsParams,IStartPostsResult>(startPostsIR);


/** 'InsertImport' parameters type */
export interface IInsertImportParams {
  applied: boolean;
  created: number;
  errors: Json;
  fileName?: string | null | void;
  importedBy?: string | null | void;
  mode: string;
  rowsTotal: number;
  unchanged: number;
  updated: number;
}

/** 'InsertImport' return type */
export interface IInsertImportResult {
  id: string;
}

/** 'InsertImport' query type */
export interface IInsertImportQuery {
  params: IInsertImportParams;
  result: IInsertImportResult;
}

const insertImportIR: any = {"usedParamSet":{"fileName":true,"mode":true,"applied":true,"rowsTotal":true,"created":true,"updated":true,"unchanged":true,"errors":true,"importedBy":true},"params":[{"name":"fileName","required":false,"transform":{"type":"scalar"},"locs":[{"a":123,"b":131}]},{"name":"mode","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":139}]},{"name":"applied","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":150}]},{"name":"rowsTotal","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":163}]},{"name":"created","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":174}]},{"name":"updated","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":185}]},{"name":"unchanged","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":198}]},{"name":"errors","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":208}]},{"name":"importedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":218,"b":228}]}],"statement":"INSERT INTO roster_import (file_name, mode, applied, rows_total, created, updated, unchanged, errors, imported_by)\nVALUES (:fileName, :mode!, :applied!, :rowsTotal!, :created!, :updated!, :unchanged!, :errors!::jsonb, :importedBy) RETURNING id                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO roster_import (file_name, mode, applied, rows_total, created, updated, unchanged, errors, imported_by)
 * VALUES (:fileName, :mode!, :applied!, :rowsTotal!, :created!, :updated!, :unchanged!, :errors!::jsonb, :importedBy) RETURNING id                                                                                  
 * ```
 */
export const insertImport = new PreparedQuery<IInsertImportParams,IInsertImportResult>(insertImportIR);


/** 'ExportRows' parameters type */
export type IExportRowsParams = void;

/** 'ExportRows' return type */
export interface IExportRowsResult {
  birthMonth: string;
  education: string | null;
  ethnicity: string | null;
  gender: string;
  level: string | null;
  name: string;
  nativePlace: string | null;
  partyMonth: string | null;
  personNo: string;
  post: string;
  postSince: string | null;
  statusKind: string | null;
  unit: string;
  workMonth: string | null;
}

/** 'ExportRows' query type */
export interface IExportRowsQuery {
  params: IExportRowsParams;
  result: IExportRowsResult;
}

const exportRowsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT c.person_no AS \"personNo\", c.name, c.gender, c.birth_month AS \"birthMonth\", c.ethnicity, c.native_place AS \"nativePlace\",\n       c.party_month AS \"partyMonth\", c.work_month AS \"workMonth\", c.education, u.name AS unit, c.post, c.level,\n       c.post_since AS \"postSince\", c.status_kind AS \"statusKind\"\n  FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY u.name, c.person_no"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.person_no AS "personNo", c.name, c.gender, c.birth_month AS "birthMonth", c.ethnicity, c.native_place AS "nativePlace",
 *        c.party_month AS "partyMonth", c.work_month AS "workMonth", c.education, u.name AS unit, c.post, c.level,
 *        c.post_since AS "postSince", c.status_kind AS "statusKind"
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id ORDER BY u.name, c.person_no
 * ```
 */
export const exportRows = new PreparedQuery<IExportRowsParams,IExportRowsResult>(exportRowsIR);


