/** Types generated for queries found in "src/intake/sms/sms.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'EnterInbound' parameters type */
export interface IEnterInboundParams {
  gateway: string;
  gatewayMessageId: string;
  phoneHash: Buffer;
}

/** 'EnterInbound' return type */
export interface IEnterInboundResult {
  entered: number;
}

/** 'EnterInbound' query type */
export interface IEnterInboundQuery {
  params: IEnterInboundParams;
  result: IEnterInboundResult;
}

const enterInboundIR: any = {"usedParamSet":{"gateway":true,"gatewayMessageId":true,"phoneHash":true},"params":[{"name":"gateway","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]},{"name":"gatewayMessageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":111}]},{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":124}]}],"statement":"INSERT INTO sms_inbound (gateway, gateway_message_id, phone_hash, outcome)\nVALUES (:gateway!, :gatewayMessageId!, :phoneHash!, 'PART')\nON CONFLICT DO NOTHING\nRETURNING 1 AS \"entered!\"                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sms_inbound (gateway, gateway_message_id, phone_hash, outcome)
 * VALUES (:gateway!, :gatewayMessageId!, :phoneHash!, 'PART')
 * ON CONFLICT DO NOTHING
 * RETURNING 1 AS "entered!"                                                                                                         
 * ```
 */
export const enterInbound = new PreparedQuery<IEnterInboundParams,IEnterInboundResult>(enterInboundIR);


/** 'LockPhone' parameters type */
export interface ILockPhoneParams {
  phoneHash: Buffer;
}

/** 'LockPhone' return type */
export interface ILockPhoneResult {
  locked: boolean;
}

/** 'LockPhone' query type */
export interface ILockPhoneQuery {
  params: ILockPhoneParams;
  result: ILockPhoneResult;
}

const lockPhoneIR: any = {"usedParamSet":{"phoneHash":true},"params":[{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":88}]}],"statement":"SELECT true AS \"locked!\"\n  FROM pg_advisory_xact_lock(hashtextextended(encode(:phoneHash!::bytea, 'hex'), 0))                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!"
 *   FROM pg_advisory_xact_lock(hashtextextended(encode(:phoneHash!::bytea, 'hex'), 0))                                     
 * ```
 */
export const lockPhone = new PreparedQuery<ILockPhoneParams,ILockPhoneResult>(lockPhoneIR);


/** 'SetInboundOutcome' parameters type */
export interface ISetInboundOutcomeParams {
  gateway: string;
  gatewayMessageId: string;
  outcome: string;
  reportId?: string | null | void;
}

/** 'SetInboundOutcome' return type */
export type ISetInboundOutcomeResult = void;

/** 'SetInboundOutcome' query type */
export interface ISetInboundOutcomeQuery {
  params: ISetInboundOutcomeParams;
  result: ISetInboundOutcomeResult;
}

const setInboundOutcomeIR: any = {"usedParamSet":{"outcome":true,"reportId":true,"gateway":true,"gatewayMessageId":true},"params":[{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":41}]},{"name":"reportId","required":false,"transform":{"type":"scalar"},"locs":[{"a":56,"b":64}]},{"name":"gateway","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]},{"name":"gatewayMessageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":135}]}],"statement":"UPDATE sms_inbound SET outcome = :outcome!, report_id = :reportId\n WHERE gateway = :gateway! AND gateway_message_id = :gatewayMessageId!                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE sms_inbound SET outcome = :outcome!, report_id = :reportId
 *  WHERE gateway = :gateway! AND gateway_message_id = :gatewayMessageId!                                                                             
 * ```
 */
export const setInboundOutcome = new PreparedQuery<ISetInboundOutcomeParams,ISetInboundOutcomeResult>(setInboundOutcomeIR);


/** 'EnterPartGroup' parameters type */
export interface IEnterPartGroupParams {
  concatRef: string;
  gateway: string;
  id: string;
  phoneHash: Buffer;
  sender: Buffer;
  total: number;
  waitSeconds: number;
}

/** 'EnterPartGroup' return type */
export interface IEnterPartGroupResult {
  created: boolean;
  id: string;
  total: number;
}

/** 'EnterPartGroup' query type */
export interface IEnterPartGroupQuery {
  params: IEnterPartGroupParams;
  result: IEnterPartGroupResult;
}

const enterPartGroupIR: any = {"usedParamSet":{"id":true,"gateway":true,"phoneHash":true,"concatRef":true,"total":true,"sender":true,"waitSeconds":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":99}]},{"name":"gateway","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":110}]},{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":123}]},{"name":"concatRef","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":136}]},{"name":"total","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":145}]},{"name":"sender","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":155}]},{"name":"waitSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":200}]}],"statement":"INSERT INTO sms_part_group (id, gateway, phone_hash, concat_ref, total, sender, due_at)\nVALUES (:id!, :gateway!, :phoneHash!, :concatRef!, :total!, :sender!, now() + make_interval(secs => :waitSeconds!::double precision))\nON CONFLICT (gateway, phone_hash, concat_ref) DO UPDATE SET total = sms_part_group.total\nRETURNING id, total, (xmax = 0) AS \"created!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sms_part_group (id, gateway, phone_hash, concat_ref, total, sender, due_at)
 * VALUES (:id!, :gateway!, :phoneHash!, :concatRef!, :total!, :sender!, now() + make_interval(secs => :waitSeconds!::double precision))
 * ON CONFLICT (gateway, phone_hash, concat_ref) DO UPDATE SET total = sms_part_group.total
 * RETURNING id, total, (xmax = 0) AS "created!"
 * ```
 */
export const enterPartGroup = new PreparedQuery<IEnterPartGroupParams,IEnterPartGroupResult>(enterPartGroupIR);


/** 'AddPart' parameters type */
export interface IAddPartParams {
  body: string;
  groupId: string;
  part: number;
}

/** 'AddPart' return type */
export type IAddPartResult = void;

/** 'AddPart' query type */
export interface IAddPartQuery {
  params: IAddPartParams;
  result: IAddPartResult;
}

const addPartIR: any = {"usedParamSet":{"groupId":true,"part":true,"body":true},"params":[{"name":"groupId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":60}]},{"name":"part","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":68}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":76}]}],"statement":"INSERT INTO sms_part (group_id, part, body)\nVALUES (:groupId!, :part!, :body!)\nON CONFLICT DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sms_part (group_id, part, body)
 * VALUES (:groupId!, :part!, :body!)
 * ON CONFLICT DO NOTHING
 * ```
 */
export const addPart = new PreparedQuery<IAddPartParams,IAddPartResult>(addPartIR);


/** 'CountParts' parameters type */
export interface ICountPartsParams {
  groupId: string;
}

/** 'CountParts' return type */
export interface ICountPartsResult {
  count: number;
}

/** 'CountParts' query type */
export interface ICountPartsQuery {
  params: ICountPartsParams;
  result: ICountPartsResult;
}

const countPartsIR: any = {"usedParamSet":{"groupId":true},"params":[{"name":"groupId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":75}]}],"statement":"SELECT count(*)::int AS \"count!\"\n  FROM sms_part\n WHERE group_id = :groupId!                                                      "};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!"
 *   FROM sms_part
 *  WHERE group_id = :groupId!                                                      
 * ```
 */
export const countParts = new PreparedQuery<ICountPartsParams,ICountPartsResult>(countPartsIR);


/** 'LockPartGroup' parameters type */
export interface ILockPartGroupParams {
  id: string;
}

/** 'LockPartGroup' return type */
export interface ILockPartGroupResult {
  gateway: string;
  phone_hash: Buffer;
  sender: Buffer;
  total: number;
}

/** 'LockPartGroup' query type */
export interface ILockPartGroupQuery {
  params: ILockPartGroupParams;
  result: ILockPartGroupResult;
}

const lockPartGroupIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":79}]}],"statement":"SELECT gateway, phone_hash, total, sender\n  FROM sms_part_group\n WHERE id = :id!\n   FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT gateway, phone_hash, total, sender
 *   FROM sms_part_group
 *  WHERE id = :id!
 *    FOR UPDATE
 * ```
 */
export const lockPartGroup = new PreparedQuery<ILockPartGroupParams,ILockPartGroupResult>(lockPartGroupIR);


/** 'PartsOf' parameters type */
export interface IPartsOfParams {
  groupId: string;
}

/** 'PartsOf' return type */
export interface IPartsOfResult {
  body: string;
  part: number;
}

/** 'PartsOf' query type */
export interface IPartsOfQuery {
  params: IPartsOfParams;
  result: IPartsOfResult;
}

const partsOfIR: any = {"usedParamSet":{"groupId":true},"params":[{"name":"groupId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":60}]}],"statement":"SELECT part, body\n  FROM sms_part\n WHERE group_id = :groupId!                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT part, body
 *   FROM sms_part
 *  WHERE group_id = :groupId!                                     
 * ```
 */
export const partsOf = new PreparedQuery<IPartsOfParams,IPartsOfResult>(partsOfIR);


/** 'DeletePartGroup' parameters type */
export interface IDeletePartGroupParams {
  id: string;
}

/** 'DeletePartGroup' return type */
export type IDeletePartGroupResult = void;

/** 'DeletePartGroup' query type */
export interface IDeletePartGroupQuery {
  params: IDeletePartGroupParams;
  result: IDeletePartGroupResult;
}

const deletePartGroupIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":42}]}],"statement":"DELETE FROM sms_part_group\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM sms_part_group
 *  WHERE id = :id!
 * ```
 */
export const deletePartGroup = new PreparedQuery<IDeletePartGroupParams,IDeletePartGroupResult>(deletePartGroupIR);


/** 'PartGroupPhone' parameters type */
export interface IPartGroupPhoneParams {
  id: string;
}

/** 'PartGroupPhone' return type */
export interface IPartGroupPhoneResult {
  phone_hash: Buffer;
}

/** 'PartGroupPhone' query type */
export interface IPartGroupPhoneQuery {
  params: IPartGroupPhoneParams;
  result: IPartGroupPhoneResult;
}

const partGroupPhoneIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":55}]}],"statement":"SELECT phone_hash\n  FROM sms_part_group\n WHERE id = :id!                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT phone_hash
 *   FROM sms_part_group
 *  WHERE id = :id!                                                           
 * ```
 */
export const partGroupPhone = new PreparedQuery<IPartGroupPhoneParams,IPartGroupPhoneResult>(partGroupPhoneIR);


/** 'OverduePartGroups' parameters type */
export type IOverduePartGroupsParams = void;

/** 'OverduePartGroups' return type */
export interface IOverduePartGroupsResult {
  id: string;
}

/** 'OverduePartGroups' query type */
export interface IOverduePartGroupsQuery {
  params: IOverduePartGroupsParams;
  result: IOverduePartGroupsResult;
}

const overduePartGroupsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id\n  FROM sms_part_group\n WHERE due_at <= now()\n ORDER BY due_at\n LIMIT 500                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id
 *   FROM sms_part_group
 *  WHERE due_at <= now()
 *  ORDER BY due_at
 *  LIMIT 500                                                                              
 * ```
 */
export const overduePartGroups = new PreparedQuery<IOverduePartGroupsParams,IOverduePartGroupsResult>(overduePartGroupsIR);


/** 'RecentConversations' parameters type */
export interface IRecentConversationsParams {
  phoneHash: Buffer;
  windowMinutes: number;
}

/** 'RecentConversations' return type */
export interface IRecentConversationsResult {
  report_id: string;
}

/** 'RecentConversations' query type */
export interface IRecentConversationsQuery {
  params: IRecentConversationsParams;
  result: IRecentConversationsResult;
}

const recentConversationsIR: any = {"usedParamSet":{"phoneHash":true,"windowMinutes":true},"params":[{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":71}]},{"name":"windowMinutes","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":139}]}],"statement":"SELECT report_id\n  FROM sms_conversation\n WHERE phone_hash = :phoneHash! AND last_message_at > now() - make_interval(mins => :windowMinutes!::int)\n ORDER BY last_message_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT report_id
 *   FROM sms_conversation
 *  WHERE phone_hash = :phoneHash! AND last_message_at > now() - make_interval(mins => :windowMinutes!::int)
 *  ORDER BY last_message_at DESC
 * ```
 */
export const recentConversations = new PreparedQuery<IRecentConversationsParams,IRecentConversationsResult>(recentConversationsIR);


/** 'StartConversation' parameters type */
export interface IStartConversationParams {
  phoneHash: Buffer;
  reportId: string;
  sender: Buffer;
}

/** 'StartConversation' return type */
export type IStartConversationResult = void;

/** 'StartConversation' query type */
export interface IStartConversationQuery {
  params: IStartConversationParams;
  result: IStartConversationResult;
}

const startConversationIR: any = {"usedParamSet":{"reportId":true,"phoneHash":true,"sender":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":78}]},{"name":"phoneHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":91}]},{"name":"sender","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":101}]}],"statement":"INSERT INTO sms_conversation (report_id, phone_hash, sender)\nVALUES (:reportId!, :phoneHash!, :sender!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sms_conversation (report_id, phone_hash, sender)
 * VALUES (:reportId!, :phoneHash!, :sender!)
 * ```
 */
export const startConversation = new PreparedQuery<IStartConversationParams,IStartConversationResult>(startConversationIR);


/** 'TouchConversation' parameters type */
export interface ITouchConversationParams {
  reportId: string;
}

/** 'TouchConversation' return type */
export type ITouchConversationResult = void;

/** 'TouchConversation' query type */
export interface ITouchConversationQuery {
  params: ITouchConversationParams;
  result: ITouchConversationResult;
}

const touchConversationIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":80}]}],"statement":"UPDATE sms_conversation SET last_message_at = now()\n WHERE report_id = :reportId!                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE sms_conversation SET last_message_at = now()
 *  WHERE report_id = :reportId!                                                                             
 * ```
 */
export const touchConversation = new PreparedQuery<ITouchConversationParams,ITouchConversationResult>(touchConversationIR);


/** 'ConversationSender' parameters type */
export interface IConversationSenderParams {
  reportId: string;
}

/** 'ConversationSender' return type */
export interface IConversationSenderResult {
  sender: Buffer;
}

/** 'ConversationSender' query type */
export interface IConversationSenderQuery {
  params: IConversationSenderParams;
  result: IConversationSenderResult;
}

const conversationSenderIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":66}]}],"statement":"SELECT sender\n  FROM sms_conversation\n WHERE report_id = :reportId!                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT sender
 *   FROM sms_conversation
 *  WHERE report_id = :reportId!                                                                         
 * ```
 */
export const conversationSender = new PreparedQuery<IConversationSenderParams,IConversationSenderResult>(conversationSenderIR);


/** 'PurgeConversation' parameters type */
export interface IPurgeConversationParams {
  reportId: string;
}

/** 'PurgeConversation' return type */
export type IPurgeConversationResult = void;

/** 'PurgeConversation' query type */
export interface IPurgeConversationQuery {
  params: IPurgeConversationParams;
  result: IPurgeConversationResult;
}

const purgeConversationIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":57}]}],"statement":"DELETE FROM sms_conversation\n WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM sms_conversation
 *  WHERE report_id = :reportId!
 * ```
 */
export const purgeConversation = new PreparedQuery<IPurgeConversationParams,IPurgeConversationResult>(purgeConversationIR);


/** 'PurgeInbound' parameters type */
export interface IPurgeInboundParams {
  reportId: string;
}

/** 'PurgeInbound' return type */
export type IPurgeInboundResult = void;

/** 'PurgeInbound' query type */
export interface IPurgeInboundQuery {
  params: IPurgeInboundParams;
  result: IPurgeInboundResult;
}

const purgeInboundIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":52}]}],"statement":"DELETE FROM sms_inbound\n WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM sms_inbound
 *  WHERE report_id = :reportId!
 * ```
 */
export const purgeInbound = new PreparedQuery<IPurgeInboundParams,IPurgeInboundResult>(purgeInboundIR);


