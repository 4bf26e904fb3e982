import { z } from 'zod';

/** A real calendar date (2026-02-30 is refused here, not by Postgres). */
const date = z.iso.date('日期格式应为 YYYY-MM-DD，且须是真实存在的日期');

export const auditQuerySchema = z.strictObject({
  /** On or after this date (China time). */
  from: date.optional(),
  /** On or before this date (China time). */
  to: date.optional(),
  actorId: z.uuid('actorId 应为账号编号').optional(),
  /** Matches the start of the action, e.g. `identity.` or `GET /api/v1/reports`. */
  action: z.string().min(1).max(200).optional(),
  targetType: z.string().min(1).max(60).optional(),
  targetId: z.string().min(1).max(100).optional(),
  /** Rows before this sequence number (the previous page's `nextBefore`). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z
  .object({
    seq: z.int().describe('序号（连续，断号即有记录被删）'),
    at: z.string(),
    actorKind: z.string().describe('STAFF 工作人员，REPORTER 举报人，SYSTEM 系统，CLI 命令行'),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string().describe('操作代码（中文说明见控制台审计页）'),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    outcome: z.string(),
    status: z.int().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string().describe('本条记录的链式哈希'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z
  .object({ items: z.array(auditEntrySchema), nextBefore: z.int().nullable().describe('下一页：把它作为 before 传入') })
  .meta({ id: 'AuditPage' });
export type AuditPageDto = z.infer<typeof auditPageSchema>;

export const chainVerdictSchema = z
  .union([
    z.object({ ok: z.literal(true), rows: z.int(), lastSeq: z.int() }),
    z.object({ ok: z.literal(false), rows: z.int(), brokenSeq: z.int().describe('第一条对不上的记录'), reason: z.string() }),
  ])
  .meta({ id: 'ChainVerdict' });
