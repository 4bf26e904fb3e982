import type { TriageConfig } from '../triage-config.js';

export interface PriorityInput {
  severity: number;
  realName: boolean;
  specific: boolean;
  repeats: number;
  pendingVetting: boolean;
}

export interface Priority {
  score: number;
  level: 'HIGH' | 'MEDIUM' | 'LOW';
  reasons: string[];
}

/** Priority from category severity, real name (实名优先), specificity, repeats and a pending appointment. */
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
  if (input.pendingVetting) {
    score += weights.pendingVetting;
    reasons.push(`被反映人正处于任前审查或公示期：+${weights.pendingVetting}`);
  }
  const level = score >= weights.highAt ? 'HIGH' : score >= weights.mediumAt ? 'MEDIUM' : 'LOW';
  return { score, level, reasons };
}
