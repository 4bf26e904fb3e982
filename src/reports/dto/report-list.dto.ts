import { z } from 'zod';
import { CHANNELS, REPORT_STATUSES } from '../report-status.js';

/** A real calendar date (2026-02-30 is refused here, not by Postgres). */
const date = z.iso.date('日期格式应为 YYYY-MM-DD，且须是真实存在的日期');

export const reportListQuerySchema = z.strictObject({
  status: z.enum(REPORT_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  /** Received on or after this date (China time). */
  from: date.optional(),
  /** Received on or before this date (China time). */
  to: date.optional(),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

const subjectSchema = z.object({
  name: z.string().optional(),
  unit: z.string().optional(),
  post: z.string().optional(),
  note: z.string().optional().describe('举报人对被反映人的说明'),
});

/** What staff see in a list. Identity fields are not part of any staff response type. */
export const reportSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string().describe('举报编号'),
    channel: z.enum(CHANNELS).describe('WEB 网上，SMS 短信，HOTLINE 电话'),
    status: z.enum(REPORT_STATUSES),
    realName: z.boolean().describe('是否实名'),
    category: z.string().nullable().describe('分类代码（见 /api/v1/triage 的分类）'),
    subjects: z.array(subjectSchema).describe('被反映人（举报人所写）'),
    excerpt: z.string(),
    receivedAt: z.string(),
    attachmentCount: z.int(),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummaryDto = z.infer<typeof reportSummarySchema>;

export const reportListSchema = z
  .object({ items: z.array(reportSummarySchema), nextCursor: z.string().nullable().describe('下一页的 cursor；没有下一页时为 null') })
  .meta({ id: 'ReportList' });
export type ReportListDto = z.infer<typeof reportListSchema>;

export const reportDetailSchema = reportSummarySchema
  .omit({ excerpt: true })
  .extend({
    body: z.string(),
    incidentTime: z.string().nullable(),
    incidentPlace: z.string().nullable(),
    categoryClaimed: z.string().nullable().describe('举报人选择的分类'),
    categoryScores: z.record(z.string(), z.number()).nullable().describe('自动分类对各类别的评分'),
    triagedAt: z.string().nullable(),
    outcomeForReporter: z.string().nullable(),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        mediaType: z.string(),
        sizeBytes: z.int(),
        sha256: z.string(),
        originalName: z.string().nullable(),
        metadataRemoved: z.boolean().describe('元数据是否已清除'),
        createdAt: z.string(),
      }),
    ),
    messages: z.array(z.object({ id: z.uuid(), from: z.enum(['REPORTER', 'STAFF']), body: z.string(), createdAt: z.string() })),
    events: z.array(
      z.object({
        type: z.string(),
        actorKind: z.string(),
        actorId: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'ReportDetail' });
export type ReportDetailDto = z.infer<typeof reportDetailSchema>;

export const staffMessageResultSchema = z
  .object({ id: z.uuid(), createdAt: z.string(), reporterNotified: z.boolean().describe('是否已短信提醒举报人') })
  .meta({ id: 'StaffMessageResult' });
