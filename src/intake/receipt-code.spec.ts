import { describe, expect, it } from '@jest/globals';
import { formatReceiptCode, newReceiptCode, normalizeReceiptCode } from './receipt-code.js';

describe('receipt codes', () => {
  it('are 16 digits and do not repeat', () => {
    const codes = new Set(Array.from({ length: 5000 }, newReceiptCode));
    expect(codes.size).toBe(5000);
    for (const code of codes) expect(code).toMatch(/^\d{16}$/);
  });

  it('use every digit in every position (no fixed prefix)', () => {
    const firstDigits = new Set(Array.from({ length: 2000 }, () => newReceiptCode()[0]));
    expect(firstDigits.size).toBe(10);
  });

  it('format and normalize', () => {
    expect(formatReceiptCode('1234567890123456')).toBe('1234 5678 9012 3456');
    expect(normalizeReceiptCode('1234 5678-9012 3456')).toBe('1234567890123456');
    expect(normalizeReceiptCode('１２３４５６７８９０１２３４５６')).toBe('1234567890123456');
    expect(normalizeReceiptCode('123456789012345')).toBeNull();
    expect(normalizeReceiptCode('12345678901234567')).toBeNull();
    expect(normalizeReceiptCode(1234567890123456)).toBeNull();
    expect(normalizeReceiptCode('abcd567890123456')).toBeNull();
  });
});
