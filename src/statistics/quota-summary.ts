import type { QuotaLine } from '../cadres/units.service.js';
import type { QuotaLevelSummary } from './dto/statistics.dto.js';

/**
 * Per level, the district totals a report gives (核定…个，实际配备…人，缺配…人). Vacancies
 * and excess are summed per unit, so one unit's surplus never hides another's gap.
 */
export function quotaSummary(lines: readonly QuotaLine[]): QuotaLevelSummary[] {
  const byLevel = new Map<string, QuotaLevelSummary>();
  for (const line of lines) {
    const s = byLevel.get(line.level) ?? { level: line.level, approved: 0, occupied: 0, vacant: 0, over: 0, unitsOver: 0, withoutQuota: 0 };
    if (line.approved === null) {
      s.withoutQuota += line.occupied;
    } else {
      s.approved += line.approved;
      s.occupied += line.occupied;
      s.vacant += Math.max(line.approved - line.occupied, 0);
      s.over += Math.max(line.occupied - line.approved, 0);
      if (line.occupied > line.approved) s.unitsOver += 1;
    }
    byLevel.set(line.level, s);
  }
  return [...byLevel.values()].sort((a, b) => a.level.localeCompare(b.level, 'zh-CN'));
}
