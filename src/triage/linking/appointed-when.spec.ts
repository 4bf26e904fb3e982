import { describe, expect, it } from '@jest/globals';
import { appointmentDates, compareAppointment, datesOfMentions, type AppointmentDate } from './appointed-when.js';

const said = (text: string, receivedOn: string | null) => appointmentDates(text, receivedOn).map((d) => [d.written, d.year, d.month]);

describe('appointment dates', () => {
  it.each([
    // absolute years, with or without the received date
    ['就是2023年提上来的那个', null, [['2023年', 2023, null]]],
    ['2025年3月被提拔为镇党委书记', null, [['2025年3月', 2025, 3]]],
    ['２０２２年调来的刘局长', null, [['２０２２年', 2022, null]]], // full-width digits
    ['23年当上的副局长', null, [['23年', 2023, null]]],
    // relative ones only with the received date
    ['前年提的张副主任', '2026-12-07', [['前年', 2024, null]]],
    ['前年提的张副主任', null, []],
    ['今年9月份又添了个姓杨的副镇长', '2026-12-07', [['今年9月份', 2026, 9]]],
    ['去年三月份提到乡镇当一把手了', '2026-01-15', [['去年三月份', 2025, 3]]],
    ['上个月新来的副局长', '2026-01-15', [['上个月', 2025, 12]]],
    // dates of something else
    ['2023年收了开发商的钱', null, []],
    ['2023年任务没完成', null, []],
    ['在局里干了23年提不上去', null, []],
    ['2023年，他提拔了亲戚', null, []], // a comma between: the date of the sentence, not of a post
    ['2023年把小舅子提成科长', null, []], // someone else appointing another
    ['前年城南安置房楼板开裂', '2026-12-07', []],
    ['2023年送来的两条烟', null, []],
    ['2023年没尽到责任', null, []],
    ['2023年增添了设备', null, []],
    ['2023年又任副局长', null, [['2023年', 2023, null]]],
    ['2023年提到过这个问题', null, []],
    ['2023年提的意见没人管', null, []],
    ['2023年的事 还被提拔了', null, []], // the year of another matter (的事)
    ['2021年来的那个副局长', null, [['2021年', 2021, null]]],
    ['去年刚来的副局长', '2026-12-07', [['去年', 2025, null]]],
    // a month alone: the last such month by the received date
    ['9月份提的那个副镇长', '2026-12-07', [['9月份', 2026, 9]]],
    ['十一月提的那个副镇长', '2026-03-02', [['十一月', 2025, 11]]],
    ['9月份提的那个副镇长', null, []],
    ['9月3日提的意见', '2026-12-07', []], // a day of a month, and no appointment
    ['三个月提不上去', '2026-12-07', []],
    // the one appointed after a comma, in the passive
    ['2025年3月，赵海鹏被提拔为镇党委书记', null, [['2025年3月', 2025, 3]]],
    ['2025年3月，赵海鹏被组织上提拔为镇党委书记', null, [['2025年3月', 2025, 3]]], // the agent said too
    ['2025年3月，赵海鹏把侄子提拔为股长', null, []], // someone else appointing another
    ['2025年3月，赵海鹏收了钱', null, []],
  ] as const)('%s (received %s)', (text, receivedOn, expected) => {
    expect(said(text, receivedOn)).toEqual(expected.map((d) => [...d]));
  });

  it('gives each date to the one appointed right after it, else the nearest mention in its sentence', () => {
    const text = '王局长2023年提拔了李某，赵主任去年任职。孙科长也在场';
    const mentions = [
      { start: 0, end: 3 }, // 王局长
      { start: 12, end: 14 }, // 李某
      { start: 15, end: 18 }, // 赵主任
      { start: 24, end: 27 }, // 孙科长
    ];
    const dates = datesOfMentions(text, mentions, appointmentDates(text, '2026-05-01'));
    expect([...dates].map(([i, ds]) => [i, ds.map((d) => d.written)])).toEqual([
      [1, ['2023年']],
      [2, ['去年']],
    ]);
  });

  it('gives a date before a comma to the one named after it in the passive, not to one named before it', () => {
    const text = '王局长讲，2025年3月，赵海鹏被提拔为镇党委书记';
    const mentions = [
      { start: 0, end: 3 }, // 王局长
      { start: 14, end: 17 }, // 赵海鹏
    ];
    const dates = datesOfMentions(text, mentions, appointmentDates(text));
    expect([...dates].map(([i, ds]) => [i, ds.map((d) => d.written)])).toEqual([[1, ['2025年3月']]]);
  });

  it.each([
    [2023, null, '2023-05', 'FIT'],
    [2023, null, '2021-11', 'MISMATCH'],
    [2023, 5, '2023-06', 'FIT'], // a month apart
    [2023, 9, '2023-05', 'UNKNOWN'], // the year fits, the month not
    [2024, 1, '2023-12', 'FIT'],
    [2023, 5, '2021-05', 'MISMATCH'],
    [2023, null, null, 'UNKNOWN'],
  ] as const)('%s-%s against 任现职时间 %s: %s', (year, month, since, verdict) => {
    const date: AppointmentDate = { start: 0, end: 0, year, month, written: '' };
    expect(compareAppointment(date, since)).toBe(verdict);
  });
});
