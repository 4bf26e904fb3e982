import { describe, expect, it } from '@jest/globals';
import { validateRosterRow, type RawRow } from './roster-row.js';

const good: RawRow = {
  personNo: 'A001',
  name: '王建国',
  gender: '男',
  birthMonth: '1975.03',
  ethnicity: '汉族',
  nativePlace: '本省',
  partyMonth: '1998年07月',
  workMonth: '1997-08',
  education: '大学本科',
  unit: '某区财政局',
  post: '副局长',
  level: '副科',
  postSince: '2021.6',
  statusKind: '公务员',
};

describe('validateRosterRow', () => {
  it('normalises every month and keeps the text fields', () => {
    const result = validateRosterRow(good);
    expect(result).toEqual({
      row: expect.objectContaining({
        birthMonth: '1975-03',
        partyMonth: '1998-07',
        workMonth: '1997-08',
        postSince: '2021-06',
        statusKind: '公务员',
      }),
    });
  });

  it('reads an empty 入党时间 as not a Party member', () => {
    const result = validateRosterRow({ ...good, partyMonth: '' });
    expect('row' in result && result.row.partyMonth).toBeNull();
  });

  it.each<[string, RawRow, RegExp]>([
    ['missing person number', { personNo: '' }, /人员编号为空/],
    ['bad gender', { gender: 'M' }, /性别“M”/],
    ['bad birth month', { birthMonth: '1975.13' }, /出生年月“1975.13”不是有效的年月/],
    ['missing birth month', { birthMonth: '' }, /出生年月为空/],
    ['joined the Party before birth', { partyMonth: '1970.01' }, /入党时间（1970-01）早于出生年月/],
    ['unknown status', { statusKind: '临时工' }, /身份“临时工”/],
    ['latin name', { name: 'Wang' }, /姓名“Wang”/],
    ['missing unit', { unit: ' ' }, /单位为空/],
  ])('refuses a row with %s', (_, change, message) => {
    const result = validateRosterRow({ ...good, ...change });
    expect('problems' in result).toBe(true);
    expect(('problems' in result ? result.problems : []).join('；')).toMatch(message);
  });

  it('lists every problem of a row, not only the first', () => {
    const result = validateRosterRow({ ...good, gender: '', birthMonth: 'x', unit: '' });
    expect('problems' in result && result.problems).toHaveLength(3);
  });
});
