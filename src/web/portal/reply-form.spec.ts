import { describe, expect, it } from '@jest/globals';
import { replySchema } from '../../verification/dto/verification.dto.js';
import { replyFormDocument } from './reply-form.js';

const parse = (result: string, body: string, newDueOn = '') => replySchema.safeParse(replyFormDocument({ result, body, newDueOn }));

describe('agency reply form', () => {
  it.each([
    ['NO_ADVERSE', '经查，未发现问题。', '', { result: 'NO_ADVERSE', newDueOn: null }],
    ['ADVERSE', '2024 年审计发现违规发放补贴。', '', { result: 'ADVERSE', newDueOn: null }],
    ['NOT_REMIT', '不属本单位职责。', '2030-01-01', { result: 'NOT_REMIT', newDueOn: null }],
    ['MORE_TIME', '档案在市里调阅中。', '2030-01-10', { result: 'MORE_TIME', newDueOn: '2030-01-10' }],
  ])('accepts %s', (result, body, date, expected) => {
    const parsed = parse(result, body, date);
    expect(parsed.success && parsed.data).toMatchObject(expected);
  });

  it.each([
    ['', '经查，未发现问题。', '', '答复结论'],
    ['NO_ADVERSE', ' ', '', '请填写答复意见'],
    ['MORE_TIME', '需要时间。', '', '新的答复日期'],
    ['MORE_TIME', '需要时间。', '下周一', 'YYYY-MM-DD'],
    ['MAYBE', '经查。', '', '答复结论'],
  ])('refuses result=%j body=%j date=%j with a message naming what to fix', (result, body, date, words) => {
    const parsed = parse(result, body, date);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join('；')).toContain(words);
  });
});
