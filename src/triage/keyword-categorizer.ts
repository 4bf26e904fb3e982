import { CONCEPT_REFERENCE, type CategoryDefinition } from '../infra/config/settings.schema.js';
import { commonSpeech } from './categorize/dialect.js';
import { isEverydayWord } from './categorize/everyday-words.js';
import { charPinyin, wordPinyin } from './text/pinyin.js';
import { requiredStrings } from './text/required-strings.js';

export interface CategoryScore {
  code: string;
  score: number;
  /** The configured rules found in the text: the explanation of the score. */
  matched: string[];
}

export interface Categorization {
  best: string | null;
  scores: CategoryScore[];
  /** For an out-of-scope tip, where it should be transferred (转办). */
  transferTarget: string | null;
}

type Part =
  | { kind: 'word'; word: string; pinyin: string }
  /** `needs`: strings the text must hold one of for the pattern to match (requiredStrings). */
  | { kind: 'regex'; regex: RegExp; needs: string[] | null };
interface Rule {
  key: string;
  weight: number;
  parts: Part[];
  /** How many categories have this very rule: its weight is divided among them. */
  sharedBy: number;
}

/** Where a part of a rule was found: [start, end) in the text, and whether only by sound. */
interface Span {
  start: number;
  end: number;
}
interface Found {
  spans: Span[];
  sound: boolean;
}
interface Hit {
  code: string;
  rule: Rule;
  found: Found[];
}

/** A sound-alike counts for less than the word itself (拉漂 for 拉票 in an SMS). */
export const HOMOPHONE_SHARE = 0.8;
/** A two-character word is matched by sound only at this weight or more (拉票, 买官, 护照). */
const SOUND_MIN_WEIGHT_TWO_CHARS = 3;
/**
 * Characters that do grammar rather than name things. A two-character window holding one is
 * ordinary speech (要管, 在审, 报过), not a typo of a rule word (要官, 再审, 包过).
 */
const FUNCTION_CHARACTERS = /[的了过着地得在是有不没也都就还要会能可把被给让对和跟与向从到为以于很太又再才只这那个们我你他她它吗呢吧啊]/u;

const isRegex = (text: string) => text.length > 2 && text.startsWith('/') && text.endsWith('/');

/** A pattern with its `{concept}` names replaced by the concepts' alternatives (nested names too). */
export function expandConcepts(pattern: string, concepts: Readonly<Record<string, string>>, depth = 0): string {
  return pattern.replace(CONCEPT_REFERENCE, (whole, name: string) => {
    const words = concepts[name];
    if (words === undefined) throw new Error(`unknown concept ${whole} in ${pattern}`);
    if (depth > 4) throw new Error(`concepts nested too deep at ${whole}`);
    return `(?:${expandConcepts(words, concepts, depth + 1)})`;
  });
}

/** A rule part, read in common speech as the text is (a rule's 冇 or 讲 meets the text's 没 or 说). */
function parsePart(text: string, concepts: Readonly<Record<string, string>>): Part {
  if (isRegex(text)) {
    const regex = new RegExp(commonSpeech(expandConcepts(text.slice(1, -1), concepts)), 'u');
    return { kind: 'regex', regex, needs: requiredStrings(regex) };
  }
  const word = commonSpeech(text);
  return { kind: 'word', word, pinyin: wordPinyin(word) };
}

function partsOf(key: string): string[] {
  return isRegex(key) ? [key] : key.split('+');
}

/** A rule's key ("a+b", a word or a /pattern/) as the parts the text must all have. */
function compileKey(key: string, concepts: Readonly<Record<string, string>>): Part[] {
  return partsOf(key).map((part) => parsePart(part, concepts));
}

/** The same rule written in another order ("推荐+红包" and "红包+推荐") is the same rule. */
function normalKey(key: string): string {
  return isRegex(key) ? key : [...new Set(key.split('+'))].sort().join('+');
}

/** The text, with its pinyin windows built once and only if a word is not found as written. */
class Text {
  private sounds: Map<string, number[]> | null = null;

  constructor(readonly value: string) {}

  find(part: Part, weight: number): Found | null {
    if (part.kind === 'regex') {
      if (part.needs && !part.needs.some((s) => this.value.includes(s))) return null;
      const m = part.regex.exec(this.value);
      return m ? { spans: [{ start: m.index, end: m.index + m[0].length }], sound: false } : null;
    }
    let at = this.value.indexOf(part.word);
    if (at < 0) return this.soundAlike(part, weight);
    const spans: Span[] = [];
    for (; at >= 0; at = this.value.indexOf(part.word, at + 1)) spans.push({ start: at, end: at + part.word.length });
    return { spans, sound: false };
  }

  /**
   * A word written with other characters of the same sound (an SMS typo: 拉漂, 跑关). Only a
   * window that keeps at least one of the word's characters in place, is not part of an
   * everyday word (懂事 is not 董事, 酒家 is not 酒驾) and, for two characters, holds no
   * grammatical character (要管 is not 要官), counts.
   */
  private soundAlike(part: Extract<Part, { kind: 'word' }>, weight: number): Found | null {
    const length = part.word.length;
    if (length < 2 || length > 4 || part.pinyin.length < 4) return null;
    // Two syllables collide with everyday phrases too often (打电 for 打点): a two-character
    // word is looked for by sound only when it is strong evidence.
    if (length === 2 && weight < SOUND_MIN_WEIGHT_TWO_CHARS) return null;
    const grammatical = (start: number) => length === 2 && FUNCTION_CHARACTERS.test(this.value.slice(start, start + 2));
    const starts = this.windows().get(part.pinyin);
    if (!starts) return null;
    const spans = starts
      .filter((start) => start + length <= this.value.length && [...part.word].some((ch, i) => this.value[start + i] === ch))
      .filter((start) => !grammatical(start) && !this.everydayAround(start, start + length))
      .map((start) => ({ start, end: start + length }));
    return spans.length ? { spans, sound: true } : null;
  }

  /**
   * Whether the window [start, end) is an everyday word, or its first or last character
   * makes one with the one or two characters beside it (在审查: 审 belongs to 审查, so 在审 is
   * no 再审; 组织部写信: 部 belongs to 组织部, so 部写 is no 补写).
   */
  private everydayAround(start: number, end: number): boolean {
    const v = this.value;
    return (
      isEverydayWord(v.slice(start, end)) ||
      (start > 0 && isEverydayWord(v.slice(start - 1, start + 1))) ||
      (start > 1 && isEverydayWord(v.slice(start - 2, start + 1))) ||
      (end < v.length && isEverydayWord(v.slice(end - 1, end + 1))) ||
      (end + 1 < v.length && isEverydayWord(v.slice(end - 1, end + 2)))
    );
  }

  /** Pinyin of every 2–4 character window → where such windows start. */
  private windows(): Map<string, number[]> {
    if (this.sounds) return this.sounds;
    const out = new Map<string, number[]>();
    const syllables = charPinyin(this.value);
    // One syllable per UTF-16 unit is what makes positions line up; otherwise no sound-alikes.
    if (syllables.length === this.value.length) {
      for (let i = 0; i < syllables.length; i += 1) {
        let joined = syllables[i]!;
        for (let len = 2; len <= 4 && i + len <= syllables.length; len += 1) {
          joined += syllables[i + len - 1]!;
          const list = out.get(joined);
          if (list) list.push(i);
          else out.set(joined, [i]);
        }
      }
    }
    this.sounds = out;
    return out;
  }
}

/** Characters of text a hit reads (the sum over its parts' first spans). */
const extent = (h: Hit) => h.found.reduce((sum, f) => sum + f.spans[0]!.end - f.spans[0]!.start, 0);

const inside = (inner: Span, outer: Span) =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

type RuleSet = Array<{ code: string; rules: Rule[] }>;

function compileRules(categories: readonly CategoryDefinition[], pick: (c: CategoryDefinition) => Record<string, number>): RuleSet {
  const owners = new Map<string, Set<string>>();
  for (const c of categories) {
    for (const key of Object.keys(pick(c))) {
      const normal = normalKey(key);
      (owners.get(normal) ?? owners.set(normal, new Set()).get(normal)!).add(c.code);
    }
  }
  return categories.map((c) => ({
    code: c.code,
    rules: Object.entries(pick(c)).map(([key, weight]) => ({
      key,
      weight,
      parts: compileKey(key, c.concepts ?? {}),
      sharedBy: owners.get(normalKey(key))!.size,
    })),
  }));
}

function score(ruleSet: RuleSet, view: Text, extraNotes: string[]): CategoryScore[] {
  const hits: Hit[] = [];
  for (const { code, rules } of ruleSet) {
    // Most rules are not in a tip: nothing is allocated for a rule until its first part is found.
    for (const rule of rules) {
      let found: Found[] | null = null;
      for (const part of rule.parts) {
        const f = view.find(part, rule.weight);
        if (!f) {
          found = null;
          break;
        }
        (found ??= []).push(f);
      }
      if (found) hits.push({ code, rule, found });
    }
  }
  const words = hits.filter((h) => h.rule.parts.length === 1 && h.rule.parts[0]!.kind === 'word');
  const wordSpans = words.flatMap((h) => h.found[0]!.spans);
  const nested = (h: Hit) => words.includes(h) && h.found[0]!.spans.every((span) => wordSpans.some((outer) => inside(span, outer)));

  const byCode = new Map<string, CategoryScore>();
  for (const { code } of ruleSet) {
    // Strongest first; a hit whose every span lies inside what a stronger hit of this
    // category already read adds nothing: one stretch of text is evidence once.
    const own = hits
      .filter((h) => h.code === code && !nested(h))
      .map((h) => ({ hit: h, sound: h.found.some((f) => f.sound) }))
      .map((h) => ({ ...h, points: (h.hit.rule.weight / h.hit.rule.sharedBy) * (h.sound ? HOMOPHONE_SHARE : 1) }))
      .sort((a, b) => b.points - a.points || extent(b.hit) - extent(a.hit));
    const read: Span[] = [];
    for (const { hit, sound, points } of own) {
      const spans = hit.found.flatMap((f) => f.spans);
      if (spans.every((span) => read.some((outer) => outer.start <= span.start && span.end <= outer.end))) continue;
      read.push(...spans);
      const notes = [...(sound ? ['同音'] : []), ...(hit.rule.sharedBy > 1 ? [`${hit.rule.sharedBy}类共有`] : []), ...extraNotes];
      const entry = byCode.get(code) ?? byCode.set(code, { code, score: 0, matched: [] }).get(code)!;
      entry.score += points;
      entry.matched.push(notes.length ? `${hit.rule.key}（${notes.join('，')}）` : hit.rule.key);
    }
  }
  return [...byCode.values()]
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}

/**
 * Rule-based categorization: each configured rule found in the text adds its weight to its
 * category. Transparent by construction: every point of a score names its rule.
 *
 * Five things make a point count for less or not at all, and `matched` says so:
 * - a rule that several categories have (the same word as evidence for each) gives each of
 *   them its weight divided by their number — "红包（3类共有）";
 * - a word found only inside a longer word that is itself a rule (提拔 inside 突击提拔, 兼职
 *   inside 兼职刷单) is not counted apart from it: the longer phrase is what the text says;
 * - a rule that reads only text a stronger rule of the same category already read (任职年限
 *   inside "任职年限不够") is not counted again: a stretch of text is evidence once;
 * - a word found only by its sound counts HOMOPHONE_SHARE of its weight — "拉票（同音）";
 * - a category whose `heldBack` context the text has counts that share of its evidence — graft
 *   words in a tip about a promotion: "文中说的是干部的提拔任用（×0.4）".
 * Only the counted rules are listed in `matched`.
 */
export class RuleCategorizer {
  private readonly rules: RuleSet;
  private readonly fallback: RuleSet;
  /** Per category with `heldBack`: its rules (any one found holds the category's evidence back), share and note. */
  private readonly heldBack: Map<string, { parts: Part[][]; share: number; why: string }>;

  constructor(private readonly categories: readonly CategoryDefinition[]) {
    this.rules = compileRules(categories, (c) => c.keywords);
    this.fallback = compileRules(categories, (c) => c.fallback ?? {});
    this.heldBack = new Map(
      categories.flatMap(({ code, heldBack, concepts }) =>
        heldBack ? [[code, { ...heldBack, parts: heldBack.when.map((key) => compileKey(key, concepts ?? {})) }] as const] : [],
      ),
    );
  }

  /**
   * A category's evidence held back by what the tip is about (its `heldBack`): each score of
   * such a category times its share, the note naming why; the order of the scores again.
   */
  private holdBack(scores: CategoryScore[], view: Text): CategoryScore[] {
    if (this.heldBack.size === 0) return scores;
    // Found as written only: a sound-alike of a context word is no context.
    const says = (parts: Part[]) => parts.every((part) => view.find(part, 0)?.sound === false);
    return scores
      .map((s) => {
        const rule = this.heldBack.get(s.code);
        if (!rule || !rule.parts.some(says)) return s;
        return { ...s, score: Math.round(s.score * rule.share * 100) / 100, matched: [...s.matched, `${rule.why}（×${rule.share}）`] };
      })
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  }

  /**
   * The categories' scores from their rules; only when none of them matches at all, from
   * the weak, generic `fallback` rules, each marked "（兜底）": a tip with nothing but a
   * word about cadre selection is at least in scope, one with nothing at all stays
   * uncategorized.
   */
  categorize(text: string): Categorization {
    const view = new Text(commonSpeech(text));
    let scores = this.holdBack(score(this.rules, view, []), view);
    if (scores.length === 0) scores = score(this.fallback, view, ['兜底']);
    const best = scores[0]?.code ?? null;
    return { best, scores, transferTarget: best ? this.transferTarget(best, text) : null };
  }

  /**
   * Of a category's transfer rules, the target whose words the text has most of (a target
   * may be listed on several lines; its words count together), the first listed on a tie.
   */
  transferTarget(code: string, text: string): string | null {
    const counts = new Map<string, number>();
    for (const rule of this.categories.find((c) => c.code === code)?.transfer ?? []) {
      counts.set(rule.target, (counts.get(rule.target) ?? 0) + rule.keywords.filter((word) => text.includes(word)).length);
    }
    let best: string | null = null;
    for (const [target, count] of counts) if (count > 0 && (!best || count > counts.get(best)!)) best = target;
    return best;
  }
}

export function categorizeByKeywords(text: string, categories: readonly CategoryDefinition[]): Categorization {
  return new RuleCategorizer(categories).categorize(text);
}
