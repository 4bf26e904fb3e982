import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { applyCpuPriority, type PrioritySystem } from './cpu-priority.js';

const run = promisify(execFile);

/** A process of threads with nice values; a thread listed but gone throws, as ESRCH does. */
function fakeSystem(nice: Record<number, number>, gone: number[] = []): PrioritySystem & { nice: Record<number, number> } {
  return {
    nice,
    threads: () => [...Object.keys(nice).map(Number), ...gone],
    get: (id) => {
      if (gone.includes(id)) throw new Error('ESRCH');
      return nice[id]!;
    },
    set: (id, value) => {
      nice[id] = value;
    },
  };
}

describe('CPU priority of a process', () => {
  it.each<{ case: string; wanted: number; before: Record<number, number>; after: Record<number, number>; changed: number[] }>([
    { case: '0 leaves every thread alone', wanted: 0, before: { 1: 0, 2: 0 }, after: { 1: 0, 2: 0 }, changed: [] },
    { case: 'every thread yields', wanted: 10, before: { 1: 0, 2: 0, 3: 0 }, after: { 1: 10, 2: 10, 3: 10 }, changed: [1, 2, 3] },
    {
      case: 'a thread already yielding more keeps its own (never raised)',
      wanted: 10,
      before: { 1: 15, 2: 0 },
      after: { 1: 15, 2: 10 },
      changed: [2],
    },
    { case: 'a thread at the value is not set again', wanted: 5, before: { 1: 5, 2: 3 }, after: { 1: 5, 2: 5 }, changed: [2] },
  ])('$case', ({ wanted, before, after, changed }) => {
    const system = fakeSystem({ ...before });
    expect(applyCpuPriority(wanted, system)).toEqual(changed);
    expect(system.nice).toEqual(after);
  });

  it('skips a thread that ended while it was being listed', () => {
    const system = fakeSystem({ 1: 0 }, [2]);
    expect(applyCpuPriority(10, system)).toEqual([1]);
  });

  // The real thing: every thread of a Node process, including those started before the call
  // (V8's platform threads, libuv's pool) and after it (a worker thread and its own helpers).
  const onLinux = process.platform === 'linux' ? it : it.skip;
  onLinux(
    'sets every thread of a real process, and the threads it starts afterwards',
    async () => {
      const child = `
      import { readdirSync, readFileSync } from 'node:fs';
      import { Worker } from 'node:worker_threads';
      const { applyCpuPriority } = await import('./src/infra/process/cpu-priority.ts');
      const before = readdirSync('/proc/self/task').length;
      applyCpuPriority(7);
      const thread = new Worker('setTimeout(() => {}, 2000)', { eval: true });
      await new Promise((resolve) => thread.once('online', resolve));
      const nice = readdirSync('/proc/self/task').map((t) => {
        const stat = readFileSync('/proc/self/task/' + t + '/stat', 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
      console.log(JSON.stringify({ before, nice }));
      await thread.terminate();`;
      const { stdout } = await run('node', ['--import', './scripts/ts-register.mjs', '--input-type=module', '-e', child], {
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'] },
        timeout: 60_000,
      });
      const { before, nice } = JSON.parse(stdout.trim()) as { before: number; nice: number[] };
      // Threads from before the call and after it: all at 7.
      expect(before).toBeGreaterThan(1);
      expect(nice.length).toBeGreaterThan(before);
      expect(nice.every((n) => n === 7)).toBe(true);
    },
    90_000,
  );
});
