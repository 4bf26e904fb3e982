import { parseMonth } from './month.js';
import { textOf } from '../../infra/text/text-of.js';

/** The roster's columns, as organization departments head them (DOMAIN.md, 干部名册). */
export const ROSTER_COLUMNS = [
  { header: '人员编号', key: 'personNo', required: true },
  { header: '姓名', key: 'name', required: true },
  { header: '性别', key: 'gender', required: true },
  { header: '出生年月', key: 'birthMonth', required: true },
  { header: '民族', key: 'ethnicity', required: false },
  { header: '籍贯', key: 'nativePlace', required: false },
  { header: '入党时间', key: 'partyMonth', required: false },
  { header: '参加工作时间', key: 'workMonth', required: false },
  { header: '学历', key: 'education', required: false },
  { header: '单位', key: 'unit', required: true },
  { header: '职务', key: 'post', required: true },
  { header: '职级', key: 'level', required: false },
  { header: '任现职时间', key: 'postSince', required: false },
  { header: '身份', key: 'statusKind', required: false },
] as const;

export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];
export const STATUS_KINDS = ['公务员', '参照公务员法管理', '事业单位'] as const;

/** One valid roster line. Months are `YYYY-MM`; an empty 入党时间 means not a Party member. */
export interface RosterRow {
  personNo: string;
  name: string;
  gender: '男' | '女';
  birthMonth: string;
  ethnicity: string | null;
  nativePlace: string | null;
  partyMonth: string | null;
  workMonth: string | null;
  education: string | null;
  unit: string;
  post: string;
  level: string | null;
  postSince: string | null;
  statusKind: (typeof STATUS_KINDS)[number] | null;
}

export type RawRow = Partial<Record<RosterKey, unknown>>;

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return textOf(value).trim();
};

/**
 * Checks one line of a roster. Returns the row, or every problem with it in words a
 * clerk can fix (the caller adds the row number).
 */
export function validateRosterRow(raw: RawRow): { row: RosterRow } | { problems: string[] } {
  const problems: string[] = [];
  const personNo = text(raw.personNo);
  const name = text(raw.name).replace(/\s+/g, '');
  const gender = text(raw.gender);
  const unit = text(raw.unit);
  const post = text(raw.post);
  const statusKind = text(raw.statusKind);

  if (!personNo) problems.push('人员编号为空');
  else if (!/^[A-Za-z0-9_-]{1,32}$/.test(personNo))
    problems.push(`人员编号“${personNo}”只能由字母、数字、下划线或连字符组成（最长 32 位）`);
  if (!name) problems.push('姓名为空');
  else if (!/^[\u3400-\u9fff·]{2,20}$/.test(name)) problems.push(`姓名“${name}”应为 2–20 个汉字`);
  if (gender !== '男' && gender !== '女') problems.push(gender ? `性别“${gender}”应为“男”或“女”` : '性别为空');
  if (!unit) problems.push('单位为空');
  if (!post) problems.push('职务为空');
  if (statusKind && !(STATUS_KINDS as readonly string[]).includes(statusKind)) {
    problems.push(`身份“${statusKind}”应为${STATUS_KINDS.map((s) => `“${s}”`).join('、')}之一`);
  }

  const month = (key: RosterKey, label: string, required: boolean): string | null => {
    const value = raw[key];
    if (text(value) === '') {
      if (required) problems.push(`${label}为空`);
      return null;
    }
    const parsed = parseMonth(value);
    if (!parsed) problems.push(`${label}“${text(value)}”不是有效的年月（应写作 YYYY.MM、YYYY-MM 或 YYYY年MM月）`);
    return parsed;
  };
  const birthMonth = month('birthMonth', '出生年月', true);
  const partyMonth = month('partyMonth', '入党时间', false);
  const workMonth = month('workMonth', '参加工作时间', false);
  const postSince = month('postSince', '任现职时间', false);
  if (birthMonth) {
    for (const [label, value] of [
      ['入党时间', partyMonth],
      ['参加工作时间', workMonth],
      ['任现职时间', postSince],
    ] as const) {
      if (value && value <= birthMonth) problems.push(`${label}（${value}）早于出生年月（${birthMonth}）`);
    }
  }
  if (problems.length > 0) return { problems };
  const optional = (key: RosterKey) => text(raw[key]) || null;
  return {
    row: {
      personNo,
      name,
      gender: gender as '男' | '女',
      birthMonth: birthMonth!,
      ethnicity: optional('ethnicity'),
      nativePlace: optional('nativePlace'),
      partyMonth,
      workMonth,
      education: optional('education'),
      unit,
      post,
      level: optional('level'),
      postSince,
      statusKind: (statusKind || null) as RosterRow['statusKind'],
    },
  };
}
