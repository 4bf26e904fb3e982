// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (573 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -8.604,
    departing: -5.995,
    first: 2.277,
    headline: 2.953,
    repeated: -0.6,
    agentVerb: 1.714,
    clauseSubject: 1.968,
    recipient: -0.582,
    moneyTo: 3.135,
    toldTo: -7.061,
    beneficiary: -4.047,
    passive: 1.176,
    reporting: -1.52,
    speaks: -0.352,
    possessive: -0.457,
    kin: 1.716,
    afterOther: 4.466,
    promoted: 4.511,
    misconductNear: -1.895,
  },
  intercept: 0.945,
  threshold: 0.3,
};
