import { describe, expect, it } from '@jest/globals';
import type { MeetingView } from './meeting-view.js';
import { minutesBlocks } from './minutes-lines.js';

const meeting = (over: Partial<MeetingView> = {}): MeetingView => ({
  id: 'm1',
  number: 'LX2026-001',
  title: '干部监督工作联席会议（2026-03-12）',
  heldOn: '2026-03-12',
  place: '区委组织部第一会议室',
  convener: '组织部副部长 陈立',
  invitedAgencies: [
    { code: 'DISCIPLINE', name: '纪委监委' },
    { code: 'AUDIT', name: '审计局' },
    { code: 'HEALTH', name: '卫健委' },
    { code: 'COURT', name: '法院' },
  ],
  minutes: '会议听取了干部监督科的汇报。\n\n与会单位逐项发表意见。',
  attendance: [
    { agencyCode: 'DISCIPLINE', agencyName: '纪委监委', status: 'PRESENT', statusLabel: '出席', attendee: '王强', note: null },
    { agencyCode: 'AUDIT', agencyName: '审计局', status: 'REPRESENTED', statusLabel: '委托出席', attendee: '赵敏', note: '副局长委托' },
    { agencyCode: 'HEALTH', agencyName: '卫健委', status: 'ABSENT', statusLabel: '缺席', attendee: null, note: '公务外出' },
  ],
  items: [],
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...over,
});
const text = (m: MeetingView) => minutesBlocks(m, '中共示范区委组织部').map((b) => b.text);

describe('minutesBlocks', () => {
  it('opens with the title, date, place and convener', () => {
    expect(minutesBlocks(meeting(), '中共示范区委组织部').slice(0, 5)).toEqual([
      { kind: 'title', text: '干部监督工作联席会议（2026-03-12）纪要' },
      { kind: 'line', text: '中共示范区委组织部　编号：LX2026-001' },
      { kind: 'line', text: '会议时间：2026年3月12日' },
      { kind: 'line', text: '会议地点：区委组织部第一会议室' },
      { kind: 'line', text: '召集人：组织部副部长 陈立' },
    ]);
  });

  it('lists every invited agency, in invitation order, the unrecorded ones said so', () => {
    const lines = text(meeting());
    const from = lines.indexOf('一、出席情况');
    expect(lines.slice(from + 1, from + 5)).toEqual([
      '纪委监委：出席，王强',
      '审计局：委托出席，赵敏（副局长委托）',
      '卫健委：缺席（公务外出）',
      '法院：未登记',
    ]);
  });

  it('keeps the minutes paragraphs and numbers the chapters after them', () => {
    const lines = text(meeting());
    expect(lines).toEqual(
      expect.arrayContaining([
        '二、会议情况',
        '会议听取了干部监督科的汇报。',
        '与会单位逐项发表意见。',
        '三、议题及决定',
        '本次会议无议题。',
      ]),
    );
    expect(text(meeting({ minutes: '  ' }))).toContain('二、议题及决定');
  });

  it('writes each item with its reasons, opinions and decision', () => {
    const lines = text(
      meeting({
        items: [
          {
            id: 'i1',
            position: 1,
            kind: 'CASE',
            subjectId: 'r1',
            target: { kind: 'REPORT', id: 'r1' },
            title: '举报 JB2026-0001（实名）',
            reasons: ['拟办结，待审批'],
            opinions: [{ agencyCode: 'DISCIPLINE', agencyName: '纪委监委', opinion: '同意进一步核实' }],
            allowedDecisions: ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE'],
            decision: {
              kind: 'VERIFY_FURTHER',
              label: '进一步核实',
              note: '重点核实资金往来',
              dueOn: '2026-04-03',
              agencies: [{ code: 'AUDIT', name: '审计局' }],
              target: null,
              requests: [{ id: 'q', number: 'HC2026-00007', agencyCode: 'AUDIT', dueOn: '2026-04-03' }],
              pendingApproval: false,
              againstBlock: [],
              decidedAt: '2026-03-12T03:00:00.000Z',
            },
          },
          {
            id: 'i2',
            position: 2,
            kind: 'CASE',
            subjectId: 'r2',
            target: { kind: 'REPORT', id: 'r2' },
            title: '举报 JB2026-0002',
            reasons: [],
            opinions: [],
            allowedDecisions: ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE'],
            decision: {
              kind: 'TRANSFER',
              label: '转办',
              note: null,
              dueOn: null,
              agencies: [],
              target: { code: 'PETITION', name: '信访局' },
              requests: [],
              pendingApproval: false,
              againstBlock: [],
              decidedAt: '2026-03-12T03:00:00.000Z',
            },
          },
          {
            id: 'i3',
            position: 3,
            kind: 'FREE',
            subjectId: null,
            target: null,
            title: '通报上季度工作',
            reasons: [],
            opinions: [],
            allowedDecisions: ['PROCEED'],
            decision: null,
          },
        ],
      }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '议题1：举报 JB2026-0001（实名）（举报件）',
        '提请事由：拟办结，待审批',
        '纪委监委意见：同意进一步核实',
        '会议决定：进一步核实；由审计局于2026年4月3日前核实；请求编号 HC2026-00007；重点核实资金往来',
        '议题2：举报 JB2026-0002（举报件）',
        '成员单位意见：无',
        '会议决定：转办；转信访局办理',
        '议题3：通报上季度工作（其他事项）',
        '会议决定：未作决定',
      ]),
    );
  });
});
