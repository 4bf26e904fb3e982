import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CadresRepository } from '../cadres/cadres.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import { VerificationRepository } from '../verification/verification.repository.js';
import { orderedByCadreName } from '../vetting/order-by-name.js';
import { VettingRepository } from '../vetting/vetting.repository.js';
import type { OpenCandidate, OpenCase, OpenItems, OpenRequest } from './agenda-rules.js';
import { MeetingsRepository } from './meetings.repository.js';

const OPEN_CASE = ['TRIAGED', 'IN_HANDLING'];

/**
 * Reads what a meeting might discuss: open cases with a pending decision or requests,
 * open requests past their due date, undecided vetting candidates that did not pass.
 * Read-only, one query each; which of them go on the agenda is proposeAgenda's rule.
 */
@Injectable()
export class OpenItemsLoader {
  constructor(
    private readonly agencies: AgencyDirectory,
    private readonly meetings: MeetingsRepository,
    private readonly verification: VerificationRepository,
    private readonly reports: ReportsRepository,
    private readonly vetting: VettingRepository,
    private readonly cadres: CadresRepository,
  ) {}

  private agencyName(code: string): string {
    return this.agencies.get(code)?.name ?? code;
  }

  async load(m: EntityManager, meetingId: string, today: string): Promise<OpenItems> {
    // One after another: `m` is a transaction, one connection, which runs one query at a time.
    const cases = await this.cases(m);
    const requests = await this.requests(m, today);
    const candidates = await this.candidates(m);
    const scheduled = await this.scheduled(m, meetingId);
    return { cases, requests, candidates, scheduled };
  }

  private async cases(m: EntityManager): Promise<OpenCase[]> {
    // A case with a pending decision, or with requests (not withdrawn), each with its requests by number.
    const requests = new Map<string, Array<{ number: string; agency_code: string; answered: boolean }>>();
    for (const v of await this.verification.requestsAboutTips(m)) {
      requests.set(v.subject_id, [...(requests.get(v.subject_id) ?? []), v]);
    }
    const rows = (await this.reports.openCasesForMeeting(m, [...requests.keys()])).map((r) => ({
      ...r,
      requests: requests.get(r.id) ?? [],
    }));
    return rows.map((r) => ({
      reportId: r.id,
      number: r.number,
      status: r.status,
      realName: r.real_name,
      receivedAt: r.received_at.toISOString(),
      category: r.category,
      pendingKind: r.pending_kind,
      requests: r.requests.map((v) => ({ number: v.number, agencyName: this.agencyName(v.agency_code), answered: v.answered })),
    }));
  }

  private async requests(m: EntityManager, today: string): Promise<OpenRequest[]> {
    const overdue = await this.verification.overdue(m, today);
    const ids = (kind: string) => [...new Set(overdue.filter((v) => v.subject_kind === kind).map((v) => v.subject_id))];
    const reports = new Map((await this.reports.caseSummaries(m, ids('REPORT'))).map((r) => [r.id, r]));
    const candidates = new Map((await this.vetting.decisionsOf(m, ids('VETTING_CANDIDATE'))).map((c) => [c.id, c]));
    const cadreIds = [...new Set([...candidates.values()].map((c) => c.cadre_id))];
    const names = new Map((cadreIds.length ? await this.cadres.summariesByIds(cadreIds) : []).map((c) => [c.id, c.name]));
    const rows = overdue.map((v) => {
      const report = v.subject_kind === 'REPORT' ? reports.get(v.subject_id) : undefined;
      const candidate = v.subject_kind === 'VETTING_CANDIDATE' ? candidates.get(v.subject_id) : undefined;
      return {
        ...v,
        label: report?.number ?? (candidate ? (names.get(candidate.cadre_id) ?? null) : null),
        // As an open case, an undecided candidacy; a subject not found counts as open.
        subject_open: report ? OPEN_CASE.includes(report.status) : candidate ? candidate.decision === null : true,
      };
    });
    return rows.map((r) => ({
      requestId: r.id,
      number: r.number,
      agencyName: this.agencyName(r.agency_code),
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      subjectLabel: r.label ?? '',
      dueOn: r.due_on,
      answered: false,
      subjectOpen: r.subject_open,
    }));
  }

  private async candidates(m: EntityManager): Promise<OpenCandidate[]> {
    // Oldest run first, a run's candidates by name (the cadres module orders names).
    const rows = await orderedByCadreName(
      this.cadres,
      await this.vetting.undecidedNotPassed(m),
      (c) => c.run_key,
      (c) => c.cadre_id,
      Infinity,
    );
    return rows.map((r) => ({
      candidateId: r.id,
      runTitle: r.title,
      name: r.name,
      proposedPost: r.proposed_post,
      verdict: r.verdict,
      reasons: r.reasons.map((x) => x.message),
      decided: false,
    }));
  }

  private async scheduled(m: EntityManager, meetingId: string): Promise<Set<string>> {
    return this.meetings.scheduledElsewhere(m, meetingId);
  }
}
