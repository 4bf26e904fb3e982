/** Types generated for queries found in "src/triage/inbox/triage-case.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'TriageTokens' parameters type */
export interface ITriageTokensParams {
  reportId: string;
}

/** 'TriageTokens' return type */
export interface ITriageTokensResult {
  tokens: stringArray;
}

/** 'TriageTokens' query type */
export interface ITriageTokensQuery {
  params: ITriageTokensParams;
  result: ITriageTokensResult;
}

const triageTokensIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":60}]}],"statement":"SELECT tokens FROM report_triage WHERE report_id = :reportId!::uuid                                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT tokens FROM report_triage WHERE report_id = :reportId!::uuid                                                                                                                   
 * ```
 */
export const triageTokens = new PreparedQuery<ITriageTokensParams,ITriageTokensResult>(triageTokensIR);


/** 'UpsertExample' parameters type */
export interface IUpsertExampleParams {
  category: string;
  reportId: string;
  source: string;
  staffId: string;
  tokens: stringArray;
}

/** 'UpsertExample' return type */
export type IUpsertExampleResult = void;

/** 'UpsertExample' query type */
export interface IUpsertExampleQuery {
  params: IUpsertExampleParams;
  result: IUpsertExampleResult;
}

const upsertExampleIR: any = {"usedParamSet":{"reportId":true,"category":true,"tokens":true,"source":true,"staffId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":94}]},{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":112}]},{"name":"tokens","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":122}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":140}]},{"name":"staffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]}],"statement":"INSERT INTO category_example (report_id, category, tokens, source, staff_id)\nVALUES (:reportId!::uuid, :category!, :tokens!::text[], :source!, :staffId!::uuid)\nON CONFLICT (report_id) DO UPDATE SET category = EXCLUDED.category, source = EXCLUDED.source, staff_id = EXCLUDED.staff_id, created_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO category_example (report_id, category, tokens, source, staff_id)
 * VALUES (:reportId!::uuid, :category!, :tokens!::text[], :source!, :staffId!::uuid)
 * ON CONFLICT (report_id) DO UPDATE SET category = EXCLUDED.category, source = EXCLUDED.source, staff_id = EXCLUDED.staff_id, created_at = now()
 * ```
 */
export const upsertExample = new PreparedQuery<IUpsertExampleParams,IUpsertExampleResult>(upsertExampleIR);


/** 'SubjectOf' parameters type */
export interface ISubjectOfParams {
  id: string;
  reportId: string;
}

/** 'SubjectOf' return type */
export interface ISubjectOfResult {
  cadre_id: string | null;
  candidates: Json;
  role: string;
  status: string;
}

/** 'SubjectOf' query type */
export interface ISubjectOfQuery {
  params: ISubjectOfParams;
  result: ISubjectOfResult;
}

const subjectOfIR: any = {"usedParamSet":{"id":true,"reportId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":76}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":111}]}],"statement":"SELECT status, role, cadre_id, candidates FROM report_subject WHERE id = :id!::bigint AND report_id = :reportId!::uuid"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, role, cadre_id, candidates FROM report_subject WHERE id = :id!::bigint AND report_id = :reportId!::uuid
 * ```
 */
export const subjectOf = new PreparedQuery<ISubjectOfParams,ISubjectOfResult>(subjectOfIR);


/** 'ConfirmSubject' parameters type */
export interface IConfirmSubjectParams {
  cadreId: string;
  candidates: Json;
  id: string;
  staffId: string;
}

/** 'ConfirmSubject' return type */
export type IConfirmSubjectResult = void;

/** 'ConfirmSubject' query type */
export interface IConfirmSubjectQuery {
  params: IConfirmSubjectParams;
  result: IConfirmSubjectResult;
}

const confirmSubjectIR: any = {"usedParamSet":{"cadreId":true,"candidates":true,"staffId":true,"id":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]},{"name":"candidates","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":118}]},{"name":"staffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":175}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":218}]}],"statement":"UPDATE report_subject SET status = 'CONFIRMED', role = 'SUBJECT', cadre_id = :cadreId!::uuid, candidates = :candidates!::jsonb,\n                          decided_by = :staffId!::uuid, decided_at = now()\n WHERE id = :id!::bigint"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_subject SET status = 'CONFIRMED', role = 'SUBJECT', cadre_id = :cadreId!::uuid, candidates = :candidates!::jsonb,
 *                           decided_by = :staffId!::uuid, decided_at = now()
 *  WHERE id = :id!::bigint
 * ```
 */
export const confirmSubject = new PreparedQuery<IConfirmSubjectParams,IConfirmSubjectResult>(confirmSubjectIR);


/** 'IndexSubjectCadre' parameters type */
export interface IIndexSubjectCadreParams {
  cadreId: string;
  reportId: string;
}

/** 'IndexSubjectCadre' return type */
export type IIndexSubjectCadreResult = void;

/** 'IndexSubjectCadre' query type */
export interface IIndexSubjectCadreQuery {
  params: IIndexSubjectCadreParams;
  result: IIndexSubjectCadreResult;
}

const indexSubjectCadreIR: any = {"usedParamSet":{"cadreId":true,"reportId":true},"params":[{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":71}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":89}]}],"statement":"INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES (:cadreId!::uuid, :reportId!::uuid) ON CONFLICT DO NOTHING                                                              "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_subject_cadre (cadre_id, report_id) VALUES (:cadreId!::uuid, :reportId!::uuid) ON CONFLICT DO NOTHING                                                              
 * ```
 */
export const indexSubjectCadre = new PreparedQuery<IIndexSubjectCadreParams,IIndexSubjectCadreResult>(indexSubjectCadreIR);


/** 'LinkedSubject' parameters type */
export interface ILinkedSubjectParams {
  cadreId: string;
  reportId: string;
}

/** 'LinkedSubject' return type */
export interface ILinkedSubjectResult {
  id: string;
}

/** 'LinkedSubject' query type */
export interface ILinkedSubjectQuery {
  params: ILinkedSubjectParams;
  result: ILinkedSubjectResult;
}

const linkedSubjectIR: any = {"usedParamSet":{"reportId":true,"cadreId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":72}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":103}]}],"statement":"SELECT id::text AS \"id!\" FROM report_subject WHERE report_id = :reportId!::uuid AND cadre_id = :cadreId!::uuid AND status <> 'UNLINKED'                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id::text AS "id!" FROM report_subject WHERE report_id = :reportId!::uuid AND cadre_id = :cadreId!::uuid AND status <> 'UNLINKED'                                                                            
 * ```
 */
export const linkedSubject = new PreparedQuery<ILinkedSubjectParams,ILinkedSubjectResult>(linkedSubjectIR);


/** 'AddSubject' parameters type */
export interface IAddSubjectParams {
  cadreId: string;
  candidates: Json;
  reportId: string;
  staffId: string;
}

/** 'AddSubject' return type */
export interface IAddSubjectResult {
  id: string;
}

/** 'AddSubject' query type */
export interface IAddSubjectQuery {
  params: IAddSubjectParams;
  result: IAddSubjectResult;
}

const addSubjectIR: any = {"usedParamSet":{"reportId":true,"cadreId":true,"candidates":true,"staffId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":136},{"a":298,"b":307}]},{"name":"cadreId","required":true,"transform":{"type":"scalar"},"locs":[{"a":169,"b":177}]},{"name":"candidates","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":203}]},{"name":"staffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":317,"b":325}]}],"statement":"INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position, decided_by, decided_at)\nVALUES (:reportId!::uuid, 'SUBJECT', 'CONFIRMED', :cadreId!::uuid, '{}', :candidates!::jsonb,\n        (SELECT coalesce(max(position) + 1, 0) FROM report_subject WHERE report_id = :reportId!::uuid), :staffId!::uuid, now())\nRETURNING id::text AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position, decided_by, decided_at)
 * VALUES (:reportId!::uuid, 'SUBJECT', 'CONFIRMED', :cadreId!::uuid, '{}', :candidates!::jsonb,
 *         (SELECT coalesce(max(position) + 1, 0) FROM report_subject WHERE report_id = :reportId!::uuid), :staffId!::uuid, now())
 * RETURNING id::text AS "id!"
 * ```
 */
export const addSubject = new PreparedQuery<IAddSubjectParams,IAddSubjectResult>(addSubjectIR);


/** 'UnlinkSubject' parameters type */
export interface IUnlinkSubjectParams {
  id: string;
  staffId: string;
}

/** 'UnlinkSubject' return type */
export type IUnlinkSubjectResult = void;

/** 'UnlinkSubject' query type */
export interface IUnlinkSubjectQuery {
  params: IUnlinkSubjectParams;
  result: IUnlinkSubjectResult;
}

const unlinkSubjectIR: any = {"usedParamSet":{"staffId":true,"id":true},"params":[{"name":"staffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":127}]}],"statement":"UPDATE report_subject SET status = 'UNLINKED', cadre_id = NULL, decided_by = :staffId!::uuid, decided_at = now() WHERE id = :id!::bigint                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_subject SET status = 'UNLINKED', cadre_id = NULL, decided_by = :staffId!::uuid, decided_at = now() WHERE id = :id!::bigint                                                                                 
 * ```
 */
export const unlinkSubject = new PreparedQuery<IUnlinkSubjectParams,IUnlinkSubjectResult>(unlinkSubjectIR);


/** 'PruneSubjectCadres' parameters type */
export interface IPruneSubjectCadresParams {
  reportId: string;
}

/** 'PruneSubjectCadres' return type */
export type IPruneSubjectCadresResult = void;

/** 'PruneSubjectCadres' query type */
export interface IPruneSubjectCadresQuery {
  params: IPruneSubjectCadresParams;
  result: IPruneSubjectCadresResult;
}

const pruneSubjectCadresIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":64},{"a":142,"b":151}]}],"statement":"DELETE FROM report_subject_cadre x WHERE x.report_id = :reportId!::uuid AND NOT EXISTS (\n  SELECT 1 FROM report_subject s WHERE s.report_id = :reportId!::uuid AND s.status <> 'UNLINKED'\n     AND (s.cadre_id = x.cadre_id OR (s.status = 'CANDIDATES' AND s.candidates @> jsonb_build_array(jsonb_build_object('personId', x.cadre_id::text)))))"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM report_subject_cadre x WHERE x.report_id = :reportId!::uuid AND NOT EXISTS (
 *   SELECT 1 FROM report_subject s WHERE s.report_id = :reportId!::uuid AND s.status <> 'UNLINKED'
 *      AND (s.cadre_id = x.cadre_id OR (s.status = 'CANDIDATES' AND s.candidates @> jsonb_build_array(jsonb_build_object('personId', x.cadre_id::text)))))
 * ```
 */
export const pruneSubjectCadres = new PreparedQuery<IPruneSubjectCadresParams,IPruneSubjectCadresResult>(pruneSubjectCadresIR);


/** 'AddNote' parameters type */
export interface IAddNoteParams {
  authorId: string;
  body: string;
  id: string;
  reportId: string;
}

/** 'AddNote' return type */
export interface IAddNoteResult {
  created_at: Date;
}

/** 'AddNote' query type */
export interface IAddNoteQuery {
  params: IAddNoteParams;
  result: IAddNoteResult;
}

const addNoteIR: any = {"usedParamSet":{"id":true,"reportId":true,"authorId":true,"body":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":68}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]},{"name":"authorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":104}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":118}]}],"statement":"INSERT INTO report_note (id, report_id, author_id, body) VALUES (:id!::uuid, :reportId!::uuid, :authorId!::uuid, :body!)\nRETURNING created_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_note (id, report_id, author_id, body) VALUES (:id!::uuid, :reportId!::uuid, :authorId!::uuid, :body!)
 * RETURNING created_at
 * ```
 */
export const addNote = new PreparedQuery<IAddNoteParams,IAddNoteResult>(addNoteIR);


