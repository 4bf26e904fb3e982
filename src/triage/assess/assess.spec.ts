import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../../infra/calendar/working-days.js';
import { deadlinesFor } from './deadlines.js';
import { assessPriority } from './priority.js';
import { assessSpecificity } from './specificity.js';

describe('specificity (线索具体)', () => {
  it.each([
    ['2026年3月在办公室收受五万元', true],
    ['今年去了好几趟泰国', true],
    ['在“鑫源建材有限公司”当顾问', true],
    ['一下提了6个部门主任', true],
    ['给了领导好几万', false],
    ['以前在乡里被处分过', false],
    ['要把他一个朋友的女儿弄进来', false],
  ])('%s → %s', (text, specific) => {
    expect(assessSpecificity(text, true).specific).toBe(specific);
  });

  it('needs an identified person as well as an anchor', () => {
    expect(assessSpecificity('2026年3月有人收受五万元', false)).toMatchObject({ specific: false });
  });
});

describe('priority', () => {
  const weights = { realName: 15, specific: 15, perRepeat: 5, maxRepeats: 3, pendingVetting: 20, highAt: 70, mediumAt: 45 };
  it('adds real name, specificity, capped repeats and a pending appointment to severity', () => {
    expect(assessPriority({ severity: 5, realName: true, specific: true, repeats: 5, pendingVetting: true }, weights)).toMatchObject({
      score: 50 + 15 + 15 + 15 + 20,
      level: 'HIGH',
    });
    expect(assessPriority({ severity: 1, realName: false, specific: false, repeats: 0, pendingVetting: false }, weights)).toMatchObject({
      score: 10,
      level: 'LOW',
      reasons: ['类别严重程度 1：+10'],
    });
  });
});

describe('deadlines in working days', () => {
  // 2026: 中秋 9-25..27, 国庆 10-01..07; make-up working days Sun 9-20 and Sat 10-10.
  const calendar = buildCalendar({
    holidays: [
      { from: '2026-09-25', to: '2026-09-27', name: '中秋节' },
      { from: '2026-10-01', to: '2026-10-07', name: '国庆节' },
    ],
    workdays: [
      { date: '2026-09-20', name: '调休' },
      { date: '2026-10-10', name: '调休' },
    ],
  });
  const rules = { acceptanceNoticeWorkingDays: 15, dispositionWorkingDays: 5, concludeCalendarDays: 60, remindWorkingDaysBefore: 3 };

  it('skips holidays and counts make-up working days', () => {
    // Received Thu 9-24: working days 9-28, 29, 30, 10-08, 09, 10 (Sat, make-up), 12 … 22 is the 15th.
    const [acceptance, disposition, conclusion] = deadlinesFor('2026-09-24', rules, calendar);
    expect(disposition).toEqual({ kind: 'DISPOSITION', dueOn: '2026-10-09', remindOn: '2026-09-29' });
    expect(acceptance).toMatchObject({ kind: 'ACCEPTANCE_NOTICE', dueOn: '2026-10-22' });
    // 60 calendar days after 9-24 is Mon 11-23, a working day.
    expect(conclusion).toMatchObject({ kind: 'CONCLUSION', dueOn: '2026-11-23' });
  });

  it('moves a calendar-day deadline off a rest day', () => {
    // 60 days after Fri 8-07 is Tue 10-06 (国庆): due on the first working day after, Thu 10-08.
    expect(deadlinesFor('2026-08-07', rules, calendar)[2]).toMatchObject({ dueOn: '2026-10-08' });
  });
});
