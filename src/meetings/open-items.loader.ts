import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgencyDirectory } from '../verification/agencies/agency-directory.service.js';
import type { OpenCandidate, OpenCase, OpenItems, OpenRequest } from './agenda-rules.js';

const OPEN_CASE = `('TRIAGED', 'IN_HANDLING')`;

/**
 * Reads what a meeting might discuss: open cases with a pending decision or requests,
 * open requests past their due date, undecided vetting candidates that did not pass.
 * Read-only, one query each; which of them go on the agenda is proposeAgenda's rule.
 */
@Injectable()
export class OpenItemsLoader {
  constructor(private readonly agencies: AgencyDirectory) {}

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
    const rows: Array<{
      id: string;
      number: string;
      status: string;
      real_name: boolean;
      received_at: Date;
      category: string | null;
      pending_kind: string | null;
      requests: Array<{ number: string; agency_code: string; answered: boolean }>;
    }> = await m.query(
      `SELECT r.id, r.number, r.status, r.real_name, r.received_at, r.category, r.disposition_pending->>'kind' AS pending_kind,
                coalesce(jsonb_agg(jsonb_build_object('number', v.number, 'agency_code', v.agency_code, 'answered', v.status = 'ANSWERED') ORDER BY v.number)
                         FILTER (WHERE v.id IS NOT NULL), '[]') AS requests
           FROM report r
           LEFT JOIN verification_request v ON v.subject_kind = 'REPORT' AND v.subject_id = r.id AND v.status <> 'CANCELLED'
          WHERE r.status IN ${OPEN_CASE} AND (r.disposition_pending IS NOT NULL OR v.id IS NOT NULL)
          GROUP BY r.id`,
    );
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
    const rows: Array<{
      id: string;
      number: string;
      agency_code: string;
      subject_kind: 'REPORT' | 'VETTING_CANDIDATE';
      subject_id: string;
      due_on: string;
      label: string | null;
      subject_open: boolean;
    }> = await m.query(
      `SELECT v.id, v.number, v.agency_code, v.subject_kind, v.subject_id, to_char(v.due_on, 'YYYY-MM-DD') AS due_on,
              coalesce(r.number, c.name) AS label,
              coalesce(r.status IN ${OPEN_CASE}, vc.decision IS NULL, false) AS subject_open
         FROM verification_request v
         LEFT JOIN report r ON v.subject_kind = 'REPORT' AND r.id = v.subject_id
         LEFT JOIN vetting_candidate vc ON v.subject_kind = 'VETTING_CANDIDATE' AND vc.id = v.subject_id
         LEFT JOIN cadre c ON c.id = vc.cadre_id
        WHERE v.status = 'OPEN' AND v.due_on < $1::date`,
      [today],
    );
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
    const rows: Array<{
      id: string;
      title: string;
      name: string;
      proposed_post: string;
      verdict: OpenCandidate['verdict'];
      reasons: Array<{ message: string }>;
    }> = await m.query(
      `SELECT vc.id, run.title, c.name, vc.proposed_post, vc.verdict, vc.reasons
         FROM vetting_candidate vc JOIN vetting_run run ON run.id = vc.run_id JOIN cadre c ON c.id = vc.cadre_id
        WHERE vc.decision IS NULL AND vc.verdict <> 'PASS'
        ORDER BY run.started_on, run.created_at, c.name`,
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
    const rows: Array<{ subject_id: string }> = await m.query(
      `SELECT DISTINCT subject_id FROM joint_meeting_item WHERE decision IS NULL AND subject_id IS NOT NULL AND meeting_id <> $1`,
      [meetingId],
    );
    return new Set(rows.map((r) => r.subject_id));
  }
}
