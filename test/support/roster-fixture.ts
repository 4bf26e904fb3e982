import ExcelJS from 'exceljs';

/** A generated roster (fictional people) for import tests, as CSV text or an XLSX buffer. */
export const ROSTER_HEADER = [
  '人员编号',
  '姓名',
  '性别',
  '出生年月',
  '民族',
  '籍贯',
  '入党时间',
  '参加工作时间',
  '学历',
  '单位',
  '职务',
  '职级',
  '任现职时间',
  '身份',
];

const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨', '欧阳'];
const GIVEN = ['国强', '秀英', '建华', '丽娟', '志刚', '海燕', '文博', '晓明', '春梅', '德胜', '立新', '雅琴'];
const UNITS = [
  '测试区财政局',
  '测试区教育局',
  '测试区交通运输局',
  '测试区水务局',
  '测试区商务局',
  '测试区统计局',
  '测试区林业局',
  '测试区档案馆',
  '测试区医保局',
  '测试区应急局',
];
const POSTS: Array<[string, string]> = [
  ['局长', '正科'],
  ['副局长', '副科'],
  ['科长', '四级主任科员'],
  ['科员', '一级科员'],
];
const MONTH_STYLES = [
  (y: number, m: number) => `${y}.${String(m).padStart(2, '0')}`,
  (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`,
  (y: number, m: number) => `${y}年${m}月`,
];

export function rosterRows(count: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i += 1) {
    const style = MONTH_STYLES[i % 3]!;
    const birthYear = 1965 + (i % 30);
    const [post, level] = POSTS[i % POSTS.length]!;
    rows.push([
      `T${String(i + 1).padStart(5, '0')}`,
      `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
      i % 2 ? '女' : '男',
      style(birthYear, (i % 12) + 1),
      '汉族',
      '本省',
      i % 5 === 0 ? '' : style(birthYear + 24, ((i + 3) % 12) + 1),
      style(birthYear + 22, 8),
      '大学本科',
      UNITS[i % UNITS.length]!,
      post,
      level,
      style(2020 + (i % 5), ((i + 5) % 12) + 1),
      '公务员',
    ]);
  }
  return rows;
}

export function toCsv(rows: string[][]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [ROSTER_HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(ROSTER_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
