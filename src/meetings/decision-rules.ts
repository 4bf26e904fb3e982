import { CATALOGUE } from '../infra/labels/catalogue.js';
import { isWorkingDay, workingDaysBetween, type CalendarDays } from '../infra/calendar/working-days.js';
import type { ItemKind } from './agenda-rules.js';

export type DecisionKind = 'PROCEED' | 'VERIFY_FURTHER' | 'TRANSFER' | 'CLOSE';

export const DECISION_LABELS: Record<DecisionKind, string> = CATALOGUE.meetingDecision;

/**
 * What a decision may be, by what the item is about: transfer and closure are things a
 * case can undergo; a vetting candidate can only proceed or be verified further; a free
 * item (a matter raised at the meeting) is recorded as a decision to proceed.
 */
export function allowedDecisions(kind: ItemKind, subjectKind: 'REPORT' | 'VETTING_CANDIDATE' | null): DecisionKind[] {
  if (kind === 'FREE') return ['PROCEED'];
  if (subjectKind === 'REPORT') return ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE'];
  return ['PROCEED', 'VERIFY_FURTHER'];
}

/**
 * "Verify further by <date>": the request's term in working days from the day it is sent,
 * so the verification loop's reminders and escalation apply. The date must be a later
 * working day (an agency cannot be asked to answer on a holiday).
 */
export function workingDaysUntil(sentOn: string, dueOn: string, calendar: CalendarDays): { days: number } | { error: string } {
  if (dueOn <= sentOn) return { error: `核实期限应晚于今天（${sentOn}）` };
  if (!isWorkingDay(dueOn, calendar)) return { error: `核实期限 ${dueOn} 不是工作日，请另选日期` };
  const days = workingDaysBetween(sentOn, dueOn, calendar);
  if (days > 60) return { error: '核实期限不超过 60 个工作日' };
  return { days };
}

/**
 * 有情况反映、未审查核实的不上会: a meeting that decides to go ahead with a candidate whose
 * pre-appointment check blocks must say so explicitly, and the confirmation is recorded with
 * the blocking reasons. Any other decision, or a candidate not blocked, needs nothing more.
 */
export function proceedAgainstBlock(
  decision: DecisionKind,
  candidate: { verdict: 'PASS' | 'BLOCK' | 'PENDING' } | null,
  confirmed: boolean,
): 'ALLOWED' | 'NEEDS_CONFIRMATION' | 'CONFIRMED' {
  if (decision !== 'PROCEED' || candidate?.verdict !== 'BLOCK') return 'ALLOWED';
  return confirmed ? 'CONFIRMED' : 'NEEDS_CONFIRMATION';
}
