/** Scores of eval:triage, computed from what the pipeline stored against the dataset's labels. */
export interface CategoryRow {
  code: string;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export function categoryTable(pairs: Array<{ expected: string; actual: string | null }>): { rows: CategoryRow[]; macroF1: number } {
  const codes = [...new Set(pairs.flatMap((p) => [p.expected, ...(p.actual ? [p.actual] : [])]))].sort();
  const rows = codes.map((code) => {
    const tp = pairs.filter((p) => p.expected === code && p.actual === code).length;
    const support = pairs.filter((p) => p.expected === code).length;
    const predicted = pairs.filter((p) => p.actual === code).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { code, support, predicted, precision, recall, f1 };
  });
  const labelled = rows.filter((r) => r.support > 0);
  return { rows, macroF1: labelled.reduce((s, r) => s + r.f1, 0) / Math.max(1, labelled.length) };
}

export interface RepeatPair {
  id: string;
  /** Labelled: the first earlier tip on the same matter. */
  expected: string | null;
  /** Found: the first tip of the chain the pipeline linked it to. */
  actual: string | null;
}

/** A found repeat counts when it points into the right chain (the labelled first tip or one of its repeats). */
export function repeatScores(pairs: RepeatPair[]): { precision: number; recall: number; f1: number; found: number; labelled: number } {
  const rootOf = new Map<string, string>();
  for (const p of pairs) rootOf.set(p.id, p.expected ?? p.id);
  const chain = (id: string) => rootOf.get(id) ?? id;
  const found = pairs.filter((p) => p.actual);
  const labelled = pairs.filter((p) => p.expected);
  const correct = found.filter((p) => p.expected && chain(p.actual!) === chain(p.expected)).length;
  const precision = found.length ? correct / found.length : 0;
  const recall = labelled.length ? correct / labelled.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, found: found.length, labelled: labelled.length };
}
