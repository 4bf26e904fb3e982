// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (570 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -8.046,
    departing: -5.926,
    first: 2.214,
    headline: 5.439,
    repeated: -0.448,
    agentVerb: -0.361,
    clauseSubject: 2.336,
    recipient: -1.092,
    moneyTo: 2.771,
    toldTo: -7.461,
    beneficiary: -1.496,
    passive: 1.151,
    reporting: -1.431,
    speaks: -0.792,
    possessive: -0.584,
    kin: 1.82,
    afterOther: 3.819,
    promoted: 3.258,
    misconductNear: -0.282,
  },
  intercept: 0.515,
  threshold: 0.3,
};
