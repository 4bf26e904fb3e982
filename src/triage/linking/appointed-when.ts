/**
 * When a tip says a person was appointed (前年提的张副主任, 2023年提上来的, 今年9月份又添了个姓杨的
 * 副镇长, 去年3月份提到乡镇当一把手了): a year, and maybe a month, said right before a word of
 * being appointed. Compared with the roster's 任现职时间 (in the current post since YYYY-MM),
 * it tells apart two cadres of one surname and post. A date said of anything else (2023年收了钱)
 * is no appointment date.
 *
 * Absolute years (2023年) are read always; relative ones (今年, 去年, 前年, 上个月) only when the
 * tip's received date is known.
 */

/** A year (and maybe a month) the tip gives for someone's appointment. */
export interface AppointmentDate {
  start: number;
  /** Where the date's words end, or where the one appointed is named after them (2025年3月，赵海鹏被提拔). */
  end: number;
  year: number;
  /** 1–12, or null when only the year is said. */
  month: number | null;
  /** As the tip writes it: 2023年, 今年9月份. */
  written: string;
}

const SENTENCE_BREAK = /[。！？!?；;\n]/;

const CHINESE_MONTH: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 大前年: -3 };

/**
 * A date: 2023年 (5月份), 23年, 今年 (9月份), 去年, 前年, 上个月, 这个月, and a month alone (9月份:
 * the last such month by the received date). Not after a digit or a word that makes a count of
 * years of it (干了23年, 满20年), nor a day of a month (9月3日).
 */
const DATE =
  /(?<![\d０-９了过近满多共整第])((?:19|20)?\d{2})年(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?)?|(大前年|前年|去年|今年|本年)(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?)?|(上个?月|这个月|本月)|(?<![年\d０-９第个])(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?![\d日号])/gu;

/**
 * What may stand between the date and the word of appointment: 底, 初, 又, 才, 刚, 被, 就, 给,
 * a person named in between, at most a few characters and no punctuation, nor 的事 (2023年的事
 * 还被提拔了: the year is the other matter's).
 */
const GAP = /^(?:(?!的事)[^，,。！？!?；;、：:\n（）()\d]){0,6}/u;

/** Words of being appointed to a post, said right after its date. */
const APPOINTED =
  /^(?:提拔|提上来|提起来|提上去|提到(?![过了的这此])|提成|提为|提的(?!意见|建议|要求|问题|方案)|提了(?!意见|建议|要求|问题|个?方案)|提副|提正|当上|上任|到任|任命|任职|升任|提任|接任|调来|调到|调任|新来|添了(?=个|一个|名|一名|位|一位)|添的|选上|选为|进班子|履新)/u;

/** 2023年任副局长, 去年又任: 任 alone only right after the date or a word of time (not 2023年没尽到责任). */
const HELD = /^任(?![务何意性由凭])/u;
const BEFORE_HELD = /(?:^|[被又才就新刚起])$/u;

/** 2023年来的, 去年刚来的: come to the post, said right after the date (not 2023年送来的钱). */
const CAME = /^(?:才|刚|刚刚|新)?来的/u;

/** Someone else appointing another: 2023年把小舅子提成副局长 is the relative's date. */
const BY_ANOTHER = /[把将帮替]/;

function monthOf(said: string | undefined): number | null {
  if (!said) return null;
  const n = /^\d+$/.test(said) ? Number(said) : (CHINESE_MONTH[said] ?? 0);
  return n >= 1 && n <= 12 ? n : null;
}

/** Full-width digits as ASCII, position for position. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

/**
 * Every date in `text` said of an appointment (a word of being appointed right after it).
 * `receivedOn` (YYYY-MM-DD) is the day the tip came in: without it, relative dates are not read.
 */
export function appointmentDates(text: string, receivedOn: string | null = null): AppointmentDate[] {
  const plain = asciiDigits(text);
  const today =
    receivedOn && /^\d{4}-\d{2}/.test(receivedOn) ? { year: Number(receivedOn.slice(0, 4)), month: Number(receivedOn.slice(5, 7)) } : null;
  const out: AppointmentDate[] = [];
  for (const m of plain.matchAll(DATE)) {
    const start = m.index;
    const end = start + m[0].length;
    let year: number;
    let month: number | null;
    if (m[1]) {
      year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      // 23年 in two digits: only a recent year (not 工作了35年 read as 2035).
      if (m[1].length === 2 && (!/^[12]/.test(m[1]) || (today && year > today.year))) continue;
      month = monthOf(m[2]);
      if (m[2] && month === null) continue;
    } else if (m[3]) {
      if (!today) continue;
      year = today.year + RELATIVE_YEAR[m[3]]!;
      month = monthOf(m[4]);
      if (m[4] && month === null) continue;
    } else if (m[6]) {
      // 9月份提的: the last September up to the day the tip came in.
      month = monthOf(m[6]);
      if (!today || month === null) continue;
      year = month <= today.month ? today.year : today.year - 1;
    } else {
      if (!today) continue;
      const back = m[5]!.startsWith('上') ? 1 : 0;
      const months = today.year * 12 + today.month - 1 - back;
      year = Math.floor(months / 12);
      month = (months % 12) + 1;
    }
    let rest = plain.slice(end);
    // 2025年3月，赵海鹏被提拔为…: one clause later, the one appointed said in the passive.
    const passive =
      /^[，,]\s*([^，,。！？!?；;、：:\n（）()\d]{1,6}?)被(?=[^，,。！？!?；;\n]{0,3}(?:提拔|任命|提任|提为|提成|任为|调任|选为|选任))/u.exec(
        rest,
      );
    if (passive) rest = rest.slice(passive[0].length);
    const gap = GAP.exec(rest)![0];
    // Come to the post right after the date, or the shortest gap after which a word of
    // appointment follows, with no one else appointing.
    let found = CAME.test(rest);
    for (let len = 0; !found && len <= gap.length; len += 1) {
      const head = rest.slice(0, len);
      if (APPOINTED.test(rest.slice(len)) || (HELD.test(rest.slice(len)) && BEFORE_HELD.test(head))) {
        found = !BY_ANOTHER.test(head);
        break;
      }
    }
    // The one appointed after a comma (被提拔 in the passive) stands where the date's words end.
    const objectAt = passive ? end + passive[0].indexOf(passive[1]!) : end;
    if (found) out.push({ start, end: objectAt, year, month, written: text.slice(start, end) });
  }
  return out;
}

/** Where a sentence around `at` starts and ends in `text`. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !SENTENCE_BREAK.test(text[start - 1]!)) start -= 1;
  let end = at;
  while (end < text.length && !SENTENCE_BREAK.test(text[end]!)) end += 1;
  return { start, end };
}

/**
 * The mention each appointment date is said of: one a word of appointment names right after
 * it (提拔了李某, 添了个姓杨的副镇长), else the nearest mention in its sentence. Indices into
 * `mentions`; a date with no mention in its sentence is said of no one.
 */
export function datesOfMentions(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
  dates: readonly AppointmentDate[],
): Map<number, AppointmentDate[]> {
  const out = new Map<number, AppointmentDate[]>();
  for (const date of dates) {
    const sentence = sentenceAround(text, date.start);
    let best = -1;
    let bestDistance = Infinity;
    mentions.forEach((m, i) => {
      if (m.start < sentence.start || m.end > sentence.end) return;
      // The object of the appointment (right after the date's words) counts as nearest of all.
      const distance = m.start >= date.end ? m.start - date.end : date.start >= m.end ? date.start - m.end : 0;
      const object = m.start >= date.end && distance <= 8 && !/[，,、]/.test(text.slice(date.end, m.start));
      const d = object ? -1 : distance;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    if (best >= 0) out.set(best, [...(out.get(best) ?? []), date]);
  }
  return out;
}

/** How a date said of an appointment compares with a roster 任现职时间 (YYYY-MM). */
export function compareAppointment(date: AppointmentDate, postSince: string | null | undefined): 'FIT' | 'MISMATCH' | 'UNKNOWN' {
  const since = postSince ? /^(\d{4})-(\d{2})/.exec(postSince) : null;
  if (!since) return 'UNKNOWN';
  const year = Number(since[1]);
  const month = Number(since[2]);
  if (date.month !== null) {
    const apart = Math.abs(date.year * 12 + date.month - (year * 12 + month));
    if (apart <= 1) return 'FIT';
    return date.year === year ? 'UNKNOWN' : 'MISMATCH';
  }
  return date.year === year ? 'FIT' : 'MISMATCH';
}

/** The date as staff read it beside the roster's: 2023年, 今年9月份（2026年9月）. */
export function dateWords(date: AppointmentDate): string {
  const plain = date.month === null ? `${date.year}年` : `${date.year}年${date.month}月`;
  return date.written === plain ? plain : `${date.written}（${plain}）`;
}
