import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the triage module answers with (listed in the OpenAPI document). */
export const TRIAGE_ERRORS = errorCodes('triage', {
  INVALID_ASSIGNEE: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '经办人不存在、已停用，或不具备办理权限' },
  SUBJECT_ALREADY_LINKED: { status: [HttpStatus.CONFLICT], meaning: '该干部已关联到本件举报' },
  UNKNOWN_CATEGORY: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '问题类别不是分类表中的类别' },
  UNKNOWN_TRANSFER_TARGET: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '转办单位不在成员单位之中，答复列出可选的单位' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof TRIAGE_ERRORS> {}
}
