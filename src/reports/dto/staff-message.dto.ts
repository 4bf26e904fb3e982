import { z } from 'zod';

export const staffMessageSchema = z.strictObject({
  body: z.string().trim().min(1, '消息不能为空').max(2000, '消息不超过 2000 字'),
});
export type StaffMessageDto = z.infer<typeof staffMessageSchema>;
