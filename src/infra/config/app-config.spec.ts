import { afterAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, deepMerge, loadAppConfig } from './app-config.js';

const key = () => randomBytes(32).toString('base64');
const validEnv = () => ({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  REDIS_URL: 'redis://127.0.0.1:6379',
  QF_MASTER_KEYS: `a:${key()},b:${key()}`,
  QF_HASH_KEY: key(),
  QF_CONFIG_DIR: 'config',
});

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function configDirWith(localYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qf-config-'));
  made.push(dir);
  cpSync('config', dir, { recursive: true });
  writeFileSync(join(dir, 'local.yaml'), localYaml);
  return dir;
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration at boot', () => {
  it('reads on the primary without a replica; a replica URL is checked, and its pin outlasts its lag', () => {
    expect(loadAppConfig(validEnv()).env.DATABASE_REPLICA_URL).toBeUndefined();
    const replica = { ...validEnv(), DATABASE_REPLICA_URL: 'postgres://postgres@10.0.0.2:5432/x' };
    expect(loadAppConfig(replica).env).toMatchObject({ DATABASE_REPLICA_MAX_LAG_SECONDS: 10, DATABASE_REPLICA_PIN_SECONDS: 60 });
    expect(errorOf(() => loadAppConfig({ ...replica, DATABASE_REPLICA_URL: 'mysql://x' }))).toContain('DATABASE_REPLICA_URL');
    expect(
      errorOf(() => loadAppConfig({ ...replica, DATABASE_REPLICA_MAX_LAG_SECONDS: '30', DATABASE_REPLICA_PIN_SECONDS: '20' })),
    ).toContain('DATABASE_REPLICA_PIN_SECONDS');
  });

  it('loads the shipped defaults with a valid environment', () => {
    const config = loadAppConfig(validEnv());
    expect(config.activeMasterKeyId).toBe('b');
    expect(config.settings.intake.submissionsPerClientPerDay).toBe(5);
    expect(config.agencies.map((a) => a.code)).toContain('DISCIPLINE');
    expect(config.categories.map((c) => c.code)).toContain('OUT_OF_SCOPE');
  });

  it.each([
    [{ DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: expected postgres://'],
    [{ QF_MASTER_KEYS: 'nokey' }, 'QF_MASTER_KEYS: expected id:base64key'],
    [{ QF_MASTER_KEYS: `a:${randomBytes(16).toString('base64')}` }, 'each key 32 bytes'],
    [{ QF_HASH_KEY: 'c2hvcnQ=' }, 'QF_HASH_KEY: expected at least 32 bytes'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ QF_ACTIVE_MASTER_KEY: 'zzz' }, 'QF_ACTIVE_MASTER_KEY: "zzz" is not one of'],
  ])('names the bad environment variable %o', (override, expected) => {
    expect(errorOf(() => loadAppConfig({ ...validEnv(), ...override }))).toContain(expected);
  });

  it('names the bad setting from local.yaml', () => {
    const dir = configDirWith('intake:\n  submissionsPerClientPerDay: many\n');
    expect(errorOf(() => loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: dir }))).toMatch(/intake\.submissionsPerClientPerDay/);
    const unknown = configDirWith('intake:\n  colour: red\n');
    expect(errorOf(() => loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: unknown }))).toMatch(/colour/);
    const inverted = configDirWith('intake:\n  text: { minLength: 900, maxLength: 800 }\n');
    expect(errorOf(() => loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: inverted }))).toMatch(/minLength is greater/);
  });

  it('refuses security.trustProxy: true (a client could write its own address), and takes a hop count or addresses', () => {
    const open = configDirWith('security:\n  trustProxy: true\n');
    expect(errorOf(() => loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: open }))).toMatch(/security\.trustProxy.*不能为 true/);
    const hops = configDirWith('security:\n  trustProxy: 1\n');
    expect(loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: hops }).settings.security.trustProxy).toBe(1);
    const list = configDirWith('security:\n  trustProxy: [10.0.0.0/8, 192.0.2.1]\n');
    expect(loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: list }).settings.security.trustProxy).toEqual(['10.0.0.0/8', '192.0.2.1']);
  });

  it('reads the district time zone (default Asia/Shanghai) and refuses what is not an IANA name', () => {
    expect(loadAppConfig(validEnv()).timeZone).toBe('Asia/Shanghai');
    const utc = configDirWith('district:\n  timeZone: UTC\n');
    expect(loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: utc }).timeZone).toBe('UTC');
    for (const wrong of ['Mars/Olympus', "'+08:00'", "'Asia/Shanghai -c search_path=x'"]) {
      const dir = configDirWith(`district:\n  timeZone: ${wrong}\n`);
      expect(errorOf(() => loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: dir }))).toMatch(/district\.timeZone: expected an IANA time zone/);
    }
  });

  it('takes an empty local.yaml as no overrides', () => {
    const dir = configDirWith('# nothing here yet\n');
    expect(loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: dir }).settings.intake.submissionsPerClientPerDay).toBe(5);
  });

  it('applies local.yaml over the defaults key by key', () => {
    const dir = configDirWith('intake:\n  submissionsPerClientPerDay: 3\n');
    const config = loadAppConfig({ ...validEnv(), QF_CONFIG_DIR: dir });
    expect(config.settings.intake.submissionsPerClientPerDay).toBe(3);
    expect(config.settings.intake.lookupsPerClientPerHour).toBe(20);
    expect(deepMerge({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3] } });
  });
});
