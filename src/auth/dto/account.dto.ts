import { z } from 'zod';

export const totpConfirmSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, '动态码为 6 位数字'),
});
export type TotpConfirmDto = z.infer<typeof totpConfirmSchema>;

export const passwordResetSchema = z.strictObject({
  password: z.string().min(1, '请填写新密码').max(256, '密码过长'),
});
export type PasswordResetDto = z.infer<typeof passwordResetSchema>;

export const cadreLinkSchema = z.strictObject({
  cadreId: z.uuid('cadreId 应为干部编号').nullable(),
});
export type CadreLinkDto = z.infer<typeof cadreLinkSchema>;
