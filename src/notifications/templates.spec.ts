import { describe, expect, it } from '@jest/globals';
import { chineseDate, render, type NotificationTemplate, type RenderContext } from './templates.js';

const context: RenderContext = {
  department: '中共示范区委组织部',
  hotline: '12380',
  followUpUrl: 'https://q.example.cn/follow-up',
  agencyPortalUrl: 'https://q.example.cn/agency',
  consoleUrl: 'https://q.example.cn/console',
  keywords: { status: '查询', help: '帮助', stop: '退订', newReport: '新举报' },
};

describe('notification templates', () => {
  it.each<[NotificationTemplate, string, string[]]>([
    [
      { name: 'reporter-acknowledgement', reportNumber: 'QF-2026-000001', receivedOn: '2026-03-05' },
      '举报受理告知（QF-2026-000001）',
      ['2026年3月5日', '已受理', 'https://q.example.cn/follow-up'],
    ],
    [{ name: 'status-change', reportNumber: 'QF-2026-000002', statusLabel: '已办结' }, '举报办理进展（QF-2026-000002）', ['已办结']],
    [
      { name: 'handler-question', reportNumber: 'QF-2026-000003' },
      '关于您的举报，有问题需要您答复（QF-2026-000003）',
      ['问题内容不在本消息中显示'],
    ],
    [
      { name: 'verification-request', agencyName: '公安局', requestNumber: 'HC-1', matter: '核实出入境证件情况', dueDate: '2026-12-01' },
      '核查请求 HC-1：请于2026年12月1日前答复',
      ['公安局：', '核实出入境证件情况', 'https://q.example.cn/agency', '不得向被核查人透露'],
    ],
    [
      { name: 'opinion-requests', agencyName: '审计局', requestNumbers: ['ZX-AUDIT-000001', 'ZX-AUDIT-000002'], dueDate: '2026-12-01' },
      '征求意见 2 件：请于2026年12月1日前答复',
      ['审计局：', '共 2 件', 'ZX-AUDIT-000001、ZX-AUDIT-000002', 'https://q.example.cn/agency', '不得向被核查人透露'],
    ],
    [
      { name: 'reminder', agencyName: '法院', requestNumber: 'HC-2', dueDate: '2026-01-09' },
      '提醒：核查请求 HC-2 将于2026年1月9日到期',
      ['法院：'],
    ],
    [
      {
        name: 'overdue-escalation',
        recipientName: '李科长',
        agencyName: '信访局',
        requestNumber: 'HC-3',
        dueDate: '2026-02-02',
        daysOverdue: 4,
      },
      '督办：核查请求 HC-3 已逾期 4 天',
      ['李科长：', '信访局承办', '逾期 4 天'],
    ],
    [
      { name: 'sms-receipt', reportNumber: 'QF-2026-000004', receiptCode: '1234 5678 9012 3456' },
      '举报已登记',
      ['QF-2026-000004', '1234 5678 9012 3456', '回复“退订”'],
    ],
    [{ name: 'sms-help' }, '帮助', ['查询+查询码', '新举报', '12380']],
    [
      {
        name: 'todo-digest',
        recipientName: '王科长',
        date: '2026-12-07',
        sections: [{ title: '待我审批', lines: ['QF-2026-000009 经办人提请办结'] }],
      },
      '每日待办：1 项（2026年12月7日）',
      ['王科长：', '待我审批（1）', '· QF-2026-000009 经办人提请办结', 'https://q.example.cn/console/todo'],
    ],
    [
      {
        name: 'case-overdue-escalation',
        recipientName: '王科长',
        reportNumber: 'QF-2026-000010',
        deadlineLabel: '处置',
        dueDate: '2026-12-01',
      },
      '督办：举报 QF-2026-000010 的处置时限已过',
      ['王科长：', '2026年12月1日', '请督办'],
    ],
  ])('%j', (template, subject, fragments) => {
    const out = render(template, context);
    expect(out.subject).toBe(subject);
    for (const fragment of fragments) expect(out.text).toContain(fragment);
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-10-01')).toBe('2026年10月1日');
    expect(chineseDate('2026-10-01T08:00:00Z')).toBe('2026年10月1日');
  });
});
