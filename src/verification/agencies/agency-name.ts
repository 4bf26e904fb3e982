/**
 * An agency's name without the jurisdiction it belongs to, so that a district's documents
 * and a county's (区纪委监委, 白溪县纪委监委, 县委政法委, 县人民法院) meet the configured
 * member (纪委监委, 政法委, 人民法院): the leading place name up to 省/市/州/盟/区/县/旗,
 * and a 委 or 人民政府 right after it (县委政法委 is the county's 政法委). 市场监督管理局
 * keeps its 市.
 */
const JURISDICTION = /^[\u4e00-\u9fa5]{0,8}?(?:省|市(?!场)|州|盟|区|县|旗)(?:委(?=[\u4e00-\u9fa5]{2,})|人民政府|政府)?/;

export function withoutJurisdiction(name: string): string {
  const text = name.trim().replace(/\s+/g, '');
  const stripped = text.replace(JURISDICTION, '');
  return stripped.length >= 2 ? stripped : text;
}

/** Whether a name written anywhere is this agency's name or alias, with or without its jurisdiction. */
export function namesAgency(written: string, agency: { name: string; aliases: readonly string[] }): boolean {
  const own = [agency.name, ...agency.aliases];
  const text = written.trim();
  if (own.includes(text)) return true;
  const bare = withoutJurisdiction(text);
  return own.some((n) => withoutJurisdiction(n) === bare);
}
