import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from './error-codes.js';

/**
 * An error a module raises on purpose: a stable code for programs, a message meant for
 * the person who made the request (in Chinese, where the public sees it), and optional
 * per-field details. Mapped to HTTP once, in the global filter.
 */
export class DomainException extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: ErrorCode,
    readonly userMessage: string,
    readonly details?: Array<{ field: string; message: string }>,
    readonly headers?: Record<string, string>,
  ) {
    super(`${code}: ${userMessage}`);
  }
}

export const notFound = (what: string) => new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what}不存在`);
