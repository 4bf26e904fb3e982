import { z } from 'zod';

export const loginSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginDto = z.infer<typeof loginSchema>;

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: { username: string; displayName: string; roles: string[] };
}
