import { z } from 'zod';

export const identityRequestSchema = z.strictObject({
  reason: z.string().trim().min(10, '请写明查看举报人身份的理由（至少 10 字）').max(2000, '理由不超过 2000 字'),
});
export type IdentityRequestInput = z.infer<typeof identityRequestSchema>;

export const identityDecisionSchema = z.strictObject({
  note: z.string().trim().max(2000, '说明不超过 2000 字').optional(),
});
export type IdentityDecisionInput = z.infer<typeof identityDecisionSchema>;

export const identityRequestListQuerySchema = z.strictObject({
  status: z.enum(['PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN']).default('PENDING'),
});

export interface IdentityRequestDto {
  id: string;
  reportId: string;
  reportNumber: string;
  requester: { id: string; displayName: string };
  reason: string;
  status: string;
  decidedBy: { id: string; displayName: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  expiresAt: string | null;
  createdAt: string;
}

/** The reporter's identity, shown to an approved requester only; never cached. */
export interface RevealedIdentityDto {
  reportId: string;
  reportNumber: string;
  name: string;
  phone: string;
  idNumber: string | null;
  visibleUntil: string;
}
