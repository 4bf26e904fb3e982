import { describe, expect, it } from '@jest/globals';
import { findTextProblems, printable, printableDeep, textProblem } from './input-boundary.js';
import { decodeCursor } from '../../reports/reports.service.js';

describe('textProblem', () => {
  it.each([
    ['plain Chinese text', '某局干部违规提拔', null],
    ['tab, line feed, carriage return', 'a\tb\nc\r\n', null],
    ['an emoji (a surrogate pair)', '举报 😀', null],
    ['NUL', 'a\u0000b', 'CONTROL'],
    ['another C0 control', '\u001b[31m', 'CONTROL'],
    ['DEL', '\u007f', 'CONTROL'],
    ['a C1 control', '\u0085', 'CONTROL'],
    ['a lone high surrogate', 'x\uD800', 'SURROGATE'],
    ['a lone low surrogate', '\uDC00x', 'SURROGATE'],
    ['U+FFFD (what the parsers make of invalid UTF-8)', 'ab\uFFFD', 'INVALID_UTF8'],
  ])('%s', (_, value, expected) => {
    expect(textProblem(value)).toBe(expected);
  });
});

describe('findTextProblems', () => {
  it('names each bad field by its path, keys included', () => {
    const found = findTextProblems({ body: 'ok', subjects: [{ name: 'a\u0000' }], ['k\u0001']: 1 }, 'body');
    expect(found.map((p) => p.field)).toEqual(['body.subjects.0.name', 'body.k\\u0001']);
  });
  it('finds nothing in clean input', () => {
    expect(findTextProblems({ a: ['x', 1, null, { b: '清风' }] }, 'body')).toEqual([]);
  });
});

describe('printable', () => {
  it('escapes what Postgres cannot store, keeps the rest', () => {
    expect(printable('a\u0000b\uD800😀\n')).toBe('a\\u0000b\\ud800😀\n');
    expect(printableDeep({ ['k\u0000']: ['\u0001'] })).toEqual({ 'k\\u0000': ['\\u0001'] });
  });
});

describe('decodeCursor', () => {
  const cursor = (s: string) => Buffer.from(s).toString('base64url');
  it('reads what the list wrote', () => {
    expect(decodeCursor(cursor('2026-03-01T02:03:04.123456Z|0b7c1f3e-5d2a-4c1b-9e8f-1234567890ab'))).toEqual({
      receivedAt: '2026-03-01T02:03:04.123456Z',
      id: '0b7c1f3e-5d2a-4c1b-9e8f-1234567890ab',
    });
  });
  it.each([
    ['not base64url', 'a b'],
    ['empty', ''],
    ['no bar', cursor('2026-03-01T02:03:04.123456Z')],
    ['a lenient date', cursor('1 2|0b7c1f3e-5d2a-4c1b-9e8f-1234567890ab')],
    ['a date not in the calendar', cursor('2026-02-30T02:03:04.123456Z|0b7c1f3e-5d2a-4c1b-9e8f-1234567890ab')],
    ['year zero', cursor('0000-01-01T00:00:00.000000Z|0b7c1f3e-5d2a-4c1b-9e8f-1234567890ab')],
    ['dashes for a uuid', cursor('2026-03-01T02:03:04.123456Z|------------------------------------')],
    ['SQL', cursor("2026-03-01T02:03:04.123456Z|'; DROP TABLE report; --")],
  ])('refuses %s with INVALID_CURSOR', (_, value) => {
    expect(() => decodeCursor(value)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR', status: 400 }));
  });
});
