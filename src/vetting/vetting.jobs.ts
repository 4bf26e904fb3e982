import { Injectable } from '@nestjs/common';
import { JobHandler, type HandlesJob } from '../infra/queue/job-handler.js';
import { QueueService } from '../infra/queue/queue.service.js';
import type { JobData } from '../infra/queue/jobs.js';
import { VerificationService } from '../verification/verification.service.js';
import { AppointmentCalendar } from './calendar/appointment-calendar.service.js';
import { VettingService } from './vetting.service.js';

/**
 * A fact on a cadre's record changed (tip linked, finding, sanction …): re-evaluate their
 * open candidacies; and if they stand on the appointment calendar, have triage raise their
 * open tips (a tip linked after triage — by a person or during publicity — is urgent too).
 */
@Injectable()
@JobHandler('cadre-record-changed')
export class CadreRecordChangedJob implements HandlesJob<'cadre-record-changed'> {
  constructor(
    private readonly vetting: VettingService,
    private readonly calendar: AppointmentCalendar,
    private readonly queues: QueueService,
  ) {}

  async handle({ cadreId, changeId }: JobData<'cadre-record-changed'>): Promise<void> {
    await this.vetting.reevaluateCadre(cadreId, { trigger: 'CADRE_RECORD_CHANGED', detail: { changeId } });
    if ((await this.calendar.standing({ cadreIds: [cadreId] })).length > 0) {
      await this.queues.add({ queue: 'triage', name: 'appointment-raise', data: { raises: [{ cadreId, changeId }] } });
    }
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
