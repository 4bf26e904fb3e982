import { AsyncLocalStorage } from 'node:async_hooks';
import { HttpException, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { QueueService } from '../queue/queue.service.js';
import { sessionOptions } from './database.module.js';
import * as q from './replica.queries.js';
import { runQuery, type Queryable } from './sql.js';

/**
 * What the request being served allows its reads: set for a staff member's GET by
 * ReadRoutingInterceptor, absent everywhere else (writes, transactions, the worker, public
 * intake, the guard's session and 回避 checks), so only a staff GET can ever read the replica.
 */
export interface ReadContext {
  /** The staff member whose own writes the replica must have replayed (read-your-writes). */
  userId: string;
  /** Their last write's WAL position, looked up in Redis once per request. */
  pin?: Promise<bigint | null>;
}

export const readContext = new AsyncLocalStorage<ReadContext>();

/** How long a replica's replayed position and lag are trusted before asking again. */
const STATE_TTL_MS = 100;
/** First and longest pause before the replica is tried again after it failed. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Keeps the larger of the stored and the new WAL position (two writes of one user may finish
 * in any order, on any api process) and renews the pin's lifetime.
 */
const PIN_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if (not current) or tonumber(current) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
else
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return 1`;

interface ReplicaState {
  /** The replica's pool, which answered. */
  source: DataSource;
  at: number;
  replayed: bigint;
  lagSeconds: number;
  /** In recovery, streaming from the primary, and no further behind than allowed. */
  fit: boolean;
  why: string;
}

/** The replica's state as /health/ready reports it. */
export interface ReplicaStatus {
  /** Where a staff GET's reads go now (before read-your-writes). */
  reads: 'replica' | 'primary';
  state: 'streaming' | 'lagging' | 'not streaming' | 'unreachable' | 'not checked yet';
  lagSeconds: number | null;
  message?: string;
}

/** Errors that say the replica (or the way to it) is gone, not that the query is wrong. */
function connectionLost(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  // 08: connection exception; 57P: shutdown / cannot connect now; 53: out of resources.
  if (/^(08|57P|53)/.test(code)) return true;
  if (/^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT, …
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

/**
 * The one place that decides where a staff read runs. With DATABASE_REPLICA_URL set, a read
 * inside a staff GET (readContext) goes to the streaming replica when the replica
 *  - answers and is streaming from the primary, no further behind than
 *    DATABASE_REPLICA_MAX_LAG_SECONDS (its replayed position and lag cached for 100 ms), and
 *  - has replayed the staff member's own last write (the primary's WAL position recorded in
 *    Redis by `noteWrite` after each of their writes, for DATABASE_REPLICA_PIN_SECONDS);
 * otherwise on the primary. A replica that fails (before or during a read) is left alone for a
 * while (1 s, doubling up to 30 s) and the read is run again on the primary: the user sees no
 * error. Without a replica configured every read is on the primary, as before.
 */
@Injectable()
export class Reads implements OnModuleDestroy {
  private readonly logger = new Logger('Reads');
  private replica: DataSource | null = null;
  private connecting: Promise<DataSource> | null = null;
  private state: ReplicaState | null = null;
  private stateLoad: Promise<ReplicaState> | null = null;
  private retryAt = 0;
  private retryDelay = RETRY_FIRST_MS;
  private lastError: string | null = null;
  private lastUnfit: string | null = null;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  /** A replica is configured (DATABASE_REPLICA_URL). */
  get configured(): boolean {
    return !!this.config.env.DATABASE_REPLICA_URL;
  }

  /**
   * Runs a read (idempotent: it may run twice) on the replica when this request may and the
   * replica is fit, else on the primary; if the replica fails during it, again on the primary.
   * `notYetThere`: a result that may only mean the replica has not replayed it yet (a case
   * created a moment ago, found by its id) is asked of the primary too.
   */
  async run<T>(read: (on: Queryable) => Promise<T>, notYetThere?: (result: T) => boolean): Promise<T> {
    const replica = await this.choose();
    if (!replica) return read(this.primary);
    try {
      const result = await read(replica);
      return notYetThere?.(result) ? await read(this.primary) : result;
    } catch (error) {
      if (error instanceof HttpException) throw error;
      if (connectionLost(error)) this.failed(error);
      else this.logger.warn(`a read failed on the replica, run again on the primary: ${(error as Error).message}`);
      return read(this.primary);
    }
  }

  /**
   * After a staff member's write: the primary's WAL position now (at or past that write's
   * commit) becomes their pin. Never fails the request (the write is done): a pin that
   * cannot be recorded is logged, and while Redis stays away their reads go to the primary
   * (`pinOf` cannot read it either).
   */
  async noteWrite(userId: string): Promise<void> {
    if (!this.configured) return;
    try {
      const [row] = await runQuery(q.primaryWalPosition, undefined, this.primary);
      if (!row) return;
      await this.queues.counters.eval(
        PIN_SCRIPT,
        1,
        this.pinKey(userId),
        row.position,
        String(this.config.env.DATABASE_REPLICA_PIN_SECONDS),
      );
    } catch (error) {
      this.logger.warn(`read-your-writes position not recorded: ${(error as Error).message}`);
    }
  }

  /** For /health/ready: never throws, never waits long. */
  async status(): Promise<ReplicaStatus> {
    if (Date.now() < this.retryAt) return { reads: 'primary', state: 'unreachable', lagSeconds: null, message: this.lastError ?? '' };
    try {
      const state = await this.replicaState();
      const kind = state.fit ? 'streaming' : state.why.startsWith('not streaming') ? 'not streaming' : 'lagging';
      return {
        reads: state.fit ? 'replica' : 'primary',
        state: kind,
        lagSeconds: state.lagSeconds,
        ...(state.fit ? {} : { message: state.why }),
      };
    } catch (error) {
      this.failed(error);
      return { reads: 'primary', state: 'unreachable', lagSeconds: null, message: (error as Error).message };
    }
  }

  async onModuleDestroy(): Promise<void> {
    const replica = this.replica ?? (await this.connecting?.catch(() => null));
    this.replica = null;
    if (replica?.isInitialized) await replica.destroy().catch(() => undefined);
  }

  /** The replica for this read, or null for the primary. */
  private async choose(): Promise<DataSource | null> {
    const context = readContext.getStore();
    if (!context || !this.configured || Date.now() < this.retryAt) return null;
    let state: ReplicaState;
    try {
      state = await this.replicaState();
    } catch (error) {
      this.failed(error);
      return null;
    }
    if (!state.fit) return null;
    let pin: bigint | null;
    try {
      pin = await (context.pin ??= this.pinOf(context.userId));
    } catch (error) {
      // Without the pin the replica might miss the user's own write: the primary, this once.
      this.logger.warn(`read-your-writes position unknown (Redis): ${(error as Error).message}`);
      return null;
    }
    return pin === null || state.replayed >= pin ? state.source : null;
  }

  private async pinOf(userId: string): Promise<bigint | null> {
    const value = await this.queues.counters.get(this.pinKey(userId));
    return value === null ? null : BigInt(value);
  }

  private pinKey(userId: string): string {
    return `${this.config.env.QUEUE_PREFIX}:read-pin:${userId}`;
  }

  /** The replica's replayed position and lag, asked at most every 100 ms (one query in flight). */
  private replicaState(): Promise<ReplicaState> {
    if (this.state && Date.now() - this.state.at < STATE_TTL_MS) return Promise.resolve(this.state);
    this.stateLoad ??= this.loadState().finally(() => {
      this.stateLoad = null;
    });
    return this.stateLoad;
  }

  private async loadState(): Promise<ReplicaState> {
    const replica = await this.connect();
    const [row] = await runQuery(q.replicaState, undefined, replica);
    if (!row) throw new Error('the replica returned no state');
    const maxLag = this.config.env.DATABASE_REPLICA_MAX_LAG_SECONDS;
    const why = !row.inRecovery
      ? 'not streaming: the replica is not in recovery (promoted?)'
      : !row.streaming
        ? 'not streaming: no WAL receiver streaming from the primary'
        : row.lagSeconds > maxLag
          ? `lagging ${row.lagSeconds.toFixed(1)} s behind (more than ${maxLag} s)`
          : '';
    const state: ReplicaState = {
      source: replica,
      at: Date.now(),
      replayed: BigInt(row.replayed),
      lagSeconds: row.lagSeconds,
      fit: !why,
      why,
    };
    if (this.lastError !== null) this.logger.log('the replica answers again');
    this.lastError = null;
    this.retryDelay = RETRY_FIRST_MS;
    if (why !== (this.lastUnfit ?? '')) {
      if (why) this.logger.warn(`staff reads on the primary: replica ${why}`);
      else this.logger.log('staff reads on the replica again');
      this.lastUnfit = why || null;
    }
    this.state = state;
    return state;
  }

  /** The replica's pool, created on first use (a test replaces it). */
  protected connect(): Promise<DataSource> {
    if (this.replica?.isInitialized) return Promise.resolve(this.replica);
    this.connecting ??= (async () => {
      const url = this.config.env.DATABASE_REPLICA_URL;
      if (!url) throw new Error('no replica configured');
      const replica = new DataSource({
        type: 'postgres',
        url,
        // The primary's entities, so a read may use TypeORM repositories on the replica too.
        entities: this.primary.entityMetadatas.map((m) => m.target),
        synchronize: false,
        migrationsRun: false,
        extra: {
          max: this.config.env.DATABASE_REPLICA_POOL_SIZE,
          // A replica that does not answer is noticed fast: the read then goes to the primary.
          connectionTimeoutMillis: 1000,
          options: sessionOptions(this.config.timeZone),
        },
        applicationName: 'qingfeng-replica-reads',
      });
      await replica.initialize();
      this.replica = replica;
      return replica;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** The replica failed: reads on the primary, and the replica tried again after a pause. */
  private failed(error: unknown): void {
    const message = (error as Error).message;
    if (Date.now() >= this.retryAt) {
      this.logger.warn(`replica unreachable, staff reads on the primary for ${this.retryDelay / 1000} s: ${message}`);
      this.retryAt = Date.now() + this.retryDelay;
      this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    }
    this.lastError = message;
    this.state = null;
  }
}
