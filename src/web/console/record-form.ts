import type { TypedStep } from '../../vetting/record/appointment-record-rules.js';
import { STEP_SCHEMAS } from '../../vetting/record/appointment-record.dto.js';

/** The fields of each step's form that are whole numbers, ticks, or one name a line. */
const NUMBERS = new Set([
  'meetingExpected',
  'meetingPresent',
  'meetingVotes',
  'talkPeople',
  'talkMentions',
  'massNominations',
  'partyOrganizationNominations',
  'signedLeaderNominations',
  'talks',
  'membersExpected',
  'membersPresent',
  'votesFor',
  'votesAgainst',
  'abstentions',
]);
const TICKS = new Set(['ballotRequired', 'ballot']);
const LISTS = new Set(['team']);

/**
 * The form's text as the step's request body: whole numbers as numbers (anything else is left
 * as typed, for the schema to refuse at its field), ticks as true/false, a list one item a line.
 */
export function stepBody(kind: TypedStep, form: Record<string, string>): Record<string, unknown> {
  const keys = Object.keys(STEP_SCHEMAS[kind].shape);
  const body: Record<string, unknown> = {};
  for (const key of keys) {
    const value = form[key];
    if (TICKS.has(key)) body[key] = value !== undefined;
    else if (value === undefined) continue;
    else if (NUMBERS.has(key)) body[key] = /^\d{1,9}$/.test(value) ? Number(value) : value;
    else if (LISTS.has(key))
      body[key] = value
        .split(/[\n、,，;；]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    else body[key] = value;
  }
  return body;
}
