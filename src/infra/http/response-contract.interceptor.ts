import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { API_RESULT_KEY, type ApiResult } from './api-contract.js';

/** An answer that does not match its route's declaration (tests only). */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

/** Paths (a.b[2].c) present in what the handler returned and absent once parsed: fields the document does not describe. */
export function undocumentedFields(value: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(value) && Array.isArray(parsed))
    return value.flatMap((item, i) => undocumentedFields(item, parsed[i], `${path}[${i}]`));
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return [];
  if (parsed === null || typeof parsed !== 'object') return [];
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    if (!(key in parsed)) out.push(at);
    else out.push(...undocumentedFields(item, (parsed as Record<string, unknown>)[key], at));
  }
  return out;
}

/** Why an answer does not match its declaration, or null when it does. */
export function contractViolation(result: ApiResult | undefined, value: unknown): string | null {
  if (!result) return 'the route declares no answer (@Returns, @ReturnsFile, @ReturnsText or @ReturnsNothing)';
  if (result.kind === 'empty')
    return value === undefined || value === null || value === '' ? null : 'declared @ReturnsNothing but answered a body';
  if (result.kind !== 'json') return null;
  // A handler may answer JSON it serialized itself (a gateway adapter): check what is on the wire.
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return 'declared JSON but answered text that is not JSON';
    }
  }
  const parsed = result.schema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  const extra = undocumentedFields(value, parsed.data);
  return extra.length ? `fields not in the declared schema: ${extra.slice(0, 10).join(', ')}` : null;
}

/**
 * Under NODE_ENV=test only: every answer of an API route is checked against what the route
 * declares for the OpenAPI document (src/infra/http/api-contract.ts). A mismatch is a 500
 * naming the route and the fields, so the whole end-to-end suite tests the document.
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ url: string; method: string }>();
    if (!request.url.startsWith('/api/v1/')) return next.handle();
    const result = this.reflector.get<ApiResult | undefined>(API_RESULT_KEY, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((value: unknown) => {
        if (reply.sent) return value; // the handler wrote the answer itself (@Res)
        const violation = contractViolation(result, value);
        if (violation) {
          const error = new ResponseContractError(
            `response contract: ${request.method} ${context.getClass().name}.${context.getHandler().name}: ${violation}`,
          );
          console.error(error.message); // in the test output, next to the 500 the test sees
          throw error;
        }
        return value;
      }),
    );
  }
}
