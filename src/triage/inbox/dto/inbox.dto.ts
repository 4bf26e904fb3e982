import { z } from 'zod';
import { reportDetailSchema } from '../../../reports/dto/report-list.dto.js';
import { CHANNELS, REPORT_STATUSES } from '../../../reports/report-status.js';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID');

export const inboxQuerySchema = z.strictObject({
  status: z.enum(REPORT_STATUSES, `状态应为以下之一：${REPORT_STATUSES.join('、')}`).optional(),
  category: z
    .string()
    .regex(/^[A-Z][A-Z_]*$/, '类别代码应为大写字母，如 OFFICE_BUYING')
    .optional(),
  channel: z.enum(CHANNELS, `渠道应为以下之一：${CHANNELS.join('、')}`).optional(),
  priority: z.enum(['HIGH', 'MEDIUM', 'LOW'], '优先级应为 HIGH、MEDIUM 或 LOW').optional(),
  overdue: z
    .enum(['true', 'false'], 'overdue 应为 true 或 false')
    .transform((v) => v === 'true')
    .optional(),
  /** `me`, `none` (unassigned) or a staff id. */
  assignee: z.union([z.literal('me'), z.literal('none'), uuid], { error: 'assignee 应为 me、none 或经办人 ID' }).optional(),
  /** A tip's number (or its tail: 000123), or the name of a person it is about, as reported or as linked. */
  q: z.string().trim().min(1).max(50, '查找内容不超过 50 字').optional().describe('举报编号（或其末几位）、被反映人姓名'),
  sort: z.enum(['priority', 'due'], 'sort 应为 priority 或 due').default('priority'),
  page: z.coerce.number('page 应为数字').int().min(1, 'page 从 1 开始').max(10_000).default(1),
  pageSize: z.coerce.number('pageSize 应为数字').int().min(1).max(100, 'pageSize 不超过 100').default(20),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

const PRIORITY_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;

export const inboxItemSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    channel: z.enum(CHANNELS),
    status: z.enum(REPORT_STATUSES),
    realName: z.boolean(),
    category: z.string().nullable(),
    categoryConfirmed: z.boolean().describe('类别是否经人工确认'),
    categoryNeedsPerson: z.boolean().describe('系统对类别把握不足（低于置信度阈值），需人工定类'),
    priority: z.number().nullable().describe('优先级分值'),
    priorityLevel: z.enum(PRIORITY_LEVELS).nullable(),
    specific: z.boolean().nullable().describe('反映内容是否具体（有时间、地点、事实）'),
    subjects: z.array(
      z.object({ status: z.string(), mentions: z.array(z.string()), name: z.string().nullable(), unit: z.string().nullable() }),
    ),
    repeatOf: z.string().nullable().describe('疑似重复件的原件编号'),
    assigneeId: z.string().nullable(),
    nextDue: z.object({ kind: z.string(), dueOn: z.string() }).nullable().describe('最近的办理期限'),
    overdue: z.boolean(),
    excerpt: z.string(),
    receivedAt: z.string(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPageSchema = z
  .object({
    items: z.array(inboxItemSchema),
    page: z.int(),
    pageSize: z.int(),
    /** Matches in all pages; when totalCapped, a lower bound: there are more than this many. */
    total: z.int().describe('符合条件的件数；totalCapped 为 true 时表示"多于此数"'),
    /** The count stopped at its cap (INBOX_TOTAL_CAP, or the rows up to this page when further). */
    totalCapped: z.boolean(),
  })
  .meta({ id: 'InboxPage' });
export type InboxPage = z.infer<typeof inboxPageSchema>;

const linkedReport = z.object({ reportId: z.uuid(), number: z.string(), score: z.number(), reasons: z.array(z.string()) });

export const caseViewSchema = reportDetailSchema
  .omit({ subjects: true })
  .extend({
    /** What the reporter wrote in the form's subject fields. */
    reportedSubjects: reportDetailSchema.shape.subjects.describe('举报人填写的被反映人'),
    triage: z
      .object({
        categoryConfirmed: z.boolean(),
        categories: z.array(z.unknown()).describe('自动分类的候选类别及依据'),
        suggestion: z
          .object({
            confidence: z.number().describe('建议类别正确的概率（经校准，0–1）'),
            needsPerson: z.boolean().describe('置信度低于阈值：需人工定类'),
            candidates: z
              .array(z.object({ code: z.string(), final: z.number(), matched: z.array(z.string()) }))
              .describe('得分最高的两个类别及依据'),
          })
          .describe('类别建议的置信度'),
        modelVersion: z.number().nullable(),
        transferTarget: z.string().nullable(),
        specific: z.boolean().nullable(),
        anchors: z.array(z.unknown()),
        priority: z.number().nullable(),
        priorityLevel: z.string().nullable(),
        priorityReasons: z.array(z.string()),
      })
      .nullable()
      .describe('自动分拣结果；尚未分拣时为 null'),
    subjects: z.array(
      z.object({
        id: z.string(),
        role: z.string(),
        roleReason: z.string().nullable(),
        status: z.string(),
        cadreId: z.string().nullable(),
        mentions: z.array(z.string()),
        candidates: z.array(z.unknown()),
        decidedAt: z.string().nullable(),
      }),
    ),
    repeats: z.object({ repeatOf: z.string().nullable(), earlier: z.array(linkedReport), later: z.array(linkedReport) }),
    appointments: z
      .array(
        z.object({
          candidateId: z.uuid(),
          cadreId: z.uuid(),
          name: z.string(),
          proposedPost: z.string().describe('拟任职务'),
          runId: z.uuid(),
          runTitle: z.string().describe('审查批次'),
          runStartedOn: z.string(),
          suspendedUntil: z.string().nullable().describe('暂缓任用至'),
          notice: z
            .object({ id: z.uuid(), reference: z.string(), startsOn: z.string(), endsOn: z.string() })
            .nullable()
            .describe('尚未期满的任前公示；仅在审查中时为 null'),
        }),
      )
      .describe('被反映干部正处于的任前审查或任前公示（尚未作出任用决定）'),
    deadlines: z.array(
      z.object({
        kind: z.string(),
        dueOn: z.string(),
        remindOn: z.string(),
        metAt: z.string().nullable(),
        overdue: z.boolean(),
        remindedAt: z.string().nullable(),
        escalatedAt: z.string().nullable(),
      }),
    ),
    handling: z.object({
      assigneeId: z.string().nullable(),
      disposition: z.string().nullable(),
      dispositionDetail: z.unknown(),
      pendingDisposition: z.unknown(),
      /** Who proposed the pending disposition or closure, by name, for the approver. */
      pendingProposerName: z.string().nullable(),
      finding: z.string().nullable(),
      outcomeForReporter: z.string().nullable(),
    }),
    notes: z.array(z.object({ id: z.uuid(), authorId: z.string(), body: z.string(), createdAt: z.string() })),
  })
  .meta({ id: 'CaseView' });
export type CaseView = z.infer<typeof caseViewSchema>;
