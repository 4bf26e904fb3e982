import type { TriageConfig } from '../triage-config.js';
import type { RepeatCandidateRow } from '../triage.repository.js';
import { conflictingFacts, sharedFacts, tipFacts, type SharedFact, type TipFacts } from './facts.js';
import { MINHASH_BANDS, MINHASH_SIZE } from './minhash.js';

export interface RepeatMatch {
  reportId: string;
  number: string;
  receivedAt: Date;
  /** Received before the tip being triaged (by receipt time, then id, at full precision). */
  earlier: boolean;
  /** The first tip of the chain the match belongs to. */
  rootId: string;
  /** How alike the two texts are (0–1): the share of content in common, or the MinHash estimate for near-copies. */
  score: number;
  /** The evidence points that made it a repeat (for choosing among several earlier tips). */
  evidence: number;
  reasons: string[];
}

/**
 * What is compared of one earlier (or later) tip. The database counts what it can (equal
 * MinHash positions, distinct content tokens and how many the tip shares) so that no token
 * or signature array crosses the wire; the facts both tips state are read from the texts.
 */
export interface RepeatCandidate {
  sharedCadres: number;
  /** The candidate's category and its runner-up, best first (empty when it has none). */
  categories: readonly string[];
  /** Positions at which the two MinHash signatures agree (of MINHASH_SIZE). */
  sameMinhash: number;
  /** Distinct content tokens of the candidate, and how many of them the tip has too. */
  candidateTokens: number;
  sharedTokens: number;
  /** Facts both tips state (a time, an amount, a place, words quoted, a count). */
  facts: readonly SharedFact[];
  /** Both tips state a month, or an amount, and none of them is the same. */
  conflicts?: { time: boolean; amount: boolean };
}

export type RepeatSettings = Pick<
  TriageConfig['repeats'],
  'minJaccardWithoutSubject' | 'minTokensWithoutSubject' | 'minComparableTokens' | 'minEvidence' | 'points' | 'maxFactPoints'
>;

const FACT_WORDS: Record<SharedFact['kind'], string> = {
  TIME: '同一时间',
  YEAR: '同一年份',
  AMOUNT: '同一金额',
  PLACE: '同一地点',
  ORGANIZATION: '同一企业或项目',
  QUOTE: '同一说法',
  COUNT: '同一数量',
  RELATIVE: '同一亲属',
  GIFT: '同一礼物',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Whether a tip retells another, and why. A tip that tells the same story in other words
 * (another channel, a dialect, fewer details) shares its subject and several of: the
 * category, content words, and facts (a month, an amount, a place or company, words
 * quoted, a count). Each of these earns points (`points`); a different category or a
 * different month or amount costs some. A shared subject with `minEvidence` points is a
 * repeat: a different matter about the same cadre shares the subject but little else.
 * Near-identical text (MinHash) is a repeat whoever it names.
 */
export function scoreRepeat(
  tip: {
    categories: readonly string[];
    distinctTokens: number;
    /** How many of the tip's cadres another tip must name to share its subject (`requiredSharedCadres`; 1 when absent). */
    minSharedCadres?: number;
  },
  c: RepeatCandidate,
  settings: RepeatSettings,
): { score: number; evidence: number; reasons: string[] } | null {
  const sameSubject = c.sharedCadres > 0 && c.sharedCadres >= (tip.minSharedCadres ?? 1);
  // The share of the shorter tip's content found in the other, out of `minComparableTokens`
  // words at least: one word of a one-word SMS found elsewhere is no 100% likeness.
  const overlap =
    tip.distinctTokens === 0 || c.candidateTokens === 0
      ? 0
      : c.sharedTokens / Math.max(settings.minComparableTokens, Math.min(tip.distinctTokens, c.candidateTokens));
  const jaccard = c.sameMinhash / MINHASH_SIZE;
  // A few words alike (帮老同学打招呼) are a stock phrase, not a copy: without a shared
  // subject only a text with enough content words can be a near-copy. (A tip with few
  // words can only be that like one with few words too, so the tip's count decides.)
  const nearCopy = jaccard >= settings.minJaccardWithoutSubject && (sameSubject || tip.distinctTokens >= settings.minTokensWithoutSubject);
  const reasons: string[] = [];
  let evidence = 0;
  if (sameSubject) {
    const p = settings.points;
    reasons.push('被反映人相同');
    const [mine, mineNext] = tip.categories;
    const [theirs, theirsNext] = c.categories;
    if (mine && mine === theirs) {
      evidence += p.sameCategory;
      reasons.push('问题类别相同');
    } else if (mine && theirs && (mine === theirsNext || mineNext === theirs)) {
      evidence += p.relatedCategory;
      reasons.push('问题类别相近（一方的第二可能类别）');
    } else if (mine && theirs) {
      evidence += p.otherCategory;
      reasons.push('问题类别不同');
    } else {
      // The rules placed one of them nowhere: nothing says the two are of one kind.
      evidence += p.noCategory;
      reasons.push('一方未能归类');
    }
    let factPoints = 0;
    for (const fact of c.facts) {
      factPoints += p[FACT_POINTS[fact.kind]];
      reasons.push(`${FACT_WORDS[fact.kind]}“${fact.text}”`);
    }
    evidence += Math.min(settings.maxFactPoints, factPoints);
    // Of one kind, and no month or amount in the two that differs: nothing sets the stories apart.
    const undisputed = Boolean(mine) && mine === theirs && !c.conflicts?.time && !c.conflicts?.amount;
    if (undisputed && factPoints > 0) {
      evidence += p.agreeingStory;
      reasons.push('同类问题，所述细节一致');
    }
    if (c.conflicts?.time) {
      evidence += p.otherTime;
      reasons.push('所述时间不同');
    }
    if (c.conflicts?.amount) {
      evidence += p.otherAmount;
      reasons.push('所述金额不同');
    }
    // A tip of a few words (an SMS: 某书记要走了 提了好多人) has too few content words to
    // share: told of the same subject in the same category, stating nothing that sets it
    // apart, it adds nothing new and is read as a retelling.
    const brief = Math.min(tip.distinctTokens, c.candidateTokens) < settings.minComparableTokens;
    if (brief && undisputed) {
      evidence += p.briefSameStory;
      reasons.push('短讯字数少，所述与之一致');
    }
    evidence += p.content * overlap;
    reasons.push(`内容相近 ${pct(overlap)}`);
    evidence = round(evidence);
  }
  const retold = sameSubject && evidence >= settings.minEvidence;
  if (!retold && !nearCopy) return null;
  if (retold) reasons.push(`合计 ${evidence} 分（达到 ${settings.minEvidence} 分视为同一事项）`);
  else reasons.splice(0, reasons.length);
  if (nearCopy) reasons.push(`文字几乎相同（MinHash 相似度 ${pct(jaccard)}）`);
  return {
    score: round(Math.max(overlap, jaccard)),
    evidence: nearCopy ? Math.max(evidence, settings.minEvidence * 2) : evidence,
    reasons,
  };
}

const FACT_POINTS: Record<SharedFact['kind'], keyof RepeatSettings['points']> = {
  TIME: 'time',
  YEAR: 'year',
  AMOUNT: 'amount',
  PLACE: 'name',
  ORGANIZATION: 'name',
  QUOTE: 'quote',
  COUNT: 'count',
  RELATIVE: 'relative',
  GIFT: 'gift',
};

/**
 * How many of a tip's cadres (`cadreIds`: the linked subjects and every candidate) another
 * tip must name to be about the same person. One, when the tip's subject is linked. A tip
 * that leaves its subject open (张伟, of whom the roster has two; 王副局长 of a unit with
 * two) is about the same person as another only when that one leaves the same choice
 * open: told of the 城关镇 张伟, the other tip may well be about the other 张伟, and whether
 * it retells that story nobody can say until a person has chosen.
 */
export function requiredSharedCadres(
  subjects: ReadonlyArray<{ role: string; status: 'LINKED' | 'CANDIDATES'; candidates: readonly unknown[] }>,
): number {
  const open = subjects.filter((s) => s.role === 'SUBJECT');
  if (open.length === 0 || open.some((s) => s.status === 'LINKED')) return 1;
  return Math.max(1, Math.min(...open.map((s) => s.candidates.length)));
}

/** The fewest equal signature positions that reach `minJaccard` (so the database can filter by it). */
export function minSameMinhash(minJaccard: number): number {
  for (let same = 0; same <= MINHASH_SIZE; same += 1) if (same / MINHASH_SIZE >= minJaccard) return same;
  return MINHASH_SIZE + 1;
}

/** A category and its runner-up when that has at least half the best one's score. */
export function leadingCategories(best: string | null, scores: ReadonlyArray<{ code: string; score: number }>): string[] {
  if (!best) return [];
  const top = scores.find((s) => s.code === best)?.score ?? 0;
  const next = scores.filter((s) => s.code !== best && s.score > 0 && s.score >= top / 2).sort((a, b) => b.score - a.score)[0];
  return next ? [best, next.code] : [best];
}

/**
 * Other tips on the same matter: found through two indexes — tips about the same cadre
 * (linked or candidate) and tips sharing a MinHash band — then scored (`scoreRepeat`).
 * The database compares signatures and counts shared tokens, and returns only the
 * candidates that can be repeats: near-copies, and tips sharing a subject, whose texts
 * come along so that the facts both state can be compared.
 */
/** How many earlier tips' facts are kept between triage jobs (a few MB). */
const FACTS_CACHE_SIZE = 5_000;
const factsCache = new Map<string, { body: string; at: number; facts: TipFacts }>();

/**
 * The facts of a candidate tip. The same earlier tips are candidates of many new ones (a cadre's
 * tips, a campaign's copies), and reading facts from a text is most of the repeat search's CPU,
 * so they are kept by tip, used again only while the text and receipt time are the same (a tip
 * whose text changed is read again), and the least recently used are dropped past the size.
 */
function candidateFacts(id: string, body: string, receivedAt: Date): TipFacts {
  const at = receivedAt.getTime();
  const kept = factsCache.get(id);
  if (kept && kept.body === body && kept.at === at) {
    factsCache.delete(id);
    factsCache.set(id, kept);
    return kept.facts;
  }
  const facts = tipFacts(body, receivedAt);
  factsCache.delete(id);
  factsCache.set(id, { body, at, facts });
  if (factsCache.size > FACTS_CACHE_SIZE) factsCache.delete(factsCache.keys().next().value!);
  return facts;
}

/** A tip as the repeat search sees it. */
export interface RepeatSearchTip {
  reportId: string;
  body: string;
  receivedAt: Date;
  /** The tip's category and its runner-up (`leadingCategories`). */
  categories: readonly string[];
  cadreIds: string[];
  /** How many of `cadreIds` another tip must name too (`requiredSharedCadres`; 1 when absent). */
  minSharedCadres?: number;
  contentTokens: string[];
  minhash: number[];
  bands: number[];
}

/** What the database is asked for a tip's candidates (its part of RepeatCandidatesBatch). */
export function repeatQuery(tip: RepeatSearchTip): {
  reportId: string;
  cadreIds: string[];
  bands: number[];
  minhash: number[];
  distinctTokens: string[];
} {
  return {
    reportId: tip.reportId,
    cadreIds: tip.cadreIds,
    bands: tip.bands.slice(0, MINHASH_BANDS),
    minhash: tip.minhash,
    distinctTokens: [...new Set(tip.contentTokens)],
  };
}

/** The candidates the database found for a tip (`RepeatCandidateRow`s, oldest first), scored: its repeats, earlier and later. */
export function scoreCandidates(
  tip: RepeatSearchTip,
  rows: readonly RepeatCandidateRow[],
  settings: TriageConfig['repeats'],
): RepeatMatch[] {
  const distinct = new Set(tip.contentTokens);
  const mine = rows.some((r) => r.body !== null) ? tipFacts(tip.body, tip.receivedAt) : null;
  const matches: RepeatMatch[] = [];
  for (const row of rows) {
    const theirs = mine && row.body !== null ? candidateFacts(row.id, row.body, row.receivedAt) : null;
    const scored = scoreRepeat(
      { categories: tip.categories, distinctTokens: distinct.size, minSharedCadres: tip.minSharedCadres },
      {
        sharedCadres: row.sharedCadres,
        categories: leadingCategories(
          row.category,
          Object.entries(row.categoryScores ?? {}).map(([code, score]) => ({ code, score })),
        ),
        sameMinhash: row.sameMinhash,
        candidateTokens: row.candidateTokens,
        sharedTokens: row.sharedTokens,
        facts: mine && theirs ? sharedFacts(mine, theirs) : [],
        conflicts: mine && theirs ? conflictingFacts(mine, theirs) : { time: false, amount: false },
      },
      settings,
    );
    if (!scored) continue;
    matches.push({
      reportId: row.id,
      number: row.number,
      receivedAt: row.receivedAt,
      earlier: row.earlier,
      rootId: row.repeatOf ?? row.id,
      ...scored,
    });
  }
  return matches;
}
