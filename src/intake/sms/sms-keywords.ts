import { normalizeReceiptCode } from '../receipt-code.js';

export interface SmsKeywords {
  status: string[];
  help: string[];
  stop: string[];
  newReport: string[];
}

/** What a reporter's text asks for. */
export type SmsCommand =
  | { kind: 'stop' }
  | { kind: 'help' }
  | { kind: 'status'; receiptCode: string | null }
  | { kind: 'new-report'; text: string }
  | { kind: 'text'; text: string };

/** Full-width letters, digits and spaces to their ASCII forms; upper case. */
function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toUpperCase();
}

const SEPARATOR = /^[\s:：,，+＋]*/;

/**
 * Reads a text the way people type keywords: a whole message of just a keyword (stop,
 * help), a status keyword followed by the receipt code, or the new-report keyword in
 * front of a new tip. Anything else is tip text. Longest keyword first, so "TD" is not
 * read as "T" + "D".
 */
export function parseSmsCommand(raw: string, keywords: SmsKeywords): SmsCommand {
  const text = raw.trim();
  const folded = fold(text).trim();
  const bare = folded.replace(/[\s。.!！]+$/g, '');
  const longestFirst = (list: string[]) => [...list].map(fold).sort((a, b) => b.length - a.length);
  if (longestFirst(keywords.stop).includes(bare)) return { kind: 'stop' };
  if (longestFirst(keywords.help).includes(bare)) return { kind: 'help' };
  for (const keyword of longestFirst(keywords.status)) {
    if (!folded.startsWith(keyword)) continue;
    const rest = folded.slice(keyword.length).replace(SEPARATOR, '');
    // "查询" followed by digits (or nothing) is a status query; followed by words it is a tip.
    if (rest === '' || /^[\d\s-]+$/.test(rest)) return { kind: 'status', receiptCode: normalizeReceiptCode(rest) };
  }
  for (const keyword of longestFirst(keywords.newReport)) {
    if (!folded.startsWith(keyword)) continue;
    // Cut the same number of characters from the original text: folding keeps lengths.
    return { kind: 'new-report', text: text.slice(keyword.length).replace(SEPARATOR, '').trim() };
  }
  return { kind: 'text', text };
}
