import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { readStarterExamples } from './category-model.service.js';
import { HELD_OUT_DISTRICTS } from './eval/linking-districts.js';
// @ts-expect-error -- a plain ESM script without types
import { starterLines, STARTER_DISTRICTS } from '../../scripts/starter-examples.mjs';

const root = join(import.meta.dirname, '../..');

describe('the shipped starter examples', () => {
  const examples = readStarterExamples(join(root, 'config'));

  it('are what scripts/starter-examples.mjs makes of the tuning districts today', () => {
    expect(examples.map((e) => JSON.stringify(e))).toEqual(starterLines() as string[]);
  });

  it('come from the tuning districts only, never the held-out one, with every category', () => {
    for (const heldOut of HELD_OUT_DISTRICTS) expect(STARTER_DISTRICTS).not.toContain(heldOut);
    expect([...new Set(examples.map((e) => e.district))].sort()).toEqual([...(STARTER_DISTRICTS as string[])].sort());
    expect(new Set(examples.map((e) => e.category)).size).toBeGreaterThanOrEqual(14);
    expect(examples.every((e) => e.text.length > 5)).toBe(true);
  });

  it('reads no examples from a folder without the file', () => {
    expect(readStarterExamples(join(root, 'src'))).toEqual([]);
  });
});
