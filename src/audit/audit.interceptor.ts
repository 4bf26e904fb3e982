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

const UUID_IN_TEXT = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * Every id a request body names (a merge target, meeting items, report ids in a list …),
 * wherever it sits in the body: the audit row must name what a change touched even when
 * the route's path does not. Bounded, so a hostile body cannot bloat the trail.
 */
export function idsInBody(body: unknown, limit = 50): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (found.size >= limit || depth > 6 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      for (const id of value.match(UUID_IN_TEXT) ?? []) if (found.size < limit) found.add(id.toLowerCase());
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, 500)) visit(item, depth + 1);
    } else if (typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const item of Object.values(value as Record<string, unknown>).slice(0, 200)) visit(item, depth + 1);
    }
  };
  visit(body, 0);
  return [...found];
}

/** What a staff request touched: the route pattern, the resource kind and its id, and the ids its body names. */
export function describeRequest(request: AuthenticatedRequest): Pick<AuditEntry, 'action' | 'targetType' | 'targetId' | 'details'> {
  // Bad characters (a NUL refused by the input boundary) are kept escaped: the record is still written.
  const route = printable(request.routeOptions?.url ?? request.url.split('?')[0]!);
  const params = (request.params ?? {}) as Record<string, string>;
  const query = (request.query ?? {}) as Record<string, unknown>;
  const resource = route.replace(/^\/api\/v\d+\//, '').split('/')[0] || null;
  const bodyIds = idsInBody(request.body);
  return {
    action: `${request.method} ${route}`,
    targetType: params['id'] ? resource : null,
    targetId: params['id'] === undefined ? null : printable(params['id']),
    details: printableDeep({ params, query, ...(bodyIds.length ? { bodyIds } : {}) }) as Record<string, unknown>,
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
    const okStatus =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (request.method === 'POST' ? 201 : 200);
    // A change is recorded before it runs, so a crash between its commit and the result's
    // record cannot leave it with no row at all.
    const changes = request.method !== 'GET' && request.method !== 'HEAD';
    const started = changes ? from(this.audit.record({ ...base, outcome: 'STARTED', status: null })) : from([0]);
    return started.pipe(mergeMap(() => this.finish(next, base, okStatus)));
  }

  private finish(next: CallHandler, base: AuditEntry, okStatus: number): Observable<unknown> {
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
