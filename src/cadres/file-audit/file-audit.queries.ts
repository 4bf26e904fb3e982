/** Types generated for queries found in "src/cadres/file-audit/file-audit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'EntriesOf' parameters type */
export interface IEntriesOfParams {
  cadreId: string;
}

/** 'EntriesOf' return type */
export interface IEntriesOfResult {
  diploma: boolean | null;
  document_date: string;
  education_level: string | null;
  entered_at: Date;
  entered_by: string | null;
  fact: string;
  filled_by_self: boolean;
  from_date: string | null;
  full_time: boolean | null;
  id: string;
  institution: string | null;
  note: string | null;
  post: string | null;
  source: string;
  stated_date: string | null;
  status: string | null;
  to_date: string | null;
  unit: string | null;
}

/** 'EntriesOf' query type */
export interface IEntriesOfQuery {
  params: IEntriesOfParams;
  result: IEntriesOfResult;
}

const entriesOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":231,"b":239}]}],"statement":"SELECT id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post, status, source,\n       document_date, filled_by_self, note, entered_by, entered_at\n  FROM file_entry\n WHERE cadre_id = :cadreId!\n ORDER BY fact, document_date, entered_at, id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post, status, source,
 *        document_date, filled_by_self, note, entered_by, entered_at
 *   FROM file_entry
 *  WHERE cadre_id = :cadreId!
 *  ORDER BY fact, document_date, entered_at, id
 * ```
 */
export const entriesOf = new PreparedQuery<IEntriesOfParams,IEntriesOfResult>(entriesOfIR);


/** 'InsertEntry' parameters type */
export interface IInsertEntryParams {
  cadreId: string;
  diploma?: boolean | null | void;
  documentDate: string;
  educationLevel?: string | null | void;
  enteredBy?: string | null | void;
  fact: string;
  filledBySelf: boolean;
  fromDate?: string | null | void;
  fullTime?: boolean | null | void;
  institution?: string | null | void;
  note?: string | null | void;
  post?: string | null | void;
  source: string;
  statedDate?: string | null | void;
  status?: string | null | void;
  toDate?: string | null | void;
  unit?: string | null | void;
}

/** 'InsertEntry' return type */
export interface IInsertEntryResult {
  id: string;
}

/** 'InsertEntry' query type */
export interface IInsertEntryQuery {
  params: IInsertEntryParams;
  result: IInsertEntryResult;
}

const insertEntryIR: any = {"usedParamSet":{"cadreId":true,"fact":true,"statedDate":true,"fromDate":true,"toDate":true,"educationLevel":true,"institution":true,"diploma":true,"fullTime":true,"unit":true,"post":true,"status":true,"source":true,"documentDate":true,"filledBySelf":true,"note":true,"enteredBy":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":232,"b":240}]},{"name":"fact","required":true,"transform":{"type":"scalar"},"locs":[{"a":243,"b":248}]},{"name":"statedDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":251,"b":261}]},{"name":"fromDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":264,"b":272}]},{"name":"toDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":275,"b":281}]},{"name":"educationLevel","required":false,"transform":{"type":"scalar"},"locs":[{"a":284,"b":298}]},{"name":"institution","required":false,"transform":{"type":"scalar"},"locs":[{"a":301,"b":312}]},{"name":"diploma","required":false,"transform":{"type":"scalar"},"locs":[{"a":315,"b":322}]},{"name":"fullTime","required":false,"transform":{"type":"scalar"},"locs":[{"a":325,"b":333}]},{"name":"unit","required":false,"transform":{"type":"scalar"},"locs":[{"a":336,"b":340}]},{"name":"post","required":false,"transform":{"type":"scalar"},"locs":[{"a":343,"b":347}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":358,"b":364}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":367,"b":374}]},{"name":"documentDate","required":true,"transform":{"type":"scalar"},"locs":[{"a":377,"b":390}]},{"name":"filledBySelf","required":true,"transform":{"type":"scalar"},"locs":[{"a":393,"b":406}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":409,"b":413}]},{"name":"enteredBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":416,"b":425}]}],"statement":"INSERT INTO file_entry (cadre_id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post,\n                        status, source, document_date, filled_by_self, note, entered_by)\nVALUES (:cadreId!, :fact!, :statedDate, :fromDate, :toDate, :educationLevel, :institution, :diploma, :fullTime, :unit, :post,\n        :status, :source!, :documentDate!, :filledBySelf!, :note, :enteredBy)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO file_entry (cadre_id, fact, stated_date, from_date, to_date, education_level, institution, diploma, full_time, unit, post,
 *                         status, source, document_date, filled_by_self, note, entered_by)
 * VALUES (:cadreId!, :fact!, :statedDate, :fromDate, :toDate, :educationLevel, :institution, :diploma, :fullTime, :unit, :post,
 *         :status, :source!, :documentDate!, :filledBySelf!, :note, :enteredBy)
 * RETURNING id
 * ```
 */
export const insertEntry = new PreparedQuery<IInsertEntryParams,IInsertEntryResult>(insertEntryIR);


/** 'DeleteEntry' parameters type */
export interface IDeleteEntryParams {
  cadreId: string;
  id: string;
}

/** 'DeleteEntry' return type */
export interface IDeleteEntryResult {
  fact: string;
  id: string;
}

/** 'DeleteEntry' query type */
export interface IDeleteEntryQuery {
  params: IDeleteEntryParams;
  result: IDeleteEntryResult;
}

const deleteEntryIR: any = {"usedParamSet":{"id":true,"cadreId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":34,"b":37}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":62}]}],"statement":"DELETE FROM file_entry WHERE id = :id! AND cadre_id = :cadreId! RETURNING id, fact                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM file_entry WHERE id = :id! AND cadre_id = :cadreId! RETURNING id, fact                                                                                   
 * ```
 */
export const deleteEntry = new PreparedQuery<IDeleteEntryParams,IDeleteEntryResult>(deleteEntryIR);


/** 'DoubtsOf' parameters type */
export interface IDoubtsOfParams {
  cadreId: string;
}

/** 'DoubtsOf' return type */
export interface IDoubtsOfResult {
  entry_ids: stringArray;
  fact: string;
  id: string;
  key: string;
  message: string;
  opened_at: Date;
  resolution: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  rule: string;
  status: string;
}

/** 'DoubtsOf' query type */
export interface IDoubtsOfQuery {
  params: IDoubtsOfParams;
  result: IDoubtsOfResult;
}

const doubtsOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":148}]}],"statement":"SELECT id, key, rule, fact, message, entry_ids, status, resolution, resolved_by, resolved_at, opened_at\n  FROM file_doubt\n WHERE cadre_id = :cadreId!\n ORDER BY status, opened_at, key                                                                                                                                                                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, key, rule, fact, message, entry_ids, status, resolution, resolved_by, resolved_at, opened_at
 *   FROM file_doubt
 *  WHERE cadre_id = :cadreId!
 *  ORDER BY status, opened_at, key                                                                                                                                                                                                      
 * ```
 */
export const doubtsOf = new PreparedQuery<IDoubtsOfParams,IDoubtsOfResult>(doubtsOfIR);


/** 'UpsertDoubts' parameters type */
export interface IUpsertDoubtsParams {
  cadreId: string;
  doubts: Json;
}

/** 'UpsertDoubts' return type */
export interface IUpsertDoubtsResult {
  id: string;
  key: string;
  opened: boolean;
  rule: string;
}

/** 'UpsertDoubts' query type */
export interface IUpsertDoubtsQuery {
  params: IUpsertDoubtsParams;
  result: IUpsertDoubtsResult;
}

const upsertDoubtsIR: any = {"usedParamSet":{"cadreId":true,"doubts":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":86}]},{"name":"doubts","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":168}]}],"statement":"INSERT INTO file_doubt (cadre_id, key, rule, fact, message, entry_ids)\nSELECT :cadreId!, d.key, d.rule, d.fact, d.message, d.entry_ids\n  FROM jsonb_to_recordset(:doubts!::jsonb) AS d(key text, rule text, fact text, message text, entry_ids uuid[])\nON CONFLICT (cadre_id, key) DO UPDATE SET message = EXCLUDED.message WHERE file_doubt.status = 'OPEN'\nRETURNING id, key, rule, (xmax = 0) AS \"opened!\"                                                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO file_doubt (cadre_id, key, rule, fact, message, entry_ids)
 * SELECT :cadreId!, d.key, d.rule, d.fact, d.message, d.entry_ids
 *   FROM jsonb_to_recordset(:doubts!::jsonb) AS d(key text, rule text, fact text, message text, entry_ids uuid[])
 * ON CONFLICT (cadre_id, key) DO UPDATE SET message = EXCLUDED.message WHERE file_doubt.status = 'OPEN'
 * RETURNING id, key, rule, (xmax = 0) AS "opened!"                                                                                                                                   
 * ```
 */
export const upsertDoubts = new PreparedQuery<IUpsertDoubtsParams,IUpsertDoubtsResult>(upsertDoubtsIR);


/** 'DeleteStaleDoubts' parameters type */
export interface IDeleteStaleDoubtsParams {
  cadreId: string;
  keys: stringArray;
}

/** 'DeleteStaleDoubts' return type */
export interface IDeleteStaleDoubtsResult {
  id: string;
  rule: string;
}

/** 'DeleteStaleDoubts' query type */
export interface IDeleteStaleDoubtsQuery {
  params: IDeleteStaleDoubtsParams;
  result: IDeleteStaleDoubtsResult;
}

const deleteStaleDoubtsIR: any = {"usedParamSet":{"cadreId":true,"keys":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":49}]},{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":122}]}],"statement":"DELETE FROM file_doubt\n WHERE cadre_id = :cadreId! AND status = 'OPEN' AND rule <> 'ROSTER_CONFLICT' AND key <> ALL (:keys!::text[])\nRETURNING id, rule"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM file_doubt
 *  WHERE cadre_id = :cadreId! AND status = 'OPEN' AND rule <> 'ROSTER_CONFLICT' AND key <> ALL (:keys!::text[])
 * RETURNING id, rule
 * ```
 */
export const deleteStaleDoubts = new PreparedQuery<IDeleteStaleDoubtsParams,IDeleteStaleDoubtsResult>(deleteStaleDoubtsIR);


/** 'ResolveDoubt' parameters type */
export interface IResolveDoubtParams {
  cadreId: string;
  id: string;
  resolution: string;
  resolvedBy?: string | null | void;
}

/** 'ResolveDoubt' return type */
export interface IResolveDoubtResult {
  id: string;
  message: string;
  rule: string;
}

/** 'ResolveDoubt' query type */
export interface IResolveDoubtQuery {
  params: IResolveDoubtParams;
  result: IResolveDoubtResult;
}

const resolveDoubtIR: any = {"usedParamSet":{"resolution":true,"resolvedBy":true,"id":true,"cadreId":true},"params":[{"name":"resolution","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":67}]},{"name":"resolvedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":84,"b":94}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":132}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":157}]}],"statement":"UPDATE file_doubt SET status = 'RESOLVED', resolution = :resolution!, resolved_by = :resolvedBy, resolved_at = now()\n WHERE id = :id! AND cadre_id = :cadreId! AND status = 'OPEN'\nRETURNING id, rule, message"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE file_doubt SET status = 'RESOLVED', resolution = :resolution!, resolved_by = :resolvedBy, resolved_at = now()
 *  WHERE id = :id! AND cadre_id = :cadreId! AND status = 'OPEN'
 * RETURNING id, rule, message
 * ```
 */
export const resolveDoubt = new PreparedQuery<IResolveDoubtParams,IResolveDoubtResult>(resolveDoubtIR);


/** 'DoubtState' parameters type */
export interface IDoubtStateParams {
  cadreId: string;
  id: string;
}

/** 'DoubtState' return type */
export interface IDoubtStateResult {
  status: string;
}

/** 'DoubtState' query type */
export interface IDoubtStateQuery {
  params: IDoubtStateParams;
  result: IDoubtStateResult;
}

const doubtStateIR: any = {"usedParamSet":{"id":true,"cadreId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":44}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":69}]}],"statement":"SELECT status FROM file_doubt WHERE id = :id! AND cadre_id = :cadreId!                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT status FROM file_doubt WHERE id = :id! AND cadre_id = :cadreId!                                                                                
 * ```
 */
export const doubtState = new PreparedQuery<IDoubtStateParams,IDoubtStateResult>(doubtStateIR);


/** 'OpenDoubtsOfCadres' parameters type */
export interface IOpenDoubtsOfCadresParams {
  ids: stringArray;
}

/** 'OpenDoubtsOfCadres' return type */
export interface IOpenDoubtsOfCadresResult {
  cadre_id: string;
  fact: string;
  id: string;
  message: string;
  rule: string;
}

/** 'OpenDoubtsOfCadres' query type */
export interface IOpenDoubtsOfCadresQuery {
  params: IOpenDoubtsOfCadresParams;
  result: IOpenDoubtsOfCadresResult;
}

const openDoubtsOfCadresIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":86}]}],"statement":"SELECT cadre_id, id, rule, fact, message\n  FROM file_doubt\n WHERE cadre_id = ANY (:ids!::uuid[]) AND status = 'OPEN'\n ORDER BY cadre_id, opened_at, key"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id, id, rule, fact, message
 *   FROM file_doubt
 *  WHERE cadre_id = ANY (:ids!::uuid[]) AND status = 'OPEN'
 *  ORDER BY cadre_id, opened_at, key
 * ```
 */
export const openDoubtsOfCadres = new PreparedQuery<IOpenDoubtsOfCadresParams,IOpenDoubtsOfCadresResult>(openDoubtsOfCadresIR);


/** 'CountOpenDoubts' parameters type */
export interface ICountOpenDoubtsParams {
  cadreId: string;
}

/** 'CountOpenDoubts' return type */
export interface ICountOpenDoubtsResult {
  open: number;
}

/** 'CountOpenDoubts' query type */
export interface ICountOpenDoubtsQuery {
  params: ICountOpenDoubtsParams;
  result: ICountOpenDoubtsResult;
}

const countOpenDoubtsIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":73}]}],"statement":"SELECT count(*)::int AS \"open!\" FROM file_doubt WHERE cadre_id = :cadreId! AND status = 'OPEN'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "open!" FROM file_doubt WHERE cadre_id = :cadreId! AND status = 'OPEN'
 * ```
 */
export const countOpenDoubts = new PreparedQuery<ICountOpenDoubtsParams,ICountOpenDoubtsResult>(countOpenDoubtsIR);


/** 'DeleteDeterminations' parameters type */
export interface IDeleteDeterminationsParams {
  cadreId: string;
}

/** 'DeleteDeterminations' return type */
export type IDeleteDeterminationsResult = void;

/** 'DeleteDeterminations' query type */
export interface IDeleteDeterminationsQuery {
  params: IDeleteDeterminationsParams;
  result: IDeleteDeterminationsResult;
}

const deleteDeterminationsIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":56}]}],"statement":"DELETE FROM file_determination WHERE cadre_id = :cadreId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM file_determination WHERE cadre_id = :cadreId!
 * ```
 */
export const deleteDeterminations = new PreparedQuery<IDeleteDeterminationsParams,IDeleteDeterminationsResult>(deleteDeterminationsIR);


/** 'InsertDeterminations' parameters type */
export interface IInsertDeterminationsParams {
  cadreId: string;
  determinations: Json;
  determinedBy?: string | null | void;
  determinedOn: DateOrString;
}

/** 'InsertDeterminations' return type */
export type IInsertDeterminationsResult = void;

/** 'InsertDeterminations' query type */
export interface IInsertDeterminationsQuery {
  params: IInsertDeterminationsParams;
  result: IInsertDeterminationsResult;
}

const insertDeterminationsIR: any = {"usedParamSet":{"cadreId":true,"determinedOn":true,"determinedBy":true,"determinations":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":122}]},{"name":"determinedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":183}]},{"name":"determinedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":186,"b":198}]},{"name":"determinations","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":241}]}],"statement":"INSERT INTO file_determination (cadre_id, fact, value, code, reasons, basis, determined_on, determined_by)\nSELECT :cadreId!, d.fact, d.value, d.code, d.reasons, d.basis, :determinedOn!, :determinedBy\n  FROM jsonb_to_recordset(:determinations!::jsonb) AS d(fact text, value text, code text, reasons jsonb, basis jsonb)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO file_determination (cadre_id, fact, value, code, reasons, basis, determined_on, determined_by)
 * SELECT :cadreId!, d.fact, d.value, d.code, d.reasons, d.basis, :determinedOn!, :determinedBy
 *   FROM jsonb_to_recordset(:determinations!::jsonb) AS d(fact text, value text, code text, reasons jsonb, basis jsonb)
 * ```
 */
export const insertDeterminations = new PreparedQuery<IInsertDeterminationsParams,IInsertDeterminationsResult>(insertDeterminationsIR);


/** 'DeterminationsOf' parameters type */
export interface IDeterminationsOfParams {
  cadreId: string;
}

/** 'DeterminationsOf' return type */
export interface IDeterminationsOfResult {
  basis: Json;
  code: string | null;
  determined_by: string | null;
  determined_on: string;
  fact: string;
  reasons: Json;
  value: string | null;
}

/** 'DeterminationsOf' query type */
export interface IDeterminationsOfQuery {
  params: IDeterminationsOfParams;
  result: IDeterminationsOfResult;
}

const determinationsOfIR: any = {"usedParamSet":{"cadreId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":166}]}],"statement":"SELECT fact, value, code, reasons, basis, to_char(determined_on, 'YYYY-MM-DD') AS \"determined_on!\", determined_by\n  FROM file_determination\n WHERE cadre_id = :cadreId!                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT fact, value, code, reasons, basis, to_char(determined_on, 'YYYY-MM-DD') AS "determined_on!", determined_by
 *   FROM file_determination
 *  WHERE cadre_id = :cadreId!                                                                                    
 * ```
 */
export const determinationsOf = new PreparedQuery<IDeterminationsOfParams,IDeterminationsOfResult>(determinationsOfIR);


/** 'DeterminedOfCadres' parameters type */
export interface IDeterminedOfCadresParams {
  ids: stringArray;
}

/** 'DeterminedOfCadres' return type */
export interface IDeterminedOfCadresResult {
  cadre_id: string;
  code: string | null;
  fact: string;
}

/** 'DeterminedOfCadres' query type */
export interface IDeterminedOfCadresQuery {
  params: IDeterminedOfCadresParams;
  result: IDeterminedOfCadresResult;
}

const determinedOfCadresIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":81}]}],"statement":"SELECT cadre_id, fact, code\n  FROM file_determination\n WHERE cadre_id = ANY (:ids!::uuid[]) AND code IS NOT NULL                                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id, fact, code
 *   FROM file_determination
 *  WHERE cadre_id = ANY (:ids!::uuid[]) AND code IS NOT NULL                                                                                                             
 * ```
 */
export const determinedOfCadres = new PreparedQuery<IDeterminedOfCadresParams,IDeterminedOfCadresResult>(determinedOfCadresIR);


/** 'ApplyDetermined' parameters type */
export interface IApplyDeterminedParams {
  birthMonth?: string | null | void;
  cadreId: string;
  education?: string | null | void;
  partyMonth?: string | null | void;
  workMonth?: string | null | void;
}

/** 'ApplyDetermined' return type */
export type IApplyDeterminedResult = void;

/** 'ApplyDetermined' query type */
export interface IApplyDeterminedQuery {
  params: IApplyDeterminedParams;
  result: IApplyDeterminedResult;
}

const applyDeterminedIR: any = {"usedParamSet":{"birthMonth":true,"partyMonth":true,"workMonth":true,"education":true,"cadreId":true},"params":[{"name":"birthMonth","required":false,"transform":{"type":"scalar"},"locs":[{"a":40,"b":50}]},{"name":"partyMonth","required":false,"transform":{"type":"scalar"},"locs":[{"a":90,"b":100}]},{"name":"workMonth","required":false,"transform":{"type":"scalar"},"locs":[{"a":156,"b":165}]},{"name":"education","required":false,"transform":{"type":"scalar"},"locs":[{"a":202,"b":211}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":257,"b":265}]}],"statement":"UPDATE cadre SET birth_month = coalesce(:birthMonth, birth_month), party_month = coalesce(:partyMonth, party_month),\n                 work_month = coalesce(:workMonth, work_month), education = coalesce(:education, education), updated_at = now()\n WHERE id = :cadreId!                                                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE cadre SET birth_month = coalesce(:birthMonth, birth_month), party_month = coalesce(:partyMonth, party_month),
 *                  work_month = coalesce(:workMonth, work_month), education = coalesce(:education, education), updated_at = now()
 *  WHERE id = :cadreId!                                                                                                                                  
 * ```
 */
export const applyDetermined = new PreparedQuery<IApplyDeterminedParams,IApplyDeterminedResult>(applyDeterminedIR);


/** 'InsertRosterDoubts' parameters type */
export interface IInsertRosterDoubtsParams {
  doubts: Json;
}

/** 'InsertRosterDoubts' return type */
export interface IInsertRosterDoubtsResult {
  cadre_id: string;
}

/** 'InsertRosterDoubts' query type */
export interface IInsertRosterDoubtsQuery {
  params: IInsertRosterDoubtsParams;
  result: IInsertRosterDoubtsResult;
}

const insertRosterDoubtsIR: any = {"usedParamSet":{"doubts":true},"params":[{"name":"doubts","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":156}]}],"statement":"INSERT INTO file_doubt (cadre_id, key, rule, fact, message)\nSELECT d.cadre_id, d.key, 'ROSTER_CONFLICT', d.fact, d.message\n  FROM jsonb_to_recordset(:doubts!::jsonb) AS d(cadre_id uuid, key text, fact text, message text)\nON CONFLICT (cadre_id, key) DO NOTHING\nRETURNING cadre_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO file_doubt (cadre_id, key, rule, fact, message)
 * SELECT d.cadre_id, d.key, 'ROSTER_CONFLICT', d.fact, d.message
 *   FROM jsonb_to_recordset(:doubts!::jsonb) AS d(cadre_id uuid, key text, fact text, message text)
 * ON CONFLICT (cadre_id, key) DO NOTHING
 * RETURNING cadre_id
 * ```
 */
export const insertRosterDoubts = new PreparedQuery<IInsertRosterDoubtsParams,IInsertRosterDoubtsResult>(insertRosterDoubtsIR);


