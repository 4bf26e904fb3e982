import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../infra/database/prepared.js';
import type { TriageConfig } from '../triage-config.js';
import { MINHASH_BANDS, MINHASH_SIZE } from './minhash.js';

export interface RepeatMatch {
  reportId: string;
  number: string;
  receivedAt: Date;
  /** Received before the tip being triaged (by receipt time, then id, at full precision). */
  earlier: boolean;
  /** The first tip of the chain the match belongs to. */
  rootId: string;
  score: number;
  reasons: string[];
}

/**
 * What is compared of one earlier (or later) tip, counted by the database so that no
 * token or signature array crosses the wire: equal MinHash positions, and the distinct
 * content tokens it has and shares with the tip being triaged.
 */
export interface RepeatCandidate {
  sharedCadres: number;
  category: string | null;
  /** Positions at which the two MinHash signatures agree (of MINHASH_SIZE). */
  sameMinhash: number;
  /** Distinct content tokens of the candidate, and how many of them the tip has too. */
  candidateTokens: number;
  sharedTokens: number;
}

/**
 * Same subject, same category and enough shared content; or near-identical text whoever
 * it names. The numbers are exactly those of `overlapCoefficient` and `estimatedJaccard`
 * over the two tips' tokens and signatures. Null when the candidate is no repeat.
 */
export function scoreRepeat(
  tip: { category: string | null; distinctTokens: number },
  c: RepeatCandidate,
  settings: Pick<TriageConfig['repeats'], 'minOverlap' | 'minJaccardWithoutSubject'>,
): { score: number; reasons: string[] } | null {
  const overlap =
    tip.distinctTokens === 0 || c.candidateTokens === 0 ? 0 : c.sharedTokens / Math.min(tip.distinctTokens, c.candidateTokens);
  const jaccard = c.sameMinhash / MINHASH_SIZE;
  const reasons: string[] = [];
  const sameMatter = c.sharedCadres > 0 && c.category !== null && c.category === tip.category && overlap >= settings.minOverlap;
  if (sameMatter) reasons.push('被反映人相同', '问题类别相同', `内容重合 ${Math.round(overlap * 100)}%`);
  const nearCopy = jaccard >= settings.minJaccardWithoutSubject;
  if (nearCopy) reasons.push(`文字几乎相同（MinHash 相似度 ${Math.round(jaccard * 100)}%）`);
  if (!sameMatter && !nearCopy) return null;
  return { score: Math.round(Math.max(sameMatter ? overlap : 0, jaccard) * 100) / 100, reasons };
}

/** The fewest equal signature positions that reach `minJaccard` (so the database can filter by it). */
export function minSameMinhash(minJaccard: number): number {
  for (let same = 0; same <= MINHASH_SIZE; same += 1) if (same / MINHASH_SIZE >= minJaccard) return same;
  return MINHASH_SIZE + 1;
}

interface Row {
  id: string;
  number: string;
  received_at: Date;
  category: string | null;
  repeat_of: string | null;
  shared_cadres: number;
  earlier: boolean;
  same_minhash: number;
  candidate_tokens: number | null;
  shared_tokens: number | null;
}

/**
 * At most this many earlier tips are scored. A campaign of identical messages (or a
 * cadre with hundreds of tips) would otherwise make each new tip cost more than the last;
 * the most recent ones suffice, since each already points at the first tip of its chain.
 */
const MAX_CANDIDATES = 200;

/**
 * Other tips on the same matter: found through two indexes — tips about the same cadre
 * (linked or candidate) and tips sharing a MinHash band — then scored. Same subject,
 * same category and enough shared content; or near-identical text whoever it names.
 * The database compares signatures and counts shared tokens, and returns only the
 * candidates that can be repeats: a tip's cost does not depend on how long the others are.
 */
export async function findRepeats(
  manager: EntityManager,
  tip: { reportId: string; category: string | null; cadreIds: string[]; contentTokens: string[]; minhash: number[]; bands: number[] },
  settings: TriageConfig['repeats'],
): Promise<RepeatMatch[]> {
  const distinct = [...new Set(tip.contentTokens)];
  const rows = await preparedQuery<Row>(
    manager,
    'qf_triage_repeats',
    `WITH by_subject AS (
       SELECT report_id, count(*)::int AS shared FROM report_subject_cadre
        WHERE cadre_id = ANY($2::uuid[]) AND report_id <> $1 GROUP BY report_id
     ), by_band AS (
       SELECT DISTINCT report_id FROM report_minhash_band
        WHERE (band, key) IN (SELECT b - 1, k FROM unnest($3::int[]) WITH ORDINALITY AS t(k, b)) AND report_id <> $1
     ), found AS (
       SELECT report_id FROM by_subject UNION SELECT report_id FROM by_band
     ), recent AS (
       SELECT r.id, r.number, r.received_at, r.category, r.repeat_of, t.content_tokens, t.minhash,
              coalesce(s.shared, 0) AS shared_cadres,
              (r.received_at, r.id) < (SELECT received_at, id FROM report WHERE id = $1) AS earlier
         FROM found f JOIN report r ON r.id = f.report_id JOIN report_triage t ON t.report_id = r.id
         LEFT JOIN by_subject s ON s.report_id = r.id
        WHERE r.received_at > now() - make_interval(days => $4)
        ORDER BY r.received_at DESC, r.id DESC
        LIMIT ${MAX_CANDIDATES}
     )
     SELECT c.id, c.number, c.received_at, c.category, c.repeat_of, c.shared_cadres, c.earlier, m.same_minhash,
            k.candidate_tokens, k.shared_tokens
       FROM recent c
      CROSS JOIN LATERAL (SELECT count(*)::int AS same_minhash FROM unnest(c.minhash, $5::bigint[]) AS u(a, b) WHERE a = b) m
       LEFT JOIN LATERAL (SELECT count(DISTINCT x)::int AS candidate_tokens, (count(DISTINCT x) FILTER (WHERE x = ANY($6::text[])))::int AS shared_tokens
                            FROM unnest(c.content_tokens) AS x) k ON c.shared_cadres > 0 AND c.category = $7
      WHERE m.same_minhash >= $8 OR (c.shared_cadres > 0 AND c.category = $7)
     -- Oldest first, ordered by the database at full precision (JavaScript dates keep only ms).
      ORDER BY c.received_at, c.id`,
    [
      tip.reportId,
      tip.cadreIds,
      tip.bands.slice(0, MINHASH_BANDS),
      settings.lookbackDays,
      tip.minhash,
      distinct,
      tip.category,
      minSameMinhash(settings.minJaccardWithoutSubject),
    ],
  );
  const matches: RepeatMatch[] = [];
  for (const row of rows) {
    const scored = scoreRepeat(
      { category: tip.category, distinctTokens: distinct.length },
      {
        sharedCadres: row.shared_cadres,
        category: row.category,
        sameMinhash: row.same_minhash,
        candidateTokens: row.candidate_tokens ?? 0,
        sharedTokens: row.shared_tokens ?? 0,
      },
      settings,
    );
    if (!scored) continue;
    matches.push({
      reportId: row.id,
      number: row.number,
      receivedAt: row.received_at,
      earlier: row.earlier,
      rootId: row.repeat_of ?? row.id,
      ...scored,
    });
  }
  return matches;
}
