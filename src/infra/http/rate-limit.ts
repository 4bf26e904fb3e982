import { HttpStatus, Injectable, Logger, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { AppConfig } from '../config/app-config.js';
import { CryptoService } from '../crypto/crypto.service.js';
import { QueueService } from '../queue/queue.service.js';
import type { RedisClient } from '../queue/redis.js';
import { clientKey } from './client-key.js';
import { DomainException } from './domain-exception.js';

/**
 * Per-client limits in fixed windows, counted in Redis so every api copy shares them.
 * If Redis is away the count falls back to this process's memory: limits keep working
 * (per copy) and no tip is refused because of the outage.
 */
export type RateLimitBucket = 'submission' | 'lookup' | 'login';

interface BucketRule {
  limit: number;
  windowMs: number;
  /**
   * Which requests count: only those that succeed (a typo in a form must not use up the
   * day's quota), only those that fail (a department behind one address logs in all day;
   * only wrong passwords count), or all.
   */
  counts: 'SUCCESS' | 'FAILURE' | 'ALL';
  message: string;
}

const RATE_LIMIT_KEY = 'qf:rate-limit';
export const RateLimit = (bucket: RateLimitBucket) => SetMetadata(RATE_LIMIT_KEY, bucket);

@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly memory = new Map<string, { count: number; resetAt: number }>();
  readonly rules: Record<RateLimitBucket, BucketRule>;

  constructor(
    config: AppConfig,
    private readonly queues: QueueService,
    private readonly crypto: CryptoService,
  ) {
    const intake = config.settings.intake;
    this.rules = {
      submission: {
        limit: intake.submissionsPerClientPerDay,
        windowMs: 24 * 3600_000,
        counts: 'SUCCESS',
        message: `同一网络地址每天最多提交 ${intake.submissionsPerClientPerDay} 件举报，请明天再试；紧急情况请拨打 ${config.settings.district.hotline}`,
      },
      lookup: {
        limit: intake.lookupsPerClientPerHour,
        windowMs: 3600_000,
        counts: 'ALL',
        message: '查询次数过多，请一小时后再试',
      },
      // Per address, failures only: each account has its own back-off and lock (login-throttle.ts).
      login: { limit: 20, windowMs: 15 * 60_000, counts: 'FAILURE', message: '该网络地址登录失败次数过多，请 15 分钟后再试' },
    };
    this.prefix = `${config.env.QUEUE_PREFIX}:rl`;
    // INCR, and the window's expiry set with the first count: one command, so the counts of
    // concurrent requests leave in one write on the auto-pipelined connection.
    this.queues.counters.defineCommand('qfCountInWindow', {
      numberOfKeys: 1,
      lua: "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end return n",
    });
  }
  private readonly prefix: string;

  private key(bucket: RateLimitBucket, client: string, now: number): { key: string; resetAt: number } {
    const { windowMs } = this.rules[bucket];
    const window = Math.floor(now / windowMs);
    const clientHash = this.crypto.hash('client', client).subarray(0, 12).toString('base64url');
    return { key: `${this.prefix}:${bucket}:${window}:${clientHash}`, resetAt: (window + 1) * windowMs };
  }

  /** Counts one request; `release` gives it back (for buckets that count only successes or only failures). */
  async consume(bucket: RateLimitBucket, client: string): Promise<{ count: number; resetAt: number; release: () => Promise<void> }> {
    const now = Date.now();
    const { key, resetAt } = this.key(bucket, client, now);
    try {
      const count = await this.countInRedis(key, resetAt);
      return { count, resetAt, release: () => this.releaseInRedis(key) };
    } catch (error) {
      this.logger.warn(`rate limit falls back to memory: ${(error as Error).message}`);
      for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
      const entry = this.memory.get(key) ?? { count: 0, resetAt };
      entry.count += 1;
      this.memory.set(key, entry);
      return {
        count: entry.count,
        resetAt,
        release: () => {
          entry.count = Math.max(0, entry.count - 1);
          return Promise.resolve();
        },
      };
    }
  }

  private async countInRedis(key: string, resetAt: number): Promise<number> {
    const redis = this.queues.counters as RedisClient & { qfCountInWindow(key: string, resetAt: number): Promise<number> };
    return Number(await redis.qfCountInWindow(key, resetAt));
  }

  private async releaseInRedis(key: string): Promise<void> {
    try {
      await this.queues.counters.decr(key);
    } catch (error) {
      this.logger.warn(`rate limit count not given back: ${(error as Error).message}`);
    }
  }

  exceeded(bucket: RateLimitBucket, resetAt: number): DomainException {
    const retryAfter = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    return new DomainException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', this.rules[bucket].message, undefined, {
      'Retry-After': String(retryAfter),
    });
  }
}

/** Applies the bucket named by `@RateLimit(...)` on a handler. */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!bucket) return next.handle();
    const client = clientKey(context.switchToHttp().getRequest<FastifyRequest>().ip);
    const rule = this.limiter.rules[bucket];
    const { count, resetAt, release } = await this.limiter.consume(bucket, client);
    if (count > rule.limit) {
      if (rule.counts !== 'ALL') await release();
      throw this.limiter.exceeded(bucket, resetAt);
    }
    // Counted up front (one round trip, and concurrent requests cannot all slip under the
    // limit); the count is given back when the request turns out to be one the bucket does
    // not count (a failure for SUCCESS, a success for FAILURE).
    if (rule.counts === 'ALL') return next.handle();
    if (rule.counts === 'FAILURE') {
      // A page that answers a failure itself (the console's login form) has set a 4xx status.
      const reply = context.switchToHttp().getResponse<{ statusCode: number }>();
      return next.handle().pipe(
        mergeMap(async (value: unknown) => {
          if (reply.statusCode < 400) await release();
          return value;
        }),
      );
    }
    return next.handle().pipe(catchError((error: unknown) => from(release()).pipe(mergeMap(() => throwError(() => error)))));
  }
}
