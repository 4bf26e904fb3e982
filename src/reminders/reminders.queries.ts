/** Types generated for queries found in "src/reminders/reminders.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'DigestedOn' parameters type */
export interface IDigestedOnParams {
  day: DateOrString;
}

/** 'DigestedOn' return type */
export interface IDigestedOnResult {
  user_id: string;
}

/** 'DigestedOn' query type */
export interface IDigestedOnQuery {
  params: IDigestedOnParams;
  result: IDigestedOnResult;
}

const digestedOnIR: any = {"usedParamSet":{"day":true},"params":[{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":48,"b":52}]}],"statement":"SELECT user_id FROM reminder_digest WHERE day = :day!::date                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT user_id FROM reminder_digest WHERE day = :day!::date                                                                                                              
 * ```
 */
export const digestedOn = new PreparedQuery<IDigestedOnParams,IDigestedOnResult>(digestedOnIR);


/** 'ClaimDigest' parameters type */
export interface IClaimDigestParams {
  day: DateOrString;
  items: number;
  userId: string;
}

/** 'ClaimDigest' return type */
export interface IClaimDigestResult {
  user_id: string;
}

/** 'ClaimDigest' query type */
export interface IClaimDigestQuery {
  params: IClaimDigestParams;
  result: IClaimDigestResult;
}

const claimDigestIR: any = {"usedParamSet":{"userId":true,"day":true,"items":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":77}]},{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":90}]},{"name":"items","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":124}]}],"statement":"INSERT INTO reminder_digest (user_id, day, message_id, items) VALUES (:userId!::uuid, :day!::date, gen_random_uuid(), :items!::int)\nON CONFLICT DO NOTHING\nRETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO reminder_digest (user_id, day, message_id, items) VALUES (:userId!::uuid, :day!::date, gen_random_uuid(), :items!::int)
 * ON CONFLICT DO NOTHING
 * RETURNING user_id
 * ```
 */
export const claimDigest = new PreparedQuery<IClaimDigestParams,IClaimDigestResult>(claimDigestIR);


/** 'SetDigestMessage' parameters type */
export interface ISetDigestMessageParams {
  day: DateOrString;
  messageId: string;
  userId: string;
}

/** 'SetDigestMessage' return type */
export type ISetDigestMessageResult = void;

/** 'SetDigestMessage' query type */
export interface ISetDigestMessageQuery {
  params: ISetDigestMessageParams;
  result: ISetDigestMessageResult;
}

const setDigestMessageIR: any = {"usedParamSet":{"messageId":true,"userId":true,"day":true},"params":[{"name":"messageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":50}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":103}]}],"statement":"UPDATE reminder_digest SET message_id = :messageId!::uuid WHERE user_id = :userId!::uuid AND day = :day!::date"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE reminder_digest SET message_id = :messageId!::uuid WHERE user_id = :userId!::uuid AND day = :day!::date
 * ```
 */
export const setDigestMessage = new PreparedQuery<ISetDigestMessageParams,ISetDigestMessageResult>(setDigestMessageIR);


