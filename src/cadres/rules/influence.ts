import { LABELS } from '../../infra/labels/catalogue.js';
import { endOfMonthsPeriod } from './civil-date.js';

const SANCTION_LABELS = LABELS.sanctionKind;

/**
 * Party, government and organizational measures and how long each bars promotion
 * (影响期, DOMAIN.md). Accountability measures bar a leadership post for 12 months and
 * anything above the former level for 24.
 */
export const SANCTION_KINDS = {
  ADMONISHMENT: { label: SANCTION_LABELS.ADMONISHMENT, group: 'ORGANIZATIONAL', months: 6 },
  PARTY_WARNING: { label: SANCTION_LABELS.PARTY_WARNING, group: 'PARTY', months: 12 },
  PARTY_SERIOUS_WARNING: { label: SANCTION_LABELS.PARTY_SERIOUS_WARNING, group: 'PARTY', months: 18 },
  PARTY_POST_REMOVAL: { label: SANCTION_LABELS.PARTY_POST_REMOVAL, group: 'PARTY', months: 24 },
  PARTY_PROBATION: { label: SANCTION_LABELS.PARTY_PROBATION, group: 'PARTY', months: 24 },
  GOV_WARNING: { label: SANCTION_LABELS.GOV_WARNING, group: 'GOVERNMENT', months: 6 },
  GOV_DEMERIT: { label: SANCTION_LABELS.GOV_DEMERIT, group: 'GOVERNMENT', months: 12 },
  GOV_MAJOR_DEMERIT: { label: SANCTION_LABELS.GOV_MAJOR_DEMERIT, group: 'GOVERNMENT', months: 18 },
  GOV_DEMOTION: { label: SANCTION_LABELS.GOV_DEMOTION, group: 'GOVERNMENT', months: 24 },
  GOV_DISMISSAL: { label: SANCTION_LABELS.GOV_DISMISSAL, group: 'GOVERNMENT', months: 24 },
  RESIGNATION_FOR_FAULT: { label: SANCTION_LABELS.RESIGNATION_FOR_FAULT, group: 'ACCOUNTABILITY', months: 24 },
  ORDERED_RESIGNATION: { label: SANCTION_LABELS.ORDERED_RESIGNATION, group: 'ACCOUNTABILITY', months: 24 },
  REMOVAL_FROM_POST: { label: SANCTION_LABELS.REMOVAL_FROM_POST, group: 'ACCOUNTABILITY', months: 24 },
} as const;
export type SanctionKind = keyof typeof SANCTION_KINDS;
export const SANCTION_KIND_CODES = Object.keys(SANCTION_KINDS) as [SanctionKind, ...SanctionKind[]];

/** Other ways decisions write the same measure. */
const LABEL_ALIASES: Record<string, SanctionKind> = {
  警告: 'PARTY_WARNING',
  党纪警告: 'PARTY_WARNING',
  严重警告: 'PARTY_SERIOUS_WARNING',
  党纪严重警告: 'PARTY_SERIOUS_WARNING',
  政务记过: 'GOV_DEMERIT',
  政务记大过: 'GOV_MAJOR_DEMERIT',
  政务降级: 'GOV_DEMOTION',
  政务撤职: 'GOV_DISMISSAL',
};

/** The kind a decision's Chinese wording names, or null. */
export function sanctionKindOf(label: string): SanctionKind | null {
  const text = label.trim().replace(/\s+/g, '');
  const direct = SANCTION_KIND_CODES.find((code) => SANCTION_KINDS[code].label === text);
  return direct ?? LABEL_ALIASES[text] ?? null;
}

export interface SanctionFact {
  id: string;
  kind: SanctionKind;
  effectiveOn: string;
  /** 留党察看 only: the probation, 12 or 24 months. */
  probationMonths?: number | null;
}

/**
 * The last day of the influence period. `promotion` says whether the appointment would
 * be above the cadre's former level (it matters only for accountability measures, which
 * bar a leadership post for 12 months but a higher level for 24).
 */
export function influenceLastDay(sanction: SanctionFact, promotion = true): string {
  const kind = SANCTION_KINDS[sanction.kind];
  let months: number = kind.months;
  if (sanction.kind === 'PARTY_PROBATION') months = (sanction.probationMonths ?? 24) + 24;
  if (kind.group === 'ACCOUNTABILITY' && !promotion) months = 12;
  return endOfMonthsPeriod(sanction.effectiveOn, months);
}

/** Measures still in their influence period on `asOf` (the last day itself included). */
export function sanctionsInEffect(sanctions: SanctionFact[], asOf: string, promotion = true): Array<SanctionFact & { lastDay: string }> {
  return sanctions
    .map((s) => ({ ...s, lastDay: influenceLastDay(s, promotion) }))
    .filter((s) => asOf <= s.lastDay)
    .sort((a, b) => (a.lastDay < b.lastDay ? 1 : -1));
}

/** Overlapping periods: the longest end date wins. Null when nothing bars promotion. */
export function influenceUntil(sanctions: SanctionFact[], asOf: string, promotion = true): string | null {
  return sanctionsInEffect(sanctions, asOf, promotion)[0]?.lastDay ?? null;
}
