import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainException } from './domain-exception.js';

/**
 * The one input boundary for text: every string a request carries (path, query, JSON or
 * form body, multipart fields, and object keys) must be well-formed Unicode without control
 * characters. Postgres cannot store NUL, a lone surrogate would be stored as U+FFFD, and
 * invalid UTF-8 is decoded to U+FFFD by the parsers: refuse all of them with a 400 that
 * names the field, instead of failing in the database (500) or storing damaged text.
 */

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const INVALID_UTF8_MESSAGE = '含有无法识别的字符（不是有效的 UTF-8 编码），请以 UTF-8 编码重新提交';

export type TextProblem = 'CONTROL' | 'SURROGATE' | 'INVALID_UTF8';

const MESSAGES: Record<TextProblem, string> = {
  CONTROL: '含有不可见的控制字符（如 NUL），请删除后重新提交',
  SURROGATE: '含有残缺的 Unicode 字符（孤立的代理项），请删除后重新提交',
  INVALID_UTF8: INVALID_UTF8_MESSAGE,
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string, or null. U+FFFD is what the parsers make of invalid UTF-8. */
export function textProblem(value: string): TextProblem | null {
  if (CONTROL.test(value)) return 'CONTROL';
  if (LONE_SURROGATE.test(value)) return 'SURROGATE';
  if (value.includes('\uFFFD')) return 'INVALID_UTF8';
  return null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Every bad string in a value (keys included), named by its path: `body.subjects.0.name`. */
export function findTextProblems(value: unknown, path: string, found: FieldProblem[] = [], depth = 0): FieldProblem[] {
  if (found.length >= 10 || depth > 32) return found;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) found.push({ field: path, message: MESSAGES[problem] });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findTextProblems(item, `${path}.${index}`, found, depth + 1));
  } else if (typeof value === 'object' && value !== null && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const problem = textProblem(key);
      const keyPath = `${path}.${problem ? printable(key) : key}`;
      if (problem) found.push({ field: keyPath, message: `字段名${MESSAGES[problem]}` });
      findTextProblems(item, keyPath, found, depth + 1);
    }
  }
  return found;
}

export function inputRefused(problems: FieldProblem[]): DomainException {
  return new DomainException(
    HttpStatus.BAD_REQUEST,
    'INVALID_CHARACTERS',
    `提交的内容有误：${problems.map((p) => `${p.field}：${p.message}`).join('；')}`,
    problems,
  );
}

/** Refuses a multipart request's text fields (read by the handler, not by Fastify's body parser). */
export function assertCleanFields(fields: Record<string, string[]>, prefix = 'body'): void {
  const problems = findTextProblems(fields, prefix).map((p) => ({ ...p, field: p.field.replace(/\.\d+$/, '') }));
  if (problems.length > 0) throw inputRefused(problems);
}

/** The request's path parameters, query and parsed body; the caller decides when to refuse. */
export function requestTextProblems(request: FastifyRequest): FieldProblem[] {
  const found: FieldProblem[] = [];
  findTextProblems(request.params ?? {}, 'path', found);
  findTextProblems(request.query ?? {}, 'query', found);
  // The raw URL too: the query parser keeps an invalid escape (%FF) as literal text, and a
  // route without that parameter would otherwise let a bad path through unseen.
  if (found.length === 0) {
    const [rawPath = '', rawQuery = ''] = request.url.split('?', 2);
    checkEncoded(rawPath, 'path', found);
    for (const pair of rawQuery.split('&')) {
      const at = pair.indexOf('=');
      const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
      const decodedName = decodeOrNull(name.replaceAll('+', ' '));
      checkEncoded(
        value.replaceAll('+', ' '),
        `query.${decodedName !== null && !textProblem(decodedName) ? decodedName : printable(name)}`,
        found,
      );
      if (decodedName === null || textProblem(decodedName))
        found.push({ field: `query.${printable(name)}`, message: `参数名${MESSAGES.INVALID_UTF8}` });
    }
  }
  if (!isBuffer(request.body)) findTextProblems(request.body, 'body', found);
  return found;
}

function decodeOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** A percent-encoded URL part: invalid UTF-8 (decodeURIComponent refuses it) or bad characters. */
function checkEncoded(encoded: string, field: string, found: FieldProblem[]): void {
  const decoded = decodeOrNull(encoded);
  const problem = decoded === null ? 'INVALID_UTF8' : textProblem(decoded);
  if (problem && !found.some((p) => p.field === field)) found.push({ field, message: MESSAGES[problem] });
}

function isBuffer(value: unknown): boolean {
  return Buffer.isBuffer(value) || value instanceof Uint8Array;
}

/** For records kept about a refused request (the audit trail): the bad characters written as \uXXXX. */
export function printable(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Deep copy with every string (and key) made printable. */
export function printableDeep(value: unknown): unknown {
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return value.map(printableDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [printable(k), printableDeep(v)]));
  }
  return value;
}
