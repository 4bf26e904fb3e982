import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { z } from 'zod';
import { Returns } from '../infra/http/api-contract.js';
import { Reads } from '../infra/database/reads.js';
import { RedisHealthIndicator } from './redis.health.js';

const indicators = z.record(z.string(), z.object({ status: z.enum(['up', 'down']) }).catchall(z.unknown()));
/** @nestjs/terminus's report. */
const healthSchema = z
  .object({
    status: z.enum(['ok', 'error', 'shutting_down']),
    info: indicators.optional(),
    error: indicators.optional(),
    details: indicators,
  })
  .meta({ id: 'Health' });

// Probes for load balancers and orchestrators, not part of the API integrators build on (and
// @nestjs/terminus describes them differently depending on the Node line).
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly reads: Reads,
  ) {}

  /** The process is up (for restarts). */
  @Get('live')
  @Returns(z.object({ status: z.literal('ok') }).meta({ id: 'Live' }), '进程在运行')
  live() {
    return { status: 'ok' };
  }

  /**
   * Postgres and Redis answer (for load balancers). A configured read replica is reported
   * (`replica`: where staff reads go, its state and lag) but never makes the api unready:
   * without it the staff reads go to the primary.
   */
  @Get('ready')
  @HealthCheck()
  @Returns(healthSchema, 'Postgres 与 Redis 均可用；否则 503，正文相同')
  ready() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
      ...(this.reads.configured ? [() => this.replicaState()] : []),
    ]);
  }

  private async replicaState() {
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 1500).unref());
    const found = await Promise.race([this.reads.status(), timeout]);
    const status = found ?? { reads: 'primary', state: 'unreachable', lagSeconds: null, message: 'no answer in 1500 ms' };
    return this.indicators.check('replica').up({ ...status });
  }
}
