import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAppConfig } from './infra/config/app-config.js';
import { JOB_QUEUE, type QueueName } from './infra/queue/jobs.js';
import type { QueueService } from './infra/queue/queue.service.js';
import { ScheduleRegistrar } from './schedule-registrar.js';
import { SCHEDULES } from './schedules.js';
import { loadTriageConfig } from './triage/triage-config.js';
import { TriageSettings } from './triage/triage-settings.js';

const src = import.meta.dirname;
const root = join(src, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}
const files = sourceFiles(src).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

const key = () => randomBytes(32).toString('base64');
const config = loadAppConfig({
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  REDIS_URL: 'redis://127.0.0.1:6379',
  QF_MASTER_KEYS: `a:${key()}`,
  QF_HASH_KEY: key(),
  QF_CONFIG_DIR: join(root, 'config'),
});
const triage = new TriageSettings(loadTriageConfig(join(root, 'config')));
const names = Object.keys(SCHEDULES).sort();

describe('the table of schedules', () => {
  it('lists exactly the jobs without a payload (the ones that can only be scheduled sweeps)', () => {
    const jobs = readFileSync(join(src, 'infra/queue/jobs.ts'), 'utf8');
    const repeating = [...jobs.matchAll(/name: '([\w-]+)'; data: Record<string, never> \}/g)].map((m) => m[1]).sort();
    expect(repeating.length).toBeGreaterThan(5);
    expect(names).toEqual(repeating);
  });

  it('names only jobs that have exactly one handler, and every such handler is the one for its line', () => {
    const handlers = files.flatMap(({ path, text }) =>
      [...text.matchAll(/@JobHandler\('([\w-]+)'\)/g)].map((m) => ({ name: m[1]!, path })),
    );
    for (const name of names) expect([name, handlers.filter((h) => h.name === name).length]).toEqual([name, 1]);
    expect(names.every((name) => name in JOB_QUEUE)).toBe(true);
  });

  it('is the only place a schedule is registered', () => {
    const registering = files.filter(({ text }) => /upsertJobScheduler\(|\brepeat:\s*\{/.test(text)).map((f) => f.path);
    expect(registering).toEqual(['src/schedule-registrar.ts']);
  });

  it('gives every line a whole, positive interval from the shipped settings, the worker as its process and a description', () => {
    for (const name of names) {
      const line = SCHEDULES[name as keyof typeof SCHEDULES];
      const every = line.every({ settings: config.settings, triage: triage.value });
      expect([name, Number.isInteger(every) && every >= 1000]).toEqual([name, true]);
      expect(line.process).toBe('worker');
      expect(line.does.length).toBeGreaterThan(20);
    }
    expect(SCHEDULES['vetting-sweep'].every({ settings: config.settings, triage: triage.value })).toBe(
      config.settings.vetting.sweepSeconds * 1000,
    );
  });
});

describe('ScheduleRegistrar', () => {
  it("registers every line on its job's queue, and logs (does not throw) when Redis refuses one", async () => {
    const calls: Array<{ queue: QueueName; name: string; every: number | undefined; job: unknown }> = [];
    const queues = {
      queue: (queue: QueueName) => ({
        upsertJobScheduler: async (name: string, repeat: { every?: number }, job: unknown) => {
          if (name === 'audit-anchor') throw new Error('Redis is away');
          calls.push({ queue, name, every: repeat.every, job });
        },
      }),
    } as unknown as QueueService;
    const registrar = new ScheduleRegistrar(queues, config, triage);
    const registered = await registrar.register();
    expect([...registered].sort()).toEqual(names.filter((n) => n !== 'audit-anchor'));
    for (const call of calls) {
      const name = call.name as keyof typeof SCHEDULES;
      expect(call.queue).toBe(JOB_QUEUE[name]);
      expect(call.every).toBe(SCHEDULES[name].every({ settings: config.settings, triage: triage.value }));
      expect(call.job).toEqual({ name, data: {} });
    }
    expect(calls.find((c) => c.name === 'retrain-category-model')?.every).toBe(triage.value.model.retrainEveryMinutes * 60_000);
  });
});
