import { describe, expect, it } from '@jest/globals';
import type { ReportStatus } from '../report-status.js';
import {
  planTransition,
  type ApprovalPolicy,
  type CaseActorFacts,
  type CaseCommand,
  type CaseState,
  type PendingProposal,
} from './case-transitions.js';

const policy: ApprovalPolicy = { dispositions: ['CLOSED_NO_ACTION', 'TRANSFER', 'NOT_ACCEPTED'], close: true };
const officer: CaseActorFacts = { userId: 'officer', mayApprove: false, collective: false };
const supervisor: CaseActorFacts = { userId: 'supervisor', mayApprove: true, collective: false };
const meetingWithQuorum: CaseActorFacts = { userId: 'officer', mayApprove: false, collective: true };

const state = (status: ReportStatus, extra: Partial<CaseState> = {}): CaseState => ({
  status,
  pending: null,
  finding: null,
  outcomeForReporter: null,
  ...extra,
});
const proposal = (command: PendingProposal['command'], proposedBy = 'officer'): PendingProposal => ({
  command,
  proposedBy,
  proposedAt: '2026-12-01T00:00:00Z',
  via: 'INBOX',
});
const found = { finding: 'UNSUBSTANTIATED', outcomeForReporter: '经核实，反映问题不属实' };

const dispose = (kind: Extract<CaseCommand, { type: 'DISPOSE' }>['kind']): PendingProposal['command'] => ({ type: 'DISPOSE', kind });
const conclude: PendingProposal['command'] = { type: 'CONCLUDE' };

/** [what, state, command, actor, expected outcome, expected status or refusal code] */
const table: Array<[string, CaseState, CaseCommand, CaseActorFacts, 'APPLY' | 'PROPOSE' | 'REJECT_PROPOSAL' | 'REFUSE', string]> = [
  ['a handling disposition applies at once', state('TRIAGED'), dispose('PRELIMINARY_VERIFICATION'), officer, 'APPLY', 'IN_HANDLING'],
  ['a handler closing a tip only proposes', state('TRIAGED'), dispose('CLOSED_NO_ACTION'), officer, 'PROPOSE', 'DISPOSITION_PROPOSED'],
  ['a handler transferring only proposes', state('IN_HANDLING'), dispose('TRANSFER'), officer, 'PROPOSE', 'DISPOSITION_PROPOSED'],
  ['a supervisor closing applies', state('TRIAGED'), dispose('CLOSED_NO_ACTION'), supervisor, 'APPLY', 'CLOSED'],
  ['a meeting with quorum decides collectively', state('TRIAGED'), dispose('TRANSFER'), meetingWithQuorum, 'APPLY', 'TRANSFERRED'],
  ['nothing before triage', state('RECEIVED'), dispose('TALK_INQUIRY'), supervisor, 'REFUSE', 'NOT_TRIAGED'],
  ['nothing on a finished case', state('CLOSED'), dispose('TALK_INQUIRY'), supervisor, 'REFUSE', 'REPORT_FINISHED'],
  [
    'no second proposal while one waits',
    state('TRIAGED', { pending: proposal(dispose('NOT_ACCEPTED')) }),
    dispose('TRANSFER'),
    supervisor,
    'REFUSE',
    'DECISION_PENDING',
  ],
  [
    'a finding only while in handling',
    state('TRIAGED'),
    { type: 'RECORD_FINDING', finding: 'PARTLY', outcomeForReporter: 'x' },
    officer,
    'REFUSE',
    'NOT_IN_HANDLING',
  ],
  [
    'a finding in handling',
    state('IN_HANDLING'),
    { type: 'RECORD_FINDING', finding: 'PARTLY', outcomeForReporter: 'x' },
    officer,
    'APPLY',
    'IN_HANDLING',
  ],
  ['no conclusion without a finding', state('IN_HANDLING'), conclude, supervisor, 'REFUSE', 'FINDING_MISSING'],
  ['a handler concluding only proposes', state('IN_HANDLING', found), conclude, officer, 'PROPOSE', 'CLOSE_PROPOSED'],
  ['a supervisor concludes', state('IN_HANDLING', found), conclude, supervisor, 'APPLY', 'CLOSED'],
  ['no conclusion of an undisposed tip', state('TRIAGED', found), conclude, supervisor, 'REFUSE', 'NOT_IN_HANDLING'],
  [
    'approval of another person’s proposal',
    state('IN_HANDLING', { ...found, pending: proposal(conclude) }),
    { type: 'DECIDE', approve: true },
    supervisor,
    'APPLY',
    'CLOSED',
  ],
  [
    'refusal of a proposal',
    state('TRIAGED', { pending: proposal(dispose('TRANSFER')) }),
    { type: 'DECIDE', approve: false },
    supervisor,
    'REJECT_PROPOSAL',
    'DECISION_REJECTED',
  ],
  [
    'no approval of one’s own proposal',
    state('TRIAGED', { pending: proposal(dispose('TRANSFER'), 'supervisor') }),
    { type: 'DECIDE', approve: true },
    supervisor,
    'REFUSE',
    'SELF_APPROVAL',
  ],
  ['no decision without a proposal', state('TRIAGED'), { type: 'DECIDE', approve: true }, supervisor, 'REFUSE', 'NO_PENDING_DECISION'],
  ['merge of an open tip', state('TRIAGED'), { type: 'MERGE', intoReportId: 'x' }, officer, 'APPLY', 'MERGED'],
  ['no merge of a finished tip', state('TRANSFERRED'), { type: 'MERGE', intoReportId: 'x' }, officer, 'REFUSE', 'REPORT_FINISHED'],
  ['reopening a concluded case', state('CLOSED', found), { type: 'REOPEN', reason: '出现新的事实' }, supervisor, 'APPLY', 'IN_HANDLING'],
  ['no reopening of an open case', state('IN_HANDLING'), { type: 'REOPEN', reason: 'x' }, supervisor, 'REFUSE', 'NOT_REOPENABLE'],
  ['no reopening of a merged tip', state('MERGED'), { type: 'REOPEN', reason: 'x' }, supervisor, 'REFUSE', 'NOT_REOPENABLE'],
];

describe('the case transition table', () => {
  it.each(table)('%s', (_what, before, command, actor, outcome, expected) => {
    const plan = planTransition(before, command, actor, policy);
    expect(plan.outcome).toBe(outcome);
    if (plan.outcome === 'APPLY') expect(plan.to).toBe(expected);
    if (plan.outcome === 'PROPOSE' || plan.outcome === 'REJECT_PROPOSAL') expect(plan.event).toBe(expected);
    if (plan.outcome === 'REFUSE') {
      expect(plan.code).toBe(expected);
      expect(plan.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('an approved proposal carries who proposed it', () => {
    const pending = proposal(dispose('NOT_ACCEPTED'));
    const plan = planTransition(state('TRIAGED', { pending }), { type: 'DECIDE', approve: true }, supervisor, policy);
    expect(plan).toMatchObject({ outcome: 'APPLY', to: 'NOT_ACCEPTED', approvedProposal: { proposedBy: 'officer' } });
  });

  it('follows the configured policy: with no approvals configured a handler closes at once', () => {
    const plan = planTransition(state('TRIAGED'), dispose('CLOSED_NO_ACTION'), officer, { dispositions: [], close: false });
    expect(plan).toMatchObject({ outcome: 'APPLY', to: 'CLOSED' });
  });
});
