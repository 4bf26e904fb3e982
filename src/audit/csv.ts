import { textOf } from '../infra/text/text-of.js';

/**
 * One CSV cell. Quoted when needed, and a cell a spreadsheet would run as a formula
 * (starting with = + - @ or a tab/CR) is prefixed with an apostrophe: an audit export
 * opened in Excel must not execute what a hostile request put into a logged field.
 */
export function csvCell(value: unknown): string {
  let text = textOf(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
