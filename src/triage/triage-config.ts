import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, deepMerge } from '../infra/config/app-config.js';

const positive = z.number().positive();
const share = z.number().min(0).max(1);

export const triageConfigSchema = z.strictObject({
  linking: z.strictObject({
    autoLinkMinScore: positive,
    autoLinkMargin: z.number().min(0),
    maxCandidates: z.number().int().min(1).max(20),
    commonWordFrequency: z.number().int().min(0),
    /** A post said by one character after a surname (王局 → 局长); the value is one of `postTitles`. */
    shortTitles: z.record(z.string().length(1), z.string().min(2)),
  }),
  repeats: z.strictObject({
    minJaccardWithoutSubject: share,
    minTokensWithoutSubject: z.number().int().min(0),
    minComparableTokens: z.number().int().min(0),
    minEvidence: positive,
    points: z.strictObject({
      content: z.number().min(0),
      sameCategory: z.number().min(0),
      briefSameStory: z.number().min(0),
      /** Same subject and category, a fact in common and none differing: a retelling in other words. */
      agreeingStory: z.number().min(0),
      relatedCategory: z.number(),
      otherCategory: z.number().max(0),
      noCategory: z.number().max(0),
      time: z.number().min(0),
      year: z.number().min(0),
      amount: z.number().min(0),
      name: z.number().min(0),
      quote: z.number().min(0),
      count: z.number().min(0),
      relative: z.number().min(0),
      gift: z.number().min(0),
      otherTime: z.number().max(0),
      otherAmount: z.number().max(0),
    }),
    maxFactPoints: z.number().min(0),
    lookbackDays: z.number().int().positive(),
  }),
  model: z.strictObject({
    minExamples: z.number().int().min(2),
    weight: share,
    halfWeightAt: z.number().int().min(0),
    retrainEveryMinutes: z.number().int().min(1),
    /** Train on the shipped starter examples (config/starter-examples.jsonl) too. */
    starterExamples: z.boolean(),
  }),
  confidence: z.strictObject({
    /** Below this calibrated confidence an unconfirmed category shows as "needs a person". */
    threshold: share,
    weights: z.strictObject({ intercept: z.number(), margin: z.number(), evidence: z.number() }),
  }),
  priority: z.strictObject({
    realName: z.number().min(0),
    specific: z.number().min(0),
    perRepeat: z.number().min(0),
    maxRepeats: z.number().int().min(0),
    pendingVetting: z.number().min(0),
    highAt: z.number().min(0),
    mediumAt: z.number().min(0),
  }),
  deadlines: z.strictObject({
    dispositionWorkingDays: z.number().int().positive(),
    remindWorkingDaysBefore: z.number().int().min(0),
  }),
  approvals: z.strictObject({
    dispositions: z.array(
      z.enum(['TALK_INQUIRY', 'PRELIMINARY_VERIFICATION', 'FILED_PENDING', 'CLOSED_NO_ACTION', 'TRANSFER', 'NOT_ACCEPTED']),
    ),
    close: z.boolean(),
  }),
  postTitles: z.array(z.string().min(1)).min(1),
  compoundSurnames: z.array(z.string().length(2)),
  unitAbbreviations: z.record(z.string().min(2), z.array(z.string().min(2))),
  unitRenamings: z.array(
    z.strictObject({
      old: z.array(z.string().min(2)).min(1),
      new: z.array(z.string().min(2)).min(1),
      titles: z.record(z.string(), z.string()).optional(),
    }),
  ),
});
export type TriageConfig = z.infer<typeof triageConfigSchema>;

function readYaml(path: string): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot parse ${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads `triage.yaml` from the configuration folder, with `triage.local.yaml` (a
 * deployment's own values, key by key) over it; a broken file stops the process at boot.
 */
export function loadTriageConfig(configDir: string): TriageConfig {
  const path = join(configDir, 'triage.yaml');
  if (!existsSync(path)) throw new ConfigError(`Missing configuration file ${path}`);
  const local = join(configDir, 'triage.local.yaml');
  const raw = existsSync(local) ? deepMerge(readYaml(path), readYaml(local)) : readYaml(path);
  const result = triageConfigSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${path}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${issues}`);
  }
  return result.data;
}
