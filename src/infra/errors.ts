import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from './http/error-codes.js';

/** The error codes the infra module answers with (listed in the OpenAPI document). */
export const INFRA_ERRORS = errorCodes('infra', {
  ALREADY_DECIDED: { status: [HttpStatus.CONFLICT], meaning: '该申请或事项已经审批（决定）过' },
  ATTACHMENTS_TOO_LARGE: { status: [HttpStatus.PAYLOAD_TOO_LARGE], meaning: '附件合计超过大小上限' },
  BODY_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '请求内容为空：请提交 JSON 数据' },
  EMPTY_FILE: { status: [HttpStatus.BAD_REQUEST], meaning: '上传的文件是空的' },
  FILE_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '请求中没有要上传的文件' },
  FILE_TOO_LARGE: { status: [HttpStatus.PAYLOAD_TOO_LARGE], meaning: '上传的文件超过大小上限' },
  FILE_TYPE_NOT_ALLOWED: {
    status: [HttpStatus.UNSUPPORTED_MEDIA_TYPE],
    meaning: '附件的实际格式（按内容识别，不按扩展名）不在允许的格式之内',
  },
  IMAGE_MALFORMED: { status: [HttpStatus.UNSUPPORTED_MEDIA_TYPE], meaning: '附件已损坏或格式异常，无法接收，请重新导出后上传' },
  INVALID_CHARACTERS: { status: [HttpStatus.BAD_REQUEST], meaning: '提交的内容含有不允许的字符（如空字符、控制字符），details 指出字段' },
  MULTIPART_REQUIRED: { status: [HttpStatus.BAD_REQUEST], meaning: '请以 multipart/form-data 上传附件' },
  NOT_FOUND: { status: [HttpStatus.NOT_FOUND], meaning: '要找的记录不存在、编号不正确，或按回避规定对您不可见' },
  NO_FILE: { status: [HttpStatus.BAD_REQUEST], meaning: '请选择要附上的文件' },
  RATE_LIMITED: { status: [HttpStatus.TOO_MANY_REQUESTS], meaning: '同一来源提交过于频繁，请稍后再试（答复带 Retry-After）' },
  TOO_MANY_FILES: { status: [HttpStatus.PAYLOAD_TOO_LARGE], meaning: '附件个数超过上限' },
  UNSUPPORTED_MEDIA_TYPE: { status: [HttpStatus.UNSUPPORTED_MEDIA_TYPE], meaning: '请求的内容类型不被该接口接受（如表单应以页面提交）' },
  VALIDATION_FAILED: { status: [HttpStatus.BAD_REQUEST], meaning: '提交的内容有误，details 逐项指出字段和原因' },
  DOCUMENT_FONT_MISSING: {
    status: [HttpStatus.SERVICE_UNAVAILABLE],
    meaning: '服务器上没有生成 PDF 所需的中文字体（fonts-noto-cjk，配置 documents.cjkFontPath）：请运维人员安装后重试',
  },
  SERVICE_UNAVAILABLE: { status: [HttpStatus.SERVICE_UNAVAILABLE], meaning: '数据库或队列暂时不可用：内容尚未提交，请稍后重试' },
  INTERNAL_ERROR: { status: [HttpStatus.INTERNAL_SERVER_ERROR], meaning: '系统内部错误：答复中的编号（requestId）可供运维人员查找日志' },
});

declare module './http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof INFRA_ERRORS> {}
}
