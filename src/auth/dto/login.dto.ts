import { z } from 'zod';

export const loginSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
  /** The 6-digit code from the authenticator, for accounts with two-factor login. */
  totp: z.string().max(16).optional(),
});
export type LoginDto = z.infer<typeof loginSchema>;

export const loginResponseSchema = z
  .object({
    token: z.string().describe('会话令牌：请求时放在 Authorization: Bearer 中'),
    expiresAt: z.string(),
    user: z.object({ username: z.string(), displayName: z.string(), roles: z.array(z.string()) }),
    /** The role requires TOTP and none is set up: this session may only enrol (POST /auth/totp/setup, /confirm). */
    totpSetupRequired: z.boolean().describe('该角色须启用两步验证而尚未设置：此会话只能设置两步验证'),
  })
  .meta({ id: 'LoginResult' });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    agencyCode: z.string().nullable().describe('联络员所属成员单位'),
    totpSetupRequired: z.boolean(),
  })
  .meta({ id: 'Me' });

export const totpSetupSchema = z
  .object({ secret: z.string().describe('两步验证密钥，只显示一次'), otpauthUrl: z.string().describe('otpauth:// 链接，可生成二维码') })
  .meta({ id: 'TotpSetup' });

export const revokedSessionsSchema = z.object({ revokedSessions: z.int().describe('结束的会话数') }).meta({ id: 'RevokedSessions' });
