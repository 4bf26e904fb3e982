import { describe, expect, it } from '@jest/globals';
import { WordParts } from './word-parts.js';

/** Every part of two or more characters of the words, as a plain Set: what WordParts must answer as. */
function partsSet(words: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const word of words)
    for (let i = 0; i < word.length; i += 1) for (let j = i + 2; j <= word.length; j += 1) parts.add(word.slice(i, j));
  return parts;
}

/** Every part of the words, of two words put together (across a word's end) and of the extra texts; the characters; nothing. */
function questions(words: readonly string[], extra: readonly string[]): string[] {
  const pairs = words.slice(1).map((word, i) => words[i]! + word);
  return [...partsSet([...words, ...pairs, ...extra]), ...extra, '', ...words.flatMap((w) => [...w])];
}

/** A small alphabet, so words share parts and the table's probes meet. */
function randomWords(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const alphabet = '王李张局长副镇abc';
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 7) }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('WordParts', () => {
  it.each([
    ['no words', [], ['王局']],
    ['one-character words only', ['王', '局'], ['王局']],
    ['a name', ['王建国'], ['王建', '建国', '王建国', '国王', '王国']],
    ['a unit alias and its parts', ['农业农村局', '农业局'], ['农村', '业农', '村局', '农业局', '农业农村局长']],
    ['no part across two words', ['王建国', '李文斌'], ['国李', '建国李', '王建国李文斌']],
    ['the same word twice', ['副局长', '副局长'], ['副局', '局长']],
    ['a word inside another', ['局长', '副局长'], ['副局', '长副']],
    ['letters and surrogate pairs', ['abc', '𠀋𠀌', 'a𠀋'], ['ab', 'bc', 'ca', '𠀋', '𠀋𠀌', 'a𠀋']],
    ['many words meeting in the table', randomWords(3000, 7), randomWords(500, 11)],
  ])('answers as a Set of every part: %s', (_, words, extra) => {
    const expected = partsSet(words);
    const parts = new WordParts(words);
    expect(parts.size).toBe(expected.size);
    const wrong = questions(words, extra).filter((question) => parts.has(question) !== expected.has(question));
    expect(wrong).toEqual([]);
  });

  it('grows its table past three quarters full and still finds every part', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `单位${i}号`);
    const parts = new WordParts(words);
    const expected = partsSet(words);
    expect(parts.size).toBe(expected.size);
    expect([...expected].every((part) => parts.has(part))).toBe(true);
    expect(['单位5000', '位5001号', '号单位'].map((part) => parts.has(part))).toEqual([false, false, false]);
  });
});
