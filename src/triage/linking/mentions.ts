import { charPinyin } from '../text/pinyin.js';
import type { TitleHit } from './post-titles.js';
import type { RosterIndex } from './roster-index.js';
import type { UnitAlias } from './unit-aliases.js';

export type MentionKind = 'FULL' | 'HOMOPHONE' | 'SURNAME_TITLE' | 'MASKED';

export interface UnitHit {
  start: number;
  end: number;
  text: string;
  aliases: UnitAlias[];
}

/** A person named in a tip, before linking: where, how, and what stands next to it. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  surname: string;
  title: TitleHit | null;
  unitNear: UnitHit | null;
  inHeadline: boolean;
  /** The reporter naming themself ("来电人张三反映"): never a subject. */
  isReporter: boolean;
  /** Why this may be a person merely mentioned (a witness, someone called, the current holder). */
  bystanderCue: string | null;
  /** For a homophone: the pinyin that matched a roster name. */
  pinyinKey?: string;
}

const CJK = /\p{Script=Han}/u;
const BREAK = /[。！？!?；;\n]/;
const MASK_STOP = new Set([...'些种个人单位局部门乡镇村区县市年月日处地领']);
const NEAR = 12;

/** Unit names in the text, longest first, left to right. */
export function findUnits(text: string, index: RosterIndex): UnitHit[] {
  const hits: UnitHit[] = [];
  for (let i = 0; i < text.length;) {
    let hit: UnitHit | null = null;
    for (let len = Math.min(index.maxAliasLength, text.length - i); len >= 2 && !hit; len -= 1) {
      const aliases = index.unitAliases.get(text.slice(i, i + len));
      const title = aliases ? index.titles.at(text, i) : null;
      if (aliases && !(title && title.end > i + len)) hit = { start: i, end: i + len, text: text.slice(i, i + len), aliases };
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i += 1;
  }
  return hits;
}

function noBreak(text: string, from: number, to: number): boolean {
  return !BREAK.test(text.slice(Math.max(0, from), Math.max(from, to)));
}

function nearestUnit(text: string, units: UnitHit[], start: number, end: number): UnitHit | null {
  const before = units.filter((u) => u.end <= start && start - u.end <= NEAR && noBreak(text, u.end, start)).at(-1);
  if (before) return before;
  return units.find((u) => u.start >= end && u.start - end <= NEAR && noBreak(text, end, u.start)) ?? null;
}

const CALL_VERBS = /^[^。！？；\n]{0,25}?(打电话|打招呼|说情|施压|递条子|写条子|发短信|发微信)/;
const MONEY = /[送钱礼卡]|红包|现金/;

/** Cues that a named person is not the one the tip accuses. */
function bystanderCue(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  const give = before.lastIndexOf('给');
  if (give >= 0 && !BREAK.test(before.slice(give)) && !/[送交塞转]$/.test(before.slice(0, give))) {
    const call = CALL_VERBS.exec(after);
    if (call && !MONEY.test(before.slice(give) + call[0])) return '被打电话、打招呼的对象';
  }
  if (/(现由|由)$/.test(before) && /^(同志)?(担任|兼任|负责)/.test(after)) return '现任职者';
  if (/现有[^。！？；\n]{0,8}$/.test(before) && /^(同志)?等/.test(after)) return '现任职者';
  if (/^[^。！？；\n，,]{0,6}?(要交流|到龄|要退休|快退休了|调走|要调|不同意|拒绝|没同意|不知情|作证|可以证明|在场|反对)/.test(after)) {
    return '仅被提及（到龄、交流、拒绝或作证）';
  }
  return null;
}

function isReporter(text: string, start: number, end: number): boolean {
  return (
    /(来电人|举报人|反映人|来信人|我是|我叫|本人)$/.test(text.slice(Math.max(0, start - 4), start)) &&
    /^(反映|称|说|举报|，|,|是)/.test(text.slice(end, end + 2))
  );
}

/** Finds person mentions: full names, homophones of roster names, 王局长, 张某某. */
export function findMentions(text: string, index: RosterIndex, units: UnitHit[] = findUnits(text, index)): Mention[] {
  const inUnit = new Uint8Array(text.length);
  for (const u of units) inUnit.fill(1, u.start, u.end);
  const headlineEnd = /^\s*标题[:：]/.test(text) ? (text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')) : -1;
  const pinyins = charPinyin(text);
  const titles = index.titles;
  const mentions: Mention[] = [];

  const titleBeside = (start: number, end: number): TitleHit | null => {
    const after = titles.at(text, end) ?? (text[end] === '的' ? titles.at(text, end + 1) : null);
    if (after) return after;
    const before = titles.endingAt(text, start);
    if (before) return before;
    const unit = units.find((u) => u.start >= end && u.start - end <= 6);
    return unit ? titles.at(text, unit.end) : null;
  };
  const unitTouching = (start: number) => units.some((u) => u.end === start || u.end === start - 1);

  const push = (start: number, end: number, kind: MentionKind, surname: string, title: TitleHit | null, pinyinKey?: string) => {
    mentions.push({
      ...(pinyinKey ? { pinyinKey } : {}),
      start,
      end,
      text: text.slice(start, end),
      kind,
      surname,
      title,
      unitNear: nearestUnit(text, units, start, end),
      inHeadline: start < headlineEnd,
      isReporter: isReporter(text, start, end),
      bystanderCue: bystanderCue(text, start, end),
    });
  };

  for (let i = 0; i < text.length;) {
    if (inUnit[i] || !CJK.test(text[i]!)) {
      i += 1;
      continue;
    }
    // Full name, longest first.
    let found = 0;
    for (let len = Math.min(index.maxNameLength, text.length - i); len >= 2 && !found; len -= 1) {
      const name = text.slice(i, i + len);
      if (!index.byName.has(name)) continue;
      const title = titleBeside(i, i + len);
      if (index.commonWordNames.has(name) && !title && !unitTouching(i) && !text.startsWith('同志', i + len)) continue;
      push(i, i + len, 'FULL', index.surnameOf(name), title);
      found = len;
    }
    if (found) {
      i += found;
      continue;
    }
    // Surname + title (王局长, 司马局长) or masked name (张某某, 项某).
    for (const sLen of [2, 1]) {
      const surname = text.slice(i, i + sLen);
      if (found || !index.isSurname(surname)) continue;
      const title = titles.at(text, i + sLen);
      if (title) {
        push(i, title.end, 'SURNAME_TITLE', surname, title);
        found = title.end - i;
      } else if (text[i + sLen] === '某' && (text[i + sLen + 1] === '某' || !MASK_STOP.has(text[i + sLen + 1] ?? ''))) {
        const end = text[i + sLen + 1] === '某' ? i + sLen + 2 : i + sLen + 1;
        push(i, end, 'MASKED', surname, titleBeside(i, end));
        found = end - i;
      }
    }
    if (found) {
      i += found;
      continue;
    }
    // Homophone of a roster name (李文彬 for 李文斌): three characters, or two with a title after.
    for (const len of [3, 2]) {
      if (found || i + len > text.length) continue;
      const window = text.slice(i, i + len);
      if (![...window].every((c) => CJK.test(c))) continue;
      const title = titles.at(text, i + len);
      if (len === 2 && !title) continue;
      if (len === 3 && !index.isSurname(window.slice(0, 1)) && !index.isSurname(window.slice(0, 2))) continue;
      const key = pinyins.slice(i, i + len).join(' ');
      if (!index.byPinyin.has(key)) continue;
      push(i, i + len, 'HOMOPHONE', window.slice(0, 1), title ?? titleBeside(i, i + len), key);
      found = len;
    }
    i += found || 1;
  }
  return mentions;
}
