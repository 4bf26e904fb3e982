import { describe, expect, it } from '@jest/globals';
import { REDACTED_EMAIL, REDACTED_ID, REDACTED_NAME, REDACTED_PHONE, redactExtract } from './redact.js';

describe('redactExtract', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['mobile', '举报人电话13812345678，请联系', [], `举报人电话${REDACTED_PHONE}，请联系`],
    ['mobile with +86 and spaces', '手机 +86 138 1234 5678。', [], `手机 ${REDACTED_PHONE}。`],
    ['mobile with hyphens', '138-1234-5678', [], REDACTED_PHONE],
    ['landline with area code', '座机 0571-87654321 或（010）12345678', [], `座机 ${REDACTED_PHONE} 或${REDACTED_PHONE}`],
    ['resident id', '身份证号 11010519491231002X 已核对', [], `身份证号 ${REDACTED_ID} 已核对`],
    ['email', '邮箱 li.si@example.com', [], `邮箱 ${REDACTED_EMAIL}`],
    ['reporter name, every occurrence', '我是李四，李四反映王某某收钱', ['李四'], `我是${REDACTED_NAME}，${REDACTED_NAME}反映王某某收钱`],
    ['longer name first', '张三丰和张三', ['张三', '张三丰'], `${REDACTED_NAME}和${REDACTED_NAME}`],
    ['one-character names are not redacted (would hit every word)', '王局长收钱', ['王'], '王局长收钱'],
    ['subject and amounts stay', '王某某2026年3月收受现金五万元', ['李四'], '王某某2026年3月收受现金五万元'],
    ['years and money amounts are not phones', '2026年收受12345678元', [], '2026年收受12345678元'],
  ];
  it.each(cases)('%s', (_label, text, names, expected) => {
    expect(redactExtract(text, names)).toBe(expected);
  });
});
