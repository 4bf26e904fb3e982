// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (571 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -8.026,
    departing: -5.907,
    first: 2.216,
    headline: 5.41,
    repeated: -0.434,
    agentVerb: -0.294,
    clauseSubject: 2.256,
    recipient: -1.054,
    moneyTo: 2.795,
    toldTo: -7.428,
    beneficiary: -1.406,
    passive: 1.157,
    reporting: -1.43,
    speaks: -0.7,
    possessive: -0.601,
    kin: 1.821,
    afterOther: 3.666,
    promoted: 3.754,
    misconductNear: -0.323,
  },
  intercept: 0.575,
  threshold: 0.3,
};
