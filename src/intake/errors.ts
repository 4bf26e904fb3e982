import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the intake module answers with (listed in the OpenAPI document). */
export const INTAKE_ERRORS = errorCodes('intake', {
  ALREADY_TRANSCRIBED: { status: [HttpStatus.CONFLICT], meaning: '该留言已经转写：如需补充，请在案件中添加备注' },
  GATEWAY_NOT_CONFIGURED: { status: [HttpStatus.NOT_FOUND], meaning: '该短信网关未启用' },
  IDEMPOTENCY_KEY_REUSED: {
    status: [HttpStatus.UNPROCESSABLE_ENTITY],
    meaning: '该 Idempotency-Key 已用于另一份不同的举报：重试时请提交完全相同的内容，新举报请使用新的 Idempotency-Key',
  },
  INVALID_IDEMPOTENCY_KEY: {
    status: [HttpStatus.BAD_REQUEST],
    meaning: 'Idempotency-Key 应为 8–128 位字母、数字、下划线或连字符（建议使用 UUID）',
  },
  INVALID_JSON: { status: [HttpStatus.BAD_REQUEST], meaning: 'json 字段不是合法的 JSON' },
  JSON_FIELD_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: 'multipart 请求须包含且仅包含一个名为 json 的字段' },
  RECORDING_ORIGIN_NOT_ALLOWED: { status: [HttpStatus.BAD_REQUEST], meaning: '录音地址不在允许的来源之内（telephony.recordingOrigins）' },
  REQUEST_EXPIRED: { status: [HttpStatus.FORBIDDEN], meaning: '请求已过期（时间戳超出允许范围），疑为重放，已拒绝' },
  SIGNATURE_INVALID: { status: [HttpStatus.FORBIDDEN], meaning: '签名校验失败' },
  SIGNATURE_REQUIRED: { status: [HttpStatus.UNAUTHORIZED], meaning: '请求未签名：缺少签名或时间戳' },
  WEBHOOK_NOT_CONFIGURED: { status: [HttpStatus.NOT_FOUND], meaning: '电话留言接口未启用' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof INTAKE_ERRORS> {}
}
