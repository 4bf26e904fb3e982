/**
 * The text of a loosely typed value (a form field, a spreadsheet cell, a property of a gateway's
 * JSON answer): a string as it is, a number, bigint or boolean written out, a date as ISO 8601,
 * null and undefined as '', and anything else as its JSON, never "[object Object]".
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'symbol' || typeof value === 'function') return '';
  return JSON.stringify(value) ?? '';
}
