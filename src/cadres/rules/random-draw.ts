import { createHash } from 'node:crypto';

/**
 * The yearly random check of personal-matters reports (随机抽查). The draw depends only
 * on the seed and the population: each person's rank is SHA-256(seed, person number),
 * the lowest ranks are drawn. With the seed and population kept, anyone can redraw and
 * compare; nobody can steer the draw without changing the recorded seed.
 */
export function drawSample(population: readonly string[], ratio: number, seed: string): string[] {
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError(`ratio must be in (0, 1], got ${ratio}`);
  const unique = [...new Set(population)];
  const count = Math.min(unique.length, Math.ceil(unique.length * ratio));
  const rank = (id: string) => createHash('sha256').update(`${seed}\u0000${id}`).digest('hex');
  return unique
    .map((id) => ({ id, r: rank(id) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .slice(0, count)
    .map((x) => x.id)
    .sort();
}
