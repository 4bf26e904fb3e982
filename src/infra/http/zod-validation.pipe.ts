import { HttpStatus, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { DomainException } from './domain-exception.js';

z.config(z.locales.zhCN());

export function validationError(error: z.ZodError): DomainException {
  const details = error.issues.map((issue) => ({
    field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(body)'),
    message: issue.message,
  }));
  return new DomainException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    `提交的内容有误：${details.map((d) => `${d.field}：${d.message}`).join('；')}`,
    details,
  );
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Validates a request part against a zod schema; unknown fields are refused by strict schemas. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(readonly schema: S) {}
  transform(value: unknown): z.infer<S> {
    if (value === undefined || value === null) {
      throw new DomainException(HttpStatus.BAD_REQUEST, 'BODY_REQUIRED', '请求内容为空：请提交 JSON 数据');
    }
    return parseWith(this.schema, value);
  }
}
