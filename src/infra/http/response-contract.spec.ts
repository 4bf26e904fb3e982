import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import type { ApiResult } from './api-contract.js';
import { contractViolation, undocumentedFields } from './response-contract.interceptor.js';

const item = z.object({ id: z.string(), at: z.date(), tags: z.array(z.object({ code: z.string() })) });
const json = (schema: z.ZodType): ApiResult => ({ kind: 'json', schema, description: '' });
const at = new Date('2026-03-18T09:30:00Z');

describe('the answer a route declares, checked against the answer it gives', () => {
  it.each<[string, ApiResult | undefined, unknown, RegExp | null]>([
    ['a matching answer', json(item), { id: 'a', at, tags: [{ code: 'X' }] }, null],
    ['a missing field', json(item), { id: 'a', tags: [] }, /at: /],
    ['a field of the wrong type', json(item), { id: 1, at, tags: [] }, /id: /],
    ['a field the schema does not describe', json(item), { id: 'a', at, tags: [], secret: 'x' }, /not in the declared schema: secret/],
    ['an undescribed field deep inside', json(item), { id: 'a', at, tags: [{ code: 'X', raw: 1 }] }, /tags\[0\]\.raw/],
    ['an undefined field (not sent)', json(item), { id: 'a', at, tags: [], later: undefined }, null],
    ['JSON serialized by the handler', json(z.object({ ok: z.literal(true) })), '{"ok":true}', null],
    ['text where JSON is declared', json(z.object({ ok: z.literal(true) })), '<Response/>', /not JSON/],
    ['no body where nothing is declared', { kind: 'empty', description: '' }, undefined, null],
    ['a body where nothing is declared', { kind: 'empty', description: '' }, { id: 'a' }, /answered a body/],
    ['a route with no declaration', undefined, { id: 'a' }, /declares no answer/],
    ['a file', { kind: 'file', contentTypes: ['text/csv'], description: '' }, Buffer.from('a,b'), null],
  ])('%s', (_name, result, value, expected) => {
    const violation = contractViolation(result, value);
    if (expected === null) expect(violation).toBeNull();
    else expect(violation).toMatch(expected);
  });

  it('lists the paths of fields absent from the parsed answer', () => {
    expect(undocumentedFields({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] }, { a: 1, b: { c: 2 }, e: [{ f: 1 }] })).toEqual([
      'b.d',
      'e[0].g',
    ]);
  });
});
