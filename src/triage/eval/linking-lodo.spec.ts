import { describe, expect, it } from '@jest/globals';
import { RULE_WEIGHTS } from '../linking/link-features.js';
import { readMentions } from '../linking/link-subjects.js';
import { shippedTriageConfig, testIndex } from '../linking/test-roster.js';
import {
  beats,
  chosenOnOthers,
  leaveOneDistrictOut,
  linkingFigures,
  summarize,
  type LinkingDistrict,
  type LodoResult,
} from './linking-lodo.js';
import { linkingScores } from './metrics.js';

const config = shippedTriageConfig();
const index = testIndex(config);
const tip = (id: string, text: string, subjects: string[], ambiguous = false) => ({
  id,
  text,
  labels: { subjects, ambiguous },
  readings: readMentions(text, index),
});

const scores = (top1Rate: number, precision: number, recall: number, heldRate: number) => ({
  ...linkingScores([]),
  top1Rate,
  precision,
  recall,
  heldRate,
});
const result = (name: string, rows: Array<[string, number, number, number, number]>): LodoResult =>
  summarize(
    { regularization: name === 'rules' ? Infinity : 1, autoLinkMinScore: 4.5, autoLinkMargin: 1.5 },
    rows.map(([district, ...f]) => ({ name: district, scores: scores(...f) })),
  );

describe('linking figures', () => {
  it.each([
    [
      'a right link, a wrong one, a held pair',
      [
        {
          labels: { subjects: ['A'], ambiguous: false },
          subjects: [{ role: 'SUBJECT', status: 'LINKED', candidates: [{ personNo: 'A' }] }],
        },
        {
          labels: { subjects: ['B'], ambiguous: false },
          subjects: [{ role: 'SUBJECT', status: 'LINKED', candidates: [{ personNo: 'C' }] }],
        },
        {
          labels: { subjects: ['D', 'E'], ambiguous: true },
          subjects: [{ role: 'SUBJECT', status: 'CANDIDATES', candidates: [{ personNo: 'D' }, { personNo: 'E' }] }],
        },
      ],
      { top1: 1, linkable: 2, held: 1, ambiguous: 1, linkedRight: 1, linkedAll: 2, labelledAll: 2 },
    ],
    [
      'a mentioned person is not counted, a guessed ambiguous one is not held',
      [
        {
          labels: { subjects: ['A'], ambiguous: false },
          subjects: [
            { role: 'MENTIONED', status: 'LINKED', candidates: [{ personNo: 'X' }] },
            { role: 'SUBJECT', status: 'CANDIDATES', candidates: [{ personNo: 'A' }] },
          ],
        },
        {
          labels: { subjects: ['D', 'E'], ambiguous: true },
          subjects: [{ role: 'SUBJECT', status: 'LINKED', candidates: [{ personNo: 'D' }] }],
        },
      ],
      { top1: 1, linkable: 1, held: 0, heldPerMention: 0, ambiguous: 1, linkedRight: 0, linkedAll: 0, labelledAll: 1 },
    ],
    [
      'per mention: a clear co-subject linked beside the held mention is no guess; one chosen over another labelled is',
      [
        {
          labels: { subjects: ['D', 'E', 'F'], ambiguous: true },
          subjects: [
            { role: 'SUBJECT', status: 'CANDIDATES', candidates: [{ personNo: 'D' }, { personNo: 'E' }] },
            { role: 'SUBJECT', status: 'LINKED', candidates: [{ personNo: 'F' }, { personNo: 'X' }] },
          ],
        },
        {
          labels: { subjects: ['D', 'E', 'F'], ambiguous: true },
          subjects: [
            { role: 'SUBJECT', status: 'CANDIDATES', candidates: [{ personNo: 'F' }, { personNo: 'X' }] },
            { role: 'SUBJECT', status: 'LINKED', candidates: [{ personNo: 'D' }, { personNo: 'E' }] },
          ],
        },
      ],
      { held: 0, heldPerMention: 1, heldPerMentionRate: 0.5, ambiguous: 2 },
    ],
  ])('%s', (_case, tips, expected) => {
    expect(linkingScores(tips)).toMatchObject(expected);
  });

  it('measures a district from its tips as read, and by leave-one-district-out', () => {
    const north: LinkingDistrict = {
      name: 'north',
      tips: [
        tip('N1', '区自然资源局副局长李文斌收受下属钱款承诺提拔。', ['T002']),
        tip('N2', '王建国到处跑官要官。', ['T001', 'T003'], true),
      ],
    };
    const south: LinkingDistrict = {
      name: 'south',
      tips: [tip('S1', '青石镇的王建国到处跑官要官。', ['T003']), tip('S2', '市场监管局副局长张某某瞒报房产。', ['T005'])],
    };
    expect(linkingFigures(north, config.linking, RULE_WEIGHTS)).toMatchObject({ top1Rate: 1, precision: 1, recall: 1, heldRate: 1 });
    const [rules, learned] = leaveOneDistrictOut(
      [north, south],
      [
        { regularization: Infinity, autoLinkMinScore: 4.5, autoLinkMargin: 1.5 },
        { regularization: 0.01, autoLinkMinScore: 4.5, autoLinkMargin: 1.5 },
      ],
      5,
    );
    expect(rules!.districts.map((d) => d.name)).toEqual(['north', 'south']);
    expect(rules!.districts[0]!.scores).toMatchObject({ top1Rate: 1, precision: 1, recall: 1, heldRate: 1 });
    expect(rules!.districts[1]!.scores).toMatchObject({ top1Rate: 1, precision: 1, recall: 1, linkable: 2, ambiguous: 0 });
    expect(rules!.worst.top1Rate).toBe(1);
    expect(learned!.districts).toHaveLength(2);
  });
});

describe('choosing between setups', () => {
  const rules = result('rules', [
    ['a', 1, 0.98, 0.97, 0.9],
    ['b', 0.98, 0.94, 0.95, 1],
  ]);

  it.each([
    [
      'better on one figure, no worse elsewhere',
      [
        ['a', 1, 0.99, 0.97, 0.9],
        ['b', 0.98, 0.95, 0.95, 1],
      ],
      true,
    ],
    [
      'the same everywhere',
      [
        ['a', 1, 0.98, 0.97, 0.9],
        ['b', 0.98, 0.94, 0.95, 1],
      ],
      false,
    ],
    [
      'a better mean but a worse worst district',
      [
        ['a', 1, 1, 1, 1],
        ['b', 0.98, 0.93, 0.95, 1],
      ],
      false,
    ],
    [
      'mean and worst better, one district down 0.02',
      [
        ['a', 1, 1, 0.99, 0.9],
        ['b', 0.98, 0.96, 0.95, 0.98],
      ],
      false,
    ],
  ] as const)('%s: beats the rules %p', (_case, rows, expected) => {
    expect(beats(result('learned', rows as unknown as Array<[string, number, number, number, number]>), rules)).toBe(expected);
  });

  it('chooses each district’s thresholds on the others', () => {
    const low = summarize({ regularization: Infinity, autoLinkMinScore: 3.5, autoLinkMargin: 1 }, [
      { name: 'a', scores: scores(1, 1, 1, 1) },
      { name: 'b', scores: scores(0.9, 0.9, 0.9, 0.9) },
    ]);
    const high = summarize({ regularization: Infinity, autoLinkMinScore: 5, autoLinkMargin: 2 }, [
      { name: 'a', scores: scores(0.95, 0.95, 0.95, 0.95) },
      { name: 'b', scores: scores(0.95, 0.95, 0.95, 0.95) },
    ]);
    const chosen = chosenOnOthers([low, high], low.setup);
    // a is measured at what b prefers (high), b at what a prefers (low).
    expect(chosen.picks).toEqual([
      { name: 'a', setup: high.setup },
      { name: 'b', setup: low.setup },
    ]);
    expect(chosen.districts.map((d) => d.scores.top1Rate)).toEqual([0.95, 0.9]);
  });
});
