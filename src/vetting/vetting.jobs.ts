import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import type { JobData } from '../infra/queue/jobs.js';
import { VerificationService } from '../verification/verification.service.js';
import { VettingService } from './vetting.service.js';

/** A fact on a cadre's record changed (tip linked, finding, sanction …): re-evaluate their open candidacies. */
@Injectable()
@JobHandler('cadre-record-changed')
export class CadreRecordChangedJob implements HandlesJob<'cadre-record-changed'> {
  constructor(private readonly vetting: VettingService) {}

  async handle({ cadreId, changeId }: JobData<'cadre-record-changed'>): Promise<void> {
    await this.vetting.reevaluateCadre(cadreId, { trigger: 'CADRE_RECORD_CHANGED', detail: { changeId } });
  }
}

/** An agency answered: re-evaluate the candidacy the request was about. */
@Injectable()
@JobHandler('verification-replied')
export class VerificationRepliedJob implements HandlesJob<'verification-replied'> {
  constructor(
    private readonly vetting: VettingService,
    private readonly verification: VerificationService,
  ) {}

  async handle({ requestId, version }: JobData<'verification-replied'>): Promise<void> {
    const subject = await this.verification.subjectOf(requestId);
    if (subject?.subjectKind !== 'VETTING_CANDIDATE') return;
    await this.vetting.evaluateCandidate(subject.subjectId, { trigger: 'AGENCY_REPLIED', detail: { requestId, version } });
  }
}
