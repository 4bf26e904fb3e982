/** Types generated for queries found in "src/cadres/cadre-records.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockCadre' parameters type */
export interface ILockCadreParams {
  id: string;
}

/** 'LockCadre' return type */
export interface ILockCadreResult {
  id: string;
}

/** 'LockCadre' query type */
export interface ILockCadreQuery {
  params: ILockCadreParams;
  result: ILockCadreResult;
}

const lockCadreIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":32,"b":35}]}],"statement":"SELECT id FROM cadre WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM cadre WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockCadre = new PreparedQuery<ILockCadreParams,ILockCadreResult>(lockCadreIR);


/** 'LinkReport' parameters type */
export interface ILinkReportParams {
  cadreId: string;
  linkedBy?: string | null | void;
  reportId: string;
  source: string;
}

/** 'LinkReport' return type */
export interface ILinkReportResult {
  report_id: string;
}

/** 'LinkReport' query type */
export interface ILinkReportQuery {
  params: ILinkReportParams;
  result: ILinkReportResult;
}

const linkReportIR: any = {"usedParamSet":{"reportId":true,"cadreId":true,"source":true,"linkedBy":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":88}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":99}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":109}]},{"name":"linkedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":112,"b":120}]}],"statement":"INSERT INTO cadre_report_link (report_id, cadre_id, source, linked_by) VALUES (:reportId!, :cadreId!, :source!, :linkedBy)\nON CONFLICT DO NOTHING RETURNING report_id                                                                                                                               "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_report_link (report_id, cadre_id, source, linked_by) VALUES (:reportId!, :cadreId!, :source!, :linkedBy)
 * ON CONFLICT DO NOTHING RETURNING report_id                                                                                                                               
 * ```
 */
export const linkReport = new PreparedQuery<ILinkReportParams,ILinkReportResult>(linkReportIR);


/** 'LinkReportsToCadres' parameters type */
export interface ILinkReportsToCadresParams {
  cadreIds: stringArray;
  reportIds: stringArray;
  source: string;
}

/** 'LinkReportsToCadres' return type */
export interface ILinkReportsToCadresResult {
  cadre_id: string;
  report_id: string;
}

/** 'LinkReportsToCadres' query type */
export interface ILinkReportsToCadresQuery {
  params: ILinkReportsToCadresParams;
  result: ILinkReportsToCadresResult;
}

const linkReportsToCadresIR: any = {"usedParamSet":{"source":true,"reportIds":true,"cadreIds":true},"params":[{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":99}]},{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":123}]},{"name":"cadreIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":143}]}],"statement":"INSERT INTO cadre_report_link (report_id, cadre_id, source)\nSELECT l.report_id, l.cadre_id, :source! FROM unnest(:reportIds!::uuid[], :cadreIds!::uuid[]) WITH ORDINALITY AS l(report_id, cadre_id, n) ORDER BY l.n\nON CONFLICT DO NOTHING RETURNING report_id AS \"report_id!\", cadre_id AS \"cadre_id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_report_link (report_id, cadre_id, source)
 * SELECT l.report_id, l.cadre_id, :source! FROM unnest(:reportIds!::uuid[], :cadreIds!::uuid[]) WITH ORDINALITY AS l(report_id, cadre_id, n) ORDER BY l.n
 * ON CONFLICT DO NOTHING RETURNING report_id AS "report_id!", cadre_id AS "cadre_id!"
 * ```
 */
export const linkReportsToCadres = new PreparedQuery<ILinkReportsToCadresParams,ILinkReportsToCadresResult>(linkReportsToCadresIR);


/** 'UnlinkReport' parameters type */
export interface IUnlinkReportParams {
  cadreId: string;
  reportId: string;
}

/** 'UnlinkReport' return type */
export type IUnlinkReportResult = void;

/** 'UnlinkReport' query type */
export interface IUnlinkReportQuery {
  params: IUnlinkReportParams;
  result: IUnlinkReportResult;
}

const unlinkReportIR: any = {"usedParamSet":{"reportId":true,"cadreId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":57}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":82}]}],"statement":"DELETE FROM cadre_report_link WHERE report_id = :reportId! AND cadre_id = :cadreId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM cadre_report_link WHERE report_id = :reportId! AND cadre_id = :cadreId!
 * ```
 */
export const unlinkReport = new PreparedQuery<IUnlinkReportParams,IUnlinkReportResult>(unlinkReportIR);


/** 'CadresLinkedTo' parameters type */
export interface ICadresLinkedToParams {
  reportId: string;
}

/** 'CadresLinkedTo' return type */
export interface ICadresLinkedToResult {
  cadre_id: string;
}

/** 'CadresLinkedTo' query type */
export interface ICadresLinkedToQuery {
  params: ICadresLinkedToParams;
  result: ICadresLinkedToResult;
}

const cadresLinkedToIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":66}]}],"statement":"SELECT cadre_id FROM cadre_report_link WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cadre_id FROM cadre_report_link WHERE report_id = :reportId!
 * ```
 */
export const cadresLinkedTo = new PreparedQuery<ICadresLinkedToParams,ICadresLinkedToResult>(cadresLinkedToIR);


/** 'InsertSanction' parameters type */
export interface IInsertSanctionParams {
  cadreId: string;
  effectiveOn: DateOrString;
  kind: string;
  note?: string | null | void;
  probationMonths?: number | null | void;
  recordedBy?: string | null | void;
  reportId?: string | null | void;
}

/** 'InsertSanction' return type */
export interface IInsertSanctionResult {
  id: string;
}

/** 'InsertSanction' query type */
export interface IInsertSanctionQuery {
  params: IInsertSanctionParams;
  result: IInsertSanctionResult;
}

const insertSanctionIR: any = {"usedParamSet":{"cadreId":true,"kind":true,"effectiveOn":true,"probationMonths":true,"reportId":true,"note":true,"recordedBy":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":116}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":124}]},{"name":"effectiveOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":139}]},{"name":"probationMonths","required":false,"transform":{"type":"scalar"},"locs":[{"a":142,"b":157}]},{"name":"reportId","required":false,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":171,"b":175}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":178,"b":188}]}],"statement":"INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, report_id, note, recorded_by)\nVALUES (:cadreId!, :kind!, :effectiveOn!, :probationMonths, :reportId, :note, :recordedBy) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sanction (cadre_id, kind, effective_on, probation_months, report_id, note, recorded_by)
 * VALUES (:cadreId!, :kind!, :effectiveOn!, :probationMonths, :reportId, :note, :recordedBy) RETURNING id
 * ```
 */
export const insertSanction = new PreparedQuery<IInsertSanctionParams,IInsertSanctionResult>(insertSanctionIR);


/** 'InsertFinding' parameters type */
export interface IInsertFindingParams {
  cadreId: string;
  concludedOn: DateOrString;
  outcome: string;
  recordedBy?: string | null | void;
  sanctionId?: string | null | void;
  source?: string | null | void;
  summary?: string | null | void;
}

/** 'InsertFinding' return type */
export interface IInsertFindingResult {
  id: string;
}

/** 'InsertFinding' query type */
export interface IInsertFindingQuery {
  params: IInsertFindingParams;
  result: IInsertFindingResult;
}

const insertFindingIR: any = {"usedParamSet":{"cadreId":true,"source":true,"outcome":true,"concludedOn":true,"summary":true,"sanctionId":true,"recordedBy":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":119}]},{"name":"source","required":false,"transform":{"type":"scalar"},"locs":[{"a":122,"b":128}]},{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":139}]},{"name":"concludedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":154}]},{"name":"summary","required":false,"transform":{"type":"scalar"},"locs":[{"a":157,"b":164}]},{"name":"sanctionId","required":false,"transform":{"type":"scalar"},"locs":[{"a":167,"b":177}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":180,"b":190}]}],"statement":"INSERT INTO cadre_finding (cadre_id, source, outcome, concluded_on, summary, sanction_id, recorded_by)\nVALUES (:cadreId!, :source, :outcome!, :concludedOn!, :summary, :sanctionId, :recordedBy) RETURNING id                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_finding (cadre_id, source, outcome, concluded_on, summary, sanction_id, recorded_by)
 * VALUES (:cadreId!, :source, :outcome!, :concludedOn!, :summary, :sanctionId, :recordedBy) RETURNING id                                                                     
 * ```
 */
export const insertFinding = new PreparedQuery<IInsertFindingParams,IInsertFindingResult>(insertFindingIR);


/** 'InsertCaseFindings' parameters type */
export interface IInsertCaseFindingsParams {
  concludedOn: DateOrString;
  outcome: string;
  recordedBy?: string | null | void;
  reportId: string;
  summary?: string | null | void;
}

/** 'InsertCaseFindings' return type */
export interface IInsertCaseFindingsResult {
  cadre_id: string;
}

/** 'InsertCaseFindings' query type */
export interface IInsertCaseFindingsQuery {
  params: IInsertCaseFindingsParams;
  result: IInsertCaseFindingsResult;
}

const insertCaseFindingsIR: any = {"usedParamSet":{"reportId":true,"outcome":true,"concludedOn":true,"summary":true,"recordedBy":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":129},{"a":233,"b":242}]},{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":148}]},{"name":"concludedOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":163}]},{"name":"summary","required":false,"transform":{"type":"scalar"},"locs":[{"a":166,"b":173}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":176,"b":186}]}],"statement":"INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on, summary, recorded_by)\nSELECT l.cadre_id, :reportId!, 'CASE', :outcome!, :concludedOn!, :summary, :recordedBy FROM cadre_report_link l WHERE l.report_id = :reportId! ORDER BY l.cadre_id\nRETURNING cadre_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO cadre_finding (cadre_id, report_id, source, outcome, concluded_on, summary, recorded_by)
 * SELECT l.cadre_id, :reportId!, 'CASE', :outcome!, :concludedOn!, :summary, :recordedBy FROM cadre_report_link l WHERE l.report_id = :reportId! ORDER BY l.cadre_id
 * RETURNING cadre_id
 * ```
 */
export const insertCaseFindings = new PreparedQuery<IInsertCaseFindingsParams,IInsertCaseFindingsResult>(insertCaseFindingsIR);


/** 'SetInvestigation' parameters type */
export interface ISetInvestigationParams {
  id: string;
  note?: string | null | void;
  since?: DateOrString | null | void;
  underInvestigation: boolean;
}

/** 'SetInvestigation' return type */
export type ISetInvestigationResult = void;

/** 'SetInvestigation' query type */
export interface ISetInvestigationQuery {
  params: ISetInvestigationParams;
  result: ISetInvestigationResult;
}

const setInvestigationIR: any = {"usedParamSet":{"underInvestigation":true,"since":true,"note":true,"id":true},"params":[{"name":"underInvestigation","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":58},{"a":93,"b":112}]},{"name":"since","required":false,"transform":{"type":"scalar"},"locs":[{"a":119,"b":124}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":175,"b":179}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":212,"b":215}]}],"statement":"UPDATE cadre SET under_investigation = :underInvestigation!, investigation_since = CASE WHEN :underInvestigation! THEN :since::date END,\n                 investigation_note = :note, updated_at = now() WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE cadre SET under_investigation = :underInvestigation!, investigation_since = CASE WHEN :underInvestigation! THEN :since::date END,
 *                  investigation_note = :note, updated_at = now() WHERE id = :id!
 * ```
 */
export const setInvestigation = new PreparedQuery<ISetInvestigationParams,ISetInvestigationResult>(setInvestigationIR);


/** 'SetFileAudit' parameters type */
export interface ISetFileAuditParams {
  auditedOn?: DateOrString | null | void;
  id: string;
  note?: string | null | void;
}

/** 'SetFileAudit' return type */
export type ISetFileAuditResult = void;

/** 'SetFileAudit' query type */
export interface ISetFileAuditQuery {
  params: ISetFileAuditParams;
  result: ISetFileAuditResult;
}

const setFileAuditIR: any = {"usedParamSet":{"auditedOn":true,"note":true,"id":true},"params":[{"name":"auditedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":35,"b":44}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":65,"b":69}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":105}]}],"statement":"UPDATE cadre SET file_audited_on = :auditedOn, file_audit_note = :note, updated_at = now() WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE cadre SET file_audited_on = :auditedOn, file_audit_note = :note, updated_at = now() WHERE id = :id!
 * ```
 */
export const setFileAudit = new PreparedQuery<ISetFileAuditParams,ISetFileAuditResult>(setFileAuditIR);


/** 'UpsertPersonalMatters' parameters type */
export interface IUpsertPersonalMattersParams {
  cadreId: string;
  checkedOn?: DateOrString | null | void;
  checkReason?: string | null | void;
  detail?: string | null | void;
  explainedOn?: DateOrString | null | void;
  status: string;
  year: number;
}

/** 'UpsertPersonalMatters' return type */
export type IUpsertPersonalMattersResult = void;

/** 'UpsertPersonalMatters' query type */
export interface IUpsertPersonalMattersQuery {
  params: IUpsertPersonalMattersParams;
  result: IUpsertPersonalMattersResult;
}

const upsertPersonalMattersIR: any = {"usedParamSet":{"cadreId":true,"year":true,"status":true,"checkedOn":true,"checkReason":true,"detail":true,"explainedOn":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":125}]},{"name":"year","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":133}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":143}]},{"name":"checkedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":146,"b":155}]},{"name":"checkReason","required":false,"transform":{"type":"scalar"},"locs":[{"a":158,"b":169}]},{"name":"detail","required":false,"transform":{"type":"scalar"},"locs":[{"a":172,"b":178}]},{"name":"explainedOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":181,"b":192}]}],"statement":"INSERT INTO personal_matters_report (cadre_id, year, status, checked_on, check_reason, detail, explained_on)\nVALUES (:cadreId!, :year!, :status!, :checkedOn, :checkReason, :detail, :explainedOn)\nON CONFLICT (cadre_id, year) DO UPDATE SET status = EXCLUDED.status, checked_on = EXCLUDED.checked_on,\n  check_reason = coalesce(EXCLUDED.check_reason, personal_matters_report.check_reason), detail = EXCLUDED.detail,\n  explained_on = EXCLUDED.explained_on, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO personal_matters_report (cadre_id, year, status, checked_on, check_reason, detail, explained_on)
 * VALUES (:cadreId!, :year!, :status!, :checkedOn, :checkReason, :detail, :explainedOn)
 * ON CONFLICT (cadre_id, year) DO UPDATE SET status = EXCLUDED.status, checked_on = EXCLUDED.checked_on,
 *   check_reason = coalesce(EXCLUDED.check_reason, personal_matters_report.check_reason), detail = EXCLUDED.detail,
 *   explained_on = EXCLUDED.explained_on, updated_at = now()
 * ```
 */
export const upsertPersonalMatters = new PreparedQuery<IUpsertPersonalMattersParams,IUpsertPersonalMattersResult>(upsertPersonalMattersIR);


/** 'AllPersonNos' parameters type */
export type IAllPersonNosParams = void;

/** 'AllPersonNos' return type */
export interface IAllPersonNosResult {
  person_no: string;
}

/** 'AllPersonNos' query type */
export interface IAllPersonNosQuery {
  params: IAllPersonNosParams;
  result: IAllPersonNosResult;
}

const allPersonNosIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT person_no FROM cadre ORDER BY person_no                                                                        "};

/**
 * Query generated from SQL:
 * ```
 * SELECT person_no FROM cadre ORDER BY person_no                                                                        
 * ```
 */
export const allPersonNos = new PreparedQuery<IAllPersonNosParams,IAllPersonNosResult>(allPersonNosIR);


/** 'InsertDraw' parameters type */
export interface IInsertDrawParams {
  drawn: stringArray;
  drawnBy?: string | null | void;
  population: stringArray;
  ratio: string;
  seed: string;
  year: number;
}

/** 'InsertDraw' return type */
export interface IInsertDrawResult {
  id: string;
}

/** 'InsertDraw' query type */
export interface IInsertDrawQuery {
  params: IInsertDrawParams;
  result: IInsertDrawResult;
}

const insertDrawIR: any = {"usedParamSet":{"year":true,"ratio":true,"seed":true,"population":true,"drawn":true,"drawnBy":true},"params":[{"name":"year","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":96}]},{"name":"ratio","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":105}]},{"name":"seed","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":113}]},{"name":"population","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":127}]},{"name":"drawn","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":136}]},{"name":"drawnBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":139,"b":146}]}],"statement":"INSERT INTO personal_matters_draw (year, ratio, seed, population, drawn, drawn_by) VALUES (:year!, :ratio!, :seed!, :population!, :drawn!, :drawnBy)\nON CONFLICT (year) DO NOTHING RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO personal_matters_draw (year, ratio, seed, population, drawn, drawn_by) VALUES (:year!, :ratio!, :seed!, :population!, :drawn!, :drawnBy)
 * ON CONFLICT (year) DO NOTHING RETURNING id
 * ```
 */
export const insertDraw = new PreparedQuery<IInsertDrawParams,IInsertDrawResult>(insertDrawIR);


/** 'MarkDrawn' parameters type */
export interface IMarkDrawnParams {
  personNos: stringArray;
  year: number;
}

/** 'MarkDrawn' return type */
export type IMarkDrawnResult = void;

/** 'MarkDrawn' query type */
export interface IMarkDrawnQuery {
  params: IMarkDrawnParams;
  result: IMarkDrawnResult;
}

const markDrawnIR: any = {"usedParamSet":{"year":true,"personNos":true},"params":[{"name":"year","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":83}]},{"name":"personNos","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":139}]}],"statement":"INSERT INTO personal_matters_report (cadre_id, year, check_reason)\nSELECT id, :year!, 'RANDOM' FROM cadre WHERE person_no = ANY (:personNos!::text[])\nON CONFLICT (cadre_id, year) DO UPDATE SET check_reason = 'RANDOM', updated_at = now()                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO personal_matters_report (cadre_id, year, check_reason)
 * SELECT id, :year!, 'RANDOM' FROM cadre WHERE person_no = ANY (:personNos!::text[])
 * ON CONFLICT (cadre_id, year) DO UPDATE SET check_reason = 'RANDOM', updated_at = now()                                                                                         
 * ```
 */
export const markDrawn = new PreparedQuery<IMarkDrawnParams,IMarkDrawnResult>(markDrawnIR);


/** 'Draws' parameters type */
export type IDrawsParams = void;

/** 'Draws' return type */
export interface IDrawsResult {
  drawn: Json;
  drawn_at: Date;
  population: number;
  ratio: string;
  seed: string;
  year: number;
}

/** 'Draws' query type */
export interface IDrawsQuery {
  params: IDrawsParams;
  result: IDrawsResult;
}

const drawsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT d.year, d.ratio, d.seed, cardinality(d.population) AS \"population!\", d.created_at AS drawn_at,\n       (SELECT coalesce(json_agg(json_build_object('personNo', p.no, 'cadreId', c.id, 'name', c.name, 'unitName', u.name) ORDER BY p.no), '[]')\n          FROM unnest(d.drawn) AS p(no) LEFT JOIN cadre c ON c.person_no = p.no LEFT JOIN unit u ON u.id = c.unit_id) AS \"drawn!\"\n  FROM personal_matters_draw d\n ORDER BY d.year DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.year, d.ratio, d.seed, cardinality(d.population) AS "population!", d.created_at AS drawn_at,
 *        (SELECT coalesce(json_agg(json_build_object('personNo', p.no, 'cadreId', c.id, 'name', c.name, 'unitName', u.name) ORDER BY p.no), '[]')
 *           FROM unnest(d.drawn) AS p(no) LEFT JOIN cadre c ON c.person_no = p.no LEFT JOIN unit u ON u.id = c.unit_id) AS "drawn!"
 *   FROM personal_matters_draw d
 *  ORDER BY d.year DESC
 * ```
 */
export const draws = new PreparedQuery<IDrawsParams,IDrawsResult>(drawsIR);


/** 'Draw' parameters type */
export interface IDrawParams {
  year: number;
}

/** 'Draw' return type */
export interface IDrawResult {
  drawn: stringArray;
  population: stringArray;
  ratio: string;
  seed: string;
}

/** 'Draw' query type */
export interface IDrawQuery {
  params: IDrawParams;
  result: IDrawResult;
}

const drawIR: any = {"usedParamSet":{"year":true},"params":[{"name":"year","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":83}]}],"statement":"SELECT ratio, seed, population, drawn FROM personal_matters_draw WHERE year = :year!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT ratio, seed, population, drawn FROM personal_matters_draw WHERE year = :year!
 * ```
 */
export const draw = new PreparedQuery<IDrawParams,IDrawResult>(drawIR);


