import { z } from 'zod';

export const loginSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
  /** The 6-digit code from the authenticator, for accounts with two-factor login. */
  totp: z.string().max(16).optional(),
});
export type LoginDto = z.infer<typeof loginSchema>;

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: { username: string; displayName: string; roles: string[] };
  /** The role requires TOTP and none is set up: this session may only enrol (POST /auth/totp/setup, /confirm). */
  totpSetupRequired: boolean;
}
