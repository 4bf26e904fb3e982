import type { LinkWeights } from '../linking/link-features.js';
import { resolveLinks, type LinkThresholds, type SubjectLink } from '../linking/link-subjects.js';
import type { LinkingDistrict } from './linking-lodo.js';

/**
 * How linking's role decision (accused SUBJECT or merely MENTIONED) fares against the labels,
 * for the people it linked to one cadre. The labels list the accused only, so a linked cadre
 * who is not among them is either someone merely mentioned (when none of the mention's
 * candidates is a labelled subject) or the wrong cadre for an accused (when another is).
 */
export interface RoleConfusion {
  /** Accused, linked as accused. */
  accusedAsAccused: number;
  /** Accused, linked as only mentioned: a recall loss. */
  accusedAsMentioned: number;
  /** Not accused, linked as accused: a precision loss from the role. */
  mentionedAsAccused: number;
  /** Not accused, linked as only mentioned. */
  mentionedAsMentioned: number;
  /** Linked as accused to another cadre than the labelled one: a precision loss from the candidate. */
  wrongCadre: number;
  /** Labelled accused of linkable tips linked to no one (held for a person, or never found). */
  accusedNotLinked: number;
}

export interface RoleCase {
  tip: string;
  kind: 'accusedAsMentioned' | 'mentionedAsAccused' | 'wrongCadre' | 'accusedNotLinked';
  who: string;
  sentence: string;
  reason: string | null;
}

export const ROLE_CELLS = [
  'accusedAsAccused',
  'accusedAsMentioned',
  'mentionedAsAccused',
  'mentionedAsMentioned',
  'wrongCadre',
  'accusedNotLinked',
] as const satisfies ReadonlyArray<keyof RoleConfusion>;

export const ROLE_CELL_LABELS: Record<keyof RoleConfusion, string> = {
  accusedAsAccused: 'accused → accused',
  accusedAsMentioned: 'accused → mentioned',
  mentionedAsAccused: 'mentioned → accused',
  mentionedAsMentioned: 'mentioned → mentioned',
  wrongCadre: 'accused → wrong cadre',
  accusedNotLinked: 'accused not linked',
};

/** The sentence of `text` around position `at` (at most 80 characters each side). */
export function sentenceAt(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  const start = Math.max(0, at - 80) + Math.max(...['。', '！', '？', '\n', '；'].map((c) => before.lastIndexOf(c) + 1));
  const after = text.slice(at, at + 80);
  const stop = after.search(/[。！？\n；]/);
  return text.slice(start, stop < 0 ? at + after.length : at + stop + 1).trim();
}

/** Counts the role confusion of one district's linkable tips, with the cases it got wrong. */
export function roleConfusion(
  district: LinkingDistrict,
  limits: LinkThresholds,
  weights: LinkWeights,
  link: (tip: LinkingDistrict['tips'][number]) => SubjectLink[] = (tip) => resolveLinks(tip.text, tip.readings, limits, weights),
): { counts: RoleConfusion; cases: RoleCase[] } {
  const counts: RoleConfusion = {
    accusedAsAccused: 0,
    accusedAsMentioned: 0,
    mentionedAsAccused: 0,
    mentionedAsMentioned: 0,
    wrongCadre: 0,
    accusedNotLinked: 0,
  };
  const cases: RoleCase[] = [];
  for (const tip of district.tips) {
    if (tip.labels.subjects.length === 0 || tip.labels.ambiguous) continue;
    const people = link(tip);
    const linked = new Set<string>();
    for (const p of people) {
      if (p.status !== 'LINKED') continue;
      const top = p.candidates[0]!;
      const accused = tip.labels.subjects.includes(top.personNo);
      const asAccused = p.role === 'SUBJECT';
      const who = `${p.mentions.join('/')} → ${top.name}（${top.personNo}）`;
      const sentence = sentenceAt(tip.text, p.firstAt);
      if (accused) {
        if (asAccused) linked.add(top.personNo);
        counts[asAccused ? 'accusedAsAccused' : 'accusedAsMentioned'] += 1;
        if (!asAccused) cases.push({ tip: tip.id, kind: 'accusedAsMentioned', who, sentence, reason: p.roleReason });
        continue;
      }
      const otherCandidate = tip.readings.some(
        (r) =>
          r.candidates.some((c) => c.person.personNo === top.personNo) &&
          r.candidates.some((c) => tip.labels.subjects.includes(c.person.personNo)),
      );
      if (otherCandidate && asAccused) {
        counts.wrongCadre += 1;
        cases.push({ tip: tip.id, kind: 'wrongCadre', who, sentence, reason: null });
      } else {
        counts[asAccused ? 'mentionedAsAccused' : 'mentionedAsMentioned'] += 1;
        if (asAccused) cases.push({ tip: tip.id, kind: 'mentionedAsAccused', who, sentence, reason: null });
      }
    }
    for (const s of tip.labels.subjects) {
      if (linked.has(s) || people.some((p) => p.status === 'LINKED' && p.candidates[0]!.personNo === s)) continue;
      counts.accusedNotLinked += 1;
      const found = people.find((p) => p.candidates.some((c) => c.personNo === s));
      cases.push({
        tip: tip.id,
        kind: 'accusedNotLinked',
        who: found
          ? `${found.mentions.join('/')}（${found.status === 'CANDIDATES' ? '待人工确认' : '关联到他人'}） ${s}`
          : `${s}（未找到）`,
        sentence: found ? sentenceAt(tip.text, found.firstAt) : tip.text.slice(0, 80),
        reason: null,
      });
    }
  }
  return { counts, cases };
}
