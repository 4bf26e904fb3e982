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

/** A tip's labelled subjects and the people linking found in it (role, status, ranked candidates). */
export interface LinkOutcome {
  labels: { subjects: readonly string[]; ambiguous: boolean };
  subjects: ReadonlyArray<{ role: string; status: string; candidates: ReadonlyArray<{ personNo: string }> }>;
}

export interface LinkingScores {
  /** Linkable, unambiguous tips whose first subject's best candidate is a labelled subject. */
  top1: number;
  linkable: number;
  /** Ambiguous tips where no labelled subject was linked and one was offered for a person to choose. */
  held: number;
  /**
   * The same, read per mention: a labelled subject linked clearly beside the held mention (吴局
   * held between two 吴 deputies, 张海波 of 江口镇 linked) is no guess; a link is one when the
   * linked person's own runners-up include another labelled subject. Printed beside `held`, which
   * stays the figure.
   */
  heldPerMention: number;
  ambiguous: number;
  /** Auto-linked subjects of linkable tips: right, all, and all labelled. */
  linkedRight: number;
  linkedAll: number;
  labelledAll: number;
  top1Rate: number;
  heldRate: number;
  heldPerMentionRate: number;
  precision: number;
  recall: number;
}

/** The linking figures of eval:triage: top-1, auto-linked precision and recall, ambiguous held. */
export function linkingScores(tips: readonly LinkOutcome[]): LinkingScores {
  const subjectsOf = (t: LinkOutcome) => t.subjects.filter((s) => s.role === 'SUBJECT');
  const linkable = tips.filter((t) => t.labels.subjects.length > 0 && !t.labels.ambiguous);
  const top1 = linkable.filter((t) => t.labels.subjects.includes(subjectsOf(t)[0]?.candidates[0]?.personNo ?? '')).length;
  const ambiguous = tips.filter((t) => t.labels.ambiguous);
  let held = 0;
  let heldPerMention = 0;
  for (const t of ambiguous) {
    const labelled = (p: string) => t.labels.subjects.includes(p);
    if (!t.subjects.some((s) => s.status === 'CANDIDATES' && s.candidates.some((c) => labelled(c.personNo)))) continue;
    const linked = t.subjects.filter((s) => s.status === 'LINKED' && labelled(s.candidates[0]!.personNo));
    if (linked.length === 0) held += 1;
    // Per mention: a guess is a link chosen over another labelled subject (its runners-up).
    if (!linked.some((s) => s.candidates.slice(1).some((c) => labelled(c.personNo)))) heldPerMention += 1;
  }
  let linkedRight = 0;
  let linkedAll = 0;
  let labelledAll = 0;
  for (const t of linkable) {
    const auto = subjectsOf(t)
      .filter((s) => s.status === 'LINKED')
      .map((s) => s.candidates[0]!.personNo);
    linkedAll += auto.length;
    linkedRight += auto.filter((p) => t.labels.subjects.includes(p)).length;
    labelledAll += t.labels.subjects.length;
  }
  return {
    top1,
    linkable: linkable.length,
    held,
    heldPerMention,
    ambiguous: ambiguous.length,
    linkedRight,
    linkedAll,
    labelledAll,
    top1Rate: top1 / Math.max(1, linkable.length),
    heldRate: held / Math.max(1, ambiguous.length),
    heldPerMentionRate: heldPerMention / Math.max(1, ambiguous.length),
    precision: linkedRight / Math.max(1, linkedAll),
    recall: linkedRight / Math.max(1, labelledAll),
  };
}
