/** Types generated for queries found in "src/meetings/meetings.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockMeeting' parameters type */
export interface ILockMeetingParams {
  id: string;
}

/** 'LockMeeting' return type */
export interface ILockMeetingResult {
  convener: string;
  created_at: Date;
  held_on: string;
  id: string;
  invited_agencies: stringArray;
  minutes: string;
  number: string;
  place: string;
  title: string;
  updated_at: Date;
}

/** 'LockMeeting' query type */
export interface ILockMeetingQuery {
  params: ILockMeetingParams;
  result: ILockMeetingResult;
}

const lockMeetingIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":175}]}],"statement":"SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS \"held_on!\", place, convener, invited_agencies, minutes, created_at, updated_at\n  FROM joint_meeting\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS "held_on!", place, convener, invited_agencies, minutes, created_at, updated_at
 *   FROM joint_meeting
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockMeeting = new PreparedQuery<ILockMeetingParams,ILockMeetingResult>(lockMeetingIR);


/** 'MeetingById' parameters type */
export interface IMeetingByIdParams {
  id: string;
}

/** 'MeetingById' return type */
export interface IMeetingByIdResult {
  convener: string;
  created_at: Date;
  held_on: string;
  id: string;
  invited_agencies: stringArray;
  minutes: string;
  number: string;
  place: string;
  title: string;
  updated_at: Date;
}

/** 'MeetingById' query type */
export interface IMeetingByIdQuery {
  params: IMeetingByIdParams;
  result: IMeetingByIdResult;
}

const meetingByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":175}]}],"statement":"SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS \"held_on!\", place, convener, invited_agencies, minutes, created_at, updated_at\n  FROM joint_meeting\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, title, to_char(held_on, 'YYYY-MM-DD') AS "held_on!", place, convener, invited_agencies, minutes, created_at, updated_at
 *   FROM joint_meeting
 *  WHERE id = :id!
 * ```
 */
export const meetingById = new PreparedQuery<IMeetingByIdParams,IMeetingByIdResult>(meetingByIdIR);


/** 'InsertMeeting' parameters type */
export interface IInsertMeetingParams {
  convener: string;
  createdBy?: string | null | void;
  heldOn: DateOrString;
  invitedAgencies: stringArray;
  place: string;
  title: string;
}

/** 'InsertMeeting' return type */
export interface IInsertMeetingResult {
  id: string;
}

/** 'InsertMeeting' query type */
export interface IInsertMeetingQuery {
  params: IInsertMeetingParams;
  result: IInsertMeetingResult;
}

const insertMeetingIR: any = {"usedParamSet":{"heldOn":true,"title":true,"place":true,"convener":true,"invitedAgencies":true,"createdBy":true},"params":[{"name":"heldOn","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":129},{"a":214,"b":221}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":211}]},{"name":"place","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":236}]},{"name":"convener","required":true,"transform":{"type":"scalar"},"locs":[{"a":239,"b":248}]},{"name":"invitedAgencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":259,"b":275}]},{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":286,"b":295}]}],"statement":"INSERT INTO joint_meeting (number, title, held_on, place, convener, invited_agencies, created_by)\nVALUES ('LX' || to_char(:heldOn!::date, 'YYYY') || '-' || serial_text(nextval('joint_meeting_number'), 3), :title!, :heldOn!::date, :place!, :convener!,\n        :invitedAgencies!::text[], :createdBy::uuid)\nRETURNING id                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO joint_meeting (number, title, held_on, place, convener, invited_agencies, created_by)
 * VALUES ('LX' || to_char(:heldOn!::date, 'YYYY') || '-' || serial_text(nextval('joint_meeting_number'), 3), :title!, :heldOn!::date, :place!, :convener!,
 *         :invitedAgencies!::text[], :createdBy::uuid)
 * RETURNING id                                                                                                  
 * ```
 */
export const insertMeeting = new PreparedQuery<IInsertMeetingParams,IInsertMeetingResult>(insertMeetingIR);


/** 'AppendItems' parameters type */
export interface IAppendItemsParams {
  items: Json;
  meetingId: string;
}

/** 'AppendItems' return type */
export interface IAppendItemsResult {
  id: string;
}

/** 'AppendItems' query type */
export interface IAppendItemsQuery {
  params: IAppendItemsParams;
  result: IAppendItemsResult;
}

const appendItemsIR: any = {"usedParamSet":{"meetingId":true,"items":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":105},{"a":188,"b":198}]},{"name":"items","required":true,"transform":{"type":"scalar"},"locs":[{"a":285,"b":291}]}],"statement":"INSERT INTO joint_meeting_item (meeting_id, position, kind, subject_id, title, reasons)\nSELECT :meetingId!::uuid, coalesce((SELECT max(position) FROM joint_meeting_item WHERE meeting_id = :meetingId!::uuid), 0) + p.n, p.kind, p.subject_id, p.title, p.reasons\n  FROM jsonb_to_recordset(:items!::jsonb) AS p(kind text, subject_id uuid, title text, reasons jsonb, n int)\nON CONFLICT (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING\nRETURNING id                                        "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO joint_meeting_item (meeting_id, position, kind, subject_id, title, reasons)
 * SELECT :meetingId!::uuid, coalesce((SELECT max(position) FROM joint_meeting_item WHERE meeting_id = :meetingId!::uuid), 0) + p.n, p.kind, p.subject_id, p.title, p.reasons
 *   FROM jsonb_to_recordset(:items!::jsonb) AS p(kind text, subject_id uuid, title text, reasons jsonb, n int)
 * ON CONFLICT (meeting_id, kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING
 * RETURNING id                                        
 * ```
 */
export const appendItems = new PreparedQuery<IAppendItemsParams,IAppendItemsResult>(appendItemsIR);


/** 'UpdateMeeting' parameters type */
export interface IUpdateMeetingParams {
  convener?: string | null | void;
  heldOn?: DateOrString | null | void;
  id: string;
  invitedAgencies?: stringArray | null | void;
  minutes?: string | null | void;
  place?: string | null | void;
  title?: string | null | void;
}

/** 'UpdateMeeting' return type */
export type IUpdateMeetingResult = void;

/** 'UpdateMeeting' query type */
export interface IUpdateMeetingQuery {
  params: IUpdateMeetingParams;
  result: IUpdateMeetingResult;
}

const updateMeetingIR: any = {"usedParamSet":{"title":true,"heldOn":true,"place":true,"convener":true,"invitedAgencies":true,"minutes":true,"id":true},"params":[{"name":"title","required":false,"transform":{"type":"scalar"},"locs":[{"a":45,"b":50}]},{"name":"heldOn","required":false,"transform":{"type":"scalar"},"locs":[{"a":86,"b":92}]},{"name":"place","required":false,"transform":{"type":"scalar"},"locs":[{"a":128,"b":133}]},{"name":"convener","required":false,"transform":{"type":"scalar"},"locs":[{"a":177,"b":185}]},{"name":"invitedAgencies","required":false,"transform":{"type":"scalar"},"locs":[{"a":233,"b":248}]},{"name":"minutes","required":false,"transform":{"type":"scalar"},"locs":[{"a":304,"b":311}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":361,"b":364}]}],"statement":"UPDATE joint_meeting\n   SET title = coalesce(:title::text, title), held_on = coalesce(:heldOn::date, held_on), place = coalesce(:place::text, place),\n       convener = coalesce(:convener::text, convener), invited_agencies = coalesce(:invitedAgencies::text[], invited_agencies),\n       minutes = coalesce(:minutes::text, minutes), updated_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE joint_meeting
 *    SET title = coalesce(:title::text, title), held_on = coalesce(:heldOn::date, held_on), place = coalesce(:place::text, place),
 *        convener = coalesce(:convener::text, convener), invited_agencies = coalesce(:invitedAgencies::text[], invited_agencies),
 *        minutes = coalesce(:minutes::text, minutes), updated_at = now()
 *  WHERE id = :id!
 * ```
 */
export const updateMeeting = new PreparedQuery<IUpdateMeetingParams,IUpdateMeetingResult>(updateMeetingIR);


/** 'TouchMeeting' parameters type */
export interface ITouchMeetingParams {
  id: string;
}

/** 'TouchMeeting' return type */
export type ITouchMeetingResult = void;

/** 'TouchMeeting' query type */
export interface ITouchMeetingQuery {
  params: ITouchMeetingParams;
  result: ITouchMeetingResult;
}

const touchMeetingIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":58}]}],"statement":"UPDATE joint_meeting SET updated_at = now() WHERE id = :id!                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE joint_meeting SET updated_at = now() WHERE id = :id!                                                                     
 * ```
 */
export const touchMeeting = new PreparedQuery<ITouchMeetingParams,ITouchMeetingResult>(touchMeetingIR);


/** 'ItemOfMeeting' parameters type */
export interface IItemOfMeetingParams {
  id: string;
  meetingId: string;
}

/** 'ItemOfMeeting' return type */
export interface IItemOfMeetingResult {
  decision: string | null;
  id: string;
  kind: string;
  subject_id: string | null;
}

/** 'ItemOfMeeting' query type */
export interface IItemOfMeetingQuery {
  params: IItemOfMeetingParams;
  result: IItemOfMeetingResult;
}

const itemOfMeetingIR: any = {"usedParamSet":{"id":true,"meetingId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":79}]},{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":108}]}],"statement":"SELECT id, kind, subject_id, decision\n  FROM joint_meeting_item\n WHERE id = :id! AND meeting_id = :meetingId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, subject_id, decision
 *   FROM joint_meeting_item
 *  WHERE id = :id! AND meeting_id = :meetingId!
 * ```
 */
export const itemOfMeeting = new PreparedQuery<IItemOfMeetingParams,IItemOfMeetingResult>(itemOfMeetingIR);


/** 'LockItemOfMeeting' parameters type */
export interface ILockItemOfMeetingParams {
  id: string;
  meetingId: string;
}

/** 'LockItemOfMeeting' return type */
export interface ILockItemOfMeetingResult {
  decision: string | null;
  id: string;
  kind: string;
  subject_id: string | null;
}

/** 'LockItemOfMeeting' query type */
export interface ILockItemOfMeetingQuery {
  params: ILockItemOfMeetingParams;
  result: ILockItemOfMeetingResult;
}

const lockItemOfMeetingIR: any = {"usedParamSet":{"id":true,"meetingId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":79}]},{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":108}]}],"statement":"SELECT id, kind, subject_id, decision\n  FROM joint_meeting_item\n WHERE id = :id! AND meeting_id = :meetingId!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, subject_id, decision
 *   FROM joint_meeting_item
 *  WHERE id = :id! AND meeting_id = :meetingId!
 *    FOR UPDATE
 * ```
 */
export const lockItemOfMeeting = new PreparedQuery<ILockItemOfMeetingParams,ILockItemOfMeetingResult>(lockItemOfMeetingIR);


/** 'ItemById' parameters type */
export interface IItemByIdParams {
  id: string;
}

/** 'ItemById' return type */
export interface IItemByIdResult {
  id: string;
  kind: string;
  subject_id: string | null;
}

/** 'ItemById' query type */
export interface IItemByIdQuery {
  params: IItemByIdParams;
  result: IItemByIdResult;
}

const itemByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":69}]}],"statement":"SELECT id, kind, subject_id\n  FROM joint_meeting_item\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, kind, subject_id
 *   FROM joint_meeting_item
 *  WHERE id = :id!
 * ```
 */
export const itemById = new PreparedQuery<IItemByIdParams,IItemByIdResult>(itemByIdIR);


/** 'DeleteItem' parameters type */
export interface IDeleteItemParams {
  id: string;
}

/** 'DeleteItem' return type */
export type IDeleteItemResult = void;

/** 'DeleteItem' query type */
export interface IDeleteItemQuery {
  params: IDeleteItemParams;
  result: IDeleteItemResult;
}

const deleteItemIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":45}]}],"statement":"DELETE FROM joint_meeting_item WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM joint_meeting_item WHERE id = :id!
 * ```
 */
export const deleteItem = new PreparedQuery<IDeleteItemParams,IDeleteItemResult>(deleteItemIR);


/** 'ItemsOfMeeting' parameters type */
export interface IItemsOfMeetingParams {
  meetingId: string;
}

/** 'ItemsOfMeeting' return type */
export interface IItemsOfMeetingResult {
  decided_at: Date | null;
  decision: string | null;
  decision_detail: Json | null;
  id: string;
  kind: string;
  position: number;
  reasons: Json;
  subject_id: string | null;
  title: string;
}

/** 'ItemsOfMeeting' query type */
export interface IItemsOfMeetingQuery {
  params: IItemsOfMeetingParams;
  result: IItemsOfMeetingResult;
}

const itemsOfMeetingIR: any = {"usedParamSet":{"meetingId":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":171}]}],"statement":"SELECT i.id, i.position, i.kind, i.subject_id, i.title, i.reasons, i.decision, i.decision_detail, i.decided_at\n  FROM joint_meeting_item i\n WHERE i.meeting_id = :meetingId!\n ORDER BY i.position, i.created_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT i.id, i.position, i.kind, i.subject_id, i.title, i.reasons, i.decision, i.decision_detail, i.decided_at
 *   FROM joint_meeting_item i
 *  WHERE i.meeting_id = :meetingId!
 *  ORDER BY i.position, i.created_at
 * ```
 */
export const itemsOfMeeting = new PreparedQuery<IItemsOfMeetingParams,IItemsOfMeetingResult>(itemsOfMeetingIR);


/** 'Reorder' parameters type */
export interface IReorderParams {
  ids: stringArray;
  meetingId: string;
}

/** 'Reorder' return type */
export type IReorderResult = void;

/** 'Reorder' query type */
export interface IReorderQuery {
  params: IReorderParams;
  result: IReorderResult;
}

const reorderIR: any = {"usedParamSet":{"ids":true,"meetingId":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":68}]},{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":155}]}],"statement":"UPDATE joint_meeting_item i\n   SET position = o.n\n  FROM unnest(:ids!::uuid[]) WITH ORDINALITY AS o(id, n)\n WHERE i.id = o.id AND i.meeting_id = :meetingId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE joint_meeting_item i
 *    SET position = o.n
 *   FROM unnest(:ids!::uuid[]) WITH ORDINALITY AS o(id, n)
 *  WHERE i.id = o.id AND i.meeting_id = :meetingId!
 * ```
 */
export const reorder = new PreparedQuery<IReorderParams,IReorderResult>(reorderIR);


/** 'SetDecision' parameters type */
export interface ISetDecisionParams {
  decidedBy?: string | null | void;
  decision: string;
  detail: Json;
  id: string;
}

/** 'SetDecision' return type */
export type ISetDecisionResult = void;

/** 'SetDecision' query type */
export interface ISetDecisionQuery {
  params: ISetDecisionParams;
  result: ISetDecisionResult;
}

const setDecisionIR: any = {"usedParamSet":{"decision":true,"detail":true,"decidedBy":true,"id":true},"params":[{"name":"decision","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":53}]},{"name":"detail","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"decidedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":104,"b":113}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":156}]}],"statement":"UPDATE joint_meeting_item\n   SET decision = :decision!, decision_detail = :detail!::jsonb, decided_by = :decidedBy::uuid, decided_at = now()\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE joint_meeting_item
 *    SET decision = :decision!, decision_detail = :detail!::jsonb, decided_by = :decidedBy::uuid, decided_at = now()
 *  WHERE id = :id!
 * ```
 */
export const setDecision = new PreparedQuery<ISetDecisionParams,ISetDecisionResult>(setDecisionIR);


/** 'UpsertAttendance' parameters type */
export interface IUpsertAttendanceParams {
  agencyCode: string;
  attendee?: string | null | void;
  meetingId: string;
  note?: string | null | void;
  recordedBy?: string | null | void;
  status: string;
}

/** 'UpsertAttendance' return type */
export type IUpsertAttendanceResult = void;

/** 'UpsertAttendance' query type */
export interface IUpsertAttendanceQuery {
  params: IUpsertAttendanceParams;
  result: IUpsertAttendanceResult;
}

const upsertAttendanceIR: any = {"usedParamSet":{"meetingId":true,"agencyCode":true,"status":true,"attendee":true,"note":true,"recordedBy":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":118}]},{"name":"agencyCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":132}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":142}]},{"name":"attendee","required":false,"transform":{"type":"scalar"},"locs":[{"a":145,"b":153}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":156,"b":160}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":163,"b":173}]}],"statement":"INSERT INTO joint_meeting_attendance (meeting_id, agency_code, status, attendee, note, recorded_by)\nVALUES (:meetingId!, :agencyCode!, :status!, :attendee, :note, :recordedBy)\nON CONFLICT (meeting_id, agency_code) DO UPDATE SET status = EXCLUDED.status, attendee = EXCLUDED.attendee, note = EXCLUDED.note,\n                                                    recorded_by = EXCLUDED.recorded_by, recorded_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO joint_meeting_attendance (meeting_id, agency_code, status, attendee, note, recorded_by)
 * VALUES (:meetingId!, :agencyCode!, :status!, :attendee, :note, :recordedBy)
 * ON CONFLICT (meeting_id, agency_code) DO UPDATE SET status = EXCLUDED.status, attendee = EXCLUDED.attendee, note = EXCLUDED.note,
 *                                                     recorded_by = EXCLUDED.recorded_by, recorded_at = now()
 * ```
 */
export const upsertAttendance = new PreparedQuery<IUpsertAttendanceParams,IUpsertAttendanceResult>(upsertAttendanceIR);


/** 'AttendanceOf' parameters type */
export interface IAttendanceOfParams {
  meetingId: string;
}

/** 'AttendanceOf' return type */
export interface IAttendanceOfResult {
  agency_code: string;
  attendee: string | null;
  note: string | null;
  status: string;
}

/** 'AttendanceOf' query type */
export interface IAttendanceOfQuery {
  params: IAttendanceOfParams;
  result: IAttendanceOfResult;
}

const attendanceOfIR: any = {"usedParamSet":{"meetingId":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":105}]}],"statement":"SELECT agency_code, status, attendee, note\n  FROM joint_meeting_attendance\n WHERE meeting_id = :meetingId!\n ORDER BY agency_code"};

/**
 * Query generated from SQL:
 * ```
 * SELECT agency_code, status, attendee, note
 *   FROM joint_meeting_attendance
 *  WHERE meeting_id = :meetingId!
 *  ORDER BY agency_code
 * ```
 */
export const attendanceOf = new PreparedQuery<IAttendanceOfParams,IAttendanceOfResult>(attendanceOfIR);


/** 'UpsertOpinion' parameters type */
export interface IUpsertOpinionParams {
  agencyCode: string;
  itemId: string;
  opinion: string;
  recordedBy?: string | null | void;
}

/** 'UpsertOpinion' return type */
export type IUpsertOpinionResult = void;

/** 'UpsertOpinion' query type */
export interface IUpsertOpinionQuery {
  params: IUpsertOpinionParams;
  result: IUpsertOpinionResult;
}

const upsertOpinionIR: any = {"usedParamSet":{"itemId":true,"agencyCode":true,"opinion":true,"recordedBy":true},"params":[{"name":"itemId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":94}]},{"name":"agencyCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":108}]},{"name":"opinion","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":119}]},{"name":"recordedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":122,"b":132}]}],"statement":"INSERT INTO joint_meeting_opinion (item_id, agency_code, opinion, recorded_by)\nVALUES (:itemId!, :agencyCode!, :opinion!, :recordedBy)\nON CONFLICT (item_id, agency_code) DO UPDATE SET opinion = EXCLUDED.opinion, recorded_by = EXCLUDED.recorded_by, recorded_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO joint_meeting_opinion (item_id, agency_code, opinion, recorded_by)
 * VALUES (:itemId!, :agencyCode!, :opinion!, :recordedBy)
 * ON CONFLICT (item_id, agency_code) DO UPDATE SET opinion = EXCLUDED.opinion, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
 * ```
 */
export const upsertOpinion = new PreparedQuery<IUpsertOpinionParams,IUpsertOpinionResult>(upsertOpinionIR);


/** 'OpinionsOfMeeting' parameters type */
export interface IOpinionsOfMeetingParams {
  meetingId: string;
}

/** 'OpinionsOfMeeting' return type */
export interface IOpinionsOfMeetingResult {
  agency_code: string;
  item_id: string;
  opinion: string;
}

/** 'OpinionsOfMeeting' query type */
export interface IOpinionsOfMeetingQuery {
  params: IOpinionsOfMeetingParams;
  result: IOpinionsOfMeetingResult;
}

const opinionsOfMeetingIR: any = {"usedParamSet":{"meetingId":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":152}]}],"statement":"SELECT o.item_id, o.agency_code, o.opinion\n  FROM joint_meeting_opinion o JOIN joint_meeting_item i ON i.id = o.item_id\n WHERE i.meeting_id = :meetingId!                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT o.item_id, o.agency_code, o.opinion
 *   FROM joint_meeting_opinion o JOIN joint_meeting_item i ON i.id = o.item_id
 *  WHERE i.meeting_id = :meetingId!                                                                                   
 * ```
 */
export const opinionsOfMeeting = new PreparedQuery<IOpinionsOfMeetingParams,IOpinionsOfMeetingResult>(opinionsOfMeetingIR);


/** 'ListMeetings' parameters type */
export type IListMeetingsParams = void;

/** 'ListMeetings' return type */
export interface IListMeetingsResult {
  convener: string;
  decided: number;
  held_on: string;
  id: string;
  items: number;
  number: string;
  place: string;
  title: string;
}

/** 'ListMeetings' query type */
export interface IListMeetingsQuery {
  params: IListMeetingsParams;
  result: IListMeetingsResult;
}

const listMeetingsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT j.id, j.number, j.title, to_char(j.held_on, 'YYYY-MM-DD') AS \"held_on!\", j.place, j.convener,\n       count(i.id)::int AS \"items!\", count(i.decision)::int AS \"decided!\"\n  FROM joint_meeting j LEFT JOIN joint_meeting_item i ON i.meeting_id = j.id\n GROUP BY j.id\n ORDER BY j.held_on DESC, j.number DESC\n LIMIT 200                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT j.id, j.number, j.title, to_char(j.held_on, 'YYYY-MM-DD') AS "held_on!", j.place, j.convener,
 *        count(i.id)::int AS "items!", count(i.decision)::int AS "decided!"
 *   FROM joint_meeting j LEFT JOIN joint_meeting_item i ON i.meeting_id = j.id
 *  GROUP BY j.id
 *  ORDER BY j.held_on DESC, j.number DESC
 *  LIMIT 200                                                                                                     
 * ```
 */
export const listMeetings = new PreparedQuery<IListMeetingsParams,IListMeetingsResult>(listMeetingsIR);


/** 'ItemsOfMeetings' parameters type */
export interface IItemsOfMeetingsParams {
  meetingIds: stringArray;
}

/** 'ItemsOfMeetings' return type */
export interface IItemsOfMeetingsResult {
  decision: string | null;
  kind: string;
  meeting_id: string;
  subject_id: string | null;
}

/** 'ItemsOfMeetings' query type */
export interface IItemsOfMeetingsQuery {
  params: IItemsOfMeetingsParams;
  result: IItemsOfMeetingsResult;
}

const itemsOfMeetingsIR: any = {"usedParamSet":{"meetingIds":true},"params":[{"name":"meetingIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":108}]}],"statement":"SELECT meeting_id, kind, subject_id, decision\n  FROM joint_meeting_item\n WHERE meeting_id = ANY (:meetingIds!::uuid[])                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT meeting_id, kind, subject_id, decision
 *   FROM joint_meeting_item
 *  WHERE meeting_id = ANY (:meetingIds!::uuid[])                                                         
 * ```
 */
export const itemsOfMeetings = new PreparedQuery<IItemsOfMeetingsParams,IItemsOfMeetingsResult>(itemsOfMeetingsIR);


/** 'ScheduledElsewhere' parameters type */
export interface IScheduledElsewhereParams {
  meetingId: string;
}

/** 'ScheduledElsewhere' return type */
export interface IScheduledElsewhereResult {
  subject_id: string;
}

/** 'ScheduledElsewhere' query type */
export interface IScheduledElsewhereQuery {
  params: IScheduledElsewhereParams;
  result: IScheduledElsewhereResult;
}

const scheduledElsewhereIR: any = {"usedParamSet":{"meetingId":true},"params":[{"name":"meetingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":149}]}],"statement":"SELECT DISTINCT subject_id AS \"subject_id!\"\n  FROM joint_meeting_item\n WHERE decision IS NULL AND subject_id IS NOT NULL AND meeting_id <> :meetingId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT subject_id AS "subject_id!"
 *   FROM joint_meeting_item
 *  WHERE decision IS NULL AND subject_id IS NOT NULL AND meeting_id <> :meetingId!
 * ```
 */
export const scheduledElsewhere = new PreparedQuery<IScheduledElsewhereParams,IScheduledElsewhereResult>(scheduledElsewhereIR);


