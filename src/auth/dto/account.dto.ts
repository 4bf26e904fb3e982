import { z } from 'zod';
import { ROLES } from '../roles.js';

export const totpConfirmSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, '动态码为 6 位数字'),
  /** The one-time token from an administrator, for a privileged role's first enrolment. */
  enrolmentToken: z.string().trim().max(40).optional(),
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

const email = z.email('邮箱地址格式不正确').max(200);
const roles = z.array(z.enum(ROLES, '未知角色'), '请选择角色').min(1, '请至少选择一个角色').max(ROLES.length);

/** An administrator creates a staff account: the first password follows the password policy. */
export const createAccountSchema = z.strictObject({
  username: z.string('请填写用户名').trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, '用户名须为 2–64 位小写字母、数字、点、下划线或连字符'),
  displayName: z.string('请填写姓名').trim().min(1, '请填写姓名').max(50, '姓名不超过 50 字'),
  roles,
  agencyCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/, '请选择成员单位').optional(),
  email: email.optional(),
  password: z.string('请填写初始密码').min(1, '请填写初始密码').max(256, '密码过长'),
});
export type CreateAccountDto = z.infer<typeof createAccountSchema>;

/** What an administrator may change on an account (absent: unchanged; email null: removed). */
export const updateAccountSchema = z.strictObject({
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名不超过 50 字').optional(),
  roles: roles.optional(),
  agencyCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/, '请选择成员单位').nullable().optional(),
  email: email.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateAccountDto = z.infer<typeof updateAccountSchema>;
