import { describe, expect, it } from '@jest/globals';
import { proposeAgenda, type OpenCandidate, type OpenCase, type OpenItems, type OpenRequest } from './agenda-rules.js';

const TODAY = '2026-03-10';

const kase = (over: Partial<OpenCase> = {}): OpenCase => ({
  reportId: 'r1',
  number: 'JB2026-0001',
  status: 'IN_HANDLING',
  realName: false,
  receivedAt: '2026-01-05T02:00:00.000Z',
  category: 'OFFICE_BUYING',
  pendingKind: null,
  requests: [],
  ...over,
});
const req = (over: Partial<OpenRequest> = {}): OpenRequest => ({
  requestId: 'q1',
  number: 'HC2026-00001',
  agencyName: '审计局',
  subjectKind: 'REPORT',
  subjectId: 'r9',
  subjectLabel: 'JB2026-0009',
  dueOn: '2026-03-09',
  answered: false,
  subjectOpen: true,
  ...over,
});
const cand = (over: Partial<OpenCandidate> = {}): OpenCandidate => ({
  candidateId: 'c1',
  runTitle: '2026年第一批',
  name: '周明远',
  proposedPost: '财政局局长',
  verdict: 'BLOCK',
  reasons: ['立案审查调查中'],
  decided: false,
  ...over,
});
const items = (over: Partial<OpenItems>): OpenItems => ({ cases: [], requests: [], candidates: [], scheduled: new Set(), ...over });

describe('proposeAgenda: which cases await a decision', () => {
  it.each([
    ['a proposed closure awaiting approval', kase({ pendingKind: 'CLOSE' }), ['拟办结，待审批']],
    ['a proposed transfer of a triaged case', kase({ status: 'TRIAGED', pendingKind: 'TRANSFER' }), ['拟转办，待审批']],
    [
      'every request answered',
      kase({
        requests: [
          { number: 'HC1', agencyName: '审计局', answered: true },
          { number: 'HC2', agencyName: '卫健委', answered: true },
        ],
      }),
      ['成员单位已全部答复（审计局、卫健委），待研究处理意见'],
    ],
    [
      'both reasons at once',
      kase({ pendingKind: 'CLOSE', requests: [{ number: 'HC1', agencyName: '审计局', answered: true }] }),
      ['拟办结，待审批', '成员单位已全部答复（审计局），待研究处理意见'],
    ],
  ])('proposes %s', (_, c, reasons) => {
    expect(proposeAgenda(items({ cases: [c] }), TODAY)).toEqual([{ kind: 'CASE', subjectId: 'r1', title: '举报 JB2026-0001', reasons }]);
  });

  it.each([
    ['in handling with nothing to decide', kase()],
    [
      'with a request still unanswered',
      kase({
        requests: [
          { number: 'HC1', agencyName: '审计局', answered: true },
          { number: 'HC2', agencyName: '卫健委', answered: false },
        ],
      }),
    ],
    ['already closed, though a closure was pending', kase({ status: 'CLOSED', pendingKind: 'CLOSE' })],
    ['merged', kase({ status: 'MERGED', pendingKind: 'CLOSE' })],
    [
      'answered requests but only triaged (no disposition yet)',
      kase({ status: 'TRIAGED', requests: [{ number: 'HC1', agencyName: '审计局', answered: true }] }),
    ],
  ])('leaves out a case %s', (_, c) => {
    expect(proposeAgenda(items({ cases: [c] }), TODAY)).toEqual([]);
  });

  it('puts real-name cases first, then the oldest', () => {
    const agenda = proposeAgenda(
      items({
        cases: [
          kase({ reportId: 'new', number: 'N', receivedAt: '2026-02-01T00:00:00.000Z', pendingKind: 'CLOSE' }),
          kase({ reportId: 'old', number: 'O', receivedAt: '2026-01-01T00:00:00.000Z', pendingKind: 'CLOSE' }),
          kase({ reportId: 'named', number: 'R', realName: true, receivedAt: '2026-02-15T00:00:00.000Z', pendingKind: 'CLOSE' }),
        ],
      }),
      TODAY,
    );
    expect(agenda.map((i) => i.subjectId)).toEqual(['named', 'old', 'new']);
    expect(agenda[0]!.title).toBe('举报 R（实名）');
  });
});

describe('proposeAgenda: overdue requests', () => {
  it.each([
    ['due yesterday', '2026-03-09', true],
    ['due today (not yet overdue)', '2026-03-10', false],
    ['due tomorrow', '2026-03-11', false],
  ])('a request %s', (_, dueOn, proposed) => {
    expect(proposeAgenda(items({ requests: [req({ dueOn })] }), TODAY).length).toBe(proposed ? 1 : 0);
  });

  it('an answered request is never overdue', () => {
    expect(proposeAgenda(items({ requests: [req({ answered: true, dueOn: '2026-01-01' })] }), TODAY)).toEqual([]);
  });

  it('a request about a closed case or a decided candidate is left out', () => {
    expect(proposeAgenda(items({ requests: [req({ subjectOpen: false, dueOn: '2026-01-01' })] }), TODAY)).toEqual([]);
  });

  it('is its own item, oldest due date first', () => {
    const agenda = proposeAgenda(
      items({
        requests: [
          req({ requestId: 'late', number: 'HC2', dueOn: '2026-03-05' }),
          req({ requestId: 'later', number: 'HC1', dueOn: '2026-03-02', subjectKind: 'VETTING_CANDIDATE', subjectLabel: '李青' }),
        ],
      }),
      TODAY,
    );
    expect(agenda).toEqual([
      {
        kind: 'OVERDUE_REQUEST',
        subjectId: 'later',
        title: '逾期未复：HC1（任前审查 李青）',
        reasons: ['审计局的请求 HC1 已逾期（答复期限 2026-03-02）'],
      },
      {
        kind: 'OVERDUE_REQUEST',
        subjectId: 'late',
        title: '逾期未复：HC2（举报 JB2026-0009）',
        reasons: ['审计局的请求 HC2 已逾期（答复期限 2026-03-05）'],
      },
    ]);
  });

  it('is folded into the item of its case or candidate when that is on the agenda', () => {
    const agenda = proposeAgenda(
      items({
        cases: [kase({ reportId: 'r9', pendingKind: 'CLOSE' })],
        candidates: [cand()],
        requests: [
          req({ subjectId: 'r9' }),
          req({ requestId: 'q2', number: 'HC2', subjectKind: 'VETTING_CANDIDATE', subjectId: 'c1', agencyName: '纪委监委' }),
        ],
      }),
      TODAY,
    );
    expect(agenda.map((i) => i.kind)).toEqual(['CASE', 'VETTING_CANDIDATE']);
    expect(agenda[0]!.reasons).toEqual(['拟办结，待审批', '审计局的请求 HC2026-00001 已逾期（答复期限 2026-03-09）']);
    expect(agenda[1]!.reasons).toEqual(['审查结论：不得提拔', '立案审查调查中', '纪委监委的请求 HC2 已逾期（答复期限 2026-03-09）']);
  });
});

describe('proposeAgenda: vetting candidates', () => {
  it.each([
    ['blocked', cand(), true],
    ['pending', cand({ verdict: 'PENDING', reasons: [] }), true],
    ['passed', cand({ verdict: 'PASS', reasons: [] }), false],
    ['blocked but already decided', cand({ decided: true }), false],
  ])('a %s candidate', (_, c, proposed) => {
    expect(proposeAgenda(items({ candidates: [c] }), TODAY).length).toBe(proposed ? 1 : 0);
  });

  it('names the candidate, the post and the run', () => {
    expect(proposeAgenda(items({ candidates: [cand()] }), TODAY)[0]).toEqual({
      kind: 'VETTING_CANDIDATE',
      subjectId: 'c1',
      title: '任前审查：周明远，拟任财政局局长（2026年第一批）',
      reasons: ['审查结论：不得提拔', '立案审查调查中'],
    });
  });
});

describe('proposeAgenda: order and items already scheduled elsewhere', () => {
  it('lists cases, then overdue requests, then candidates', () => {
    const agenda = proposeAgenda(items({ candidates: [cand()], requests: [req()], cases: [kase({ pendingKind: 'CLOSE' })] }), TODAY);
    expect(agenda.map((i) => i.kind)).toEqual(['CASE', 'OVERDUE_REQUEST', 'VETTING_CANDIDATE']);
  });

  it('skips what another meeting has on its agenda undecided', () => {
    const agenda = proposeAgenda(
      items({ cases: [kase({ pendingKind: 'CLOSE' })], requests: [req()], candidates: [cand()], scheduled: new Set(['r1', 'q1', 'c1']) }),
      TODAY,
    );
    expect(agenda).toEqual([]);
  });

  it('does not change the loaded items', () => {
    const c = kase({ reportId: 'r9', pendingKind: 'CLOSE' });
    const loaded = items({ cases: [c], requests: [req()] });
    proposeAgenda(loaded, TODAY);
    proposeAgenda(loaded, TODAY);
    expect(proposeAgenda(loaded, TODAY)[0]!.reasons).toHaveLength(2);
  });
});
