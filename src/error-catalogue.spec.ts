import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CATALOGUE, MODULE_ERRORS } from './error-catalogue.js';

const src = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && name !== 'errors.ts' ? [path] : [];
  });
}

describe('the error catalogue', () => {
  it('gathers every module that declares codes (each errors.ts is listed)', () => {
    const declaring = readdirSync(src).filter(
      (name) => statSync(join(src, name)).isDirectory() && readdirSync(join(src, name)).includes('errors.ts'),
    );
    expect(MODULE_ERRORS.map((m) => m.module).sort()).toEqual(declaring.sort());
  });

  it('declares each code once, with a status and a Chinese meaning', () => {
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const entry of ERROR_CATALOGUE) {
      expect(entry.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.status.length).toBeGreaterThan(0);
      expect(entry.status.every((s) => s >= 400 && s < 600)).toBe(true);
      expect(entry.meaning).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(codes.length).toBeGreaterThan(90);
  });

  it('has no code that nothing answers with (a code disappears from the table when its last use does)', () => {
    const text = sources(src)
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = ERROR_CATALOGUE.filter((e) => !text.includes(`'${e.code}'`)).map((e) => `${e.module}: ${e.code}`);
    expect(unused).toEqual([]);
  });
});
