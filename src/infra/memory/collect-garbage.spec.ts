import { describe, expect, it } from '@jest/globals';
import { collectGarbage } from './collect-garbage.js';

describe('collectGarbage', () => {
  it('frees what nothing references any more, in a process started without --expose-gc', async () => {
    // Made and dropped in a function of its own: nothing here keeps it.
    const ref = ((garbage: object[]) => new WeakRef(garbage))(Array.from({ length: 200_000 }, (_, i) => ({ i, text: `garbage ${i}` })));
    await new Promise((resolve) => setImmediate(resolve)); // a WeakRef holds its target until the current job ends
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    collectGarbage(); // and again, with the function it kept
    expect(process.execArgv).not.toContain('--expose-gc');
  });
});
