import { describe, expect, it } from '@jest/globals';
import { parseSmsCommand } from './sms-keywords.js';

const keywords = { status: ['查询', 'CX'], help: ['帮助', 'HELP', 'BZ'], stop: ['退订', 'TD', 'T'], newReport: ['新举报', 'XJB'] };

describe('SMS keywords', () => {
  it.each([
    ['退订', { kind: 'stop' }],
    [' td ', { kind: 'stop' }],
    ['ＴＤ', { kind: 'stop' }],
    ['T', { kind: 'stop' }],
    ['帮助', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['查询 1234 5678 9012 3456', { kind: 'status', receiptCode: '1234567890123456' }],
    ['CX1234567890123456', { kind: 'status', receiptCode: '1234567890123456' }],
    ['cx：１２３４５６７８９０１２３４５６', { kind: 'status', receiptCode: '1234567890123456' }],
    ['查询12345', { kind: 'status', receiptCode: null }],
    ['查询', { kind: 'status', receiptCode: null }],
    ['新举报：某局长收受礼金', { kind: 'new-report', text: '某局长收受礼金' }],
    ['xjb 某局长收受礼金', { kind: 'new-report', text: '某局长收受礼金' }],
    ['查询组织部为何提拔王某', { kind: 'text', text: '查询组织部为何提拔王某' }],
    ['TD局长跑官要官', { kind: 'text', text: 'TD局长跑官要官' }],
    ['退订是什么意思？我要举报王某', { kind: 'text', text: '退订是什么意思？我要举报王某' }],
  ])('%s', (text, expected) => {
    expect(parseSmsCommand(text, keywords)).toEqual(expected);
  });
});
