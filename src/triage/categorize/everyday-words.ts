import { jiebaDictionaryText } from '../text/jieba-dictionary.js';

/** Dictionary frequency at or above which a word is an everyday word of its own. */
export const EVERYDAY_MIN_FREQUENCY = 50;

let cached: Set<string> | null = null;

/**
 * Whether a short text (2–4 characters) is an everyday word in jieba's shipped dictionary.
 * A sound-alike of a rule word that is such a word (酒家 for 酒驾, 外语 for 外遇, 懂事 for
 * 董事) is that word, not an SMS typo. The set is read once, on the first question, and
 * holds only the 2–4 character words at or above EVERYDAY_MIN_FREQUENCY.
 */
export function isEverydayWord(text: string): boolean {
  if (!cached) {
    cached = new Set();
    for (const line of jiebaDictionaryText().split('\n')) {
      const space = line.indexOf(' ');
      if (space < 2 || space > 4) continue;
      const frequency = Number(line.slice(space + 1, line.indexOf(' ', space + 1)));
      if (frequency >= EVERYDAY_MIN_FREQUENCY) cached.add(line.slice(0, space));
    }
  }
  return cached.has(text);
}
