import { pinyin } from 'pinyin-pro';

/** Toneless pinyin syllables of a name, surnames read as surnames (单 shan, 查 zha). */
export function namePinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join(' ');
}

/** Toneless pinyin of every character of a text, in context (one syllable per character). */
export function charPinyin(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' });
}

/** Toneless pinyin of a word, syllables joined without spaces (拉漂 and 拉票 → lapiao). */
export function wordPinyin(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array' }).join('');
}
