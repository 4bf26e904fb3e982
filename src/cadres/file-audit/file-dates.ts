/**
 * Dates in a personnel file are written to the month (`YYYY-MM`) or to the day
 * (`YYYY-MM-DD`): old forms often give only the month. Two dates agree when they agree to
 * the precision both have.
 */
const FILE_DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

export function isFileDate(value: string): boolean {
  const m = FILE_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function parts(value: string): { y: number; m: number; d: number | null } {
  const m = FILE_DATE.exec(value);
  if (!m) throw new RangeError(`not a file date: ${value}`);
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] === undefined ? null : Number(m[3]) };
}

/** The month of a file date, `YYYY-MM`. */
export const monthOf = (value: string): string => value.slice(0, 7);

/** Whether two dates agree to the precision both have (1970-03 agrees with 1970-03-15). */
export function sameDate(a: string, b: string): boolean {
  return a.length === 10 && b.length === 10 ? a === b : monthOf(a) === monthOf(b);
}

/** Compares to the precision both have: negative when a is earlier. */
export function compareDates(a: string, b: string): number {
  const [x, y] = a.length === 10 && b.length === 10 ? [a, b] : [monthOf(a), monthOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whole months from `from` to `to` (negative when `to` is earlier); a day is counted only when both dates have one. */
export function monthsBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (a.d !== null && b.d !== null && b.d < a.d) months -= 1;
  return months;
}

/** Age in whole years on `on` for a person born `birth` (to the precision both dates have). */
export function ageAt(birth: string, on: string): number {
  return Math.floor(monthsBetween(birth, on) / 12);
}
