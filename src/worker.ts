import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { ConfigError, loadAppConfig } from './infra/config/app-config.js';
import { applyHeapGrowth } from './infra/memory/heap-growth.js';
import { applyCpuPriority } from './infra/process/cpu-priority.js';
import { WorkerModule } from './worker.module.js';

if (existsSync('.env')) process.loadEnvFile('.env');

async function main(): Promise<void> {
  // Before the modules boot: training the category model at boot is the first burst of garbage.
  const { settings } = loadAppConfig();
  applyHeapGrowth(settings.memory.heapGrowthPercent.worker);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  // Booted at full speed (ready sooner after a restart); from here on staff pages and intake
  // come first when the api shares the machine: triage can wait its turn.
  applyCpuPriority(settings.scheduling.nice.worker);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error(error);
  process.exit(1);
});
