import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { shippedTriageConfig } from '../linking/test-roster.js';
import { fitShippedRoleModel, ROLE_WEIGHTS_FILE, roleWeightsSource, TUNING_DISTRICTS } from './role-fit.js';

describe('the shipped role model', () => {
  it('is what `npm run fit:roles` fits on the eight tuning districts', async () => {
    const { model, names, examples } = await fitShippedRoleModel(TUNING_DISTRICTS, shippedTriageConfig());
    expect(names).toEqual(['dev', 'beitang', 'donghu', 'nanjiang', 'xiling', 'yunling', 'shimen', 'haibin']);
    expect(readFileSync(ROLE_WEIGHTS_FILE, 'utf8')).toBe(roleWeightsSource(model, names, examples));
  }, 60_000);

  it('is never fitted on the held-out district', async () => {
    await expect(fitShippedRoleModel(['eval/districts/baixi'], shippedTriageConfig())).rejects.toThrow(/held-out/);
  });
});
