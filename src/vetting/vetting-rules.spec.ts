import { describe, expect, it } from '@jest/globals';
import type { CadreFacts } from '../cadres/dto/cadre-facts.js';
import {
  agencyOpinionRule,
  evaluate,
  fileAuditRule,
  investigationRule,
  openReportRule,
  personalMattersRule,
  priorReportRule,
  quotaRule,
  sanctionRule,
  type CandidateFacts,
  type PriorReportFact,
} from './vetting-rules.js';

const ASOF = '2026-11-24';
const cadre = (over: Partial<CadreFacts> = {}): CadreFacts => ({
  cadreId: 'c1',
  unitId: 'u1',
  level: '副科',
  quotaKeys: ['科长', '副科'],
  underInvestigation: false,
  investigationSince: null,
  fileAuditedOn: '2026-09-15',
  openFileDoubts: [],
  openReports: [],
  sanctions: [],
  personalMatters: { year: 2026, status: 'CONSISTENT', checkedOn: '2026-10-20', explainedOn: null, detail: null },
  ...over,
});
const facts = (over: Partial<CandidateFacts> = {}, c: Partial<CadreFacts> = {}): CandidateFacts => ({
  asOf: ASOF,
  promotion: true,
  cadre: cadre(c),
  opinions: [
    {
      requestId: 'r1',
      agencyCode: 'DISCIPLINE',
      agencyName: '纪委监委',
      dueOn: '2026-11-20',
      reply: { adverse: false, body: '无不良反映' },
    },
  ],
  quota: null,
  ...over,
});
const codes = (reasons: Array<{ code: string }>) => reasons.map((r) => r.code);

describe('vetting rules', () => {
  it('passes a clean candidate', () => {
    expect(evaluate(facts())).toEqual({ verdict: 'PASS', reasons: [] });
  });

  it.each<[string, string | null, string[]]>([
    ['audited before', '2026-09-15', []],
    ['audited on the day', ASOF, []],
    ['audited only after the date', '2026-11-25', ['FILE_NOT_AUDITED']],
    ['never audited', null, ['FILE_NOT_AUDITED']],
  ])('file audit: %s', (_, auditedOn, expected) => {
    expect(codes(fileAuditRule(facts({}, { fileAuditedOn: auditedOn })))).toEqual(expected);
  });

  const doubt = (doubtId: string, message: string) => ({ doubtId, rule: 'BIRTH_CONFLICT', fact: 'BIRTH', message });
  it.each<[string, string | null, CadreFacts['openFileDoubts'], string[]]>([
    ['audited, no doubt open', '2026-09-15', [], []],
    [
      'audited, a doubt opened since (a roster contradiction, a new record)',
      '2026-09-15',
      [doubt('d1', '出生日期记载不一致')],
      ['FILE_DOUBT_OPEN'],
    ],
    ['not audited and a doubt open', null, [doubt('d1', '出生日期记载不一致')], ['FILE_NOT_AUDITED', 'FILE_DOUBT_OPEN']],
    ['two doubts open: one reason each', '2026-09-15', [doubt('d1', 'a'), doubt('d2', 'b')], ['FILE_DOUBT_OPEN', 'FILE_DOUBT_OPEN']],
  ])('file doubts (档案必审): %s', (_, auditedOn, openFileDoubts, expected) => {
    expect(codes(fileAuditRule(facts({}, { fileAuditedOn: auditedOn, openFileDoubts })))).toEqual(expected);
  });

  it('a file doubt blocks, names the doubt and points at it', () => {
    const result = evaluate(facts({}, { openFileDoubts: [doubt('d7', '出生日期记载不一致：…')] }));
    expect(result.verdict).toBe('BLOCK');
    expect(result.reasons).toEqual([
      {
        code: 'FILE_DOUBT_OPEN',
        effect: 'BLOCK',
        message: '档案存疑未查明：出生日期记载不一致：…',
        evidence: { type: 'FILE_DOUBT', cadreId: 'c1', doubtId: 'd7', rule: 'BIRTH_CONFLICT' },
      },
    ]);
  });

  it.each<[string, CadreFacts['personalMatters'], string[]]>([
    ['consistent', { year: 2026, status: 'CONSISTENT', checkedOn: '2026-10-20', explainedOn: null, detail: null }, []],
    [
      'concealment',
      { year: 2026, status: 'CONCEALMENT', checkedOn: '2026-10-20', explainedOn: null, detail: null },
      ['PERSONAL_MATTERS_DISCREPANCY'],
    ],
    [
      'omission, not explained',
      { year: 2026, status: 'OMISSION', checkedOn: '2026-10-20', explainedOn: null, detail: null },
      ['PERSONAL_MATTERS_DISCREPANCY'],
    ],
    [
      'omission, explained in writing',
      { year: 2026, status: 'OMISSION', checkedOn: '2026-10-20', explainedOn: '2026-10-30', detail: null },
      [],
    ],
    [
      'not verified',
      { year: 2026, status: 'NOT_VERIFIED', checkedOn: null, explainedOn: null, detail: null },
      ['PERSONAL_MATTERS_NOT_VERIFIED'],
    ],
    ['no report at all', null, ['PERSONAL_MATTERS_NOT_VERIFIED']],
  ])('personal matters: %s', (_, pm, expected) => {
    expect(codes(personalMattersRule(facts({}, { personalMatters: pm })))).toEqual(expected);
  });

  it.each<[string, CandidateFacts['opinions'], string[], string]>([
    [
      'answered, nothing adverse',
      [{ requestId: 'r1', agencyCode: 'A', agencyName: 'A', dueOn: ASOF, reply: { adverse: false, body: '无' } }],
      [],
      'PASS',
    ],
    [
      'adverse answer',
      [{ requestId: 'r1', agencyCode: 'A', agencyName: 'A', dueOn: ASOF, reply: { adverse: true, body: '有在办案件' } }],
      ['AGENCY_ADVERSE_OPINION'],
      'BLOCK',
    ],
    [
      'not answered yet',
      [{ requestId: 'r1', agencyCode: 'A', agencyName: 'A', dueOn: '2026-11-30', reply: null }],
      ['AGENCY_REPLY_MISSING'],
      'PENDING',
    ],
  ])('agency opinions: %s', (_, opinions, expected, verdict) => {
    expect(codes(agencyOpinionRule(facts({ opinions })))).toEqual(expected);
    expect(evaluate(facts({ opinions })).verdict).toBe(verdict);
  });

  it('marks a missing answer past its due date as overdue', () => {
    const [reason] = agencyOpinionRule(
      facts({ opinions: [{ requestId: 'r1', agencyCode: 'A', agencyName: 'A', dueOn: '2026-11-23', reply: null }] }),
    );
    expect(reason?.evidence).toMatchObject({ type: 'REQUEST', requestId: 'r1', overdue: true });
  });

  it('blocks on each open linked tip, pointing at it', () => {
    const reasons = openReportRule(
      facts({}, { openReports: [{ reportId: 'p1', number: 'QF-2026-000001', status: 'TRIAGED', receivedAt: '' }] }),
    );
    expect(reasons).toEqual([
      expect.objectContaining({ code: 'OPEN_REPORT_UNVERIFIED', evidence: { type: 'REPORT', reportId: 'p1', number: 'QF-2026-000001' } }),
    ]);
  });

  it.each([
    ['ended the day before', '2025-11-23', []],
    ['ends on the date', '2025-11-24', ['SANCTION_IN_EFFECT']],
    ['ends the day after', '2025-11-25', ['SANCTION_IN_EFFECT']],
  ])('sanction (记过, 12 months) %s', (_, effectiveOn, expected) => {
    expect(codes(sanctionRule(facts({}, { sanctions: [{ id: 's1', kind: 'GOV_DEMERIT', effectiveOn }] })))).toEqual(expected);
  });

  it('留党察看: probation plus 24 months', () => {
    const s = { id: 's1', kind: 'PARTY_PROBATION' as const, effectiveOn: '2023-11-25', probationMonths: 12 };
    expect(codes(sanctionRule(facts({}, { sanctions: [s] })))).toEqual(['SANCTION_IN_EFFECT']);
    expect(codes(sanctionRule(facts({}, { sanctions: [{ ...s, effectiveOn: '2023-11-23' }] })))).toEqual([]);
  });

  it('accountability: a lateral leadership post after 12 months, a promotion only after 24', () => {
    const s = { id: 's1', kind: 'REMOVAL_FROM_POST' as const, effectiveOn: '2025-06-01' };
    expect(codes(sanctionRule(facts({ promotion: false }, { sanctions: [s] })))).toEqual([]);
    expect(codes(sanctionRule(facts({ promotion: true }, { sanctions: [s] })))).toEqual(['SANCTION_IN_EFFECT']);
  });

  it('blocks a cadre under investigation', () => {
    expect(codes(investigationRule(facts({}, { underInvestigation: true })))).toEqual(['UNDER_INVESTIGATION']);
  });

  it.each([
    [{ approved: 3, occupied: 2, alreadyCounted: false }, []],
    [{ approved: 3, occupied: 3, alreadyCounted: false }, ['OVER_QUOTA']],
    [{ approved: 3, occupied: 3, alreadyCounted: true }, []],
    [{ approved: 2, occupied: 4, alreadyCounted: true }, ['OVER_QUOTA']],
  ])('quota %p', (q, expected) => {
    expect(codes(quotaRule(facts({ quota: { unitId: 'u1', level: '副科', ...q } })))).toEqual(expected);
  });

  const sent = { on: '2026-11-10', reference: '区组干〔2026〕12号', to: '市委组织部' };
  const reply = (result: 'AGREE' | 'DISAGREE', on = '2026-11-20'): PriorReportFact['reply'] => ({
    on,
    reference: '市组干函〔2026〕3号',
    result,
    note: result === 'DISAGREE' ? '该同志任职年限不足' : null,
  });
  it.each<[string, PriorReportFact | null, string[], 'PASS' | 'BLOCK' | 'PENDING']>([
    ['the post needs none', null, [], 'PASS'],
    ['not reported yet', { candidateId: 'v1', post: '组织部副部长', sent: null, reply: null }, ['PRIOR_REPORT_REPLY_MISSING'], 'PENDING'],
    ['reported, no reply yet', { candidateId: 'v1', post: '组织部副部长', sent, reply: null }, ['PRIOR_REPORT_REPLY_MISSING'], 'PENDING'],
    [
      'a reply dated after the day',
      { candidateId: 'v1', post: '组织部副部长', sent, reply: reply('AGREE', '2026-11-25') },
      ['PRIOR_REPORT_REPLY_MISSING'],
      'PENDING',
    ],
    ['the reply agrees', { candidateId: 'v1', post: '组织部副部长', sent, reply: reply('AGREE') }, [], 'PASS'],
    ['the reply agrees on the day', { candidateId: 'v1', post: '组织部副部长', sent, reply: reply('AGREE', ASOF) }, [], 'PASS'],
    [
      'the reply disagrees',
      { candidateId: 'v1', post: '组织部副部长', sent, reply: reply('DISAGREE') },
      ['PRIOR_REPORT_DISAGREED'],
      'BLOCK',
    ],
  ])('报备: %s', (_, priorReport, expected, verdict) => {
    expect(codes(priorReportRule(facts({ priorReport })))).toEqual(expected);
    expect(evaluate(facts({ priorReport })).verdict).toBe(verdict);
  });

  it('says what is awaited and points at the candidacy', () => {
    const [waiting] = priorReportRule(facts({ priorReport: { candidateId: 'v1', post: '纪委副书记', sent, reply: null } }));
    expect(waiting).toEqual({
      code: 'PRIOR_REPORT_REPLY_MISSING',
      effect: 'PENDING',
      message: '拟任纪委副书记须经上级组织部门同意：已于 2026-11-10 报备市委组织部（区组干〔2026〕12号），尚未回复',
      evidence: { type: 'PRIOR_REPORT', candidateId: 'v1', post: '纪委副书记', sentOn: '2026-11-10', repliedOn: null },
    });
    const [refused] = priorReportRule(facts({ priorReport: { candidateId: 'v1', post: '纪委副书记', sent, reply: reply('DISAGREE') } }));
    expect(refused?.message).toBe('上级组织部门 2026-11-20 回复不同意（市组干函〔2026〕3号）：该同志任职年限不足');
  });

  it('lists every reason, blocking ones and awaited ones', () => {
    const result = evaluate(
      facts(
        { opinions: [{ requestId: 'r1', agencyCode: 'A', agencyName: 'A', dueOn: '2026-11-30', reply: null }] },
        { underInvestigation: true, fileAuditedOn: null },
      ),
    );
    expect(result.verdict).toBe('BLOCK');
    expect(codes(result.reasons).sort()).toEqual(['AGENCY_REPLY_MISSING', 'FILE_NOT_AUDITED', 'UNDER_INVESTIGATION']);
  });
});
