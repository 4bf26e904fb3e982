import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the cadres module answers with (listed in the OpenAPI document). */
export const CADRES_ERRORS = errorCodes('cadres', {
  ALREADY_DRAWN: { status: [HttpStatus.CONFLICT], meaning: '该年度个人有关事项已抽查过，不能重抽；可按记录的种子复核' },
  CHECKED_ON_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '查核结果须写明查核日期' },
  FILE_DOUBTS_OPEN: {
    status: [HttpStatus.CONFLICT],
    meaning: '档案审核尚有存疑事项未查明，不能完成审核：请逐项写明查核情况后再完成',
  },
  FILE_DOUBT_RESOLVED: { status: [HttpStatus.CONFLICT], meaning: '该存疑事项已查明，不能再次处理' },
  PROBATION_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '留党察看须写明察看期：一年（12）或二年（24）' },
  ROSTER_EMPTY: { status: [HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_ENTITY], meaning: '名册中没有数据行' },
  ROSTER_HEADERS_MISSING: {
    status: [HttpStatus.UNPROCESSABLE_ENTITY],
    meaning: '名册表头缺少必需的列，答复列出缺少的列和第 1 行应有的表头',
  },
  ROSTER_ROWS_INVALID: {
    status: [HttpStatus.UNPROCESSABLE_ENTITY],
    meaning: '名册有数据行有误，整个文件未导入；details 逐行列出错误，可改正后重导或选择跳过错误行',
  },
  ROSTER_TOO_LARGE: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '名册行数超过一次导入的上限，请分批导入' },
  ROSTER_UNREADABLE: { status: [HttpStatus.UNPROCESSABLE_ENTITY], meaning: '名册文件无法读取（不是有效的 .xlsx 或 UTF-8 .csv）' },
  UNIT_NAME_TAKEN: { status: [HttpStatus.CONFLICT], meaning: '该名称已属于另一个单位：一个名称只能对应一个单位' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof CADRES_ERRORS> {}
}
