import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what is live before it collects again.
 *
 * Left to itself V8 lets a busy process's heap grow to several times its live data: in
 * `npm run bench` the api went from 200 MB resident at rest to 440 MB under load, and the
 * worker triaging a burst against a 100,000-cadre roster to 1,025 MB (946 MB even with a
 * 1,000-cadre one), holding garbage. A fixed growth factor (V8's --heap-growing-percent) keeps
 * the resident memory near the live data (265 and 527 MB in the same benchmark, at the same
 * CPU a tip) and, unlike a cap on the heap (--max-old-space-size), cannot make a process abort
 * when its live data is legitimately large (a province's roster, a big import): the heap still
 * grows with what is live, only not with garbage.
 *
 * Set at boot from the settings (memory.heapGrowthPercent) by each entry point, so every way
 * of starting a process (Docker, compose, npm scripts, quickstart, a unit file) gets it: V8
 * reads the flag whenever it sets the next collection's limit (the spec checks that setting
 * it at run time works). An operator who passes the flag to node themselves keeps theirs.
 */
export function applyHeapGrowth(percent: number): void {
  const setting = heapGrowthFlag(percent, { execArgv: process.execArgv, nodeOptions: process.env.NODE_OPTIONS });
  if (setting) setFlagsFromString(setting);
}

/** The flag to set, or null: off (0), or the operator passed one to node themselves. */
export function heapGrowthFlag(percent: number, given: { execArgv: readonly string[]; nodeOptions: string | undefined }): string | null {
  const flag = /--heap[-_]growing[-_]percent\b/;
  if (percent === 0 || given.execArgv.some((a) => flag.test(a)) || flag.test(given.nodeOptions ?? '')) return null;
  return `--heap-growing-percent=${percent}`;
}
