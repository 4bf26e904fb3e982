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
  username: z
    .string('请填写用户名')
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, '用户名须为 2–64 位小写字母、数字、点、下划线或连字符'),
  displayName: z.string('请填写姓名').trim().min(1, '请填写姓名').max(50, '姓名不超过 50 字'),
  roles,
  agencyCode: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, '请选择成员单位')
    .optional(),
  email: email.optional(),
  password: z.string('请填写初始密码').min(1, '请填写初始密码').max(256, '密码过长'),
});
export type CreateAccountDto = z.infer<typeof createAccountSchema>;

/** What an administrator may change on an account (absent: unchanged; email null: removed). */
export const updateAccountSchema = z.strictObject({
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名不超过 50 字').optional(),
  roles: roles.optional(),
  agencyCode: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, '请选择成员单位')
    .nullable()
    .optional(),
  email: email.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateAccountDto = z.infer<typeof updateAccountSchema>;

// What the account routes answer.
export const staffAccountSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    agencyCode: z.string().nullable(),
    active: z.boolean(),
    totpEnabled: z.boolean().describe('是否已启用两步验证'),
    lockedUntil: z.string().nullable().describe('登录失败过多而锁定至'),
    cadreId: z.string().nullable().describe('本人的干部档案（用于回避）'),
    email: z.string().nullable(),
    liveSessions: z.int(),
  })
  .meta({ id: 'StaffAccount' });
export type StaffAccountDto = z.infer<typeof staffAccountSchema>;

export const resetOutcomeSchema = z
  .union([
    z.object({ pendingApproval: z.literal(false), revokedSessions: z.int().optional() }),
    z.object({ pendingApproval: z.literal(true), requestId: z.uuid().describe('待另一名管理员审批的重置申请') }),
  ])
  .meta({ id: 'ResetOutcome' });
export type ResetOutcome = z.infer<typeof resetOutcomeSchema>;

export const resetRequestSchema = z
  .object({
    id: z.uuid(),
    targetId: z.uuid(),
    username: z.string(),
    kind: z.enum(['PASSWORD', 'TOTP']).describe('PASSWORD 重置密码，TOTP 重置两步验证'),
    requestedBy: z.uuid(),
    requesterName: z.string(),
    requestedAt: z.string(),
  })
  .meta({ id: 'ResetRequest' });
export type ResetRequestDto = z.infer<typeof resetRequestSchema>;

export const enrolmentTokenSchema = z
  .object({ token: z.string().describe('首次设置两步验证用的一次性令牌，只显示一次'), expiresAt: z.string() })
  .meta({ id: 'EnrolmentToken' });
export const resetDecisionSchema = z.object({ status: z.enum(['APPROVED', 'REFUSED']) }).meta({ id: 'ResetDecision' });
