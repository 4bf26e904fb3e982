import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/conflict/viewer.js';
import { AccountService } from '../../auth/account.service.js';
import { rolesGrant } from '../../auth/roles.js';
import type { CadreSummary } from '../../cadres/dto/cadre.dto.js';
import type { InboxItem } from '../../triage/inbox/dto/inbox.dto.js';
import { AppConfig } from '../../infra/config/app-config.js';
import { InboxService } from '../../triage/inbox/inbox.service.js';
import { AgencyDirectory } from '../../verification/agencies/agency-directory.service.js';
import { PageRenderer } from '../page-renderer.js';
import type { VerificationFormValues } from './verification-form.js';
import { VerificationPanel } from './verification-panel.js';

/**
 * The console's case page, rendered the same way by every controller that shows it (after
 * an action, or back with a refused form's errors): the case, its handling panel (who may
 * approve, whose proposal waits) and the verification section.
 */
@Injectable()
export class CasePage {
  constructor(
    private readonly pages: PageRenderer,
    private readonly inbox: InboxService,
    private readonly config: AppConfig,
    private readonly verificationPanel: VerificationPanel,
    private readonly accounts: AccountService,
    private readonly agencies: AgencyDirectory,
  ) {}

  readonly categoryName = (code: string | null) => this.config.categories.find((c) => c.code === code)?.name ?? code ?? '未分类';

  async render(
    id: string,
    viewer: Viewer,
    options: {
      notice?: string | null;
      verificationForm?: { values: VerificationFormValues; errors: string[] };
      /** A refused form (its name, e.g. `merge` or `subject-<id>`): the message shown there and what was typed. */
      refused?: { form: string; message: string; values: Record<string, string | undefined> };
      /** A cadre search in one subject's form and its matches. */
      subjectSearch?: { subjectId: string; q: string; matches: CadreSummary[] } | null;
      /** A search for the case to merge into, and its matches. */
      mergeSearch?: { q: string; matches: InboxItem[] } | null;
    } = {},
  ): Promise<string> {
    const staff = viewer.staff;
    // 回避: the case and everything on its page read through the viewer's exclusion.
    const view = await this.inbox.caseView(id, viewer);
    const pending = view.handling.pendingDisposition as { proposedBy?: string } | null;
    const accounts = await this.accounts.list();
    const staffName = (id: string | null) => accounts.find((a) => a.id === id)?.displayName ?? null;
    // Who approved the disposition or conclusion that stands: the last decision on the case.
    const decision = view.events.findLast((e) => e.type === 'DECISION_APPROVED' || e.type === 'DECISION_REJECTED');
    const approval =
      decision?.type === 'DECISION_APPROVED'
        ? {
            name: staffName(decision.actorId) ?? '',
            at: decision.createdAt,
            comment: (decision.data as { comment?: string | null }).comment ?? null,
          }
        : null;
    return this.pages.render('console/case', {
      title: view.number,
      staff,
      case: view,
      notice: options.notice ?? null,
      categories: this.config.categories,
      categoryName: this.categoryName,
      // The member agencies as admins keep them (AgencyDirectory), not the seed in config.
      agencies: this.agencies.all,
      agencyName: (code: string) => this.agencies.nameOf(code),
      mayApprove: rolesGrant(staff.roles, 'reports:approve'),
      isProposer: pending?.proposedBy === staff.userId,
      approval,
      staffName,
      assignees: accounts.filter((a) => a.active && rolesGrant(a.roles, 'reports:handle')).map((a) => ({ id: a.id, name: a.displayName })),
      verification: await this.verificationPanel.forCase(view, viewer, options.verificationForm),
      refused: options.refused ?? null,
      subjectSearch: options.subjectSearch ?? null,
      mergeSearch: options.mergeSearch ?? null,
    });
  }
}
