import type { CategoryDefinition } from '../infra/config/settings.schema.js';
import { charPinyin, wordPinyin } from './text/pinyin.js';

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

type Part = { kind: 'word'; word: string; pinyin: string } | { kind: 'regex'; regex: RegExp };
interface Rule {
  key: string;
  weight: number;
  parts: Part[];
}

/** A sound-alike counts for less than the word itself (拉漂 for 拉票 in an SMS). */
const HOMOPHONE_SHARE = 0.8;

function parsePart(text: string): Part {
  if (text.length > 2 && text.startsWith('/') && text.endsWith('/')) return { kind: 'regex', regex: new RegExp(text.slice(1, -1), 'u') };
  return { kind: 'word', word: text, pinyin: wordPinyin(text) };
}

function compile(key: string, weight: number): Rule {
  const whole = key.length > 2 && key.startsWith('/') && key.endsWith('/');
  return { key, weight, parts: whole ? [parsePart(key)] : key.split('+').map(parsePart) };
}

/** Pinyin of every 2–4 character window of the text, for sound-alike matching. */
function pinyinWindows(text: string): Set<string> {
  const syllables = charPinyin(text);
  const out = new Set<string>();
  for (let i = 0; i < syllables.length; i += 1) {
    let joined = '';
    for (let len = 1; len <= 4 && i + len <= syllables.length; len += 1) {
      joined += syllables[i + len - 1];
      if (len >= 2) out.add(joined);
    }
  }
  return out;
}

/**
 * Rule-based categorization: each configured rule found in the text adds its weight to
 * its category. Transparent by construction: every point of a score names its rule.
 */
export class RuleCategorizer {
  private readonly rules: Array<{ code: string; rules: Rule[] }>;

  constructor(private readonly categories: readonly CategoryDefinition[]) {
    this.rules = categories.map((c) => ({ code: c.code, rules: Object.entries(c.keywords).map(([k, w]) => compile(k, w)) }));
  }

  categorize(text: string): Categorization {
    let sounds: Set<string> | null = null;
    const partFound = (part: Part): 'exact' | 'sound' | null => {
      if (part.kind === 'regex') return part.regex.test(text) ? 'exact' : null;
      if (text.includes(part.word)) return 'exact';
      if (part.word.length < 2 || part.pinyin.length < 4) return null;
      sounds ??= pinyinWindows(text);
      return sounds.has(part.pinyin) ? 'sound' : null;
    };
    const scores = this.rules
      .map(({ code, rules }) => {
        let score = 0;
        const matched: string[] = [];
        for (const rule of rules) {
          const found = rule.parts.map(partFound);
          if (found.some((f) => f === null)) continue;
          const homophone = found.includes('sound');
          score += homophone ? rule.weight * HOMOPHONE_SHARE : rule.weight;
          matched.push(homophone ? `${rule.key}（同音）` : rule.key);
        }
        return { code, score: Math.round(score * 100) / 100, matched };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
    const best = scores[0]?.code ?? null;
    return { best, scores, transferTarget: best ? this.transferTarget(best, text) : null };
  }

  transferTarget(code: string, text: string): string | null {
    const rules = this.categories.find((c) => c.code === code)?.transfer ?? [];
    return rules.find((rule) => rule.keywords.some((word) => text.includes(word)))?.target ?? null;
  }
}

export function categorizeByKeywords(text: string, categories: readonly CategoryDefinition[]): Categorization {
  return new RuleCategorizer(categories).categorize(text);
}
