/** Types generated for queries found in "src/cadres/cadres.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'SummariesByName' parameters type */
export interface ISummariesByNameParams {
  name: string;
}

/** 'SummariesByName' return type */
export interface ISummariesByNameResult {
  birth_month: string;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  person_no: string;
  post: string;
  surname: string;
  unit_id: string;
  unit_name: string;
}

/** 'SummariesByName' query type */
export interface ISummariesByNameQuery {
  params: ISummariesByNameParams;
  result: ISummariesByNameResult;
}

const summariesByNameIR: any = {"usedParamSet":{"name":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":186}]}],"statement":"SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n WHERE c.name = :name!\n ORDER BY c.person_no"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  WHERE c.name = :name!
 *  ORDER BY c.person_no
 * ```
 */
export const summariesByName = new PreparedQuery<ISummariesByNameParams,ISummariesByNameResult>(summariesByNameIR);


/** 'SummariesBySurname' parameters type */
export interface ISummariesBySurnameParams {
  surname: string;
  unitId?: string | null | void;
}

/** 'SummariesBySurname' return type */
export interface ISummariesBySurnameResult {
  birth_month: string;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  person_no: string;
  post: string;
  surname: string;
  unit_id: string;
  unit_name: string;
}

/** 'SummariesBySurname' query type */
export interface ISummariesBySurnameQuery {
  params: ISummariesBySurnameParams;
  result: ISummariesBySurnameResult;
}

const summariesBySurnameIR: any = {"usedParamSet":{"surname":true,"unitId":true},"params":[{"name":"surname","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":192}]},{"name":"unitId","required":false,"transform":{"type":"scalar"},"locs":[{"a":199,"b":205},{"a":236,"b":242}]}],"statement":"SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n WHERE c.surname = :surname! AND (:unitId::uuid IS NULL OR c.unit_id = :unitId)\n ORDER BY c.person_no"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  WHERE c.surname = :surname! AND (:unitId::uuid IS NULL OR c.unit_id = :unitId)
 *  ORDER BY c.person_no
 * ```
 */
export const summariesBySurname = new PreparedQuery<ISummariesBySurnameParams,ISummariesBySurnameResult>(summariesBySurnameIR);


/** 'SummariesByIds' parameters type */
export interface ISummariesByIdsParams {
  ids: stringArray;
}

/** 'SummariesByIds' return type */
export interface ISummariesByIdsResult {
  birth_month: string;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  person_no: string;
  post: string;
  surname: string;
  unit_id: string;
  unit_name: string;
}

/** 'SummariesByIds' query type */
export interface ISummariesByIdsQuery {
  params: ISummariesByIdsParams;
  result: ISummariesByIdsResult;
}

const summariesByIdsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":188}]}],"statement":"SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n WHERE c.id = ANY (:ids!::uuid[])\n ORDER BY c.person_no"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  WHERE c.id = ANY (:ids!::uuid[])
 *  ORDER BY c.person_no
 * ```
 */
export const summariesByIds = new PreparedQuery<ISummariesByIdsParams,ISummariesByIdsResult>(summariesByIdsIR);


/** 'SummaryByPersonNo' parameters type */
export interface ISummaryByPersonNoParams {
  personNo: string;
}

/** 'SummaryByPersonNo' return type */
export interface ISummaryByPersonNoResult {
  birth_month: string;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  person_no: string;
  post: string;
  surname: string;
  unit_id: string;
  unit_name: string;
}

/** 'SummaryByPersonNo' query type */
export interface ISummaryByPersonNoQuery {
  params: ISummaryByPersonNoParams;
  result: ISummaryByPersonNoResult;
}

const summaryByPersonNoIR: any = {"usedParamSet":{"personNo":true},"params":[{"name":"personNo","required":true,"transform":{"type":"scalar"},"locs":[{"a":186,"b":195}]}],"statement":"SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n WHERE c.person_no = :personNo!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  WHERE c.person_no = :personNo!
 * ```
 */
export const summaryByPersonNo = new PreparedQuery<ISummaryByPersonNoParams,ISummaryByPersonNoResult>(summaryByPersonNoIR);


/** 'UnitByName' parameters type */
export interface IUnitByNameParams {
  name: string;
}

/** 'UnitByName' return type */
export interface IUnitByNameResult {
  name: string;
  names: stringArray;
  unit_id: string;
}

/** 'UnitByName' query type */
export interface IUnitByNameQuery {
  params: IUnitByNameParams;
  result: IUnitByNameResult;
}

const unitByNameIR: any = {"usedParamSet":{"name":true},"params":[{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":226}]}],"statement":"SELECT u.id AS unit_id, u.name,\n       array(SELECT n2.name FROM unit_name n2 WHERE n2.unit_id = u.id ORDER BY n2.kind <> 'CURRENT', n2.name) AS \"names!\"\n  FROM unit_name n JOIN unit u ON u.id = n.unit_id\n WHERE n.name = :name!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id AS unit_id, u.name,
 *        array(SELECT n2.name FROM unit_name n2 WHERE n2.unit_id = u.id ORDER BY n2.kind <> 'CURRENT', n2.name) AS "names!"
 *   FROM unit_name n JOIN unit u ON u.id = n.unit_id
 *  WHERE n.name = :name!
 * ```
 */
export const unitByName = new PreparedQuery<IUnitByNameParams,IUnitByNameResult>(unitByNameIR);


/** 'DictionaryWords' parameters type */
export type IDictionaryWordsParams = void;

/** 'DictionaryWords' return type */
export interface IDictionaryWordsResult {
  names: stringArray;
  posts: stringArray;
  surnames: stringArray;
}

/** 'DictionaryWords' query type */
export interface IDictionaryWordsQuery {
  params: IDictionaryWordsParams;
  result: IDictionaryWordsResult;
}

const dictionaryWordsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT array(SELECT DISTINCT name FROM cadre ORDER BY 1) AS \"names!\",\n       array(SELECT DISTINCT surname FROM cadre ORDER BY 1) AS \"surnames!\",\n       array(SELECT DISTINCT post FROM cadre_post ORDER BY 1) AS \"posts!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT array(SELECT DISTINCT name FROM cadre ORDER BY 1) AS "names!",
 *        array(SELECT DISTINCT surname FROM cadre ORDER BY 1) AS "surnames!",
 *        array(SELECT DISTINCT post FROM cadre_post ORDER BY 1) AS "posts!"
 * ```
 */
export const dictionaryWords = new PreparedQuery<IDictionaryWordsParams,IDictionaryWordsResult>(dictionaryWordsIR);


/** 'DictionaryUnits' parameters type */
export type IDictionaryUnitsParams = void;

/** 'DictionaryUnits' return type */
export interface IDictionaryUnitsResult {
  name: string;
  names: stringArray;
  unit_id: string;
}

/** 'DictionaryUnits' query type */
export interface IDictionaryUnitsQuery {
  params: IDictionaryUnitsParams;
  result: IDictionaryUnitsResult;
}

const dictionaryUnitsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT u.id AS unit_id, u.name, array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) AS \"names!\"\n  FROM unit u JOIN unit_name n ON n.unit_id = u.id\n GROUP BY u.id\n ORDER BY u.name                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id AS unit_id, u.name, array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) AS "names!"
 *   FROM unit u JOIN unit_name n ON n.unit_id = u.id
 *  GROUP BY u.id
 *  ORDER BY u.name                                                                                             
 * ```
 */
export const dictionaryUnits = new PreparedQuery<IDictionaryUnitsParams,IDictionaryUnitsResult>(dictionaryUnitsIR);


/** 'RosterStamp' parameters type */
export type IRosterStampParams = void;

/** 'RosterStamp' return type */
export interface IRosterStampResult {
  stamp: string;
}

/** 'RosterStamp' query type */
export interface IRosterStampQuery {
  params: IRosterStampParams;
  result: IRosterStampResult;
}

const rosterStampIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT revision::text AS \"stamp!\" FROM roster_revision"};

/**
 * Query generated from SQL:
 * ```
 * SELECT revision::text AS "stamp!" FROM roster_revision
 * ```
 */
export const rosterStamp = new PreparedQuery<IRosterStampParams,IRosterStampResult>(rosterStampIR);


/** 'RosterPeople' parameters type */
export type IRosterPeopleParams = void;

/** 'RosterPeople' return type */
export interface IRosterPeopleResult {
  gender: string;
  id: string;
  name: string;
  personNo: string;
  post: string;
  postSince: string | null;
  rank: string | null;
  unit: string;
}

/** 'RosterPeople' query type */
export interface IRosterPeopleQuery {
  params: IRosterPeopleParams;
  result: IRosterPeopleResult;
}

const rosterPeopleIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT c.id, c.person_no AS \"personNo\", c.name, u.name AS unit, c.post, c.level AS rank, c.gender, c.post_since AS \"postSince\"\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n ORDER BY c.person_no"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no AS "personNo", c.name, u.name AS unit, c.post, c.level AS rank, c.gender, c.post_since AS "postSince"
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  ORDER BY c.person_no
 * ```
 */
export const rosterPeople = new PreparedQuery<IRosterPeopleParams,IRosterPeopleResult>(rosterPeopleIR);


/** 'RosterUnits' parameters type */
export type IRosterUnitsParams = void;

/** 'RosterUnits' return type */
export interface IRosterUnitsResult {
  aliases: stringArray;
  name: string;
}

/** 'RosterUnits' query type */
export interface IRosterUnitsQuery {
  params: IRosterUnitsParams;
  result: IRosterUnitsResult;
}

const rosterUnitsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT u.name, coalesce(array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) FILTER (WHERE n.name <> u.name), '{}') AS \"aliases!\"\n  FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id\n GROUP BY u.id, u.name\n ORDER BY u.name                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.name, coalesce(array_agg(n.name ORDER BY n.kind <> 'CURRENT', n.name) FILTER (WHERE n.name <> u.name), '{}') AS "aliases!"
 *   FROM unit u LEFT JOIN unit_name n ON n.unit_id = u.id
 *  GROUP BY u.id, u.name
 *  ORDER BY u.name                                                   
 * ```
 */
export const rosterUnits = new PreparedQuery<IRosterUnitsParams,IRosterUnitsResult>(rosterUnitsIR);


/** 'CountCadres' parameters type */
export interface ICountCadresParams {
  level?: string | null | void;
  q?: string | null | void;
  unit?: string | null | void;
}

/** 'CountCadres' return type */
export interface ICountCadresResult {
  total: number;
}

/** 'CountCadres' query type */
export interface ICountCadresQuery {
  params: ICountCadresParams;
  result: ICountCadresResult;
}

const countCadresIR: any = {"usedParamSet":{"q":true,"unit":true,"level":true},"params":[{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":56,"b":57},{"a":85,"b":86},{"a":105,"b":106},{"a":123,"b":124}]},{"name":"unit","required":false,"transform":{"type":"scalar"},"locs":[{"a":142,"b":146},{"a":221,"b":225}]},{"name":"level","required":false,"transform":{"type":"scalar"},"locs":[{"a":237,"b":242},{"a":271,"b":276}]}],"statement":"SELECT count(*)::int AS \"total!\"\n  FROM cadre c\n WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')\n   AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))\n   AND (:level::text IS NULL OR c.level = :level)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "total!"
 *   FROM cadre c
 *  WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')
 *    AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))
 *    AND (:level::text IS NULL OR c.level = :level)
 * ```
 */
export const countCadres = new PreparedQuery<ICountCadresParams,ICountCadresResult>(countCadresIR);


/** 'ListCadres' parameters type */
export interface IListCadresParams {
  level?: string | null | void;
  limit: number;
  offset: number;
  q?: string | null | void;
  unit?: string | null | void;
}

/** 'ListCadres' return type */
export interface IListCadresResult {
  birth_month: string;
  gender: string;
  id: string;
  level: string | null;
  name: string;
  person_no: string;
  post: string;
  surname: string;
  unit_id: string;
  unit_name: string;
}

/** 'ListCadres' query type */
export interface IListCadresQuery {
  params: IListCadresParams;
  result: IListCadresResult;
}

const listCadresIR: any = {"usedParamSet":{"q":true,"unit":true,"level":true,"limit":true,"offset":true},"params":[{"name":"q","required":false,"transform":{"type":"scalar"},"locs":[{"a":173,"b":174},{"a":202,"b":203},{"a":222,"b":223},{"a":240,"b":241}]},{"name":"unit","required":false,"transform":{"type":"scalar"},"locs":[{"a":259,"b":263},{"a":338,"b":342}]},{"name":"level","required":false,"transform":{"type":"scalar"},"locs":[{"a":354,"b":359},{"a":388,"b":393}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":425,"b":431}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":445,"b":452}]}],"statement":"SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level\n  FROM cadre c JOIN unit u ON u.id = c.unit_id\n WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')\n   AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))\n   AND (:level::text IS NULL OR c.level = :level)\n ORDER BY c.person_no\n LIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.person_no, c.name, c.surname, c.gender, c.birth_month, c.unit_id, u.name AS unit_name, c.post, c.level
 *   FROM cadre c JOIN unit u ON u.id = c.unit_id
 *  WHERE (:q::text IS NULL OR c.name = :q OR c.person_no = :q OR c.name LIKE :q || '%')
 *    AND (:unit::text IS NULL OR c.unit_id = (SELECT unit_id FROM unit_name WHERE name = :unit))
 *    AND (:level::text IS NULL OR c.level = :level)
 *  ORDER BY c.person_no
 *  LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listCadres = new PreparedQuery<IListCadresParams,IListCadresResult>(listCadresIR);


/** 'CadreRecord' parameters type */
export interface ICadreRecordParams {
  id: string;
}

/** 'CadreRecord' return type */
export interface ICadreRecordResult {
  education: string | null;
  ethnicity: string | null;
  file_audited_on: string | null;
  investigation_since: string | null;
  native_place: string | null;
  party_month: string | null;
  post_since: string | null;
  status_kind: string | null;
  under_investigation: boolean;
  work_month: string | null;
}

/** 'CadreRecord' query type */
export interface ICadreRecordQuery {
  params: ICadreRecordParams;
  result: ICadreRecordResult;
}

const cadreRecordIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":271,"b":274}]}],"statement":"SELECT ethnicity, native_place, party_month, work_month, education, post_since, status_kind, under_investigation,\n       to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since, to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on\n  FROM cadre\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT ethnicity, native_place, party_month, work_month, education, post_since, status_kind, under_investigation,
 *        to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since, to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on
 *   FROM cadre
 *  WHERE id = :id!
 * ```
 */
export const cadreRecord = new PreparedQuery<ICadreRecordParams,ICadreRecordResult>(cadreRecordIR);


/** 'PostHistory' parameters type */
export interface IPostHistoryParams {
  cadreId: string;
}

/** 'PostHistory' return type */
export interface IPostHistoryResult {
  ended: string | null;
  level: string | null;
  post: string;
  started: string | null;
  unit_name: string;
}

/** 'PostHistory' query type */
export interface IPostHistoryQuery {
  params: IPostHistoryParams;
  result: IPostHistoryResult;
}

const postHistoryIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":144}]}],"statement":"SELECT u.name AS unit_name, p.post, p.level, p.started, p.ended\n  FROM cadre_post p JOIN unit u ON u.id = p.unit_id\n WHERE p.cadre_id = :cadreId!\n ORDER BY p.id DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.name AS unit_name, p.post, p.level, p.started, p.ended
 *   FROM cadre_post p JOIN unit u ON u.id = p.unit_id
 *  WHERE p.cadre_id = :cadreId!
 *  ORDER BY p.id DESC
 * ```
 */
export const postHistory = new PreparedQuery<IPostHistoryParams,IPostHistoryResult>(postHistoryIR);


/** 'SanctionsOf' parameters type */
export interface ISanctionsOfParams {
  cadreId: string;
}

/** 'SanctionsOf' return type */
export interface ISanctionsOfResult {
  effective_on: string;
  id: string;
  kind: string;
  note: string | null;
  probation_months: number | null;
}

/** 'SanctionsOf' query type */
export interface ISanctionsOfQuery {
  params: ISanctionsOfParams;
  result: ISanctionsOfResult;
}

const sanctionsOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":138}]}],"statement":"SELECT id, kind, to_char(effective_on, 'YYYY-MM-DD') AS \"effective_on!\", probation_months, note\n  FROM sanction\n WHERE cadre_id = :cadreId!\n ORDER BY effective_on DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, to_char(effective_on, 'YYYY-MM-DD') AS "effective_on!", probation_months, note
 *   FROM sanction
 *  WHERE cadre_id = :cadreId!
 *  ORDER BY effective_on DESC
 * ```
 */
export const sanctionsOf = new PreparedQuery<ISanctionsOfParams,ISanctionsOfResult>(sanctionsOfIR);


/** 'PersonalMattersOf' parameters type */
export interface IPersonalMattersOfParams {
  cadreId: string;
}

/** 'PersonalMattersOf' return type */
export interface IPersonalMattersOfResult {
  check_reason: string | null;
  checked_on: string | null;
  detail: string | null;
  status: string;
  year: number;
}

/** 'PersonalMattersOf' query type */
export interface IPersonalMattersOfQuery {
  params: IPersonalMattersOfParams;
  result: IPersonalMattersOfResult;
}

const personalMattersOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":148}]}],"statement":"SELECT year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on, check_reason, detail\n  FROM personal_matters_report\n WHERE cadre_id = :cadreId!\n ORDER BY year DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on, check_reason, detail
 *   FROM personal_matters_report
 *  WHERE cadre_id = :cadreId!
 *  ORDER BY year DESC
 * ```
 */
export const personalMattersOf = new PreparedQuery<IPersonalMattersOfParams,IPersonalMattersOfResult>(personalMattersOfIR);


/** 'VettingCadres' parameters type */
export interface IVettingCadresParams {
  ids: stringArray;
}

/** 'VettingCadres' return type */
export interface IVettingCadresResult {
  file_audited_on: string | null;
  id: string;
  investigation_since: string | null;
  level: string | null;
  quota_keys: stringArray;
  under_investigation: boolean;
  unit_id: string;
}

/** 'VettingCadres' query type */
export interface IVettingCadresQuery {
  params: IVettingCadresParams;
  result: IVettingCadresResult;
}

const vettingCadresIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":226}]}],"statement":"SELECT id, unit_id, level, quota_keys, under_investigation, to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since,\n       to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on\n  FROM cadre\n WHERE id = ANY (:ids!::uuid[])                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, unit_id, level, quota_keys, under_investigation, to_char(investigation_since, 'YYYY-MM-DD') AS investigation_since,
 *        to_char(file_audited_on, 'YYYY-MM-DD') AS file_audited_on
 *   FROM cadre
 *  WHERE id = ANY (:ids!::uuid[])                                                                 
 * ```
 */
export const vettingCadres = new PreparedQuery<IVettingCadresParams,IVettingCadresResult>(vettingCadresIR);


/** 'VettingSanctions' parameters type */
export interface IVettingSanctionsParams {
  ids: stringArray;
}

/** 'VettingSanctions' return type */
export interface IVettingSanctionsResult {
  cadre_id: string;
  effective_on: string;
  id: string;
  kind: string;
  probation_months: number | null;
}

/** 'VettingSanctions' query type */
export interface IVettingSanctionsQuery {
  params: IVettingSanctionsParams;
  result: IVettingSanctionsResult;
}

const vettingSanctionsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":143}]}],"statement":"SELECT cadre_id, id, kind, to_char(effective_on, 'YYYY-MM-DD') AS \"effective_on!\", probation_months\n  FROM sanction\n WHERE cadre_id = ANY (:ids!::uuid[])\n ORDER BY cadre_id, effective_on, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id, id, kind, to_char(effective_on, 'YYYY-MM-DD') AS "effective_on!", probation_months
 *   FROM sanction
 *  WHERE cadre_id = ANY (:ids!::uuid[])
 *  ORDER BY cadre_id, effective_on, id
 * ```
 */
export const vettingSanctions = new PreparedQuery<IVettingSanctionsParams,IVettingSanctionsResult>(vettingSanctionsIR);


/** 'LatestPersonalMatters' parameters type */
export interface ILatestPersonalMattersParams {
  ids: stringArray;
}

/** 'LatestPersonalMatters' return type */
export interface ILatestPersonalMattersResult {
  cadre_id: string;
  checked_on: string | null;
  detail: string | null;
  explained_on: string | null;
  status: string;
  year: number;
}

/** 'LatestPersonalMatters' query type */
export interface ILatestPersonalMattersQuery {
  params: ILatestPersonalMattersParams;
  result: ILatestPersonalMattersResult;
}

const latestPersonalMattersIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":228}]}],"statement":"SELECT DISTINCT ON (cadre_id) cadre_id, year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on,\n       to_char(explained_on, 'YYYY-MM-DD') AS explained_on, detail\n  FROM personal_matters_report\n WHERE cadre_id = ANY (:ids!::uuid[])\n ORDER BY cadre_id, year DESC                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT ON (cadre_id) cadre_id, year, status, to_char(checked_on, 'YYYY-MM-DD') AS checked_on,
 *        to_char(explained_on, 'YYYY-MM-DD') AS explained_on, detail
 *   FROM personal_matters_report
 *  WHERE cadre_id = ANY (:ids!::uuid[])
 *  ORDER BY cadre_id, year DESC                                                                                           
 * ```
 */
export const latestPersonalMatters = new PreparedQuery<ILatestPersonalMattersParams,ILatestPersonalMattersResult>(latestPersonalMattersIR);


/** 'FindingsOf' parameters type */
export interface IFindingsOfParams {
  cadreId: string;
  hidden: stringArray;
}

/** 'FindingsOf' return type */
export interface IFindingsOfResult {
  concluded_on: string;
  id: string;
  outcome: string;
  report_id: string | null;
  summary: string | null;
}

/** 'FindingsOf' query type */
export interface IFindingsOfQuery {
  params: IFindingsOfParams;
  result: IFindingsOfResult;
}

const findingsOfIR: any = {"usedParamSet":{"cadreId":true,"hidden":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":156}]},{"name":"hidden","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":213}]}],"statement":"SELECT f.id, f.outcome, to_char(f.concluded_on, 'YYYY-MM-DD') AS \"concluded_on!\", f.summary, f.report_id\n  FROM cadre_finding f\n WHERE f.cadre_id = :cadreId! AND (f.report_id IS NULL OR f.report_id <> ALL (:hidden!::uuid[]))\n ORDER BY f.concluded_on DESC                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT f.id, f.outcome, to_char(f.concluded_on, 'YYYY-MM-DD') AS "concluded_on!", f.summary, f.report_id
 *   FROM cadre_finding f
 *  WHERE f.cadre_id = :cadreId! AND (f.report_id IS NULL OR f.report_id <> ALL (:hidden!::uuid[]))
 *  ORDER BY f.concluded_on DESC                                                                       
 * ```
 */
export const findingsOf = new PreparedQuery<IFindingsOfParams,IFindingsOfResult>(findingsOfIR);


/** 'LinkedReportsOf' parameters type */
export interface ILinkedReportsOfParams {
  cadreId: string;
  hidden: stringArray;
}

/** 'LinkedReportsOf' return type */
export interface ILinkedReportsOfResult {
  report_id: string;
}

/** 'LinkedReportsOf' query type */
export interface ILinkedReportsOfQuery {
  params: ILinkedReportsOfParams;
  result: ILinkedReportsOfResult;
}

const linkedReportsOfIR: any = {"usedParamSet":{"cadreId":true,"hidden":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":74}]},{"name":"hidden","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":131}]}],"statement":"SELECT l.report_id\n  FROM cadre_report_link l\n WHERE l.cadre_id = :cadreId! AND (l.report_id IS NULL OR l.report_id <> ALL (:hidden!::uuid[]))                                                                                                                                                                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT l.report_id
 *   FROM cadre_report_link l
 *  WHERE l.cadre_id = :cadreId! AND (l.report_id IS NULL OR l.report_id <> ALL (:hidden!::uuid[]))                                                                                                                                                                                                                                                              
 * ```
 */
export const linkedReportsOf = new PreparedQuery<ILinkedReportsOfParams,ILinkedReportsOfResult>(linkedReportsOfIR);


/** 'OpenCasesOfCadres' parameters type */
export interface IOpenCasesOfCadresParams {
  concluded: stringArray;
  ids: stringArray;
}

/** 'OpenCasesOfCadres' return type */
export interface IOpenCasesOfCadresResult {
  cadre_id: string;
  number: string;
  received_at: Date;
  report_id: string;
  status: string;
}

/** 'OpenCasesOfCadres' query type */
export interface IOpenCasesOfCadresQuery {
  params: IOpenCasesOfCadresParams;
  result: IOpenCasesOfCadresResult;
}

const openCasesOfCadresIR: any = {"usedParamSet":{"ids":true,"concluded":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":219,"b":223}]},{"name":"concluded","required":true,"transform":{"type":"scalar"},"locs":[{"a":255,"b":265}]}],"statement":"SELECT l.cadre_id, r.id AS \"report_id!\", r.number AS \"number!\", r.status AS \"status!\", r.received_at AS \"received_at!\"\n  FROM cadre_report_link l\n  JOIN report_case_view r ON r.id = l.report_id\n WHERE l.cadre_id = ANY (:ids!::uuid[]) AND r.status <> ALL (:concluded!::text[])\n ORDER BY l.cadre_id, r.received_at, r.id                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT l.cadre_id, r.id AS "report_id!", r.number AS "number!", r.status AS "status!", r.received_at AS "received_at!"
 *   FROM cadre_report_link l
 *   JOIN report_case_view r ON r.id = l.report_id
 *  WHERE l.cadre_id = ANY (:ids!::uuid[]) AND r.status <> ALL (:concluded!::text[])
 *  ORDER BY l.cadre_id, r.received_at, r.id                                                                                     
 * ```
 */
export const openCasesOfCadres = new PreparedQuery<IOpenCasesOfCadresParams,IOpenCasesOfCadresResult>(openCasesOfCadresIR);


/** 'LockExisting' parameters type */
export interface ILockExistingParams {
  ids: stringArray;
}

/** 'LockExisting' return type */
export interface ILockExistingResult {
  id: string;
}

/** 'LockExisting' query type */
export interface ILockExistingQuery {
  params: ILockExistingParams;
  result: ILockExistingResult;
}

const lockExistingIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":41}]}],"statement":"SELECT id FROM cadre WHERE id = ANY (:ids!::uuid[]) FOR SHARE                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM cadre WHERE id = ANY (:ids!::uuid[]) FOR SHARE                                                                                                     
 * ```
 */
export const lockExisting = new PreparedQuery<ILockExistingParams,ILockExistingResult>(lockExistingIR);


/** 'NamesByIdsOrdered' parameters type */
export interface INamesByIdsOrderedParams {
  ids: stringArray;
}

/** 'NamesByIdsOrdered' return type */
export interface INamesByIdsOrderedResult {
  id: string;
  name: string;
}

/** 'NamesByIdsOrdered' query type */
export interface INamesByIdsOrderedQuery {
  params: INamesByIdsOrderedParams;
  result: INamesByIdsOrderedResult;
}

const namesByIdsOrderedIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":50}]}],"statement":"SELECT id, name\n  FROM cadre\n WHERE id = ANY (:ids!::uuid[])\n ORDER BY name, id                                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, name
 *   FROM cadre
 *  WHERE id = ANY (:ids!::uuid[])
 *  ORDER BY name, id                                                                                                                           
 * ```
 */
export const namesByIdsOrdered = new PreparedQuery<INamesByIdsOrderedParams,INamesByIdsOrderedResult>(namesByIdsOrderedIR);


/** 'MatchingHints' parameters type */
export interface IMatchingHintsParams {
  ids: stringArray;
}

/** 'MatchingHints' return type */
export interface IMatchingHintsResult {
  id: string;
  name: string;
  namesakes: number;
  post: string;
  unit_names: stringArray;
}

/** 'MatchingHints' query type */
export interface IMatchingHintsQuery {
  params: IMatchingHintsParams;
  result: IMatchingHintsResult;
}

const matchingHintsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":248,"b":252}]}],"statement":"SELECT c.id, c.name, c.post, array(SELECT un.name FROM unit_name un WHERE un.unit_id = c.unit_id) AS \"unit_names!\",\n       (SELECT count(*)::int FROM cadre o WHERE o.name = c.name AND o.id <> c.id) AS \"namesakes!\"\n  FROM cadre c\n WHERE c.id = ANY (:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.name, c.post, array(SELECT un.name FROM unit_name un WHERE un.unit_id = c.unit_id) AS "unit_names!",
 *        (SELECT count(*)::int FROM cadre o WHERE o.name = c.name AND o.id <> c.id) AS "namesakes!"
 *   FROM cadre c
 *  WHERE c.id = ANY (:ids!::uuid[])
 * ```
 */
export const matchingHints = new PreparedQuery<IMatchingHintsParams,IMatchingHintsResult>(matchingHintsIR);


