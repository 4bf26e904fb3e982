/** Post quotas (职数): over = people in post − approved, per unit and level. */
export interface QuotaFigure {
  approved: number;
  occupied: number;
}

export function overQuota(q: QuotaFigure): number {
  return q.occupied - q.approved;
}

/**
 * Whether one more appointment at this unit and level stays within the quota. A
 * candidate already counted there (moving within the level) adds nobody.
 */
export function quotaAllows(q: QuotaFigure, candidateAlreadyCounted = false): boolean {
  return q.occupied - (candidateAlreadyCounted ? 1 : 0) + 1 <= q.approved;
}
