import { labelOf } from '../../infra/labels/catalogue.js';
import { outcomeOf, type TypedStep } from './appointment-record-rules.js';
import type { StepPayload } from './appointment-record.dto.js';
import { recordTexts as T } from './record-texts.js';

export interface Row {
  label: string;
  value: string;
}

const F = T.fields;
const R = T.rows;

/** The rows a typed step shows on the page and in the 记实表, from its stored payload. */
export function typedRows<K extends TypedStep>(kind: K, payload: StepPayload[K]): Row[] {
  switch (kind) {
    case 'MOTION': {
      const p = payload as StepPayload['MOTION'];
      return [
        { label: F.occurredOn.MOTION, value: p.occurredOn },
        { label: F.proposedBy, value: labelOf('motionProposer', p.proposedBy) },
        { label: F.posts, value: p.posts },
        { label: F.reason, value: p.reason },
        { label: F.basis, value: p.basis },
        { label: R.ballotRequired, value: p.ballotRequired ? T.yes : T.no },
      ];
    }
    case 'RECOMMENDATION': {
      const p = payload as StepPayload['RECOMMENDATION'];
      return [
        { label: F.occurredOn.RECOMMENDATION, value: p.occurredOn },
        { label: R.meeting, value: R.meetingValue(p.meetingExpected, p.meetingPresent, p.meetingVotes) },
        { label: R.talks, value: R.talksValue(p.talkPeople, p.talkMentions) },
        { label: R.nominations, value: R.nominationsValue(p.massNominations, p.partyOrganizationNominations, p.signedLeaderNominations) },
        ...(p.note ? [{ label: F.note, value: p.note }] : []),
      ];
    }
    case 'INSPECTION': {
      const p = payload as StepPayload['INSPECTION'];
      return [
        { label: R.period, value: R.periodValue(p.startsOn, p.endsOn) },
        { label: R.team, value: p.team.join('、') },
        { label: F.supervisor, value: p.supervisor },
        { label: R.talksHeld, value: R.talksHeldValue(p.talks) },
        { label: F.conclusion, value: p.conclusion },
      ];
    }
    default: {
      const p = payload as StepPayload['DECISION'];
      return [
        { label: F.occurredOn.DECISION, value: p.occurredOn },
        { label: F.body, value: labelOf('decisionBody', p.body) },
        { label: R.attendance, value: R.attendanceValue(p.membersExpected, p.membersPresent) },
        { label: R.voting, value: p.ballot ? R.ballot : R.show },
        { label: R.votes, value: R.votesValue(p.votesFor, p.votesAgainst, p.abstentions) },
        { label: R.outcome, value: labelOf('decisionOutcome', outcomeOf(p)) },
        ...(p.note ? [{ label: F.note, value: p.note }] : []),
      ];
    }
  }
}

/** The first and the last day a typed step took (an inspection spans days; the others are one day). */
export function daysOf(kind: TypedStep, payload: object): { first: string; last: string } {
  const p = payload as Record<string, unknown>;
  if (kind === 'INSPECTION') return { first: p['startsOn'] as string, last: p['endsOn'] as string };
  return { first: p['occurredOn'] as string, last: p['occurredOn'] as string };
}

/** 征求意见: one row per agency asked, with its answer (or that it has not answered). */
export function opinionRows(
  requests: Array<{
    agencyName: string;
    sentOn: string;
    dueOn: string;
    reply: { adverse: boolean; body: string; repliedOn: string } | null;
  }>,
): Row[] {
  if (requests.length === 0) return [{ label: T.agencies, value: R.noOpinions }];
  return requests.map((r) => ({
    label: r.agencyName,
    value:
      R.opinionAsked(r.sentOn) +
      (r.reply ? R.opinionAnswered(r.reply.repliedOn, r.reply.adverse, r.reply.body) : R.opinionWaiting(r.dueOn)),
  }));
}
