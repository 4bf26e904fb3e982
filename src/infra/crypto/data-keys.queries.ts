/** Types generated for queries found in "src/infra/crypto/data-keys.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LockDataKeys' parameters type */
export type ILockDataKeysParams = void;

/** 'LockDataKeys' return type */
export interface ILockDataKeysResult {
  locked: boolean;
}

/** 'LockDataKeys' query type */
export interface ILockDataKeysQuery {
  params: ILockDataKeysParams;
  result: ILockDataKeysResult;
}

const lockDataKeysIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT true AS \"locked!\" FROM pg_advisory_xact_lock(hashtext('qingfeng:data_key'))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:data_key'))
 * ```
 */
export const lockDataKeys = new PreparedQuery<ILockDataKeysParams,ILockDataKeysResult>(lockDataKeysIR);


/** 'ActiveKey' parameters type */
export interface IActiveKeyParams {
  masterKeyId: string;
}

/** 'ActiveKey' return type */
export interface IActiveKeyResult {
  id: number;
  wrapped_key: Buffer;
}

/** 'ActiveKey' query type */
export interface IActiveKeyQuery {
  params: IActiveKeyParams;
  result: IActiveKeyResult;
}

const activeKeyIR: any = {"usedParamSet":{"masterKeyId":true},"params":[{"name":"masterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":71}]}],"statement":"SELECT id, wrapped_key FROM data_key WHERE master_key_id = :masterKeyId! AND retired_at IS NULL ORDER BY id DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, wrapped_key FROM data_key WHERE master_key_id = :masterKeyId! AND retired_at IS NULL ORDER BY id DESC LIMIT 1
 * ```
 */
export const activeKey = new PreparedQuery<IActiveKeyParams,IActiveKeyResult>(activeKeyIR);


/** 'InsertKey' parameters type */
export interface IInsertKeyParams {
  masterKeyId: string;
  wrappedKey: Buffer;
}

/** 'InsertKey' return type */
export interface IInsertKeyResult {
  id: number;
}

/** 'InsertKey' query type */
export interface IInsertKeyQuery {
  params: IInsertKeyParams;
  result: IInsertKeyResult;
}

const insertKeyIR: any = {"usedParamSet":{"masterKeyId":true,"wrappedKey":true},"params":[{"name":"masterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":70}]},{"name":"wrappedKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":84}]}],"statement":"INSERT INTO data_key (master_key_id, wrapped_key) VALUES (:masterKeyId!, :wrappedKey!) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO data_key (master_key_id, wrapped_key) VALUES (:masterKeyId!, :wrappedKey!) RETURNING id
 * ```
 */
export const insertKey = new PreparedQuery<IInsertKeyParams,IInsertKeyResult>(insertKeyIR);


/** 'KeyById' parameters type */
export interface IKeyByIdParams {
  id: number;
}

/** 'KeyById' return type */
export interface IKeyByIdResult {
  master_key_id: string;
  wrapped_key: Buffer;
}

/** 'KeyById' query type */
export interface IKeyByIdQuery {
  params: IKeyByIdParams;
  result: IKeyByIdResult;
}

const keyByIdIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":62}]}],"statement":"SELECT master_key_id, wrapped_key FROM data_key WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT master_key_id, wrapped_key FROM data_key WHERE id = :id!
 * ```
 */
export const keyById = new PreparedQuery<IKeyByIdParams,IKeyByIdResult>(keyByIdIR);


/** 'KeysNotUnder' parameters type */
export interface IKeysNotUnderParams {
  masterKeyId: string;
}

/** 'KeysNotUnder' return type */
export interface IKeysNotUnderResult {
  id: number;
  master_key_id: string;
  wrapped_key: Buffer;
}

/** 'KeysNotUnder' query type */
export interface IKeysNotUnderQuery {
  params: IKeysNotUnderParams;
  result: IKeysNotUnderResult;
}

const keysNotUnderIR: any = {"usedParamSet":{"masterKeyId":true},"params":[{"name":"masterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":87}]}],"statement":"SELECT id, master_key_id, wrapped_key FROM data_key WHERE master_key_id <> :masterKeyId! ORDER BY id                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, master_key_id, wrapped_key FROM data_key WHERE master_key_id <> :masterKeyId! ORDER BY id                                                                                       
 * ```
 */
export const keysNotUnder = new PreparedQuery<IKeysNotUnderParams,IKeysNotUnderResult>(keysNotUnderIR);


/** 'Rewrap' parameters type */
export interface IRewrapParams {
  id: number;
  masterKeyId: string;
  wasMasterKeyId: string;
  wasWrappedKey: Buffer;
  wrappedKey: Buffer;
}

/** 'Rewrap' return type */
export type IRewrapResult = void;

/** 'Rewrap' query type */
export interface IRewrapQuery {
  params: IRewrapParams;
  result: IRewrapResult;
}

const rewrapIR: any = {"usedParamSet":{"masterKeyId":true,"wrappedKey":true,"id":true,"wasMasterKeyId":true,"wasWrappedKey":true},"params":[{"name":"masterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":36,"b":48}]},{"name":"wrappedKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":76}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":93}]},{"name":"wasMasterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":130}]},{"name":"wasWrappedKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":150,"b":164}]}],"statement":"UPDATE data_key SET master_key_id = :masterKeyId!, wrapped_key = :wrappedKey!\n WHERE id = :id! AND master_key_id = :wasMasterKeyId! AND wrapped_key = :wasWrappedKey!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE data_key SET master_key_id = :masterKeyId!, wrapped_key = :wrappedKey!
 *  WHERE id = :id! AND master_key_id = :wasMasterKeyId! AND wrapped_key = :wasWrappedKey!
 * ```
 */
export const rewrap = new PreparedQuery<IRewrapParams,IRewrapResult>(rewrapIR);


/** 'CountUnder' parameters type */
export interface ICountUnderParams {
  masterKeyId: string;
}

/** 'CountUnder' return type */
export interface ICountUnderResult {
  n: number;
}

/** 'CountUnder' query type */
export interface ICountUnderQuery {
  params: ICountUnderParams;
  result: ICountUnderResult;
}

const countUnderIR: any = {"usedParamSet":{"masterKeyId":true},"params":[{"name":"masterKeyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":77}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM data_key WHERE master_key_id = :masterKeyId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM data_key WHERE master_key_id = :masterKeyId!
 * ```
 */
export const countUnder = new PreparedQuery<ICountUnderParams,ICountUnderResult>(countUnderIR);


