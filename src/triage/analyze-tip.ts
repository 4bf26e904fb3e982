import type { CategoryDefinition } from '../infra/config/settings.schema.js';
import type { ReportedPerson } from '../reports/entities/report.entity.js';
import { assessSpecificity, type Anchor } from './assess/specificity.js';
import { combineScores, modelWeightFor, type CombinedCategorization } from './categorize/combine.js';
import { categoryConfidence } from './categorize/confidence.js';
import type { RuleCategorizer } from './keyword-categorizer.js';
import { RULE_WEIGHTS } from './linking/link-features.js';
import { linkSubjects, type SubjectLink } from './linking/link-subjects.js';
import { SHIPPED_ROLE_MODEL } from './linking/role-weights.js';
import { bandKeys, minhash } from './repeats/minhash.js';
import type { RosterTools } from './roster-cache.service.js';
import { contentTokens } from './text/content-tokens.js';
import type { TriageConfig } from './triage-config.js';

export interface TipInput {
  body: string;
  /** The people the reporter named in the form's fields. */
  subjects: ReportedPerson[];
  categoryClaimed: string | null;
  /** The civil day the tip came in (YYYY-MM-DD): 今年、去年 in the text are read from it. */
  receivedOn?: string | null;
}

export interface TipAnalysis {
  tokens: string[];
  contentTokens: string[];
  minhash: number[];
  bands: number[];
  categorization: CombinedCategorization;
  /** The calibrated probability that `categorization.best` is right (0 when there is none). */
  confidence: number;
  transferTarget: string | null;
  subjects: SubjectLink[];
  specific: boolean;
  anchors: Anchor[];
  severity: number;
}

/** The form's subject fields as one line the linker reads like the text ("被反映人：某局副局长王某"). */
function formLines(subjects: ReportedPerson[]): string {
  return subjects
    .filter((s) => s.name || s.unit || s.post)
    .map((s) => `\n被反映人：${s.unit ?? ''}${s.post ?? ''}${s.name ?? ''}。`)
    .join('');
}

/** Every pure step of triage on one tip: segment, categorize, link, features for repeats, specificity. */
export function analyzeTip(
  tip: TipInput,
  tools: RosterTools,
  rules: RuleCategorizer,
  /** The learned model's probabilities, its version and how many confirmations it learnt from. */
  predict: (tokens: readonly string[]) => { version: number; probabilities: Record<string, number>; examples: number } | null,
  categories: readonly CategoryDefinition[],
  settings: TriageConfig,
): TipAnalysis {
  const tokens = tools.segmenter.tokens(tip.body);
  const ruled = rules.categorize(tip.body);
  if (tip.categoryClaimed && categories.some((c) => c.code === tip.categoryClaimed)) {
    // The reporter's own choice counts a little, and says so.
    const existing = ruled.scores.find((s) => s.code === tip.categoryClaimed);
    if (existing) {
      existing.score += 1;
      existing.matched.push('举报人所选类别');
    } else ruled.scores.push({ code: tip.categoryClaimed, score: 1, matched: ['举报人所选类别'] });
  }
  const predicted = predict(tokens);
  const categorization = combineScores(ruled, predicted, modelWeightFor(predicted?.examples ?? 0, settings.model));
  const best = categorization.best;
  const subjects = linkSubjects(
    tip.body + formLines(tip.subjects),
    tools.index,
    settings.linking,
    RULE_WEIGHTS,
    SHIPPED_ROLE_MODEL,
    tip.receivedOn ?? null,
  );
  const identified = subjects.some((s) => s.role === 'SUBJECT');
  const { specific, anchors } = assessSpecificity(tip.body, identified);
  const content = contentTokens(tools.segmenter.searchTokens(tip.body), tools.identifying);
  const signature = minhash(content);
  return {
    tokens,
    contentTokens: content,
    minhash: signature,
    bands: bandKeys(signature),
    categorization,
    confidence: categoryConfidence(categorization.scores, settings.confidence.weights),
    transferTarget: best === 'OUT_OF_SCOPE' ? rules.transferTarget(best, tip.body) : null,
    subjects,
    specific,
    anchors,
    severity: categories.find((c) => c.code === best)?.severity ?? 1,
  };
}
