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

const person = z.object({ id: z.uuid(), displayName: z.string() });
export const identityRequestDtoSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    reportNumber: z.string(),
    requester: person,
    reason: z.string(),
    status: z.string().describe('PENDING 待审批，APPROVED 已批准，REFUSED 未批准，EXPIRED 已过期'),
    decidedBy: person.nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    expiresAt: z.string().nullable().describe('批准后可查看身份至'),
    createdAt: z.string(),
  })
  .meta({ id: 'IdentityRequest' });
export type IdentityRequestDto = z.infer<typeof identityRequestDtoSchema>;

/** The reporter's identity, shown to an approved requester only; never cached. */
export const revealedIdentitySchema = z
  .object({
    reportId: z.uuid(),
    reportNumber: z.string(),
    name: z.string(),
    phone: z.string(),
    idNumber: z.string().nullable(),
    visibleUntil: z.string(),
  })
  .meta({ id: 'RevealedIdentity' });
export type RevealedIdentityDto = z.infer<typeof revealedIdentitySchema>;
