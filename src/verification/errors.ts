import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the verification module answers with (listed in the OpenAPI document). */
export const VERIFICATION_ERRORS = errorCodes('verification', {
  AGENCY_EXISTS: { status: [HttpStatus.CONFLICT], meaning: '成员单位代码或名称已存在' },
  ALREADY_ANSWERED: { status: [HttpStatus.CONFLICT], meaning: '该请求已答复，不能再申请延期；如需更正请提交新的答复' },
  INVALID_NEW_DUE_DATE: { status: [HttpStatus.BAD_REQUEST], meaning: '申请延期的新答复日期须晚于原期限和今天' },
  NOT_OVERDUE: { status: [HttpStatus.CONFLICT], meaning: '只有已逾期未答复的请求才能督办' },
  NOT_UNDER_VERIFICATION: { status: [HttpStatus.CONFLICT], meaning: '只有处置为“初步核实”且正在办理的举报，才能请成员单位协助核查' },
  NO_AGENCY: { status: [HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN], meaning: '请至少选择一个成员单位' },
  REQUEST_CANCELLED: { status: [HttpStatus.CONFLICT], meaning: '该请求已撤回，无需答复' },
  REQUEST_CLOSED: { status: [HttpStatus.CONFLICT], meaning: '该请求已答复或撤回，不能再附加材料' },
  UNKNOWN_AGENCY: { status: [HttpStatus.BAD_REQUEST, HttpStatus.UNPROCESSABLE_ENTITY], meaning: '成员单位未配置或已停用' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof VERIFICATION_ERRORS> {}
}
