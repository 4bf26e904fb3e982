import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../infra/http/domain-exception.js';

/** A reporting period: civil dates in China time, both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

export type BucketUnit = 'day' | 'week' | 'month';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Ten years of monthly buckets is the most a chart or a sheet can still show. */
export const MAX_RANGE_DAYS = 3660;
const DAY_MS = 86_400_000;

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A real calendar date (rejects 2026-02-30, which Date.parse would roll over). */
export function isCivilDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(toMs(value)) && fromMs(toMs(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

const bad = (message: string) => new DomainException(HttpStatus.BAD_REQUEST, 'INVALID_DATE_RANGE', message);

/**
 * The period asked for; a missing end defaults to the year so far (the span a periodic
 * report usually covers). Refused with a message a person can act on, never a 500.
 */
export function parseRange(raw: { from?: string | undefined; to?: string | undefined }, today: string): DateRange {
  const from = raw.from?.trim() || `${today.slice(0, 4)}-01-01`;
  const to = raw.to?.trim() || today;
  if (!isCivilDate(from)) throw bad('起始日期应为有效日期，格式 YYYY-MM-DD，如 2026-01-01');
  if (!isCivilDate(to)) throw bad('截止日期应为有效日期，格式 YYYY-MM-DD，如 2026-06-30');
  if (from > to) throw bad(`起始日期（${from}）不能晚于截止日期（${to}）`);
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) throw bad('统计区间不能超过十年，请缩短区间');
  return { from, to };
}

/** Days for a month or so, weeks up to half a year, months beyond: a chart of 5–40 bars. */
export function bucketUnit(range: DateRange): BucketUnit {
  const days = daysBetween(range.from, range.to) + 1;
  if (days <= 31) return 'day';
  if (days <= 183) return 'week';
  return 'month';
}

/** The first day of the bucket holding `date`: weeks start on Monday, as Postgres date_trunc('week') does. */
export function bucketStart(date: string, unit: BucketUnit): string {
  if (unit === 'day') return date;
  if (unit === 'month') return `${date.slice(0, 7)}-01`;
  const weekday = (new Date(toMs(date)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

/** Every bucket of the range in order, so a period with no tips still shows as 0. */
export function buckets(range: DateRange, unit: BucketUnit): string[] {
  const out: string[] = [];
  let current = bucketStart(range.from, unit);
  while (current <= range.to) {
    out.push(current);
    if (unit === 'day') current = addDays(current, 1);
    else if (unit === 'week') current = addDays(current, 7);
    else {
      const [y, m] = [Number(current.slice(0, 4)), Number(current.slice(5, 7))];
      current = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
  }
  return out;
}

/** A bucket as people read it: 3月5日, 3月2日起一周, 2026年3月. */
export function bucketLabel(start: string, unit: BucketUnit): string {
  const [y, m, d] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  if (unit === 'month') return `${y}年${m}月`;
  if (unit === 'week') return `${m}月${d}日起`;
  return `${m}月${d}日`;
}

/** Share as a percentage with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
