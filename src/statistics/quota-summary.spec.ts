import { describe, expect, it } from '@jest/globals';
import type { QuotaLine } from '../cadres/units.service.js';
import { quotaSummary } from './quota-summary.js';
import { sheetName } from './statistics-export.service.js';

const line = (unitName: string, level: string, approved: number | null, occupied: number): QuotaLine => ({
  unitId: unitName,
  unitName,
  level,
  approved,
  occupied,
  over: approved === null ? null : occupied - approved,
});

describe('quotaSummary (核定 / 实际配备 / 缺配 / 超配 per level)', () => {
  it('sums vacancies and excess per unit, so a surplus never hides a gap', () => {
    const summary = quotaSummary([
      line('甲局', '正科', 2, 3),
      line('乙局', '正科', 3, 1),
      line('丙局', '正科', 1, 1),
      line('甲局', '副科', 4, 4),
    ]);
    expect(summary).toEqual([
      { level: '副科', approved: 4, occupied: 4, vacant: 0, over: 0, unitsOver: 0, withoutQuota: 0 },
      { level: '正科', approved: 6, occupied: 5, vacant: 2, over: 1, unitsOver: 1, withoutQuota: 0 },
    ]);
  });

  it('counts people at a level with no approved quota apart', () => {
    expect(quotaSummary([line('丁局', '正科', null, 2), line('甲局', '正科', 1, 0)])).toEqual([
      { level: '正科', approved: 1, occupied: 0, vacant: 1, over: 0, unitsOver: 0, withoutQuota: 2 },
    ]);
  });

  it('is empty without quota data', () => {
    expect(quotaSummary([])).toEqual([]);
  });
});

describe('sheetName', () => {
  it('keeps Excel sheet names legal and distinct', () => {
    const taken = new Set<string>();
    expect(sheetName('受理举报（按渠道）', taken)).toBe('受理举报（按渠道）');
    expect(sheetName('a/b:c?d*e[f]', taken)).toBe('abcdef');
    const long = '很'.repeat(40);
    expect(sheetName(long, taken)).toHaveLength(28);
    expect(sheetName(long, taken)).toBe(`${'很'.repeat(28)}2`);
  });
});
