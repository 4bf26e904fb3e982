import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the web module answers with (listed in the OpenAPI document). */
export const WEB_ERRORS = errorCodes('web', {
  NO_SUCH_ACTION: { status: [HttpStatus.NOT_FOUND], meaning: '页面上没有这个操作' },
  UNKNOWN_CADRE: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '干部名册中没有这个人员编号' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof WEB_ERRORS> {}
}
