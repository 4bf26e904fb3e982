import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { migrations } from './migrations/index.js';

export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.env.DATABASE_URL,
    migrations,
    synchronize: false, // never: the schema changes only through reviewed migrations
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: config.env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
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
