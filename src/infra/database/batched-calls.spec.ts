import { describe, expect, it } from '@jest/globals';
import { BatchedCalls } from './batched-calls.js';

/** A fake store that records how inputs were grouped; a batch holding a bad input fails whole. */
function recordingStore(options: { maxBatch?: number; maxInFlight?: number; bad?: (n: number) => boolean } = {}) {
  const batches: number[][] = [];
  const singles: number[] = [];
  const bad = options.bad ?? (() => false);
  const slow = () => new Promise((r) => setTimeout(r, 5));
  const commit = new BatchedCalls<number, string>({
    maxBatch: options.maxBatch ?? 10,
    maxInFlight: options.maxInFlight ?? 2,
    runBatch: async (inputs) => {
      await slow();
      if (inputs.some(bad)) throw new Error('batch refused');
      batches.push(inputs);
      return inputs.map((n) => `stored ${n}`);
    },
    runOne: async (n) => {
      await slow();
      if (bad(n)) throw new Error(`refused ${n}`);
      singles.push(n);
      return `stored ${n}`;
    },
  });
  return { commit, batches, singles };
}

describe('BatchedCalls', () => {
  it('writes a lone entry at once, on its own', async () => {
    const { commit, batches, singles } = recordingStore();
    await expect(commit.call(1)).resolves.toBe('stored 1');
    expect(singles).toEqual([1]);
    expect(batches).toEqual([]);
  });

  it('groups a burst into batches no larger than maxBatch, each caller getting its own answer', async () => {
    const { commit, batches, singles } = recordingStore({ maxBatch: 10, maxInFlight: 2 });
    const inputs = Array.from({ length: 45 }, (_, i) => i);
    const answers = await Promise.all(inputs.map((n) => commit.call(n)));
    expect(answers).toEqual(inputs.map((n) => `stored ${n}`));
    const written = [...batches.flat(), ...singles].sort((a, b) => a - b);
    expect(written).toEqual(inputs);
    expect(Math.max(...batches.map((b) => b.length))).toBe(10);
    expect(batches.length + singles.length).toBeLessThanOrEqual(6);
  });

  it('never has more than maxInFlight writes going at once', async () => {
    let going = 0;
    let most = 0;
    const track = async <T>(value: T): Promise<T> => {
      going += 1;
      most = Math.max(most, going);
      await new Promise((r) => setTimeout(r, 3));
      going -= 1;
      return value;
    };
    const commit = new BatchedCalls<number, number>({
      maxBatch: 3,
      maxInFlight: 2,
      runBatch: (inputs) => track(inputs),
      runOne: (n) => track(n),
    });
    await Promise.all(Array.from({ length: 30 }, (_, i) => commit.call(i)));
    expect(most).toBe(2);
  });

  it('answers the others when one entry of a batch is refused, and only that one fails', async () => {
    const { commit } = recordingStore({ maxBatch: 10, maxInFlight: 1, bad: (n) => n === 7 });
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => commit.call(i)));
    const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(refused).toEqual([7]);
    expect((results[7] as PromiseRejectedResult).reason.message).toBe('refused 7');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(11);
  });
});
