import { CATALOGUE } from '../infra/labels/catalogue.js';
import { isWorkingDay, type CalendarDays } from '../infra/calendar/working-days.js';

export type RequestState = 'SENT' | 'READ' | 'ANSWERED' | 'OVERDUE' | 'CANCELLED';
export type ReplyResult = 'NO_ADVERSE' | 'ADVERSE' | 'NOT_REMIT' | 'MORE_TIME';

export const RESULT_LABELS: Record<ReplyResult, string> = CATALOGUE.replyResult;

export const STATE_LABELS: Record<RequestState, string> = CATALOGUE.verificationState;

/** The state staff and liaisons see: overdue wins over sent/read once the due day has passed. */
export function requestState(r: { status: string; dueOn: string; readAt: Date | string | null }, today: string): RequestState {
  if (r.status === 'ANSWERED') return 'ANSWERED';
  if (r.status === 'CANCELLED') return 'CANCELLED';
  if (today > r.dueOn) return 'OVERDUE';
  return r.readAt ? 'READ' : 'SENT';
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The working day `n` working days before `dueOn`, but never before `sentOn`. */
export function reminderDay(sentOn: string, dueOn: string, n: number, calendar: CalendarDays): string {
  let day = dueOn;
  for (let left = n; left > 0 && day > sentOn;) {
    day = shift(day, -1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day < sentOn ? sentOn : day;
}

/** Median of a list of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** China has no daylight saving: a civil date's hour in UTC+8 as an instant. */
export function chinaTime(date: string, hour: number): number {
  return Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}
