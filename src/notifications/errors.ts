import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the notifications module answers with (listed in the OpenAPI document). */
export const NOTIFICATIONS_ERRORS = errorCodes('notifications', {
  INVALID_EMAIL: { status: [HttpStatus.BAD_REQUEST], meaning: '邮箱地址格式不正确' },
  INVALID_PHONE: { status: [HttpStatus.BAD_REQUEST], meaning: '手机号码格式不正确' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof NOTIFICATIONS_ERRORS> {}
}
