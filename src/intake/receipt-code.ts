import { randomInt } from 'node:crypto';

/**
 * Receipt codes (查询码): 16 random decimal digits (about 53 bits), easy to read out on
 * the phone or type on a keypad. Shown once; the database keeps only a keyed hash.
 */
export const RECEIPT_CODE_DIGITS = 16;

export function newReceiptCode(): string {
  // randomInt's range is limited to 2^48, so draw two 8-digit halves.
  const half = () => String(randomInt(0, 100_000_000)).padStart(8, '0');
  return half() + half();
}

/** Groups of four for display: 1234 5678 9012 3456. */
export function formatReceiptCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Accepts what people type (spaces, dashes, full-width digits); null when it cannot be a code. */
export function normalizeReceiptCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const ascii = input.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const digits = ascii.replace(/[\s\-－]/g, '');
  return new RegExp(`^\\d{${RECEIPT_CODE_DIGITS}}$`).test(digits) ? digits : null;
}
