import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { envSchema, type Env } from './env.schema.js';
import {
  agenciesSchema,
  calendarSchema,
  settingsSchema,
  taxonomySchema,
  type AgencyDefinition,
  type CalendarFile,
  type CategoryDefinition,
  type Settings,
} from './settings.schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  /** One line per wrong key, each naming the fix. */
  readonly lines: string[];
  constructor(message: string, lines?: string[]) {
    super(message);
    this.lines =
      lines ??
      message
        .split('\n')
        .filter((line) => line.trim() && !/^Invalid configuration:?$/.test(line.trim()))
        .map((l) => l.trim());
  }
}

/** How to fix a wrong environment variable: where its value comes from. */
const ENV_FIX: Record<string, string> = {
  DATABASE_URL: 'set DATABASE_URL=postgres://user@host:5432/qingfeng in .env (npm run quickstart writes it)',
  REDIS_URL: 'set REDIS_URL=redis://host:6379 in .env (npm run quickstart writes it)',
  QF_MASTER_KEYS: 'set QF_MASTER_KEYS=key1:<openssl rand -base64 32> in .env (npm run quickstart writes it)',
  QF_HASH_KEY: 'set QF_HASH_KEY=<openssl rand -base64 32> in .env (npm run quickstart writes it)',
};
const envFix = (key: string) =>
  ENV_FIX[key] ?? `set ${key} in .env or the environment (README, "Configuration"; docs/CHANNELS.md for mail and SMS)`;

/** The whole validated configuration, injected by class. Built once per process. */
export class AppConfig {
  constructor(
    readonly env: Env,
    readonly settings: Settings,
    readonly calendar: CalendarFile,
    readonly agencies: AgencyDefinition[],
    readonly categories: CategoryDefinition[],
    readonly masterKeys: ReadonlyMap<string, Buffer>,
    readonly activeMasterKeyId: string,
    readonly hashKey: Buffer,
  ) {}

  /** The district's IANA time zone (district.timeZone); the database sessions use it too. */
  get timeZone(): string {
    return this.settings.district.timeZone;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
}

function describeIssues(source: string, error: z.ZodError): string {
  return error.issues.map((issue) => `  ${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

function parseOrThrow<T>(source: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = issue.path.join('.') || '(root)';
      const fix = source === 'environment' ? envFix(key) : `correct ${key} in ${source}`;
      return `${source === 'environment' ? '' : `${source}: `}${key}: ${issue.message}; fix: ${fix}`;
    });
    throw new ConfigError(`Invalid configuration:\n${describeIssues(source, result.error)}`, lines);
  }
  return result.data;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** local.yaml overrides default.yaml key by key; arrays are replaced whole. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

function readYaml(dir: string, file: string, required: boolean): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (required) throw new ConfigError(`Missing configuration file ${path}`);
    return undefined;
  }
  try {
    // An empty or comment-only file parses to null: treat it as absent.
    return parseYaml(readFileSync(path, 'utf8')) ?? undefined;
  } catch (error) {
    throw new ConfigError(`Cannot parse ${path}: ${(error as Error).message}`);
  }
}

export function loadAppConfig(rawEnv: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = parseOrThrow('environment', envSchema, rawEnv);
  const dir = resolve(env.QF_CONFIG_DIR);
  const settings = parseOrThrow(
    `${dir}/default.yaml (+ local.yaml)`,
    settingsSchema,
    deepMerge(readYaml(dir, 'default.yaml', true), readYaml(dir, 'local.yaml', false)),
  );
  if (settings.intake.text.minLength > settings.intake.text.maxLength) {
    throw new ConfigError('Invalid configuration: intake.text.minLength is greater than intake.text.maxLength');
  }
  const calendar = parseOrThrow(`${dir}/calendar.yaml`, calendarSchema, readYaml(dir, 'calendar.yaml', true));
  const { agencies } = parseOrThrow(`${dir}/agencies.yaml`, agenciesSchema, readYaml(dir, 'agencies.yaml', true));
  const { categories } = parseOrThrow(`${dir}/taxonomy.yaml`, taxonomySchema, readYaml(dir, 'taxonomy.yaml', true));

  const masterKeys = new Map<string, Buffer>();
  for (const part of env.QF_MASTER_KEYS.split(',')) {
    const [id, key] = part.split(':') as [string, string];
    masterKeys.set(id, Buffer.from(key, 'base64'));
  }
  const activeMasterKeyId = env.QF_ACTIVE_MASTER_KEY ?? [...masterKeys.keys()].at(-1)!;
  if (!masterKeys.has(activeMasterKeyId)) {
    throw new ConfigError(
      `Invalid configuration:\n  environment: QF_ACTIVE_MASTER_KEY: "${activeMasterKeyId}" is not one of the ids in QF_MASTER_KEYS`,
    );
  }
  return new AppConfig(
    env,
    settings,
    calendar,
    agencies,
    categories,
    masterKeys,
    activeMasterKeyId,
    Buffer.from(env.QF_HASH_KEY, 'base64'),
  );
}
