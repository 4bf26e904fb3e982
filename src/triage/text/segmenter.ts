import { Jieba } from '@node-rs/jieba';
import { dictionaryFrequencies } from './dictionary.js';
import { jiebaDictionary } from './jieba-dictionary.js';

/** Words the segmenter must keep whole: names, units, posts, taxonomy vocabulary. */
export interface UserWord {
  word: string;
  tag: 'nr' | 'nt' | 'n' | 'v';
}

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;
/**
 * Which of these names are also everyday words (高峰, 海洋) by the frequency jieba's
 * shipped dictionary gives them (only the names are held, see dictionaryFrequencies).
 */
export function everydayWords(names: Iterable<string>, minFrequency: number): Set<string> {
  const wanted = new Set(names);
  const frequencies = dictionaryFrequencies((word) => wanted.has(word));
  return new Set([...frequencies].filter(([, frequency]) => frequency >= minFrequency).map(([word]) => word));
}

/**
 * Chinese word segmentation (jieba) with a user dictionary, so a roster name, a unit
 * alias or a rule word is one token. Punctuation and spaces are dropped.
 */
export class Segmenter {
  private readonly jieba: Jieba;

  constructor(userWords: readonly UserWord[] = []) {
    this.jieba = Jieba.withDict(jiebaDictionary());
    const lines = [...new Map(userWords.map((w) => [w.word, w])).values()]
      .filter((w) => w.word.length >= 2 && !/\s/.test(w.word))
      .map((w) => `${w.word} 100000 ${w.tag}`);
    if (lines.length > 0) this.jieba.loadDict(Buffer.from(lines.join('\n')));
  }

  tokens(text: string): string[] {
    return this.jieba.cut(normalizeText(text), false).filter((t) => !PUNCTUATION.test(t));
  }

  /** Search-mode tokens: long words also give their parts (技术顾问 → 技术, 顾问, 技术顾问). */
  searchTokens(text: string): string[] {
    return this.jieba.cutForSearch(normalizeText(text), false).filter((t) => !PUNCTUATION.test(t));
  }
}

/** Full-width letters and digits to ASCII, so "２０２６" and "2026" read alike. */
export function normalizeText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) =>
    /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c,
  );
}
