import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the statistics module answers with (listed in the OpenAPI document). */
export const STATISTICS_ERRORS = errorCodes('statistics', {
  INVALID_DATE_RANGE: { status: [HttpStatus.BAD_REQUEST], meaning: '统计的起止日期不正确（格式、先后或跨度）' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof STATISTICS_ERRORS> {}
}
