import { describe, expect, it } from '@jest/globals';
import { dictionaryFrequencies } from './dictionary.js';
import { jiebaDictionaryText } from './jieba-dictionary.js';

/** The dictionary read the plain way: every line split into word and frequency. */
function byLines(wanted: (word: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of jiebaDictionaryText().split('\n')) {
    const [word, frequency] = line.split(' ', 2);
    if (word && wanted(word)) out.set(word, Number(frequency));
  }
  return out;
}

const lines = jiebaDictionaryText().trimEnd().split('\n');
const firstWord = lines[0]!.split(' ')[0]!;
const lastWord = lines.at(-1)!.split(' ')[0]!;

describe('dictionaryFrequencies', () => {
  it.each([
    ['two-character words starting with 王', (w: string) => w.length === 2 && w.startsWith('王')],
    ['words ending in 局', (w: string) => w.endsWith('局')],
    ['four-character words with 高', (w: string) => w.length === 4 && w.includes('高')],
    ['the first and the last line', (w: string) => w === firstWord || w === lastWord],
  ])('reads what splitting every line reads: %s', (_, wanted) => {
    const expected = byLines(wanted);
    expect(expected.size).toBeGreaterThan(0);
    expect(dictionaryFrequencies(wanted)).toEqual(expected);
  });

  it('gives the frequency of a word and leaves out absent ones', () => {
    const found = dictionaryFrequencies((w) => w === '老师' || w === '不是一个词吧');
    expect([...found.keys()]).toEqual(['老师']);
    expect(found.get('老师')).toBeGreaterThan(1000);
  });
});
