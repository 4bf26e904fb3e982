import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../../infra/calendar/working-days.js';
import {
  checkPublicityPeriod,
  checkSuspension,
  earliestPeriodEnd,
  matchTip,
  periodWorkingDays,
  type NoticeForMatch,
} from './publicity-rules.js';

const calendar = buildCalendar({
  holidays: [{ from: '2026-10-01', to: '2026-10-07', name: '国庆节' }],
  workdays: [{ date: '2026-10-10', name: '国庆节调休' }], // a Saturday
});

describe('publicity period in working days', () => {
  it.each([
    ['2026-11-23', '2026-11-27', 5, 'Monday to Friday'],
    ['2026-11-23', '2026-11-26', 4, 'Monday to Thursday'],
    ['2026-11-25', '2026-12-01', 5, 'Wednesday to next Tuesday, over a weekend'],
    ['2026-11-28', '2026-11-29', 0, 'a weekend only'],
    ['2026-09-30', '2026-10-12', 5, 'across National Day: 9-30, 10-08, 10-09, the make-up Saturday 10-10, 10-12'],
    ['2026-11-27', '2026-11-23', 0, 'an end before the start'],
  ])('%s to %s has %i working days (%s)', (start, end, days) => {
    expect(periodWorkingDays(start, end, calendar)).toBe(days);
  });

  it('the earliest end of a 5-working-day period', () => {
    expect(earliestPeriodEnd('2026-11-23', 5, calendar)).toBe('2026-11-27');
    expect(earliestPeriodEnd('2026-11-28', 5, calendar)).toBe('2026-12-04'); // starts on a Saturday
    expect(earliestPeriodEnd('2026-09-30', 5, calendar)).toBe('2026-10-12');
  });

  it.each([
    ['2026-11-23', '2026-11-27', '2026-11-23', null],
    ['2026-11-23', '2026-11-26', '2026-11-23', 'PUBLICITY_TOO_SHORT'],
    ['2026-09-30', '2026-10-09', '2026-09-30', 'PUBLICITY_TOO_SHORT'], // ten calendar days, four working days
    ['2026-11-20', '2026-11-30', '2026-11-23', 'PUBLICITY_STARTS_IN_PAST'],
  ])('%s to %s published on %s: %s', (start, end, today, problem) => {
    expect(checkPublicityPeriod({ start, end, today, minWorkingDays: 5 }, calendar)?.code ?? null).toBe(problem);
  });

  it('says how long the period must be', () => {
    expect(
      checkPublicityPeriod({ start: '2026-11-23', end: '2026-11-26', today: '2026-11-23', minWorkingDays: 5 }, calendar)?.message,
    ).toBe('公示期不少于 5 个工作日：2026-11-23 至 2026-11-26 只有 4 个工作日，最早可到 2026-11-27 结束');
  });
});

describe('suspension (暂缓任用) of at most 3 months', () => {
  it.each([
    ['2026-03-10', '2026-06-10', null],
    ['2026-03-10', '2026-06-11', '暂缓任用不超过 3 个月：截止日期最晚为 2026-06-10'],
    ['2026-11-30', '2027-02-28', null], // no 30 February: the month's last day
    ['2026-11-30', '2027-03-01', '暂缓任用不超过 3 个月：截止日期最晚为 2027-02-28'],
    ['2026-03-10', '2026-03-10', '暂缓任用的截止日期（2026-03-10）应晚于决定日期（2026-03-10）'],
  ])('decided %s, until %s: %s', (decided, until, problem) => {
    expect(checkSuspension(decided, until, 3)).toBe(problem);
  });
});

describe('which candidates a tip during publicity concerns', () => {
  const notice: NoticeForMatch = {
    id: 'n1',
    startsOn: '2026-11-23',
    endsOn: '2026-11-27',
    candidates: [
      { candidateId: 'c1', name: '周明远', hints: ['测试区财政局', '副局长', '测试区财政局局长'], namesakes: 1 },
      { candidateId: 'c2', name: '李青', hints: ['测试区水务局', '科长', '测试区水务局副局长'], namesakes: 0 },
    ],
  };
  const tip = (over: Partial<Parameters<typeof matchTip>[0]>) => ({ receivedOn: '2026-11-24', subjects: [], cited: null, ...over });

  it.each([
    ['a tip citing the notice and a candidate', tip({ cited: { noticeId: 'n1', candidateId: 'c1' } }), ['c1:CITED']],
    [
      'a tip citing the notice and naming one of its candidates',
      tip({ cited: { noticeId: 'n1' }, subjects: [{ name: '李 青' }] }),
      ['c2:CITED'],
    ],
    ['a tip naming a candidate unique on the roster', tip({ subjects: [{ name: '李青' }] }), ['c2:NAMED']],
    ['a tip naming a candidate with a namesake, without unit or post', tip({ subjects: [{ name: '周明远' }] }), []],
    ['a tip naming a candidate with a namesake, with the unit', tip({ subjects: [{ name: '周明远', unit: '财政局' }] }), ['c1:NAMED']],
    ['a tip naming the namesake’s unit', tip({ subjects: [{ name: '周明远', unit: '测试区水务局' }] }), []],
    ['a tip received the day before the period', tip({ receivedOn: '2026-11-22', cited: { noticeId: 'n1', candidateId: 'c1' } }), []],
    ['a tip received on the last day', tip({ receivedOn: '2026-11-27', subjects: [{ name: '李青' }] }), ['c2:NAMED']],
    ['a tip received the day after', tip({ receivedOn: '2026-11-28', subjects: [{ name: '李青' }] }), []],
    ['a tip naming someone else', tip({ subjects: [{ name: '王某某' }] }), []],
  ])('%s', (_what, t, expected) => {
    expect(matchTip(t, [notice]).map((m) => `${m.candidateId}:${m.basis}`)).toEqual(expected);
  });
});
