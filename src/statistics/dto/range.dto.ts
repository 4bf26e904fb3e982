import { z } from 'zod';

/** ?from=&to= as civil dates; the dates themselves are checked by parseRange (one message for pages and API). */
export const rangeQuerySchema = z.strictObject({
  from: z.string('起始日期应为一个日期').max(32).optional(),
  to: z.string('截止日期应为一个日期').max(32).optional(),
});
export type RangeQuery = z.infer<typeof rangeQuerySchema>;
