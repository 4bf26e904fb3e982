/** Types generated for queries found in "src/infra/database/replica.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'PrimaryWalPosition' parameters type */
export type IPrimaryWalPositionParams = void;

/** 'PrimaryWalPosition' return type */
export interface IPrimaryWalPositionResult {
  position: string;
}

/** 'PrimaryWalPosition' query type */
export interface IPrimaryWalPositionQuery {
  params: IPrimaryWalPositionParams;
  result: IPrimaryWalPositionResult;
}

const primaryWalPositionIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::text AS \"position!\"                                                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::text AS "position!"                                                                                                                                                                                         
 * ```
 */
export const primaryWalPosition = new PreparedQuery<IPrimaryWalPositionParams,IPrimaryWalPositionResult>(primaryWalPositionIR);


/** 'ReplicaState' parameters type */
export type IReplicaStateParams = void;

/** 'ReplicaState' return type */
export interface IReplicaStateResult {
  inRecovery: boolean;
  lagSeconds: number;
  replayed: string;
  streaming: boolean;
}

/** 'ReplicaState' query type */
export interface IReplicaStateQuery {
  params: IReplicaStateParams;
  result: IReplicaStateResult;
}

const replicaStateIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT\n  pg_is_in_recovery() AS \"inRecovery!\",\n  COALESCE((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::text, '0') AS \"replayed!\",\n  EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS \"streaming!\",\n  CASE\n    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0\n    ELSE COALESCE(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)\n  END::float8 AS \"lagSeconds!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT
 *   pg_is_in_recovery() AS "inRecovery!",
 *   COALESCE((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::text, '0') AS "replayed!",
 *   EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') AS "streaming!",
 *   CASE
 *     WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
 *     ELSE COALESCE(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)
 *   END::float8 AS "lagSeconds!"
 * ```
 */
export const replicaState = new PreparedQuery<IReplicaStateParams,IReplicaStateResult>(replicaStateIR);


