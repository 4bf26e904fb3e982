import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomySchema } from '../../infra/config/settings.schema.js';
import { commonSpeech } from '../categorize/dialect.js';
import { expandConcepts } from '../keyword-categorizer.js';
import { requiredStrings } from './required-strings.js';

describe('requiredStrings', () => {
  it.each([
    ['跑官', ['跑官']],
    ['拉票|贿选', ['拉票', '贿选']],
    // Equally selective parts: the first is kept.
    ['(组织部|纪委)[^，。]{0,5}(举报|反映)', ['组织部', '纪委']],
    ['突击[^。]{0,10}提拔', ['突击']],
    ['(?<=打招呼[^。]{0,25})(外甥|侄子)', ['打招呼']],
    ['(?<!不)同意', ['同意']],
    ['[甲乙丙]局', ['局']],
    ['(?:退休|调离)前?[^。]{0,30}(提拔|提干)', ['退休', '调离']],
    ['[A-C]x', ['x']],
    ['[A-C]', ['A', 'B', 'C']],
    // A lookahead's text is in the text too, and rarer than one character.
    ['(?=.*护照)出[国境]', ['护照']],
    ['(ab)+', ['ab']],
    ['a(?:b|bc)', ['a']],
    ['(?:提拔|提)', ['提']],
    ['😀{1,2}', ['😀']],
  ])('/%s/u requires one of %j', (source, expected) => {
    expect(requiredStrings(new RegExp(source, 'u'))?.sort()).toEqual([...expected].sort());
  });

  it.each([
    ['.*'],
    ['[^，。]{2,}'],
    ['(提拔)?'],
    ['跑官|.'],
    ['(?:)|拉票'],
    ['\\d+'],
    ['\\p{Script=Han}{3}'],
    ['(a?)\\1'],
    ['[一二三四五六七八九十百千万亿零两几多个每]'],
  ])('/%s/u requires nothing it could name', (source) => {
    expect(requiredStrings(new RegExp(source, 'u'))).toBeNull();
  });

  it('leaves a case-insensitive pattern or group alone', () => {
    expect(requiredStrings(/qq/iu)).toBeNull();
    // Read as written (Node 20 cannot compile a group's own flags; requiredStrings reads the source).
    expect(requiredStrings({ source: '(?i:qq)', flags: 'u' } as RegExp)).toBeNull();
    expect(requiredStrings({ source: '(?i:qq)局', flags: 'u' } as RegExp)).toEqual(['局']);
  });

  it('never skips a text a pattern matches: random texts over the patterns’ own characters', () => {
    const patterns = [
      '(甲|乙)[^。]{0,3}丙',
      '(?<=甲[^。]{0,4})乙+丙?',
      '[甲乙]{2}(丙|丁丁)',
      '(?:甲乙|乙)(?!丙)丁?',
      '甲(?=乙[^丙]*丁)',
      '(?<!甲乙)丙',
    ].map((source) => new RegExp(source, 'u'));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁', '。', 'x'), maxLength: 12 }), (text) => {
        for (const regex of patterns) {
          const needs = requiredStrings(regex);
          if (regex.test(text)) expect(needs === null || needs.some((s) => text.includes(s))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never skips a text a shipped rule pattern matches: every tuning district’s tips', () => {
    const root = process.cwd();
    const { categories } = taxonomySchema.parse(parse(readFileSync(join(root, 'config', 'taxonomy.yaml'), 'utf8')));
    const patterns = categories.flatMap((c) =>
      [...Object.keys(c.keywords), ...Object.keys(c.fallback ?? {}), ...(c.heldBack?.when ?? [])]
        .flatMap((key) => (key.startsWith('/') && key.endsWith('/') ? [key] : key.split('+')))
        .filter((part) => part.length > 2 && part.startsWith('/') && part.endsWith('/'))
        .map((part) => new RegExp(commonSpeech(expandConcepts(part.slice(1, -1), c.concepts ?? {})), 'u')),
    );
    expect(patterns.length).toBeGreaterThan(300);
    // The tuning districts by name (the held-out ones are never read by tests).
    const districts = ['beitang', 'donghu', 'nanjiang', 'xiling', 'yunling', 'shimen', 'haibin', 'zean', 'meiling', 'balan', 'jianhe'];
    const texts = districts.flatMap((d) =>
      readFileSync(join(root, 'eval', 'districts', d, 'tips.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => commonSpeech((JSON.parse(line) as { text: string }).text)),
    );
    let matched = 0;
    const skippedWrongly: string[] = [];
    for (const regex of patterns) {
      const needs = requiredStrings(regex);
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched += 1;
        if (needs && !needs.some((s) => text.includes(s))) skippedWrongly.push(`${regex.source} on ${text.slice(0, 40)}`);
      }
    }
    expect(matched).toBeGreaterThan(500);
    expect(skippedWrongly).toEqual([]);
  });
});
