import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { shippedTriageConfig } from '../linking/test-roster.js';
import { HELD_OUT_DISTRICTS } from './linking-districts.js';
import { fitShippedRoleModel, ROLE_WEIGHTS_FILE, roleWeightsSource, TUNING_DISTRICTS } from './role-fit.js';

describe('the shipped role model', () => {
  it('is what `npm run fit:roles` fits on the eight tuning districts', async () => {
    const { model, names, examples } = await fitShippedRoleModel(TUNING_DISTRICTS, shippedTriageConfig());
    expect(names).toEqual(['dev', 'beitang', 'donghu', 'nanjiang', 'xiling', 'yunling', 'shimen', 'haibin']);
    expect(readFileSync(ROLE_WEIGHTS_FILE, 'utf8')).toBe(roleWeightsSource(model, names, examples));
  }, 60_000);

  // Refused by name before anything is read (the directory here does not exist, so without
  // the refusal the read fails with ENOENT instead, and so does the test).
  it.each([...HELD_OUT_DISTRICTS])('is never fitted on the held-out district %s', async (name) => {
    await expect(fitShippedRoleModel([`no-such-dir/${name}`], shippedTriageConfig())).rejects.toThrow(/held-out/);
  });

  it('holds out both 白溪 and 松岗', () => {
    expect([...HELD_OUT_DISTRICTS].sort()).toEqual(['baixi', 'songgang']);
  });

  it('fits on no held-out district by default', () => {
    for (const dir of TUNING_DISTRICTS) expect(HELD_OUT_DISTRICTS).not.toContain(basename(dir));
  });
});
