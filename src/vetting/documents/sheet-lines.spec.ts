import { describe, expect, it } from '@jest/globals';
import type { CadreFacts } from '../../cadres/dto/cadre-facts.js';
import { evaluate, type PriorReportFact } from '../vetting-rules.js';
import { sheetLines, stepsOfCandidate, stepText, type SheetFacts } from './sheet-lines.js';

const cadre: CadreFacts = {
  cadreId: 'c1',
  unitId: 'u1',
  level: '副科',
  quotaKeys: ['科长', '副科'],
  underInvestigation: false,
  investigationSince: null,
  fileAuditedOn: '2026-01-05',
  openFileDoubts: [],
  openReports: [],
  sanctions: [],
  personalMatters: { year: 2025, status: 'CONSISTENT', checkedOn: '2026-01-06', explainedOn: null, detail: null },
};
const opinion = {
  requestId: 'r1',
  agencyCode: 'DISCIPLINE',
  agencyName: '纪委监委',
  dueOn: '2026-01-12',
  reply: { adverse: false, body: '未发现不良反映' },
};

function facts(
  over: Partial<CadreFacts>,
  reply = opinion.reply as typeof opinion.reply | null,
  priorReport: PriorReportFact | null = null,
): SheetFacts {
  const c = { ...cadre, ...over };
  const opinions = [{ ...opinion, reply }];
  const { reasons } = evaluate({
    asOf: '2026-02-01',
    promotion: true,
    cadre: c,
    opinions,
    quota: { unitId: 'u1', level: '正科', approved: 1, occupied: 0, alreadyCounted: false },
    priorReport,
  });
  return { cadre: c, opinions, quota: { level: '正科', approved: 1, occupied: 0 }, priorReport, reasons };
}

describe('vetting sheet lines', () => {
  it('a passing candidate: every rule met, each with its evidence', () => {
    const lines = sheetLines(facts({}));
    expect(lines.map((l) => l.result)).toEqual(['符合', '符合', '符合', '符合', '符合', '符合', '符合', '未涉及']);
    expect(lines[0]!.evidence).toEqual(['档案已于 2026-01-05 审核，未发现问题']);
    expect(lines[1]!.evidence).toEqual(['2025 年度报告于 2026-01-06 查核：如实报告']);
    expect(lines[2]!.evidence).toEqual(['纪委监委：未发现不良反映']);
    expect(lines[6]!.evidence).toEqual(['正科职数核定 1 名、现有 0 名，有空缺']);
  });

  it('an open tip and a missing answer: the bar and the pending check, each with its reason', () => {
    const lines = sheetLines(
      facts({ openReports: [{ reportId: 'r9', number: 'QF-2026-000009', status: 'TRIAGED', receivedAt: '2026-01-20T00:00:00Z' }] }, null),
    );
    expect(lines[2]).toEqual({
      item: '纪检监察机关及联席会议成员单位意见（意见必听）',
      result: '待核',
      evidence: ['纪委监委尚未回复意见（限 2026-01-12 前，已逾期）'],
    });
    expect(lines[3]).toEqual({
      item: '信访举报核查（线索具体的必查）',
      result: '不符合',
      evidence: ['有反映该同志的举报（QF-2026-000009）尚未核实'],
    });
  });

  it('an open file doubt: the file line does not pass and names the doubt', () => {
    const lines = sheetLines(
      facts({ openFileDoubts: [{ doubtId: 'd1', rule: 'BIRTH_CONFLICT', fact: 'BIRTH', message: '出生日期记载不一致' }] }),
    );
    expect(lines[0]).toEqual({ item: '干部人事档案审核（档案必审）', result: '不符合', evidence: ['档案存疑未查明：出生日期记载不一致'] });
  });

  it('no proposed unit and level: the quota line says it was not checked', () => {
    const f = facts({});
    expect(sheetLines({ ...f, quota: null })[6]).toEqual({
      item: '领导职数',
      result: '未涉及',
      evidence: ['未指定拟任单位和职级，未作职数核对'],
    });
  });

  const sent = { on: '2026-01-10', reference: '区组干〔2026〕3号', to: '市委组织部' };
  it.each<[string, PriorReportFact | null, string, string[]]>([
    ['a post that needs none', null, '未涉及', ['拟任职务无须事先报备']],
    [
      'not yet reported',
      { candidateId: 'v1', post: '组织部副部长', sent: null, reply: null },
      '待核',
      ['拟任组织部副部长须事先向上级组织部门报备，尚未报备'],
    ],
    [
      'reported, no reply',
      { candidateId: 'v1', post: '组织部副部长', sent, reply: null },
      '待核',
      ['拟任组织部副部长须经上级组织部门同意：已于 2026-01-10 报备市委组织部（区组干〔2026〕3号），尚未回复'],
    ],
    [
      'the reply agrees',
      {
        candidateId: 'v1',
        post: '组织部副部长',
        sent,
        reply: { on: '2026-01-20', reference: '市组函〔2026〕8号', result: 'AGREE', note: null },
      },
      '符合',
      ['拟任组织部副部长，2026-01-10 报市委组织部（区组干〔2026〕3号）', '上级组织部门 2026-01-20 回复同意（市组函〔2026〕8号）'],
    ],
    [
      'the reply disagrees',
      {
        candidateId: 'v1',
        post: '组织部副部长',
        sent,
        reply: { on: '2026-01-20', reference: '市组函〔2026〕8号', result: 'DISAGREE', note: null },
      },
      '不符合',
      ['上级组织部门 2026-01-20 回复不同意（市组函〔2026〕8号）'],
    ],
  ])('the 报备 line: %s', (_, priorReport, result, evidence) => {
    expect(sheetLines(facts({}, opinion.reply, priorReport))[7]).toEqual({ item: '向上级组织部门报备', result, evidence });
  });
});

describe('the 全程记实 lines of a sheet', () => {
  it.each([
    ['a verdict', { step: 'EVALUATED', data: { verdict: 'BLOCK' } }, '审查结论：不通过'],
    ['a decision', { step: 'OUTCOME_RECORDED', data: { label: '暂缓任用' } }, '作出任用决定：暂缓任用'],
    [
      'a published notice with its period',
      { step: 'PUBLICITY_PUBLISHED', data: { reference: 'GS-2026-003', startsOn: '2026-03-02', endsOn: '2026-03-06' } },
      '发布任前公示（公示编号 GS-2026-003，2026-03-02 至 2026-03-06）',
    ],
    [
      'a withdrawn notice with its reason',
      { step: 'PUBLICITY_WITHDRAWN', data: { reference: 'GS-2026-003', reason: '公示对象信息有误' } },
      '撤销任前公示（公示编号 GS-2026-003），理由：公示对象信息有误',
    ],
    ['a step without data', { step: 'RUN_STARTED', data: null }, '启动任前审查'],
    ['an unknown step is never shown as a code', { step: 'SOMETHING_NEW', data: {} }, '其他环节'],
  ])('%s', (_, step, text) => {
    expect(stepText({ candidateId: null, ...step })).toBe(text);
  });

  it("keeps the candidate's own steps and the run's steps that concern them", () => {
    const steps = [
      { step: 'RUN_STARTED', candidateId: null, data: {} },
      { step: 'EVALUATED', candidateId: 'a', data: { verdict: 'PASS' } },
      { step: 'EVALUATED', candidateId: 'b', data: { verdict: 'PASS' } },
      { step: 'PUBLICITY_PUBLISHED', candidateId: null, data: { candidateIds: ['a', 'b'] } },
      { step: 'PUBLICITY_WITHDRAWN', candidateId: null, data: { candidateIds: ['b'] } },
    ];
    expect(stepsOfCandidate(steps, 'a').map((s) => s.step)).toEqual(['RUN_STARTED', 'EVALUATED', 'PUBLICITY_PUBLISHED']);
    expect(stepsOfCandidate(steps, 'b').map((s) => s.step)).toEqual([
      'RUN_STARTED',
      'EVALUATED',
      'PUBLICITY_PUBLISHED',
      'PUBLICITY_WITHDRAWN',
    ]);
  });
});
