import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { mergeMap, type Observable } from 'rxjs';
import { staffActor } from '../../audit/audit.interceptor.js';
import type { AuthenticatedRequest } from '../auth.decorators.js';
import { ConflictOfInterestService, REPORT_LIST_ROUTES } from './conflict-of-interest.service.js';

interface ListPage {
  items: Array<{ id?: string; reportId?: string }>;
  total?: number;
}

const isListPage = (value: unknown): value is ListPage => Array.isArray((value as ListPage | null)?.items);

/** Removes tips a staff member must not see (回避) from every list and search of tips. */
@Injectable()
export class ConflictListInterceptor implements NestInterceptor {
  constructor(private readonly conflicts: ConflictOfInterestService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = request.routeOptions?.url ?? '';
    const staff = request.staff;
    if (!staff?.cadreId || request.method !== 'GET' || !REPORT_LIST_ROUTES.has(route)) return next.handle();
    return next.handle().pipe(
      mergeMap(async (page: unknown) => {
        if (!isListPage(page)) return page;
        const excluded = await this.conflicts.exclusions(page.items.map((i) => i.reportId ?? i.id ?? ''), staff);
        if (excluded.size === 0) return page;
        await this.conflicts.record(staffActor(request), excluded, route);
        const items = page.items.filter((i) => !excluded.has(i.reportId ?? i.id ?? ''));
        return { ...page, items, ...(typeof page.total === 'number' ? { total: page.total - excluded.size } : {}) };
      }),
    );
  }
}
