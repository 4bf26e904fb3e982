// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (573 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -7.273,
    departing: -5.445,
    first: 2.343,
    headline: 3.292,
    repeated: -0.567,
    agentVerb: 1.496,
    clauseSubject: 3.359,
    recipient: 0.334,
    moneyTo: 4.297,
    toldTo: -6.133,
    beneficiary: -2.642,
    passive: 1.551,
    reporting: -1.746,
    speaks: 0.194,
    possessive: 1.923,
    kin: 2.344,
    afterOther: 3.843,
    promoted: 5.71,
    misconductNear: -1.862,
  },
  intercept: -0.938,
  threshold: 0.3,
};
