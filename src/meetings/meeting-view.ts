import { CATALOGUE } from '../infra/labels/catalogue.js';
import { z } from 'zod';
import type { DecisionKind } from './decision-rules.js';
import type { ItemKind } from './agenda-rules.js';

export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'REPRESENTED';

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = CATALOGUE.attendance;

const DECISION_KINDS = ['PROCEED', 'VERIFY_FURTHER', 'TRANSFER', 'CLOSE'] as const satisfies readonly DecisionKind[];
const ITEM_KINDS = ['CASE', 'OVERDUE_REQUEST', 'VETTING_CANDIDATE', 'FREE'] as const satisfies readonly ItemKind[];
const codeName = z.object({ code: z.string(), name: z.string() });

export const meetingSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    convener: z.string().describe('召集人'),
    items: z.int().describe('议题数'),
    decided: z.int().describe('已作决定的议题数'),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const agendaItemViewSchema = z
  .object({
    id: z.uuid(),
    position: z.int(),
    kind: z.enum(ITEM_KINDS).describe('CASE 举报件，OVERDUE_REQUEST 逾期未复函，VETTING_CANDIDATE 拟任人选，FREE 其他'),
    /** The report, request or candidate the item is about; null for a free item. */
    subjectId: z.string().nullable(),
    /** What a decision acts on: the case or candidate (for an overdue request, the request's subject). */
    target: z.object({ kind: z.enum(['REPORT', 'VETTING_CANDIDATE']), id: z.string() }).nullable(),
    title: z.string(),
    reasons: z.array(z.string()).describe('列入议程的理由'),
    opinions: z.array(z.object({ agencyCode: z.string(), agencyName: z.string(), opinion: z.string() })).describe('各成员单位意见'),
    allowedDecisions: z.array(z.enum(DECISION_KINDS)),
    decision: z
      .object({
        kind: z.enum(DECISION_KINDS),
        label: z.string(),
        note: z.string().nullable(),
        dueOn: z.string().nullable(),
        agencies: z.array(codeName),
        target: codeName.nullable(),
        requests: z.array(z.object({ id: z.uuid(), number: z.string(), agencyCode: z.string(), dueOn: z.string() })),
        /** The closure or transfer the meeting decided waits for a supervisor's approval (no quorum). */
        pendingApproval: z.boolean().describe('会议未达法定人数，了结或转办待审批人批准'),
        againstBlock: z.array(z.string()).describe('会议确认在任前审查“不能上会”的情况下仍按程序推进时，当时的不能上会理由'),
        decidedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItemView = z.infer<typeof agendaItemViewSchema>;

export const meetingViewSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    convener: z.string(),
    invitedAgencies: z.array(codeName),
    minutes: z.string().describe('会议纪要'),
    attendance: z.array(
      z.object({
        agencyCode: z.string(),
        agencyName: z.string(),
        status: z.enum(['PRESENT', 'ABSENT', 'REPRESENTED']),
        statusLabel: z.string(),
        attendee: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    items: z.array(agendaItemViewSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Meeting' });
export type MeetingView = z.infer<typeof meetingViewSchema>;
