// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (571 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -8.213,
    departing: -5.952,
    first: 2.205,
    headline: 2.983,
    repeated: -0.493,
    agentVerb: -0.323,
    clauseSubject: 2.221,
    recipient: -1.079,
    moneyTo: 2.81,
    toldTo: -7.389,
    beneficiary: -1.43,
    passive: 1.218,
    reporting: -1.409,
    speaks: -0.73,
    possessive: -0.611,
    kin: 1.821,
    afterOther: 3.677,
    promoted: 3.81,
    misconductNear: -0.349,
  },
  intercept: 0.659,
  threshold: 0.3,
};
