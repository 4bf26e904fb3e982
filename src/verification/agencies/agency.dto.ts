import { z } from 'zod';

const email = z.email('邮箱地址格式不正确').max(200);

export const agencyInputSchema = z.strictObject({
  code: z.string('请填写单位代码').regex(/^[A-Z][A-Z0-9_]{1,39}$/, '单位代码应为大写字母、数字或下划线，如 AUDIT'),
  name: z.string('请填写单位名称').trim().min(2, '单位名称至少 2 个字').max(50, '单位名称不超过 50 字'),
  aliases: z.array(z.string().trim().min(1).max(50)).max(20, '别名最多 20 个').default([]),
  integrityOpinion: z.boolean().default(false),
  noticeEmail: email.nullable().optional(),
  leadEmail: email.nullable().optional(),
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

export const agencyPatchSchema = agencyInputSchema.omit({ code: true }).partial().extend({ active: z.boolean().optional() });
export type AgencyPatch = z.infer<typeof agencyPatchSchema>;

/** A member agency of the joint meeting (联席会议成员单位), as admins see it. */
export const agencySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).describe('别名（转办时可用）'),
    integrityOpinion: z.boolean().describe('是否出具廉政意见（任前审查必须征求）'),
    noticeEmail: z.string().nullable().describe('接收通知的邮箱'),
    leadEmail: z.string().nullable().describe('督办时抄送的负责人邮箱'),
    active: z.boolean(),
  })
  .meta({ id: 'Agency' });
