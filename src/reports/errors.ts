import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the reports module answers with (listed in the OpenAPI document). */
export const REPORTS_ERRORS = errorCodes('reports', {
  DECISION_PENDING: { status: [HttpStatus.CONFLICT], meaning: '已有待审批的处置或办结，请等待审批结果' },
  FINDING_MISSING: { status: [HttpStatus.CONFLICT], meaning: '办结前请先记录核查结论和告知举报人的办理结果' },
  INVALID_CURSOR: { status: [HttpStatus.BAD_REQUEST], meaning: '分页参数 cursor 无效：请使用上一页返回的 nextCursor' },
  INVALID_TRANSITION: { status: [HttpStatus.CONFLICT], meaning: '该举报当前的状态不允许这项操作' },
  MERGE_CYCLE: { status: [HttpStatus.CONFLICT], meaning: '目标举报本身是本件的重复件，不能反向合并' },
  MERGE_SELF: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '不能把举报合并到它自己' },
  NOT_IN_HANDLING: { status: [HttpStatus.CONFLICT], meaning: '举报不在办理中：请先作出处置，再记录核查结论或办结' },
  NOT_REOPENABLE: { status: [HttpStatus.CONFLICT], meaning: '只有已办结、已转办或不予受理的举报可以重新办理' },
  NOT_TRIAGED: { status: [HttpStatus.CONFLICT], meaning: '该举报尚未完成分拣，请分拣后再办理' },
  NO_PENDING_DECISION: { status: [HttpStatus.CONFLICT], meaning: '该举报没有待审批的处置或办结' },
  REPORT_FINISHED: { status: [HttpStatus.CONFLICT], meaning: '该举报已办结（或已合并、转办、不予受理），不能再办理' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof REPORTS_ERRORS> {}
}
