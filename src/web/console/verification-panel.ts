import type { Viewer } from '../../auth/conflict/viewer.js';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../infra/config/app-config.js';
import { VerificationTrackingService, type StaffRequestView } from '../../verification/verification-tracking.service.js';
import { VerificationService } from '../../verification/verification.service.js';
import { defaultDueOn, type VerificationFormValues } from './verification-form.js';

export interface VerificationPanelData {
  requests: StaffRequestView[];
  agencies: Array<{ code: string; name: string }>;
  /** Only a case disposed to 初步核实 and in handling may ask agencies (the service enforces it too). */
  canRequest: boolean;
  today: string;
  defaultDays: number;
  defaultDueOn: string;
  values: VerificationFormValues;
  errors: string[];
}

/** The case page's verification section: the case's requests with every reply, and the form to ask agencies. */
@Injectable()
export class VerificationPanel {
  constructor(
    private readonly tracking: VerificationTrackingService,
    private readonly verification: VerificationService,
    private readonly config: AppConfig,
  ) {}

  async forCase(
    view: { id: string; status: string; handling: { disposition: string | null } },
    viewer: Viewer,
    form?: { values: VerificationFormValues; errors: string[] },
  ): Promise<VerificationPanelData> {
    const today = this.verification.today();
    const days = this.config.settings.deadlines.verificationWorkingDays;
    const due = defaultDueOn(today, days, this.verification.calendar);
    return {
      requests: await this.tracking.forReport(view.id, viewer),
      agencies: this.verification.agencies.filter((a) => a.active).map((a) => ({ code: a.code, name: a.name })),
      canRequest: view.status === 'IN_HANDLING' && view.handling.disposition === 'PRELIMINARY_VERIFICATION',
      today,
      defaultDays: days,
      defaultDueOn: due,
      values: form?.values ?? { agencyCodes: [], question: '', extract: '', dueOn: due },
      errors: form?.errors ?? [],
    };
  }
}
