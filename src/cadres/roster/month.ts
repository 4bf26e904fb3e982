/**
 * Roster dates are months. Organization departments write them `YYYY.MM`, `YYYY-MM`,
 * `YYYY/MM` or `YYYY年MM月` (a trailing day is tolerated and dropped); a spreadsheet may
 * also hold a real date or a number such as 2020.1 (which means October: Excel dropped
 * the trailing zero of 2020.10). Returns `YYYY-MM` or null when the text is not a month.
 */
export function parseMonth(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return checked(value.getUTCFullYear(), value.getUTCMonth() + 1);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const [year, month] = value.toFixed(2).split('.') as [string, string];
    return checked(Number(year), Number(month));
  }
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s+/g, '');
  const match = /^(\d{4})(?:[.\-/]|年)(\d{1,2})(?:月)?(?:(?:[.\-/])?\d{1,2}日?)?$/.exec(text);
  if (!match) return null;
  return checked(Number(match[1]), Number(match[2]));
}

function checked(year: number, month: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}
