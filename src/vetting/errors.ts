import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the vetting module answers with (listed in the OpenAPI document). */
export const VETTING_ERRORS = errorCodes('vetting', {
  ALREADY_ASSESSED: { status: [HttpStatus.CONFLICT], meaning: '试用期考核已记录，不能重复考核' },
  ALREADY_PUBLISHED: { status: [HttpStatus.CONFLICT], meaning: '人选已在公示中，不能重复公示' },
  ALREADY_WITHDRAWN: { status: [HttpStatus.CONFLICT], meaning: '该公示已撤销，不能重复撤销' },
  APPOINTED_DURING_PUBLICITY: { status: [HttpStatus.BAD_REQUEST], meaning: '任职日期应在公示期结束之后' },
  BALLOT_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '动议时已确定须经全委会票决，讨论决定应由全委会以票决方式表决' },
  BAD_DATE: { status: [HttpStatus.BAD_REQUEST], meaning: '日期应写作 YYYY-MM-DD' },
  DATE_IN_FUTURE: { status: [HttpStatus.BAD_REQUEST], meaning: '考核日期不能晚于今天' },
  DUPLICATE_CANDIDATE: { status: [HttpStatus.BAD_REQUEST], meaning: '同一人选在名单中出现了不止一次' },
  EMPTY_SLATE: { status: [HttpStatus.BAD_REQUEST], meaning: '请至少提名一名拟任人选' },
  NOTE_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '考核不称职的，请写明情况及处理意见' },
  NOTHING_TO_PUBLISH: { status: [HttpStatus.CONFLICT], meaning: '该批次没有待公示的人选' },
  NOT_AN_APPOINTMENT: { status: [HttpStatus.BAD_REQUEST], meaning: '只有任用决定才有任职日期' },
  NOT_A_SUSPENSION: { status: [HttpStatus.BAD_REQUEST], meaning: '只有暂缓任用才有截止日期' },
  NOT_IN_RUN: { status: [HttpStatus.BAD_REQUEST], meaning: '所选人选不属于该审查批次' },
  NOT_PUBLISHED: { status: [HttpStatus.CONFLICT], meaning: '人选尚未进行任前公示，不能任用' },
  PRIOR_REPORT_NOT_REQUIRED: { status: [HttpStatus.CONFLICT], meaning: '拟任职务无须向上级组织部门报备' },
  PRIOR_REPORT_NOT_SENT: { status: [HttpStatus.CONFLICT], meaning: '尚未记录报备，不能记录上级回复' },
  PRIOR_REPORT_REPLIED: { status: [HttpStatus.CONFLICT], meaning: '已记录上级回复，报备信息不能再修改' },
  PROBATION_NOT_OVER: { status: [HttpStatus.BAD_REQUEST], meaning: '试用期尚未届满，届满后方可考核' },
  PUBLICITY_ENDED: { status: [HttpStatus.CONFLICT], meaning: '公示已期满结束，不能撤销；如不再任用，请记录任用决定' },
  PUBLICITY_NOT_OVER: { status: [HttpStatus.CONFLICT], meaning: '公示期满后方可作出任用决定' },
  PUBLICITY_STARTS_IN_PAST: { status: [HttpStatus.BAD_REQUEST], meaning: '公示开始日期不能早于今天' },
  PUBLICITY_TOO_SHORT: { status: [HttpStatus.BAD_REQUEST], meaning: '公示期少于规定的工作日数' },
  REPLY_BEFORE_REPORT: { status: [HttpStatus.BAD_REQUEST], meaning: '上级回复日期不能早于报备日期' },
  STEP_BEFORE_PREVIOUS: { status: [HttpStatus.BAD_REQUEST], meaning: '全程记实某环节的日期早于其前一环节' },
  STEP_OUT_OF_ORDER: { status: [HttpStatus.CONFLICT], meaning: '全程记实须按动议、民主推荐、考察、讨论决定的顺序记录' },
  SUSPENDED_UNTIL_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '暂缓任用须写明截止日期' },
  SUSPENSION_TOO_LONG: { status: [HttpStatus.BAD_REQUEST], meaning: '暂缓任用的截止日期超过规定期限' },
  VETTING_NOT_PASSED: { status: [HttpStatus.CONFLICT], meaning: '人选任前审查尚未通过，不能公示' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof VETTING_ERRORS> {}
}
