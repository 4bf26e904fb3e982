/**
 * MinHash over a tip's content tokens, banded for locality-sensitive lookup: two tips
 * whose token sets overlap a lot share at least one band with high probability, so a
 * band index finds candidates without comparing against every earlier tip.
 */
export const MINHASH_SIZE = 32;
export const MINHASH_BANDS = 8;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;

function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche so seeds give independent-looking permutations.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  return hash >>> 0;
}

export function minhash(tokens: Iterable<string>): number[] {
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const token of new Set(tokens)) {
    for (let i = 0; i < MINHASH_SIZE; i += 1) {
      const h = fnv1a(token, i * 0x9e3779b1);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** One 32-bit key per band (band number mixed in, so equal rows in different bands differ). */
export function bandKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let band = 0; band < MINHASH_BANDS; band += 1) {
    const rows = signature.slice(band * ROWS, band * ROWS + ROWS).join(':');
    keys.push(fnv1a(`${band}|${rows}`, 7) | 0);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two token sets. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i += 1) if (a[i] === b[i]) same += 1;
  return same / MINHASH_SIZE;
}

/** |A ∩ B| / min(|A|, |B|): a short SMS retelling a long web tip still scores high. */
export function overlapCoefficient(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared += 1;
  return shared / Math.min(setA.size, setB.size);
}
