import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const DICTIONARY_FILE = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');

/**
 * jieba's shipped dictionary (~349,000 lines, 5 MB), read from its file whenever it is wanted
 * (once per roster change, a few milliseconds). Not `@node-rs/jieba/dict.js`: that module
 * holds it, and the 6 MB IDF table nothing here uses, as Buffers for the process's life.
 */
export function jiebaDictionary(): Buffer {
  return readFileSync(DICTIONARY_FILE);
}

/** The same as text. */
export function jiebaDictionaryText(): string {
  return readFileSync(DICTIONARY_FILE, 'utf8');
}
