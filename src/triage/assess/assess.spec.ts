import { describe, expect, it } from '@jest/globals';
import { buildCalendar } from '../../infra/calendar/working-days.js';
import { deadlinesFor, disposeBeforeAppointments } from './deadlines.js';
import { assessPriority, raiseForAppointments, type AppointmentTouch, type Priority, type PriorityInput } from './priority.js';
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
  const run: AppointmentTouch = { name: '周明远', runTitle: '2026年第一批', proposedPost: '财政局局长', notice: null };
  const notice: AppointmentTouch = { ...run, notice: { reference: 'GS-2026-0001', startsOn: '2026-03-02', endsOn: '2026-03-06' } };
  const li: AppointmentTouch = { name: '李青', runTitle: '2026年第一批', proposedPost: '水务局副局长', notice: null };
  const runReason = '任前审查：周明远为“2026年第一批”拟任人选，拟任财政局局长';
  const noticeReason = '任前公示：周明远在公示 GS-2026-0001（2026-03-02 至 2026-03-06）中，拟任财政局局长';
  const liReason = '任前审查：李青为“2026年第一批”拟任人选，拟任水务局副局长';

  const table: Array<[string, Partial<PriorityInput> & { severity: number }, number, Priority['level'], string[]]> = [
    ['severity alone, low', { severity: 1 }, 10, 'LOW', ['类别严重程度 1：+10']],
    [
      'real name and specific, medium',
      { severity: 2, realName: true, specific: true },
      50,
      'MEDIUM',
      ['类别严重程度 2：+20', '实名举报：+15', '线索具体：+15'],
    ],
    [
      'repeats capped at maxRepeats',
      { severity: 5, realName: true, specific: true, repeats: 5 },
      95,
      'HIGH',
      ['类别严重程度 5：+50', '实名举报：+15', '线索具体：+15', '重复反映 5 次：+15'],
    ],
    [
      'a candidate of a pending run: HIGH however low the score',
      { severity: 1, appointments: [run] },
      30,
      'HIGH',
      ['类别严重程度 1：+10', `${runReason}：+20`],
    ],
    [
      'on a notice: the notice is named',
      { severity: 3, appointments: [notice] },
      50,
      'HIGH',
      ['类别严重程度 3：+30', `${noticeReason}：+20`],
    ],
    [
      'two candidates: each named, the points once',
      { severity: 2, appointments: [notice, li] },
      40,
      'HIGH',
      ['类别严重程度 2：+20', `${noticeReason}：+20`, liReason],
    ],
    [
      'the same candidacy twice counts once',
      { severity: 2, appointments: [run, run] },
      40,
      'HIGH',
      ['类别严重程度 2：+20', `${runReason}：+20`],
    ],
  ];
  it.each(table)('%s', (_label, input, score, level, reasons) => {
    expect(assessPriority({ realName: false, specific: false, repeats: 0, appointments: [], ...input }, weights)).toEqual({
      score,
      level,
      reasons,
    });
  });

  const low: Priority = { score: 20, level: 'LOW', reasons: ['类别严重程度 2：+20'] };
  // [case, priority before, the cadre's candidacies, score after, reasons added, candidacies newly named]
  const raises: Array<[string, Priority, AppointmentTouch[], number, string[], AppointmentTouch[]]> = [
    ['a run started after triage: raised to HIGH, run named, points added', low, [run], 40, [`${runReason}：+20`], [run]],
    [
      'a notice after the run was counted: named, no second points',
      { ...low, score: 40, reasons: [...low.reasons, `${runReason}：+20`] },
      [notice],
      40,
      [noticeReason],
      [notice],
    ],
    [
      'a republished notice (new reference) is named again',
      { ...low, reasons: [`${noticeReason}：+20`] },
      [{ ...notice, notice: { reference: 'GS-2026-0002', startsOn: '2026-03-02', endsOn: '2026-03-06' } }],
      20,
      ['任前公示：周明远在公示 GS-2026-0002（2026-03-02 至 2026-03-06）中，拟任财政局局长'],
      [{ ...notice, notice: { reference: 'GS-2026-0002', startsOn: '2026-03-02', endsOn: '2026-03-06' } }],
    ],
    [
      'only the candidacy not named yet',
      { ...low, score: 40, level: 'HIGH', reasons: [...low.reasons, `${runReason}：+20`] },
      [run, li],
      40,
      [liReason],
      [li],
    ],
  ];
  it.each(raises)('%s', (_label, current, touches, score, added, newly) => {
    expect(raiseForAppointments(current, touches, weights)).toEqual({
      score,
      level: 'HIGH',
      reasons: [...current.reasons, ...added],
      added,
      newly,
    });
  });

  const unchanged: Array<[string, Priority, AppointmentTouch[]]> = [
    ['already named at triage', { ...low, score: 40, level: 'HIGH', reasons: [...low.reasons, `${runReason}：+20`] }, [run]],
    ['already named by an earlier raise', { ...low, reasons: [...low.reasons, noticeReason] }, [notice]],
    ['no candidacy', low, []],
  ];
  it.each(unchanged)('raising again changes nothing: %s', (_label, current, touches) => {
    expect(raiseForAppointments(current, touches, weights)).toBeNull();
  });
});

describe('deadlines before an appointment', () => {
  // 2026: 劳动节 5-01..05, make-up working day Sat 5-09.
  const calendar = buildCalendar({
    holidays: [{ from: '2026-05-01', to: '2026-05-05', name: '劳动节' }],
    workdays: [{ date: '2026-05-09', name: '调休' }],
  });
  const rules = { runWorkingDays: 5, remindWorkingDaysBefore: 3 };
  const base = deadlinesFor(
    '2026-04-27',
    { acceptanceNoticeWorkingDays: 15, dispositionWorkingDays: 15, concludeCalendarDays: 60, remindWorkingDaysBefore: 3 },
    calendar,
  );
  const noticeEnding = (endsOn: string) => ({ notice: { endsOn } });

  it.each([
    ['a pending run: 5 working days from receipt, over the holiday', [{ notice: null }], '2026-04-27', '2026-05-07'],
    ['a notice: its last day', [noticeEnding('2026-05-08')], '2026-04-27', '2026-05-08'],
    ['a notice ending on a rest day: the working day before', [noticeEnding('2026-05-10')], '2026-04-27', '2026-05-09'],
    ['a notice ending on the holiday: the last working day before it', [noticeEnding('2026-05-04')], '2026-04-27', '2026-04-30'],
    ['a notice and a run: the earlier', [{ notice: null }, noticeEnding('2026-05-06')], '2026-04-27', '2026-05-06'],
    ["raised on the notice's last day: due that day", [noticeEnding('2026-05-08')], '2026-05-08', '2026-05-08'],
  ] as const)('%s', (_label, appointments, since, dueOn) => {
    const moved = disposeBeforeAppointments(base, appointments, since, rules, calendar);
    const disposition = moved.find((d) => d.kind === 'DISPOSITION')!;
    expect(disposition.dueOn).toBe(dueOn);
    expect(disposition.remindOn <= disposition.dueOn && disposition.remindOn >= since).toBe(true);
    // The other clocks do not move.
    expect(moved.filter((d) => d.kind !== 'DISPOSITION')).toEqual(base.filter((d) => d.kind !== 'DISPOSITION'));
  });

  it('never moves a deadline later, and the reminder comes working days before the new date', () => {
    const disposition = base.find((d) => d.kind === 'DISPOSITION')!;
    expect(disposeBeforeAppointments(base, [noticeEnding('2026-12-31')], '2026-04-27', rules, calendar)).toEqual(base);
    expect(disposeBeforeAppointments(base, [], '2026-04-27', rules, calendar)).toEqual(base);
    expect(disposition.dueOn > '2026-05-08').toBe(true);
    // Due Fri 5-08: three working days before are 5-07, 5-06 and the holiday-skipping 4-30.
    expect(disposeBeforeAppointments(base, [noticeEnding('2026-05-08')], '2026-04-27', rules, calendar)[1]).toEqual({
      kind: 'DISPOSITION',
      dueOn: '2026-05-08',
      remindOn: '2026-04-30',
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
