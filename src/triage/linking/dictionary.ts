import { dict } from '@node-rs/jieba/dict.js';

/**
 * How often jieba's shipped dictionary gives each word the filter wants (absent words are
 * left out). The dictionary is read line by line and not kept: only the wanted words are
 * held, so the question costs one pass over it, once per roster change.
 */
export function dictionaryFrequencies(wanted: (word: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, frequency] = line.split(' ', 2);
    if (word && wanted(word)) out.set(word, Number(frequency));
  }
  return out;
}
