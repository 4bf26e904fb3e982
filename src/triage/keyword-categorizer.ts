import type { CategoryDefinition } from '../infra/config/settings.schema.js';

export interface CategoryScore {
  code: string;
  score: number;
  /** The configured words found in the text: the explanation of the score. */
  matched: string[];
}

export interface Categorization {
  best: string | null;
  scores: CategoryScore[];
  /** For an out-of-scope tip, where it should be transferred (转办). */
  transferTarget: string | null;
}

/**
 * Rule-based categorization: each configured keyword found in the text adds its weight
 * to its category. Transparent by construction: every point of a score names its word.
 */
export function categorizeByKeywords(text: string, categories: readonly CategoryDefinition[]): Categorization {
  const scores = categories
    .map((category) => {
      const matched = Object.keys(category.keywords).filter((word) => text.includes(word));
      const score = matched.reduce((sum, word) => sum + (category.keywords[word] ?? 0), 0);
      return { code: category.code, score, matched };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const best = scores[0]?.code ?? null;
  let transferTarget: string | null = null;
  if (best) {
    const rules = categories.find((c) => c.code === best)?.transfer ?? [];
    transferTarget = rules.find((rule) => rule.keywords.some((word) => text.includes(word)))?.target ?? null;
  }
  return { best, scores, transferTarget };
}
