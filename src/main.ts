import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createHttpApp } from './http-app.js';
import { ConfigError, loadAppConfig } from './infra/config/app-config.js';
import { applyHeapGrowth } from './infra/memory/heap-growth.js';
import { applyCpuPriority } from './infra/process/cpu-priority.js';

if (existsSync('.env')) process.loadEnvFile('.env');

async function main(): Promise<void> {
  const config = loadAppConfig();
  applyHeapGrowth(config.settings.memory.heapGrowthPercent.api);
  applyCpuPriority(config.settings.scheduling.nice.api);
  const app = await createHttpApp(config);
  await app.listen(config.env.PORT, config.env.HOST);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error);
  process.exit(1);
});
