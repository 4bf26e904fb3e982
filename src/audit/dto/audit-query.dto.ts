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

export interface AuditEntryDto {
  seq: number;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  status: number | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextBefore: number | null;
}
