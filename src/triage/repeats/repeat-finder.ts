import type { EntityManager } from 'typeorm';
import type { TriageConfig } from '../triage-config.js';
import { MINHASH_BANDS, estimatedJaccard, overlapCoefficient } from './minhash.js';

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

interface Row {
  id: string;
  number: string;
  received_at: Date;
  category: string | null;
  repeat_of: string | null;
  content_tokens: string[];
  minhash: string[];
  shared_cadres: number;
  earlier: boolean;
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
 */
export async function findRepeats(
  manager: EntityManager,
  tip: { reportId: string; category: string | null; cadreIds: string[]; contentTokens: string[]; minhash: number[]; bands: number[] },
  settings: TriageConfig['repeats'],
): Promise<RepeatMatch[]> {
  const rows: Row[] = await manager.query(
    `WITH by_subject AS (
       SELECT report_id, count(*)::int AS shared FROM report_subject_cadre
        WHERE cadre_id = ANY($2::uuid[]) AND report_id <> $1 GROUP BY report_id
     ), by_band AS (
       SELECT DISTINCT report_id FROM report_minhash_band
        WHERE (band, key) IN (SELECT b - 1, k FROM unnest($3::int[]) WITH ORDINALITY AS t(k, b)) AND report_id <> $1
     ), found AS (
       SELECT report_id FROM by_subject UNION SELECT report_id FROM by_band
     )
     SELECT * FROM (
       SELECT r.id, r.number, r.received_at, r.category, r.repeat_of, t.content_tokens, t.minhash,
              coalesce(s.shared, 0) AS shared_cadres,
              (r.received_at, r.id) < (SELECT received_at, id FROM report WHERE id = $1) AS earlier
         FROM found f JOIN report r ON r.id = f.report_id JOIN report_triage t ON t.report_id = r.id
         LEFT JOIN by_subject s ON s.report_id = r.id
        WHERE r.received_at > now() - make_interval(days => $4)
        ORDER BY r.received_at DESC, r.id DESC
        LIMIT ${MAX_CANDIDATES}
     ) recent
     -- Oldest first, ordered by the database at full precision (JavaScript dates keep only ms).
     ORDER BY received_at, id`,
    [tip.reportId, tip.cadreIds, tip.bands.slice(0, MINHASH_BANDS), settings.lookbackDays],
  );
  const matches: RepeatMatch[] = [];
  for (const row of rows) {
    const overlap = overlapCoefficient(tip.contentTokens, row.content_tokens);
    const jaccard = estimatedJaccard(tip.minhash, row.minhash.map(Number));
    const reasons: string[] = [];
    const sameMatter = row.shared_cadres > 0 && row.category !== null && row.category === tip.category && overlap >= settings.minOverlap;
    if (sameMatter) reasons.push('被反映人相同', '问题类别相同', `内容重合 ${Math.round(overlap * 100)}%`);
    const nearCopy = jaccard >= settings.minJaccardWithoutSubject;
    if (nearCopy) reasons.push(`文字几乎相同（MinHash 相似度 ${Math.round(jaccard * 100)}%）`);
    if (!sameMatter && !nearCopy) continue;
    matches.push({
      reportId: row.id,
      number: row.number,
      receivedAt: row.received_at,
      earlier: row.earlier,
      rootId: row.repeat_of ?? row.id,
      score: Math.round(Math.max(sameMatter ? overlap : 0, jaccard) * 100) / 100,
      reasons,
    });
  }
  return matches;
}
