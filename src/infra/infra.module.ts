import { Global, Module } from '@nestjs/common';
import { Clock } from './clock/clock.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { CryptoModule } from './crypto/crypto.module.js';
import { DatabaseModule } from './database/database.module.js';
import { SignedRecords } from './documents/signed-record.js';
import { RateLimiter, RateLimitInterceptor } from './http/rate-limit.js';
import { QueueModule } from './queue/queue.module.js';
import { Reads } from './database/reads.js';
import { StorageModule } from './storage/storage.module.js';

/** Everything the domain modules stand on: config, database, queues, crypto, storage, clock. */
@Global()
@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, CryptoModule, StorageModule],
  providers: [
    { provide: Clock, useFactory: (config: AppConfig) => new Clock(config.timeZone), inject: [AppConfig] },
    RateLimiter,
    RateLimitInterceptor,
    SignedRecords,
    Reads,
  ],
  exports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    CryptoModule,
    StorageModule,
    Clock,
    RateLimiter,
    RateLimitInterceptor,
    SignedRecords,
    Reads,
  ],
})
export class InfraModule {}
