import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine } from './csv.js';

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['有,逗号', '"有,逗号"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [42, '42'],
  ])('%j → %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('serialises objects as JSON and ends lines with CRLF', () => {
    expect(csvLine(['a', { k: 1 }])).toBe('a,"{""k"":1}"\r\n');
  });
});
