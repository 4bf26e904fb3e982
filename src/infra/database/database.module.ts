import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { migrations } from './migrations/index.js';

/**
 * Startup options of every pooled connection: the district's time zone as the session
 * TimeZone, so `timestamptz::date`, `now()::date` and `to_char(now(), …)` give the district's
 * civil date without naming a zone in SQL (the zone is checked to be a plain IANA name); and
 * no JIT compilation. Postgres compiles a statement whose estimated cost passes
 * `jit_above_cost` at each execution, and the batch statements (a LATERAL over
 * `jsonb_to_recordset`, estimated at 100 rows whatever it holds) pass it: the repeat search
 * of ten tips spent ~30 ms compiling to run in ~10. No statement of ours runs long enough to
 * win that back.
 */
export function sessionOptions(timeZone: string): string {
  return `-c TimeZone=${timeZone} -c jit=off`;
}

export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.env.DATABASE_URL,
    migrations,
    synchronize: false, // never: the schema changes only through reviewed migrations
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: config.env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000, options: sessionOptions(config.timeZone) },
    applicationName: 'qingfeng',
  };
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
    }),
  ],
})
export class DatabaseModule {}
