// Written by `npm run fit:roles` (src/cli/fit-roles.ts): do not edit by hand.
import type { RoleModel } from './role-model.js';

/**
 * The role model fitted on the tuning districts (571 linked people in tips naming two or
 * more) at regularization 0.00003; accused at P ≥ 0.3. Districts:
 * dev, beitang, donghu, nanjiang, xiling, yunling, shimen, haibin.
 */
export const SHIPPED_ROLE_MODEL: RoleModel = {
  weights: {
    ruleCue: -8.592,
    departing: -5.954,
    first: 2.271,
    headline: 2.961,
    repeated: -0.602,
    agentVerb: 1.712,
    clauseSubject: 1.959,
    recipient: -0.567,
    moneyTo: 3.142,
    toldTo: -7.081,
    beneficiary: -4.078,
    passive: 1.174,
    reporting: -1.528,
    speaks: -0.348,
    possessive: -0.457,
    kin: 1.718,
    afterOther: 4.478,
    promoted: 4.52,
    misconductNear: -1.901,
  },
  intercept: 0.954,
  threshold: 0.3,
};
