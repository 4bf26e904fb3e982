/**
 * Redacts what would identify a reporter from the extract sent to an agency: the
 * reporter's own names (given by the caller), mobile and landline numbers, resident ID
 * numbers and email addresses. Pure, so it is table-tested; staff still choose the text.
 */
export const REDACTED_NAME = '（举报人）';
export const REDACTED_PHONE = '（电话已隐去）';
export const REDACTED_ID = '（证件号已隐去）';
export const REDACTED_EMAIL = '（邮箱已隐去）';

const ID_NUMBER = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])/g;
// Mobile numbers, optionally +86 and separated by spaces or hyphens.
const MOBILE = /(?<![0-9])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![0-9])/g;
// Landlines: area code 0xx(x) with an optional separator or brackets, 7–8 digits.
const LANDLINE = /(?<![0-9])(?:[(（]0\d{2,3}[)）]|0\d{2,3})[\s-]?\d{7,8}(?![0-9])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function redactExtract(text: string, reporterNames: readonly string[] = []): string {
  let out = text
    .replace(ID_NUMBER, REDACTED_ID)
    .replace(EMAIL, REDACTED_EMAIL)
    .replace(MOBILE, REDACTED_PHONE)
    .replace(LANDLINE, REDACTED_PHONE);
  // Longest first, so "张三丰" is not left as "（举报人）丰" by an earlier "张三".
  const names = [...new Set(reporterNames.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of names) out = out.split(name).join(REDACTED_NAME);
  return out;
}
