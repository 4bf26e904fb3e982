import { HttpStatus } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { DomainException } from '../../infra/http/domain-exception.js';
import { fieldErrorsOf, formRefusal } from './form-fields.js';

const invalid = (details?: Array<{ field: string; message: string }>) =>
  new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, 'VALIDATION_FAILED', '填写有误', details);
const labels = { kind: '处分类型', effectiveOn: '生效日期', members: '成员' };

describe('formRefusal', () => {
  it.each([
    ['each detail named by its label', invalid([{ field: 'kind', message: '请选择' }]), '处分类型：请选择'],
    [
      'details joined',
      invalid([
        { field: 'kind', message: '请选择' },
        { field: 'effectiveOn', message: '格式应为 YYYY-MM-DD' },
      ]),
      '处分类型：请选择；生效日期：格式应为 YYYY-MM-DD',
    ],
    ['a nested field by its first segment', invalid([{ field: 'members.2.name', message: '不能为空' }]), '成员：不能为空'],
    ['an indexed field by its name', invalid([{ field: 'members[0]', message: '不能为空' }]), '成员：不能为空'],
    [
      'a message that already names the field is not prefixed',
      invalid([{ field: 'kind', message: '处分类型不在名单内' }]),
      '处分类型不在名单内',
    ],
    ['a field without a label keeps the bare message', invalid([{ field: 'other', message: '不能为空' }]), '不能为空'],
    ['no details: the error message', invalid(), '填写有误'],
    ['empty details: the error message', invalid([]), '填写有误'],
    ['a conflict', new DomainException(HttpStatus.CONFLICT, 'ALREADY_DRAWN', '该年度已抽查'), '该年度已抽查'],
  ])('%s', (_, error, message) => {
    expect(formRefusal(error, labels).message).toBe(message);
  });

  it('keeps the refusal status', () => {
    expect(formRefusal(new DomainException(HttpStatus.CONFLICT, 'ALREADY_DRAWN', 'x')).status).toBe(HttpStatus.CONFLICT);
  });

  it.each([
    ['a fault', new Error('boom')],
    ['a server-side domain error', new DomainException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', '暂不可用')],
    ['a missing record (page level)', new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '干部不存在')],
  ])('throws %s on to the exception filter', (_, error) => {
    expect(() => formRefusal(error)).toThrow(error);
  });

  it('a missing record is a refusal where the form names it', () => {
    const missing = new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '单位不存在');
    expect(formRefusal(missing, {}, { notFoundIsPageLevel: false })).toEqual({ status: 404, message: '单位不存在' });
  });
});

describe('fieldErrorsOf', () => {
  it.each([
    ['one field', invalid([{ field: 'kind', message: '请选择' }]), { kind: '请选择' }],
    ['a nested field under its top name', invalid([{ field: 'education.from', message: '格式不对' }]), { education: '格式不对' }],
    ['an indexed field under its top name', invalid([{ field: 'members[2]', message: '不能为空' }]), { members: '不能为空' }],
    [
      'two messages on one field, joined',
      invalid([
        { field: 'votes.for', message: '不能为负数' },
        { field: 'votes.against', message: '超过到会人数' },
      ]),
      { votes: '不能为负数；超过到会人数' },
    ],
    ['a refusal without details', new DomainException(HttpStatus.CONFLICT, 'ALREADY_DRAWN', '该年度已抽查'), {}],
    ['not a refusal', new Error('boom'), {}],
  ])('%s', (_name, error, expected) => {
    expect(fieldErrorsOf(error)).toEqual(expected);
  });
});
