import { endOfMonthsPeriod } from '../../cadres/rules/civil-date.js';
import { addCalendarDays, addWorkingDays, workingDaysBetween, type CalendarDays } from '../../infra/calendar/working-days.js';

/**
 * The rules of publicity (任前公示) and of its outcomes, as pure functions of dates and
 * the working-day calendar: the period's length, the suspension limit, and which
 * candidates a tip received during a period concerns.
 */

/** Working days from `start` to `end`, both counted. */
export function periodWorkingDays(start: string, end: string, calendar: CalendarDays): number {
  return end < start ? 0 : workingDaysBetween(addCalendarDays(start, -1), end, calendar);
}

/** The earliest end of a period starting on `start` that lasts `workingDays` working days. */
export function earliestPeriodEnd(start: string, workingDays: number, calendar: CalendarDays): string {
  return addWorkingDays(addCalendarDays(start, -1), workingDays, calendar);
}

export type PeriodProblem = { code: 'PUBLICITY_STARTS_IN_PAST'; message: string } | { code: 'PUBLICITY_TOO_SHORT'; message: string };

/** Null when the period is acceptable; else why not, in words staff can act on. */
export function checkPublicityPeriod(
  p: { start: string; end: string; today: string; minWorkingDays: number },
  calendar: CalendarDays,
): PeriodProblem | null {
  if (p.start < p.today) return { code: 'PUBLICITY_STARTS_IN_PAST', message: `公示开始日期（${p.start}）不能早于今天（${p.today}）` };
  const days = periodWorkingDays(p.start, p.end, calendar);
  if (days < p.minWorkingDays) {
    const earliest = earliestPeriodEnd(p.start, p.minWorkingDays, calendar);
    return {
      code: 'PUBLICITY_TOO_SHORT',
      message: `公示期不少于 ${p.minWorkingDays} 个工作日：${p.start} 至 ${p.end} 只有 ${days} 个工作日，最早可到 ${earliest} 结束`,
    };
  }
  return null;
}

/** The last day a suspension (暂缓任用) decided on `decidedOn` may run to. */
export function latestSuspensionEnd(decidedOn: string, maxMonths: number): string {
  return endOfMonthsPeriod(decidedOn, maxMonths);
}

/** Null when `until` is a valid end of a suspension decided on `decidedOn`. */
export function checkSuspension(decidedOn: string, until: string, maxMonths: number): string | null {
  if (until <= decidedOn) return `暂缓任用的截止日期（${until}）应晚于决定日期（${decidedOn}）`;
  const latest = latestSuspensionEnd(decidedOn, maxMonths);
  if (until > latest) return `暂缓任用不超过 ${maxMonths} 个月：截止日期最晚为 ${latest}`;
  return null;
}

export interface NoticeForMatch {
  id: string;
  startsOn: string;
  endsOn: string;
  candidates: Array<{
    candidateId: string;
    name: string;
    /** Every name of the cadre's unit, the current post and the proposed post. */
    hints: string[];
    /** Other cadres on the roster with the same name. */
    namesakes: number;
  }>;
}

export interface TipForMatch {
  receivedOn: string;
  subjects: Array<{ name?: string | undefined; unit?: string | undefined; post?: string | undefined }>;
  cited: { noticeId: string; candidateId?: string | null } | null;
}

export interface TipMatch {
  noticeId: string;
  candidateId: string;
  basis: 'CITED' | 'NAMED';
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

/** A subject's unit or post mentions something of the candidate's (either way round: "财政局" in "示范区财政局"). */
function hintsAgree(subject: TipForMatch['subjects'][number], hints: string[]): boolean {
  const said = [clean(subject.unit), clean(subject.post)].filter((s) => s.length >= 2);
  return said.some((s) => hints.some((h) => h.length >= 2 && (h.includes(s) || s.includes(h))));
}

/**
 * The candidates a tip concerns. Only notices whose period includes the day the tip was
 * received count. A tip citing a notice concerns the cited candidate (or, citing only the
 * notice, the candidates it names, or its only candidate). A tip naming a candidate
 * concerns them when the name is unique on the roster, or its unit or post agrees: a
 * namesake elsewhere is not the candidate.
 */
export function matchTip(tip: TipForMatch, notices: NoticeForMatch[]): TipMatch[] {
  const out = new Map<string, TipMatch>();
  const active = notices.filter((n) => n.startsOn <= tip.receivedOn && tip.receivedOn <= n.endsOn);
  const named = (name: string) => tip.subjects.filter((s) => clean(s.name) === name);
  for (const notice of active) {
    if (tip.cited?.noticeId !== notice.id) continue;
    const cited = notice.candidates.find((c) => c.candidateId === tip.cited?.candidateId);
    const picked = cited ? [cited] : notice.candidates.filter((c) => named(c.name).length > 0);
    if (picked.length === 0 && notice.candidates.length === 1) picked.push(notice.candidates[0]!);
    for (const c of picked) out.set(c.candidateId, { noticeId: notice.id, candidateId: c.candidateId, basis: 'CITED' });
  }
  for (const notice of active) {
    for (const c of notice.candidates) {
      if (out.has(c.candidateId)) continue;
      const subjects = named(c.name);
      if (subjects.length === 0) continue;
      if (c.namesakes === 0 || subjects.some((s) => hintsAgree(s, c.hints))) {
        out.set(c.candidateId, { noticeId: notice.id, candidateId: c.candidateId, basis: 'NAMED' });
      }
    }
  }
  return [...out.values()];
}
