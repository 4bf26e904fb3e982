import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection, now. For after a large one-off job (training the category model
 * at boot): V8 collects when the process allocates, so an idle worker keeps a finished job's
 * garbage resident indefinitely. `gc` is taken from a fresh context with --expose-gc set
 * for the moment (the process need not be started with the flag); costs a pause of tens of ms.
 */
export function collectGarbage(): void {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (typeof exposed === 'function') gc = exposed;
    else {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc();
}
