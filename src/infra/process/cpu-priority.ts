import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * How much a process yields the CPU to the others on its machine (its nice value, 0–19).
 *
 * On a machine the api shares with the worker, a burst of tips to triage takes a core's worth
 * of the worker's JavaScript: staff pages and intake then wait for the CPU behind it. The
 * worker's work can wait (a tip acknowledged is already stored; triage catches up when the
 * api is quiet), a person at the console cannot. Set at boot from the settings
 * (scheduling.nice) by each entry point, like the heap's growth: the worker runs at 10, so
 * when both want the CPU the api gets most of it, and alone the worker still gets all of it.
 *
 * On Linux a nice value belongs to each thread: the threads V8 and Node start before our code
 * runs (the collector's helpers among them) are set one by one, and threads started later
 * take their creator's. A thread already yielding more (started under `nice`, a unit file's
 * Nice=) keeps its own: a process may lower its priority, never raise it.
 */
export function applyCpuPriority(nice: number, system: PrioritySystem = nodePrioritySystem): number[] {
  if (nice === 0) return [];
  const changed: number[] = [];
  for (const id of system.threads()) {
    try {
      if (system.get(id) >= nice) continue;
      system.set(id, nice);
      changed.push(id);
    } catch {
      // The thread ended between the listing and the call (ESRCH): nothing to set.
    }
  }
  return changed;
}

/** What `applyCpuPriority` needs of the operating system (a fake in the table-driven spec). */
export interface PrioritySystem {
  /** Thread ids (Linux: /proc/self/task) or [0], the calling process, elsewhere. */
  threads(): number[];
  get(id: number): number;
  set(id: number, nice: number): void;
}

export const nodePrioritySystem: PrioritySystem = {
  threads: () => (process.platform === 'linux' ? readdirSync('/proc/self/task').map(Number) : [0]),
  get: (id) => getPriority(id),
  set: (id, nice) => setPriority(id, nice),
};
