import { existsSync } from 'node:fs';
import { ConfigError, loadAppConfig, type AppConfig } from '../infra/config/app-config.js';

/** sysexits.h EX_CONFIG: what a command exits with when its configuration is wrong. */
export const EX_CONFIG = 78;

/**
 * Every command starts here: loads `.env` from the working folder (where `npm run …` runs,
 * the project root) without overriding what the environment already sets, then checks
 * the configuration. A wrong or missing key prints one line naming the key and the fix,
 * and the command exits 78, before any stack trace could be printed.
 * `only`: the environment keys this command needs (the others are not checked).
 */
export function loadCliConfig(only?: readonly string[]): AppConfig | null {
  if (existsSync('.env')) {
    try {
      process.loadEnvFile('.env');
    } catch (error) {
      exitWithConfigErrors([`.env: cannot be read (${(error as Error).message}); fix: correct or remove .env`]);
    }
  }
  try {
    return loadAppConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const lines = only ? error.lines.filter((line) => only.some((key) => line.startsWith(`${key}:`))) : error.lines;
    if (lines.length > 0) exitWithConfigErrors(lines);
    return null;
  }
}

export function exitWithConfigErrors(lines: readonly string[]): never {
  for (const line of lines) console.error(`configuration error: ${line}`);
  process.exit(EX_CONFIG);
}
