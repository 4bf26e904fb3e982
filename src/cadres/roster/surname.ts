/**
 * Two-character surnames (复姓) that are common enough in rosters to matter. Without
 * them "欧阳明" would be filed under 欧, and "欧阳局长" in a tip would find nobody.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '司空',
  '夏侯',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '澹台',
  '公冶',
  '呼延',
  '轩辕',
  '百里',
  '东郭',
  '闻人',
  '万俟',
  '钟离',
  '拓跋',
  '申屠',
  '太史',
  '赫连',
  '第五',
  '左丘',
  '谷梁',
  '梁丘',
  '亓官',
  '仲孙',
  '单于',
]);

export function surnameOf(fullName: string): string {
  const name = fullName.trim();
  if (name.length >= 3 && COMPOUND_SURNAMES.has(name.slice(0, 2))) return name.slice(0, 2);
  return name.slice(0, 1);
}
