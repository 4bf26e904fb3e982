import { describe, expect, it } from '@jest/globals';
import { RULE_WEIGHTS } from './link-features.js';
import { fitLinkWeights, subjectProbability, type LinkExample } from './link-model.js';

/** Examples drawn from a known model: P(subject) = σ(0.8 × (score − 5)) with unitBeside worth 5, not the rules' 3. */
function examples(): LinkExample[] {
  const out: LinkExample[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 4000; i += 1) {
    const features = { nameFull: 1, unitBeside: random() < 0.5 ? 1 : 0, titleFit: random() < 0.5 ? 1 : 0 };
    const score = 4 + 5 * features.unitBeside + 2 * features.titleFit;
    out.push({ features, subject: random() < 1 / (1 + Math.exp(-0.8 * (score - 5))), weight: 1 });
  }
  return out;
}

describe('learned linking weights', () => {
  it('keeps the rules’ weights at infinite regularization and fits only the curve', () => {
    const fit = fitLinkWeights(examples(), Infinity);
    expect(fit.weights).toEqual(RULE_WEIGHTS);
    expect(fit.scale).toBeGreaterThan(0.3);
    expect(subjectProbability(9, fit)).toBeGreaterThan(subjectProbability(4, fit));
  });

  it.each([
    [1, 3, 3.1],
    [1e-6, 3.5, 6],
  ])('at regularization %p moves the unit’s weight from the rules’ 3 to between %p and %p', (regularization, low, high) => {
    const fit = fitLinkWeights(examples(), regularization);
    expect(fit.weights.unitBeside).toBeGreaterThan(low);
    expect(fit.weights.unitBeside).toBeLessThan(high);
    // Features the examples never show stay the rules'.
    expect(fit.weights.genderMismatch).toBe(RULE_WEIGHTS.genderMismatch);
  });

  it('recovers the generating model when left nearly free', () => {
    const fit = fitLinkWeights(examples(), 1e-8);
    // The weights are on the scale of the rules' curve; their ratio is what the data fixes.
    expect(fit.weights.unitBeside / fit.weights.titleFit).toBeGreaterThan(1.8);
    expect(fit.weights.unitBeside / fit.weights.titleFit).toBeLessThan(3.2);
    expect(Object.values(fit.weights).every(Number.isFinite)).toBe(true);
  });

  it('stays finite on examples the rules separate perfectly', () => {
    const separable: LinkExample[] = [
      ...Array.from({ length: 50 }, () => ({ features: { nameFull: 1, unitBeside: 1 }, subject: true, weight: 1 })),
      ...Array.from({ length: 50 }, () => ({ features: { nameSurname: 1 }, subject: false, weight: 1 })),
    ];
    const fit = fitLinkWeights(separable, 0.01);
    expect(Number.isFinite(fit.scale) && Number.isFinite(fit.offset)).toBe(true);
    expect(Object.values(fit.weights).every(Number.isFinite)).toBe(true);
    expect(subjectProbability(7, fit)).toBeGreaterThan(0.9);
    expect(subjectProbability(1.5, fit)).toBeLessThan(0.1);
  });
});
