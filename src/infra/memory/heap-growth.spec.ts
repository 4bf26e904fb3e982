import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { heapGrowthFlag } from './heap-growth.js';

const run = promisify(execFile);

describe('heap growth policy', () => {
  it.each([
    { case: 'off', percent: 0, execArgv: [], nodeOptions: undefined, applied: null },
    { case: 'set from the settings', percent: 20, execArgv: [], nodeOptions: undefined, applied: '--heap-growing-percent=20' },
    { case: "the operator's own flag wins", percent: 20, execArgv: ['--heap-growing-percent=50'], nodeOptions: undefined, applied: null },
    {
      case: '… in NODE_OPTIONS too',
      percent: 20,
      execArgv: [],
      nodeOptions: '--max-old-space-size=512 --heap_growing_percent=5',
      applied: null,
    },
    {
      case: 'other flags do not count',
      percent: 30,
      execArgv: ['--enable-source-maps'],
      nodeOptions: '--max-old-space-size=512',
      applied: '--heap-growing-percent=30',
    },
  ])('$case', ({ percent, execArgv, nodeOptions, applied }) => {
    expect(heapGrowthFlag(percent, { execArgv, nodeOptions })).toBe(applied);
  });

  it('keeps a churning heap near its live data when set at run time, as the entry points do', async () => {
    // 200,000 live objects, and garbage that lives long enough to reach the old generation
    // (as a request's state does across its awaits): V8 alone lets the heap grow far past it.
    const child = `
      import v8 from 'node:v8';
      const { applyHeapGrowth } = await import('./src/infra/memory/heap-growth.ts');
      applyHeapGrowth(Number(process.argv[1]));
      const live = Array.from({ length: 200_000 }, (_, i) => ({ i, s: 'live ' + i }));
      const ring = [];
      let peak = 0;
      for (let round = 0; round < 300; round += 1) {
        ring.push(Array.from({ length: 10_000 }, (_, i) => ({ i, s: 'garbage ' + i + ' ' + round })));
        if (ring.length > 20) ring.shift();
        peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
      }
      console.log(Math.round(peak / 1e6) + ' ' + live.length);`;
    const peakMb = async (percent: number) => {
      const { stdout } = await run('node', ['--import', './scripts/ts-register.mjs', '--input-type=module', '-e', child, String(percent)], {
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'] },
        timeout: 60_000,
      });
      return Number(stdout.trim().split(' ')[0]);
    };
    const [byV8, withPolicy] = await Promise.all([peakMb(0), peakMb(20)]);
    expect(byV8).toBeGreaterThan(150);
    expect(withPolicy).toBeLessThan(byV8 * 0.7);
  }, 90_000);
});
