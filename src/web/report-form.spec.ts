import { describe, expect, it } from '@jest/globals';
import { describeFieldError, formToSubmission } from './report-form.js';

describe('public form mapping', () => {
  it('keeps only filled subject rows and maps an anonymous tip', () => {
    const { document, acknowledged } = formToSubmission({
      subject1_name: ['王某'],
      subject1_unit: ['某局'],
      subject2_name: [''],
      subject3_post: ['副镇长'],
      body: ['  正文  '],
      identity: ['anonymous'],
      reporterName: ['should be ignored'],
      acknowledge: ['yes'],
    });
    expect(document).toEqual({
      subjects: [
        { name: '王某', unit: '某局', post: '' },
        { name: '', unit: '', post: '副镇长' },
      ],
      body: '正文',
      anonymous: true,
    });
    expect(acknowledged).toBe(true);
  });

  it('maps a real-name tip with the optional fields', () => {
    const { document, acknowledged } = formToSubmission({
      subject1_name: ['李某'],
      body: ['x'],
      category: ['OFFICE_BUYING'],
      identity: ['real'],
      reporterName: ['张三'],
      reporterPhone: ['13900000000'],
      reporterId: [''],
    });
    expect(document).toMatchObject({ anonymous: false, category: 'OFFICE_BUYING', reporter: { name: '张三', phone: '13900000000' } });
    expect(document['reporter']).not.toHaveProperty('idNumber');
    expect(acknowledged).toBe(false);
  });

  it('names the field in error messages', () => {
    expect(describeFieldError('reporter.phone', '请填写正确的手机号码')).toBe('联系电话：请填写正确的手机号码');
    expect(describeFieldError('body', '正文至少 20 字')).toBe('举报正文：正文至少 20 字');
    expect(describeFieldError('subjects.0', '请至少填写被反映人的姓名')).toBe('请至少填写被反映人的姓名');
  });
});
