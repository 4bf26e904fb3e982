import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the meetings module answers with (listed in the OpenAPI document). */
export const MEETINGS_ERRORS = errorCodes('meetings', {
  ALREADY_ON_AGENDA: { status: [HttpStatus.CONFLICT], meaning: '该人选或举报已在本次会议的议程中' },
  CANDIDATE_BLOCKED: {
    status: [HttpStatus.CONFLICT],
    meaning: '人选的任前审查结论为“不能上会”；如会议确认仍按程序推进，须明确确认后再记录',
  },
  DECISION_NOT_ALLOWED: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '该议题不能作出这种决定，答复列出可作的决定' },
  INVALID_DUE_DATE: { status: [HttpStatus.BAD_REQUEST], meaning: '答复期限不正确（应为今天以后的日期，并符合规定的期限）' },
  ITEM_DECIDED: { status: [HttpStatus.CONFLICT], meaning: '该议题已作出决定，不能移出议程' },
  NOT_INVITED: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '该成员单位未被邀请参加本次会议' },
  ORDER_MISMATCH: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '新的议题顺序应恰好列出本次会议的全部议题，各一次' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof MEETINGS_ERRORS> {}
}
