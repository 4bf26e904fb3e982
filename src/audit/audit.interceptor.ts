import { HttpException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { printable, printableDeep } from '../infra/http/input-boundary.js';
import { AuditService, type AuditEntry } from './audit.service.js';

/** Who and from where, for a request that passed the AuthGuard. */
export function staffActor(request: AuthenticatedRequest): Pick<AuditEntry, 'actorKind' | 'actorId' | 'actorName' | 'ip' | 'requestId'> {
  return {
    actorKind: request.staff ? 'STAFF' : 'ANONYMOUS',
    actorId: request.staff?.userId ?? null,
    actorName: request.staff?.username ?? null,
    ip: request.ip,
    requestId: String(request.id),
  };
}

/** What a staff request touched: the route pattern, the resource kind and its id. */
export function describeRequest(request: AuthenticatedRequest): Pick<AuditEntry, 'action' | 'targetType' | 'targetId' | 'details'> {
  // Bad characters (a NUL refused by the input boundary) are kept escaped: the record is still written.
  const route = printable(request.routeOptions?.url ?? request.url.split('?')[0]!);
  const params = (request.params ?? {}) as Record<string, string>;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const resource = route.replace(/^\/api\/v\d+\//, '').split('/')[0] || null;
  return {
    action: `${request.method} ${route}`,
    targetType: params['id'] ? resource : null,
    targetId: params['id'] === undefined ? null : printable(params['id']),
    details: printableDeep({ params, query }) as Record<string, unknown>,
  };
}

function statusOf(error: unknown): number {
  if (error instanceof DomainException) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  return 500;
}

/**
 * Records every request a staff member makes (reads included: in a tip system, who
 * looked at what is as important as who changed what). The record is written before the
 * answer leaves, and a failure to write it fails the request: no unrecorded access.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.staff) return next.handle(); // public routes: the reporter is not tracked
    const base = { ...staffActor(request), ...describeRequest(request) };
    const okStatus = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (request.method === 'POST' ? 201 : 200);
    return next.handle().pipe(
      mergeMap(async (value: unknown) => {
        await this.audit.record({ ...base, outcome: 'OK', status: okStatus });
        return value;
      }),
      catchError((error: unknown) => {
        const status = statusOf(error);
        return from(this.audit.record({ ...base, outcome: status === 401 || status === 403 ? 'DENIED' : 'FAILED', status })).pipe(
          mergeMap(() => throwError(() => error)),
        );
      }),
    );
  }
}
