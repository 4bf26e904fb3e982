import { describe, expect, it } from '@jest/globals';
import { ageAt, compareDates, isFileDate, monthsBetween, sameDate } from './file-dates.js';
import {
  auditFile,
  determineBirth,
  determineEducation,
  determineParty,
  determineStatus,
  determineWorkStart,
  educationLevelOf,
  partyAgeDoubts,
  rosterConflicts,
  workHistoryDoubts,
  type FileEntry,
  type SourceKind,
  type UnitNameFact,
} from './file-rules.js';

const TODAY = '2026-12-06';
let n = 0;
const entry = (over: Partial<FileEntry>): FileEntry => ({
  id: `e${++n}`,
  fact: 'BIRTH',
  statedDate: null,
  fromDate: null,
  toDate: null,
  educationLevel: null,
  institution: null,
  diploma: null,
  fullTime: null,
  unit: null,
  post: null,
  status: null,
  source: 'OTHER',
  documentDate: '2000-01-01',
  filledBySelf: false,
  ...over,
});
const birth = (statedDate: string, source: SourceKind, documentDate: string, filledBySelf: boolean) =>
  entry({ fact: 'BIRTH', statedDate, source, documentDate, filledBySelf });
const workStart = (statedDate: string, source: SourceKind, documentDate: string, filledBySelf = false) =>
  entry({ fact: 'WORK_START', statedDate, source, documentDate, filledBySelf });
const post = (unit: string, fromDate: string, toDate: string | null) =>
  entry({ fact: 'WORK_HISTORY', unit, post: '科员', fromDate, toDate, source: 'APPOINTMENT_APPROVAL', documentDate: fromDate });
const rules = (doubts: Array<{ rule: string }>) => doubts.map((d) => d.rule);

describe('file dates', () => {
  it.each<[string, boolean]>([
    ['1970-03', true],
    ['1970-03-15', true],
    ['1970-02-30', false],
    ['1970-13', false],
    ['1970.03', false],
  ])('%s is a file date: %s', (value, ok) => expect(isFileDate(value)).toBe(ok));

  it.each<[string, string, boolean, number]>([
    ['1970-03', '1970-03-15', true, 0],
    ['1970-03-01', '1970-03-15', false, -1],
    ['1970-04', '1970-03-15', false, 1],
  ])('%s against %s: same %s, order %d', (a, b, same, order) => {
    expect(sameDate(a, b)).toBe(same);
    expect(Math.sign(compareDates(a, b))).toBe(order);
  });

  it.each<[string, string, number, number]>([
    ['1970-03-15', '1986-03-14', 191, 15],
    ['1970-03-15', '1986-03-15', 192, 16],
    ['1970-03', '1986-03', 192, 16],
    ['1970-03-15', '1986-03', 192, 16],
  ])('from %s to %s: %d months, age %d', (from, to, months, age) => {
    expect(monthsBetween(from, to)).toBe(months);
    expect(ageAt(from, to)).toBe(age);
  });
});

describe('birth date (组通字〔2006〕41号)', () => {
  it.each<[string, FileEntry[], string | null, string[]]>([
    ['one record', [birth('1968-05', 'CADRE_RESUME', '1986-07-01', true)], '1968-05', []],
    [
      'records agree to the month',
      [birth('1968-05', 'CADRE_RESUME', '1986-07-01', true), birth('1968-05-12', 'APPOINTMENT_APPROVAL', '2001-03-01', false)],
      '1968-05',
      [],
    ],
    [
      'the earliest self-filled date stands over a later self-filled one',
      [birth('1970-05', 'CADRE_REGISTRATION', '2010-01-01', true), birth('1968-05', 'CADRE_RESUME', '1986-07-01', true)],
      '1968-05',
      ['BIRTH_CONFLICT'],
    ],
    [
      'an organization-made document does not override the self-filled date, even when older',
      [birth('1967-01', 'RECRUITMENT_APPROVAL', '1985-03-01', false), birth('1968-05', 'CADRE_RESUME', '1986-07-01', true)],
      '1968-05',
      ['BIRTH_CONFLICT'],
    ],
    [
      'no self-filled record: the earliest document',
      [birth('1969-02', 'APPOINTMENT_APPROVAL', '2001-03-01', false), birth('1968-11', 'WAGE_APPROVAL', '1988-01-01', false)],
      '1968-11',
      ['BIRTH_CONFLICT'],
    ],
  ])('%s', (_, entries, value, doubts) => {
    const r = determineBirth(entries, { workStart: null, party: null });
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
  });

  it('says which record stands and why', () => {
    const r = determineBirth(
      [birth('1970-05', 'CADRE_REGISTRATION', '2010-01-01', true), birth('1968-05', 'CADRE_RESUME', '1986-07-01', true)],
      { workStart: null, party: null },
    );
    expect(r.determination.reasons[0]).toBe(
      '记载不一致，以本人最早填写的《干部履历表》（1986-07-01）所载 1968-05 为准（组通字〔2006〕41号）',
    );
    expect(r.determination.reasons[1]).toContain('《干部登记表》（2010-01-01）记载 1970-05');
  });

  // 不得两头受益: older on paper to start work or join the Party, then younger to stay in post.
  it.each<[string, FileEntry[], { workStart: string | null; party: string | null }, string | null, string[], string]>([
    [
      'a later date that puts the start of work before 16 is refused',
      [birth('1970-05', 'CADRE_RESUME', '1990-01-01', true), birth('1968-05', 'RECRUITMENT_APPROVAL', '1985-03-01', false)],
      { workStart: '1985-03', party: null },
      '1968-05',
      ['BIRTH_DOUBLE_BENEFIT', 'BIRTH_CONFLICT'],
      '参加工作时（1985-03）未满 16 周岁',
    ],
    [
      'a later date that puts Party membership before 18 is refused',
      [birth('1972-05', 'CADRE_RESUME', '1992-01-01', true), birth('1970-01', 'PARTY_APPLICATION', '1989-06-01', true)],
      { workStart: null, party: '1989-07' },
      '1970-01',
      ['BIRTH_DOUBLE_BENEFIT', 'BIRTH_CONFLICT'],
      '入党时（1989-07）未满 18 周岁',
    ],
    [
      'a date both ways consistent is kept',
      [birth('1968-05', 'CADRE_RESUME', '1986-07-01', true)],
      { workStart: '1985-03', party: '1990-07' },
      '1968-05',
      [],
      '',
    ],
    [
      'the only date on record is no later change: kept',
      [birth('1975-05', 'CADRE_RESUME', '1990-01-01', true)],
      { workStart: '1985-03', party: null },
      '1975-05',
      [],
      '',
    ],
    [
      'the oldest date is kept even when it is itself early for the Party (Party age checks it)',
      [birth('1968-05', 'CADRE_RESUME', '1986-07-01', true), birth('1970-05', 'CADRE_REGISTRATION', '2010-01-01', true)],
      { workStart: '1985-03', party: '1985-06' },
      '1968-05',
      ['BIRTH_DOUBLE_BENEFIT', 'BIRTH_CONFLICT'],
      '《干部登记表》（2010-01-01）所载 1970-05 不予采用',
    ],
  ])('no double benefit: %s', (_, entries, context, value, doubts, reason) => {
    const r = determineBirth(entries, context);
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
    if (reason) expect(r.determination.reasons.join('；')).toContain(reason);
  });
});

describe('start of work', () => {
  it.each<[string, FileEntry[], string | null, string[]]>([
    ['the recruitment approval of the time', [workStart('1986-07', 'RECRUITMENT_APPROVAL', '1986-06-20')], '1986-07', []],
    [
      'a later self-reported form does not move it',
      [workStart('1985-09', 'CADRE_REGISTRATION', '2005-01-01', true), workStart('1986-07', 'REGULARIZATION', '1987-07-10')],
      '1986-07',
      ['WORK_START_CONFLICT'],
    ],
    [
      'documents of the time agree with each other',
      [workStart('1986-07', 'RECRUITMENT_APPROVAL', '1986-06-20'), workStart('1986-07', 'WAGE_APPROVAL', '1987-08-01')],
      '1986-07',
      [],
    ],
    [
      'a wage approval made years later is not of the time',
      [workStart('1984-07', 'WAGE_APPROVAL', '1995-01-01')],
      null,
      ['WORK_START_UNSUPPORTED'],
    ],
    ['only self-reported forms', [workStart('1986-07', 'CADRE_RESUME', '1990-01-01', true)], null, ['WORK_START_UNSUPPORTED']],
    ['no record', [], null, []],
  ])('%s', (_, entries, value, doubts) => {
    const r = determineWorkStart(entries);
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
  });
});

describe('Party membership and Party age', () => {
  const party = (statedDate: string, source: SourceKind, documentDate: string) =>
    entry({ fact: 'PARTY', statedDate, source, documentDate, filledBySelf: true });
  it.each<[string, FileEntry[], string | null, string[]]>([
    ['the application form', [party('1990-07', 'PARTY_APPLICATION', '1990-07-01')], '1990-07', []],
    [
      'the application form over a resume',
      [party('1989-07', 'CADRE_RESUME', '1988-01-01'), party('1990-07', 'PARTY_APPLICATION', '1990-07-01')],
      '1990-07',
      ['PARTY_CONFLICT'],
    ],
  ])('%s', (_, entries, value, doubts) => {
    const r = determineParty(entries);
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
  });

  it.each<[string, string | null, string | null, string[]]>([
    ['joined at 22', '1968-05', '1990-07', []],
    ['joined at exactly 18', '1972-07', '1990-07', []],
    ['joined at 17', '1973-01', '1990-07', ['PARTY_UNDER_AGE']],
    ['no birth date', null, '1990-07', []],
  ])('%s', (_, birthDate, partyDate, doubts) => {
    expect(rules(partyAgeDoubts(birthDate, { fact: 'PARTY', value: partyDate, basis: ['p'], reasons: [] }))).toEqual(doubts);
  });
});

describe('education', () => {
  const edu = (over: Partial<FileEntry>) =>
    entry({ fact: 'EDUCATION', institution: '省广播电视大学', fromDate: '1990-09', toDate: '1993-07', source: 'CADRE_RESUME', ...over });
  it.each<[string, FileEntry[], string | null, string[]]>([
    [
      'with a diploma record',
      [edu({ educationLevel: 'BACHELOR', source: 'EDUCATION_PROOF', diploma: true })],
      '大学本科（省广播电视大学）',
      [],
    ],
    ['without one', [edu({ educationLevel: 'BACHELOR' })], null, ['EDUCATION_NO_DIPLOMA']],
    [
      'a resume marked as a diploma is still no diploma record',
      [edu({ educationLevel: 'BACHELOR', diploma: true })],
      null,
      ['EDUCATION_NO_DIPLOMA'],
    ],
    [
      'the highest level proven, the unproven one a doubt',
      [
        edu({ educationLevel: 'MASTER' }),
        edu({ educationLevel: 'COLLEGE', source: 'EDUCATION_PROOF', diploma: true, institution: '市职业技术学院' }),
      ],
      '大学专科（市职业技术学院）',
      ['EDUCATION_NO_DIPLOMA'],
    ],
    [
      'full-time study during full-time work',
      [
        edu({ educationLevel: 'BACHELOR', source: 'EDUCATION_PROOF', diploma: true, fullTime: true }),
        post('某镇政府', '1991-01', '1995-01'),
      ],
      '大学本科（省广播电视大学）',
      ['EDUCATION_OVERLAPS_WORK'],
    ],
    [
      'part-time study during work is no doubt',
      [
        edu({ educationLevel: 'BACHELOR', source: 'EDUCATION_PROOF', diploma: true, fullTime: false }),
        post('某镇政府', '1991-01', '1995-01'),
      ],
      '大学本科（省广播电视大学）',
      [],
    ],
  ])('%s', (_, entries, value, doubts) => {
    const r = determineEducation(entries, TODAY);
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
  });
});

describe('work history', () => {
  const names: UnitNameFact[] = [
    { name: '县农业农村局', unitId: 'u1', inUseFrom: '2019-03' },
    { name: '县农业局', unitId: 'u1', inUseFrom: '1984-01' },
    { name: '县行政审批局', unitId: 'u2', inUseFrom: '2017-01' },
  ];
  it.each<[string, FileEntry[], string[]]>([
    [
      'continuous, handover in one month',
      [post('县农业局', '1990-01', '2001-03'), post('县行政审批局', '2017-01', null), post('某镇', '2001-03', '2017-01')],
      [],
    ],
    ['a gap of six months is allowed', [post('某镇', '1990-01', '1995-01'), post('某乡', '1995-08', '2000-01')], []],
    ['a gap of seven months', [post('某镇', '1990-01', '1995-01'), post('某乡', '1995-09', '2000-01')], ['WORK_HISTORY_GAP']],
    ['two posts at once', [post('某镇', '1990-01', '1996-01'), post('某乡', '1995-01', '2000-01')], ['WORK_HISTORY_OVERLAP']],
    ['a post before the unit existed', [post('县行政审批局', '2015-01', null)], ['POST_BEFORE_UNIT']],
    ['a post under the former name, while it existed', [post('县农业局', '1990-01', null)], []],
    ['the current name for a time the unit had another name', [post('县农业农村局', '1990-01', null)], []],
    ['a post before the unit existed under any name', [post('县农业农村局', '1980-01', null)], ['POST_BEFORE_UNIT']],
  ])('%s', (_, entries, doubts) => {
    expect(rules(workHistoryDoubts(entries, names, TODAY).doubts)).toEqual(doubts);
  });
});

describe('cadre status', () => {
  const status = (value: string, documentDate: string) =>
    entry({ fact: 'CADRE_STATUS', status: value, documentDate, source: 'APPOINTMENT_APPROVAL' });
  it.each<[string, FileEntry[], string | null, string[]]>([
    ['agreeing', [status('公务员', '2006-01-01'), status('公务员', '2010-01-01')], '公务员', []],
    ['conflicting', [status('事业单位', '2006-01-01'), status('公务员', '2010-01-01')], null, ['CADRE_STATUS_CONFLICT']],
  ])('%s', (_, entries, value, doubts) => {
    const r = determineStatus(entries);
    expect(r.determination.value).toBe(value);
    expect(rules(r.doubts)).toEqual(doubts);
  });
});

describe('the whole file', () => {
  it('decides birth after the start of work, and checks Party age by the determined birth', () => {
    const r = auditFile(
      [
        birth('1970-05', 'CADRE_REGISTRATION', '2010-01-01', true),
        birth('1968-05', 'CADRE_RESUME', '1986-07-01', true),
        workStart('1985-03', 'RECRUITMENT_APPROVAL', '1985-03-01'),
        entry({ fact: 'PARTY', statedDate: '1985-06', source: 'PARTY_APPLICATION', documentDate: '1985-06-01', filledBySelf: true }),
      ],
      [],
      TODAY,
    );
    expect(r.determined).toEqual({ birth: '1968-05', party: '1985-06', workStart: '1985-03', education: null, status: null });
    expect(rules(r.doubts)).toEqual(['BIRTH_DOUBLE_BENEFIT', 'BIRTH_CONFLICT', 'PARTY_UNDER_AGE']);
    expect(r.determinations.map((d) => d.fact)).toEqual(['BIRTH', 'PARTY', 'WORK_START', 'EDUCATION', 'WORK_HISTORY', 'CADRE_STATUS']);
  });
});

describe('roster against the determinations', () => {
  const determined = { birth: '1968-05-12', party: '1990-07', workStart: '1986-07', education: 'BACHELOR' as const, status: null };
  it.each<[string, Parameters<typeof rosterConflicts>[0], string[]]>([
    ['agreeing', { birthMonth: '1968-05', partyMonth: '1990-07', workMonth: '1986-07', education: '大学' }, []],
    ['empty cells contradict nothing', { birthMonth: '1968-05', partyMonth: null, workMonth: null, education: null }, []],
    [
      'a younger birth month',
      { birthMonth: '1970-05', partyMonth: '1990-07', workMonth: '1986-07', education: '大学本科' },
      ['birthMonth'],
    ],
    [
      'another start and level',
      { birthMonth: '1968-05', partyMonth: '1990-07', workMonth: '1985-01', education: '研究生' },
      ['workMonth', 'education'],
    ],
  ])('%s', (_, row, fields) => {
    expect(rosterConflicts(row, determined).map((c) => c.field)).toEqual(fields);
  });

  it.each<[string, string | null]>([
    ['大学本科', 'BACHELOR'],
    ['大学专科', 'COLLEGE'],
    ['在职研究生', 'MASTER'],
    ['博士研究生', 'DOCTORATE'],
    ['中专', 'SECONDARY'],
    ['党校', null],
  ])('%s is level %s', (text, level) => expect(educationLevelOf(text)).toBe(level));
});
