import { titleFit, type TitleForm } from './post-titles.js';
import { findMentions, findUnits, type Mention, type UnitHit } from './mentions.js';
import type { IndexedPerson, RosterIndex } from './roster-index.js';

export interface LinkThresholds {
  autoLinkMinScore: number;
  autoLinkMargin: number;
  maxCandidates: number;
}

export interface Candidate {
  personId: string;
  personNo: string;
  name: string;
  unit: string;
  post: string;
  score: number;
  /** Why this cadre: each point of the score, in words staff read. */
  reasons: string[];
}

export type SubjectRole = 'SUBJECT' | 'MENTIONED';

/** One person a tip talks about: linked to a cadre, or ranked candidates for a person to choose. */
export interface SubjectLink {
  status: 'LINKED' | 'CANDIDATES';
  role: SubjectRole;
  roleReason: string | null;
  mentions: string[];
  candidates: Candidate[];
  firstAt: number;
  inHeadline: boolean;
}

const NAME_POINTS: Record<Mention['kind'], [number, string]> = {
  FULL: [4, '姓名相同'],
  HOMOPHONE: [3, '姓名同音'],
  SURNAME_TITLE: [2, '姓氏与职务称呼'],
  MASKED: [1.5, '姓氏相同（隐去名字）'],
};

const ALIAS_WORDS = { FULL: '', SHORT: '', ABBR: '（简称）', OLD: '（机构改革前名称）', PLACE: '（地名）' } as const;

function candidatesFor(mention: Mention, units: UnitHit[], index: RosterIndex): IndexedPerson[] {
  if (mention.kind === 'FULL') return index.byName.get(mention.text) ?? [];
  if (mention.kind === 'HOMOPHONE') {
    return (index.byPinyin.get(mention.pinyinKey ?? '') ?? []).filter((p) => p.name !== mention.text);
  }
  const inUnits = new Map<string, IndexedPerson>();
  for (const unit of new Set(units.flatMap((u) => u.aliases.map((a) => a.unit)))) {
    for (const p of index.bySurnameUnit.get(`${mention.surname}|${unit}`) ?? []) inUnits.set(p.id, p);
  }
  if (inUnits.size > 0) return [...inUnits.values()];
  return index.bySurname.get(mention.surname) ?? [];
}

function score(mention: Mention, person: IndexedPerson, units: UnitHit[]): Candidate {
  const [points, why] = NAME_POINTS[mention.kind];
  let total = points;
  const reasons = [`${why}：${mention.text}`];
  const near = mention.unitNear;
  const nearAlias = near?.aliases.find((a) => a.unit === person.unit);
  if (near && nearAlias) {
    total += 3;
    reasons.push(`单位相符：${near.text}${ALIAS_WORDS[nearAlias.kind]} → ${person.unit}`);
  } else {
    const anywhere = units.flatMap((u) => u.aliases.filter((a) => a.unit === person.unit).map((a) => ({ u, a })))[0];
    if (anywhere) {
      total += 1.5;
      reasons.push(`文中提到其单位：${anywhere.u.text}${ALIAS_WORDS[anywhere.a.kind]}`);
    }
    if (near && near.aliases.every((a) => a.kind !== 'PLACE')) {
      total -= 2;
      reasons.push(`邻近单位不符：${near.text}`);
    }
  }
  if (mention.title) {
    let title: TitleForm = mention.title;
    const renamed = nearAlias?.titles?.[mention.title.written];
    if (renamed) title = titleFormOf(renamed, mention.title);
    const fit = titleFit(title, person.titles, mention.kind !== 'SURNAME_TITLE');
    if (fit >= 0.8) {
      total += 2 * fit;
      reasons.push(`职务相符：${mention.title.written} ≈ ${person.post}`);
    } else if (fit >= 0.5) {
      total += 1;
      reasons.push(`职务近似：${mention.title.written} ≈ ${person.post}`);
    } else {
      total -= mention.kind === 'FULL' || mention.kind === 'HOMOPHONE' ? 1 : 2;
      reasons.push(`职务不符：${mention.title.written} ≠ ${person.post}`);
    }
  }
  return {
    personId: person.id,
    personNo: person.personNo,
    name: person.name,
    unit: person.unit,
    post: person.post,
    score: Math.round(total * 100) / 100,
    reasons,
  };
}

function titleFormOf(renamed: string, original: TitleForm): TitleForm {
  const deputy = renamed.startsWith('副');
  return { base: deputy ? renamed.slice(1) : renamed, deputy: deputy || original.deputy };
}

function rank(
  mention: Mention,
  units: UnitHit[],
  index: RosterIndex,
  limits: LinkThresholds,
): { linked: boolean; candidates: Candidate[] } {
  const candidates = candidatesFor(mention, units, index)
    .map((p) => score(mention, p, units))
    .sort((a, b) => b.score - a.score || a.personNo.localeCompare(b.personNo));
  const [top, second] = candidates;
  const linked = !!top && top.score >= limits.autoLinkMinScore && (!second || top.score - second.score >= limits.autoLinkMargin);
  return { linked, candidates: candidates.slice(0, limits.maxCandidates) };
}

/**
 * Finds the people a tip names and links each to a cadre when one candidate is clearly
 * ahead; otherwise keeps the ranked candidates. Mentions of one person (韩局长 … 韩小燕)
 * become one entry. People merely mentioned are kept apart from subjects, but only when
 * someone else in the tip is accused: a tip about one person is about that person.
 */
export function linkSubjects(text: string, index: RosterIndex, limits: LinkThresholds): SubjectLink[] {
  const units = findUnits(text, index);
  const people: Array<SubjectLink & { cues: Array<string | null> }> = [];
  for (const mention of findMentions(text, index, units)) {
    if (mention.isReporter) continue;
    const { linked, candidates } = rank(mention, units, index, limits);
    if (candidates.length === 0) continue;
    const ids = candidates.map((c) => c.personId);
    const same =
      people.find(
        (p) => p.status === 'LINKED' && ids.includes(p.candidates[0]!.personId) && (linked ? p.candidates[0]!.personId === ids[0] : true),
      ) ?? (linked ? null : people.find((p) => p.status === 'CANDIDATES' && p.candidates.map((c) => c.personId).join() === ids.join()));
    if (same) {
      same.mentions.push(mention.text);
      same.cues.push(mention.bystanderCue);
      same.inHeadline ||= mention.inHeadline;
      continue;
    }
    const earlierCandidates = linked
      ? people.find((p) => p.status === 'CANDIDATES' && p.candidates.some((c) => c.personId === ids[0]))
      : null;
    if (earlierCandidates) {
      // A later, clearer mention settles an earlier unclear one (韩局长 … 韩小燕).
      Object.assign(earlierCandidates, { status: 'LINKED', candidates });
      earlierCandidates.mentions.push(mention.text);
      earlierCandidates.cues.push(mention.bystanderCue);
      earlierCandidates.inHeadline ||= mention.inHeadline;
      continue;
    }
    people.push({
      status: linked ? 'LINKED' : 'CANDIDATES',
      role: 'SUBJECT',
      roleReason: null,
      mentions: [mention.text],
      candidates,
      firstAt: mention.start,
      inHeadline: mention.inHeadline,
      cues: [mention.bystanderCue],
    });
  }
  const bystander = (p: (typeof people)[number]) => !p.inHeadline && p.cues.every((c) => c !== null);
  const accused = people.filter((p) => !bystander(p));
  for (const p of people) {
    if (bystander(p) && accused.length > 0) {
      p.role = 'MENTIONED';
      p.roleReason = p.cues.find((c) => c) ?? null;
    }
  }
  return people
    .map(({ cues: _cues, ...p }) => p)
    .sort(
      (a, b) =>
        Number(b.role === 'SUBJECT') - Number(a.role === 'SUBJECT') || Number(b.inHeadline) - Number(a.inHeadline) || a.firstAt - b.firstAt,
    );
}
