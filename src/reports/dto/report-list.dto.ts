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

/** What staff see in a list. Identity fields are not part of any staff response type. */
export interface ReportSummaryDto {
  id: string;
  number: string;
  channel: string;
  status: string;
  realName: boolean;
  category: string | null;
  subjects: Array<{ name?: string; unit?: string; post?: string }>;
  excerpt: string;
  receivedAt: string;
  attachmentCount: number;
}

export interface ReportListDto {
  items: ReportSummaryDto[];
  nextCursor: string | null;
}

export interface ReportDetailDto extends Omit<ReportSummaryDto, 'excerpt'> {
  body: string;
  incidentTime: string | null;
  incidentPlace: string | null;
  categoryClaimed: string | null;
  categoryScores: Record<string, number> | null;
  triagedAt: string | null;
  outcomeForReporter: string | null;
  attachments: Array<{ id: string; mediaType: string; sizeBytes: number; sha256: string; originalName: string | null; createdAt: string }>;
  messages: Array<{ id: string; from: 'REPORTER' | 'STAFF'; body: string; createdAt: string }>;
  events: Array<{ type: string; actorKind: string; actorId: string | null; data: Record<string, unknown>; createdAt: string }>;
}
