import { civilDate } from '../calendar/working-days.js';

/**
 * The one source of "now" and of "today", so deadlines and reminders can be tested with a
 * controlled clock. Days are civil days in the district's time zone (`district.timeZone`):
 * a tip received at 23:30 UTC is counted on the next day in Shanghai and on the same day in
 * London.
 */
export class Clock {
  constructor(readonly timeZone: string) {}

  now(): Date {
    return new Date();
  }

  /** Today's date (`YYYY-MM-DD`) in the district. */
  today(): string {
    return civilDate(this.now(), this.timeZone);
  }

  /** The district's date (`YYYY-MM-DD`) of an instant. */
  dateOf(instant: Date): string {
    return civilDate(instant, this.timeZone);
  }
}

/** A clock tests can set and advance. */
export class FixedClock extends Clock {
  constructor(
    private current: Date,
    timeZone = 'Asia/Shanghai',
  ) {
    super(timeZone);
  }
  override now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
