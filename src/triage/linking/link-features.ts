/**
 * What the linking rules see of one candidate cadre for one mention, as named features: each
 * point of a candidate's score is a feature's weight times how much of it there is (a title's
 * fit, 0–1; else 1). With the rules' own weights (`RULE_WEIGHTS`) the score is exactly the
 * hand-written one; a learned model (`config/linking-model.json`) prices the same features
 * with weights fitted on labelled districts, and the case page shows the same reasons with
 * the learned points.
 */
export const LINK_FEATURES = {
  nameFull: { rule: 4, label: '姓名相同' },
  nameHomophone: { rule: 3, label: '姓名同音' },
  nameSpelledInitials: { rule: 3, label: '姓氏相同、名字拼音首字母相同' },
  nameInitials: { rule: 2.5, label: '姓名拼音首字母相同' },
  nameNear: { rule: 2, label: '姓名只差一个字' },
  nameSurnameTitle: { rule: 2, label: '姓氏与职务称呼' },
  nameMasked: { rule: 1.5, label: '姓氏相同（隐去名字）' },
  nameSurname: { rule: 1.5, label: '姓氏相同（只说了姓）' },
  namePost: { rule: 0, label: '未说姓名，只说了单位和职务' },
  uniqueName: { rule: 0.5, label: '花名册中没有同名的人' },
  head: { rule: 2, label: '一把手' },
  genderFit: { rule: 0.5, label: '性别相符' },
  genderMismatch: { rule: -2, label: '性别不符' },
  chargeFit: { rule: 0.5, label: '分管相符' },
  qualifierFit: { rule: 0.5, label: '职务限定相符' },
  qualifierMismatch: { rule: -1.5, label: '职务限定不符' },
  unitBeside: { rule: 3, label: '单位相符' },
  unitNamed: { rule: 1.5, label: '文中提到其单位' },
  unitBesideOther: { rule: -2, label: '紧挨着的单位不是其单位' },
  appositionFit: { rule: 1, label: '文中说其担任的职务相符' },
  appositionMismatch: { rule: -1, label: '文中说其担任的职务不符' },
  sectionFit: { rule: 1.5, label: '科室相符' },
  asideFit: { rule: 2, label: '括号中的职务相符' },
  titleFit: { rule: 2, label: '职务相符' },
  titleNear: { rule: 1, label: '职务近似（副职称正职）' },
  titleFormerNow: { rule: 1, label: '称呼的是其过去的职务，文中也说了现职' },
  titleFormer: { rule: -1, label: '称呼的可能是其过去的职务' },
  unitFormerNow: { rule: 1.5, label: '紧挨着的单位是其过去的单位，文中说的现职也相符' },
  stayedInUnit: { rule: -3, label: '文中说此人已从紧挨着的单位调走，此人仍在该单位' },
  nowMismatch: { rule: -2, label: '文中说了其现任职务或单位，与此人不符' },
  titleNearTemporary: { rule: 0, label: '挂职副职很少被称为正职' },
  titleMismatchNamed: { rule: -1, label: '职务不符（说了全名）' },
  titleMismatch: { rule: -2, label: '职务不符' },
  soleHolder: { rule: 0.5, label: '同姓中只有此人任此职务' },
  appointedFit: { rule: 1.5, label: '任职时间相符' },
  appointedMismatch: { rule: -0.5, label: '任职时间不符（另有候选人相符）' },
  // Said of the mention, the same for each of its candidates: the rules give them no points;
  // a learned model may (they move every candidate of the mention alike, so only whether the
  // best one reaches the auto-link score).
  offRoster: { rule: 0, label: '文中说的是村、社区或企业的人' },
  formerly: { rule: 0, label: '文中说的是过去的职务' },
  bystander: { rule: 0, label: '文中说此人知情、经手或拒绝' },
  crowd: { rule: 0, label: '候选人多（按人数的对数）' },
} as const satisfies Record<string, { rule: number; label: string }>;

export type LinkFeature = keyof typeof LINK_FEATURES;
export const FEATURE_NAMES = Object.keys(LINK_FEATURES) as LinkFeature[];
export type LinkWeights = Record<LinkFeature, number>;

/** The hand-written rules' points, feature by feature. */
export const RULE_WEIGHTS: LinkWeights = Object.fromEntries(FEATURE_NAMES.map((f) => [f, LINK_FEATURES[f].rule])) as LinkWeights;

/** Features said of the mention, not of the candidate: shown only when a model gives them points. */
const MENTION_FEATURES: ReadonlySet<LinkFeature> = new Set(['namePost', 'offRoster', 'formerly', 'bystander', 'crowd']);

/** One point of a candidate's score before it is priced: a feature and how much of it, or a note (no points). */
export interface ScorePart {
  feature: LinkFeature | null;
  amount: number;
  /** The words staff read (姓名相同：王建国); the points are added when priced. */
  why: string;
}

/** A point of a score as staff read it: "+3 分" or "−2 分" (a true minus sign). */
export function points(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded < 0 ? `−${-rounded} 分` : `+${rounded} 分`;
}

/** The features of a candidate as a sparse vector (each feature summed over its parts). */
export function featureVector(parts: readonly ScorePart[]): Partial<Record<LinkFeature, number>> {
  const out: Partial<Record<LinkFeature, number>> = {};
  for (const p of parts) if (p.feature) out[p.feature] = (out[p.feature] ?? 0) + p.amount;
  return out;
}

/** The score with these weights, rounded to hundredths as the rules always were. */
export function scoreOf(parts: readonly ScorePart[], weights: LinkWeights): number {
  let total = 0;
  for (const p of parts) if (p.feature) total += weights[p.feature] * p.amount;
  return Math.round(total * 100) / 100;
}

/**
 * The score and its reasons at these weights: each part's words with its points (notes as
 * they are); features said of the mention only when the weights give them points.
 */
export function priceParts(parts: readonly ScorePart[], weights: LinkWeights): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  for (const p of parts) {
    if (!p.feature) {
      reasons.push(p.why);
      continue;
    }
    const value = weights[p.feature] * p.amount;
    if (MENTION_FEATURES.has(p.feature)) {
      if (Math.round(value * 10) !== 0) reasons.push(`${p.why}，${points(value)}`);
    } else reasons.push(`${p.why}，${points(value)}`);
  }
  return { score: scoreOf(parts, weights), reasons };
}
