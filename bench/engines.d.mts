// Types of engines.mjs, for the fault tests that import it.
import type { ChildProcess } from 'node:child_process';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number>;

/** A Postgres server of its own, from the machine's binaries, in a folder under /tmp. */
export class PrivatePostgres {
  readonly dir: string;
  readonly port: number;
  /** A new server (initdb) started with `settings` (postgres -c name=value). */
  static create(settings?: Record<string, string | number>): Promise<PrivatePostgres>;
  /** A hot standby streaming from this server: `pg_basebackup -R -X stream`, no slot left behind. */
  replica(): Promise<PrivatePostgres>;
  url(database?: string): string;
  start(): void;
  /** Immediate shutdown: connections are cut, as in a crash or a failover. */
  stop(): void;
  /** Stopped at once and its folder removed. */
  destroy(): void;
}

/** Three masters and, with a `hashTag`, a replica of the master holding its slot. */
export class PrivateRedisCluster {
  static start(options?: { hashTag?: string; nodeTimeoutMs?: number }): Promise<PrivateRedisCluster>;
  readonly masters: number[];
  /** The slot of `hashTag` (only when one was given). */
  readonly slot: number | undefined;
  readonly ports: number[];
  /** Seed nodes for REDIS_URL: every node. */
  readonly url: string;
  startServer(port: number): ChildProcess;
  masterOf(slot: number, askPort?: number): number | null;
  waitForState(ports: number[], extra?: () => boolean, seconds?: number): Promise<void>;
  /** SIGKILLs a node; resolves when it has exited. */
  kill(port: number): Promise<void>;
  /** Every node killed and the folder removed. */
  stop(): void;
}
