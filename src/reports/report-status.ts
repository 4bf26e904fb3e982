import { CATALOGUE } from '../infra/labels/catalogue.js';
/** Where a tip came in. */
export const CHANNELS = ['WEB', 'SMS', 'HOTLINE'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The report's lifecycle as staff see it. */
export const REPORT_STATUSES = [
  'RECEIVED', //     登记: stored, waiting for triage
  'TRIAGED', //      待处置: classified, waiting for a person's disposition
  'IN_HANDLING', //  办理中: disposed to inquiry or verification
  'CLOSED', //       办结
  'MERGED', //       合并: a repeat, kept and linked to the earlier tip
  'TRANSFERRED', //  转办
  'NOT_ACCEPTED', // 不予受理
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a reporter sees: 受理 / 办理中 / 已办结. */
export type PublicStatus = 'ACCEPTED' | 'IN_PROGRESS' | 'CONCLUDED';

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = CATALOGUE.publicStatus;

export function publicStatusOf(status: ReportStatus): PublicStatus {
  switch (status) {
    case 'RECEIVED':
    case 'TRIAGED':
      return 'ACCEPTED';
    case 'IN_HANDLING':
      return 'IN_PROGRESS';
    case 'CLOSED':
    case 'MERGED':
    case 'TRANSFERRED':
    case 'NOT_ACCEPTED':
      return 'CONCLUDED';
  }
}
