import { createParamDecorator, Injectable, type ExecutionContext, type PipeTransform } from '@nestjs/common';
import { notFound } from '../../infra/http/domain-exception.js';
import type { AuthenticatedRequest, StaffPrincipal } from '../auth.decorators.js';
import { textOf } from '../../infra/text/text-of.js';
import { markIdParam } from '../../infra/http/id-param.js';

/**
 * The staff member reading tip-derived data, with the tips hidden from them (回避), as the
 * database's report_exclusions() defines them. Every service method that returns tip
 * content takes one: SQL leaves `hidden` out (`x.report_id <> ALL($n::uuid[])`), and a
 * single tip named by a path or a body goes through `visible()`, which answers the same
 * 404 as an unknown tip. Built once per request by the AuthGuard; staff not linked to a
 * cadre record hide nothing and cost no query.
 */
export class Viewer {
  /** Ids of the hidden tips, as a query parameter: `r.id <> ALL($n::uuid[])`. */
  readonly hidden: string[];

  /** Ids and numbers of the hidden tips, for data that names tips inside JSON or text (vetting reasons, steps). */
  private readonly marks: string[];

  constructor(
    readonly staff: StaffPrincipal,
    private readonly reasons: ReadonlyMap<string, string>,
    private readonly onRefused: (reportId: string, reason: string) => Promise<void>,
    numbers: readonly string[] = [],
  ) {
    this.hidden = [...reasons.keys()];
    this.marks = [...this.hidden, ...numbers];
  }

  /** A viewer who hides nothing: staff not linked to a cadre record. */
  static unrestricted(staff: StaffPrincipal): Viewer {
    return new Viewer(staff, new Map(), async () => {});
  }

  /**
   * SQL condition leaving the hidden tips out (rows with no tip stay): `column <> ALL($n::uuid[])`, the ids pushed
   * onto params; plain `true` when nothing is hidden, so the common query plan is unchanged.
   */
  excluding(column: string, params: unknown[]): string {
    if (this.hidden.length === 0) return 'true';
    params.push(this.hidden);
    return `(${column} IS NULL OR ${column} <> ALL($${params.length}::uuid[]))`;
  }

  /** Whether a stored value (a vetting reason, a step's data …) names a hidden tip by id or number. */
  mentionsHidden(value: unknown): boolean {
    if (this.marks.length === 0 || value === null || value === undefined) return false;
    const text = (typeof value === 'string' ? value : JSON.stringify(value)).toLowerCase();
    return this.marks.some((mark) => text.includes(mark.toLowerCase()));
  }

  /** The items that name no hidden tip. */
  withoutHidden<T>(items: readonly T[]): T[] {
    return items.filter((item) => !this.mentionsHidden(item));
  }

  hides(reportId: string | null | undefined): boolean {
    return !!reportId && this.reasons.has(reportId.toLowerCase());
  }

  /**
   * The tip may be read or acted on by this viewer; a hidden one answers exactly as an
   * unknown tip does (404 举报不存在), and the refusal is audited as coi.excluded.
   */
  async visible(reportId: string, what = '举报'): Promise<void> {
    const reason = this.reasons.get(reportId.toLowerCase());
    if (reason === undefined) return;
    await this.onRefused(reportId.toLowerCase(), reason);
    throw notFound(what);
  }

  /** Each of these tips (e.g. ids given in a request body) is visible, or the first hidden one answers 404. */
  async allVisible(reportIds: Iterable<string>, what = '举报'): Promise<void> {
    for (const id of reportIds) await this.visible(id, what);
  }
}

export type ViewerRequest = AuthenticatedRequest & { viewer?: Viewer };

/** The request's viewer, set by the AuthGuard on every staff route. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = context.switchToHttp().getRequest<ViewerRequest>().viewer;
  if (!viewer) throw new Error('CurrentViewer used on a route without authentication');
  return viewer;
});

/** Resolves a route's tip id after the viewer's 回避 check (a hidden tip answers 404 before the handler runs). */
@Injectable()
class VisibleReportPipe implements PipeTransform<{ id: string; viewer: Viewer }, Promise<string>> {
  async transform({ id, viewer }: { id: string; viewer: Viewer }): Promise<string> {
    await viewer.visible(id);
    return id;
  }
}

const reportParam = createParamDecorator((name: string, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<ViewerRequest>();
  if (!request.viewer) throw new Error('VisibleReportId used on a route without authentication');
  return { id: textOf((request.params as Record<string, unknown>)[name]), viewer: request.viewer };
});

/**
 * `@VisibleReportId() id: string`: the path's tip id (param `id` unless named), which the viewer
 * may see. A malformed id is refused at the edge like any other (`IdParamsInterceptor`).
 */
export const VisibleReportId =
  (param = 'id'): ParameterDecorator =>
  (target, key, index) => {
    reportParam(param, new VisibleReportPipe())(target, key, index);
    markIdParam(target, key, param);
  };

/**
 * Institution-wide counts that name no tip (the statistics report's agency figures): the
 * only reader that counts every tip. Never pass it to anything that returns tip rows.
 */
export const AGGREGATE_COUNTS = Viewer.unrestricted({
  userId: '00000000-0000-0000-0000-000000000000',
  sessionId: '',
  username: 'aggregate-counts',
  displayName: '统计汇总',
  roles: [],
  agencyCode: null,
  cadreId: null,
  totpSetupOnly: false,
});
