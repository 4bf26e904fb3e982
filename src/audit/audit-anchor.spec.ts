import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { checkAnchor, signAnchor } from './audit-anchor.js';

const key = randomBytes(32);
const hash = randomBytes(32);
const anchor = signAnchor(key, { seq: 10, hash, at: new Date('2026-12-04T16:00:00Z') });
const intact = { ok: true as const, rows: 12, lastSeq: 12 };

describe('the audit chain against an anchor', () => {
  it.each([
    ['a chain that reaches the anchored row with its hash', intact, hash, true, null],
    ['a chain cut before the anchored row (rows deleted at the end)', { ok: true as const, rows: 8, lastSeq: 8 }, null, false, 9],
    ['a chain whose anchored row has another hash (rewritten)', intact, randomBytes(32), false, 10],
  ])('%s', (_what, verdict, hashAt, ok, brokenSeq) => {
    const out = checkAnchor(key, verdict, anchor, hashAt);
    expect(out.ok).toBe(ok);
    if (!out.ok) {
      expect(out.brokenSeq).toBe(brokenSeq);
      expect(out.reason).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('refuses an anchor not signed with the audit key, or altered', () => {
    const forged = signAnchor(randomBytes(32), { seq: 8, hash, at: new Date() });
    expect(checkAnchor(key, { ok: true, rows: 8, lastSeq: 8 }, forged, hash).ok).toBe(false);
    expect(checkAnchor(key, intact, { ...anchor, seq: 9 }, hash).ok).toBe(false);
  });

  it('passes a broken verdict through unchanged', () => {
    const broken = { ok: false as const, rows: 3, brokenSeq: 4, reason: 'x' };
    expect(checkAnchor(key, broken, anchor, hash)).toBe(broken);
  });
});
