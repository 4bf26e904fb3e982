import { z } from 'zod';
import { CHANNELS, REPORT_STATUSES } from '../../../reports/report-status.js';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID');

export const inboxQuerySchema = z.strictObject({
  status: z.enum(REPORT_STATUSES, `状态应为以下之一：${REPORT_STATUSES.join('、')}`).optional(),
  category: z.string().regex(/^[A-Z][A-Z_]*$/, '类别代码应为大写字母，如 OFFICE_BUYING').optional(),
  channel: z.enum(CHANNELS, `渠道应为以下之一：${CHANNELS.join('、')}`).optional(),
  priority: z.enum(['HIGH', 'MEDIUM', 'LOW'], '优先级应为 HIGH、MEDIUM 或 LOW').optional(),
  overdue: z.enum(['true', 'false'], 'overdue 应为 true 或 false').transform((v) => v === 'true').optional(),
  /** `me`, `none` (unassigned) or a staff id. */
  assignee: z.union([z.literal('me'), z.literal('none'), uuid], { error: 'assignee 应为 me、none 或经办人 ID' }).optional(),
  sort: z.enum(['priority', 'due'], 'sort 应为 priority 或 due').default('priority'),
  page: z.coerce.number('page 应为数字').int().min(1, 'page 从 1 开始').max(10_000).default(1),
  pageSize: z.coerce.number('pageSize 应为数字').int().min(1).max(100, 'pageSize 不超过 100').default(20),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export interface InboxItem {
  id: string;
  number: string;
  channel: string;
  status: string;
  realName: boolean;
  category: string | null;
  categoryConfirmed: boolean;
  priority: number | null;
  priorityLevel: string | null;
  specific: boolean | null;
  subjects: Array<{ status: string; mentions: string[]; name: string | null; unit: string | null }>;
  repeatOf: string | null;
  assigneeId: string | null;
  nextDue: { kind: string; dueOn: string } | null;
  overdue: boolean;
  excerpt: string;
  receivedAt: string;
}

export interface InboxPage {
  items: InboxItem[];
  page: number;
  pageSize: number;
  /** Matches in all pages; when totalCapped, a lower bound: there are more than this many. */
  total: number;
  /** The count stopped at its cap (INBOX_TOTAL_CAP, or the rows up to this page when further). */
  totalCapped: boolean;
}
