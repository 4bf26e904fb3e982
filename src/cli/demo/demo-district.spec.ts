import { describe, expect, it } from '@jest/globals';
import { ROSTER_HEADERS, generateRoster, generateTips, rosterCsv } from './demo-district.js';

describe('demo district generator', () => {
  it('is deterministic and complete', () => {
    const a = generateRoster();
    expect(generateRoster()).toEqual(a);
    expect(a.length).toBeGreaterThan(60);
    expect(new Set(a.map((r) => r.人员编号)).size).toBe(a.length);
    for (const row of a) {
      expect(row.出生年月).toMatch(/^\d{4}-\d{2}$/);
      expect(row.姓名.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes CSV with the roster headers', () => {
    const csv = rosterCsv(generateRoster());
    expect(csv.split('\n')[0]).toBe(ROSTER_HEADERS.join(','));
  });

  it('writes tips that name roster cadres and their units', () => {
    const roster = generateRoster();
    for (const tip of generateTips(roster)) {
      expect(tip.body).toContain(tip.subject.姓名);
      expect(tip.body).toContain(tip.subject.单位);
      expect(tip.body.length).toBeGreaterThanOrEqual(20);
    }
  });
});
