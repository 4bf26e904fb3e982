import type { TriageConfig } from '../triage-config.js';

/**
 * A candidacy of a cadre the tip is about, on the appointment calendar: a pending
 * vetting run (任前审查) or, more precisely, a notice not yet over (任前公示).
 */
export interface AppointmentTouch {
  /** The cadre's name. */
  name: string;
  runTitle: string;
  proposedPost: string;
  notice: { reference: string; startsOn: string; endsOn: string } | null;
}

export interface PriorityInput {
  severity: number;
  realName: boolean;
  specific: boolean;
  repeats: number;
  /** The tip's cadres on the appointment calendar (none: no appointment pending). */
  appointments: readonly AppointmentTouch[];
}

export interface Priority {
  score: number;
  level: 'HIGH' | 'MEDIUM' | 'LOW';
  reasons: string[];
}

/** How a candidacy is named among the priority reasons: the notice (reference and period) or the run. */
export function appointmentReason(t: AppointmentTouch): string {
  return t.notice
    ? `任前公示：${t.name}在公示 ${t.notice.reference}（${t.notice.startsOn} 至 ${t.notice.endsOn}）中，拟任${t.proposedPost}`
    : `任前审查：${t.name}为“${t.runTitle}”拟任人选，拟任${t.proposedPost}`;
}

const APPOINTMENT_REASON = /^任前(审查|公示)：/;

/** The reasons naming these candidacies, the first one carrying the points (counted once however many there are). */
function appointmentReasons(labels: readonly string[], points: number | null): string[] {
  return labels.map((label, i) => (i === 0 && points !== null ? `${label}：+${points}` : label));
}

/**
 * Priority from category severity, real name (实名优先), specificity, repeats and a pending
 * appointment. A tip about a candidate of a pending run or a notice is HIGH whatever its
 * score: 有情况反映、未审查核实的不上会 — until it is verified the appointment waits on it.
 */
export function assessPriority(input: PriorityInput, weights: TriageConfig['priority']): Priority {
  let score = input.severity * 10;
  const reasons = [`类别严重程度 ${input.severity}：+${input.severity * 10}`];
  if (input.realName) {
    score += weights.realName;
    reasons.push(`实名举报：+${weights.realName}`);
  }
  if (input.specific) {
    score += weights.specific;
    reasons.push(`线索具体：+${weights.specific}`);
  }
  const repeats = Math.min(input.repeats, weights.maxRepeats);
  if (repeats > 0) {
    score += repeats * weights.perRepeat;
    reasons.push(`重复反映 ${input.repeats} 次：+${repeats * weights.perRepeat}`);
  }
  const appointments = [...new Set(input.appointments.map(appointmentReason))];
  if (appointments.length > 0) {
    score += weights.pendingVetting;
    reasons.push(...appointmentReasons(appointments, weights.pendingVetting));
  }
  const level = appointments.length > 0 || score >= weights.highAt ? 'HIGH' : score >= weights.mediumAt ? 'MEDIUM' : 'LOW';
  return { score, level, reasons };
}

/**
 * A triaged tip's priority once a candidacy of its cadre (a run started, a notice
 * published after triage) is known: HIGH, with a reason naming each candidacy not named
 * yet; the points only if no appointment was counted before. Null when every candidacy
 * is named already (raising twice changes nothing).
 */
export function raiseForAppointments<T extends AppointmentTouch>(
  current: Priority,
  appointments: readonly T[],
  weights: TriageConfig['priority'],
): (Priority & { added: string[]; newly: T[] }) | null {
  // A reason names a label when it is the label, or the label and "：" something (its points).
  // Every such head of every reason, in a set: a tip raised by many runs has many reasons, and
  // each of many candidacies was compared with each of them.
  const named = new Set<string>();
  for (const reason of current.reasons) {
    named.add(reason);
    for (let at = reason.indexOf('：'); at >= 0; at = reason.indexOf('：', at + 1)) named.add(reason.slice(0, at));
  }
  const newly = appointments.filter((a) => !named.has(appointmentReason(a)));
  if (newly.length === 0) return null;
  const counted = current.reasons.some((r) => APPOINTMENT_REASON.test(r));
  const added = appointmentReasons([...new Set(newly.map(appointmentReason))], counted ? null : weights.pendingVetting);
  return {
    score: current.score + (counted ? 0 : weights.pendingVetting),
    level: 'HIGH',
    reasons: [...current.reasons, ...added],
    added,
    newly,
  };
}
