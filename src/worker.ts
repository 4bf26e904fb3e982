import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { ConfigError, loadAppConfig } from './infra/config/app-config.js';
import { applyHeapGrowth } from './infra/memory/heap-growth.js';
import { WorkerModule } from './worker.module.js';

if (existsSync('.env')) process.loadEnvFile('.env');

async function main(): Promise<void> {
  // Before the modules boot: training the category model at boot is the first burst of garbage.
  applyHeapGrowth(loadAppConfig().settings.memory.heapGrowthPercent.worker);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error(error);
  process.exit(1);
});
