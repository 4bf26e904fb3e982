import type { DecisionKind } from './decision-rules.js';
import type { ItemKind } from './agenda-rules.js';

export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'REPRESENTED';

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { PRESENT: '出席', ABSENT: '缺席', REPRESENTED: '委托出席' };

export interface MeetingSummary {
  id: string;
  number: string;
  title: string;
  heldOn: string;
  place: string;
  convener: string;
  items: number;
  decided: number;
}

export interface AgendaItemView {
  id: string;
  position: number;
  kind: ItemKind;
  /** The report, request or candidate the item is about; null for a free item. */
  subjectId: string | null;
  /** What a decision acts on: the case or candidate (for an overdue request, the request's subject). */
  target: { kind: 'REPORT' | 'VETTING_CANDIDATE'; id: string } | null;
  title: string;
  reasons: string[];
  opinions: Array<{ agencyCode: string; agencyName: string; opinion: string }>;
  allowedDecisions: DecisionKind[];
  decision: {
    kind: DecisionKind;
    label: string;
    note: string | null;
    dueOn: string | null;
    agencies: Array<{ code: string; name: string }>;
    target: { code: string; name: string } | null;
    requests: Array<{ id: string; number: string; agencyCode: string; dueOn: string }>;
    /** The closure or transfer the meeting decided waits for a supervisor's approval (no quorum). */
    pendingApproval: boolean;
    decidedAt: string;
  } | null;
}

export interface MeetingView {
  id: string;
  number: string;
  title: string;
  heldOn: string;
  place: string;
  convener: string;
  invitedAgencies: Array<{ code: string; name: string }>;
  minutes: string;
  attendance: Array<{ agencyCode: string; agencyName: string; status: AttendanceStatus; statusLabel: string; attendee: string | null; note: string | null }>;
  items: AgendaItemView[];
  createdAt: string;
  updatedAt: string;
}
