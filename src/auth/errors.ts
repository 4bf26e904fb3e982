import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the auth module answers with (listed in the OpenAPI document). */
export const AUTH_ERRORS = errorCodes('auth', {
  ACCOUNT_LOCKED: { status: [HttpStatus.LOCKED], meaning: '连续登录失败次数过多，账号已临时锁定，请稍后再试或联系管理员重置密码' },
  AGENCY_REQUIRED: { status: [HttpStatus.BAD_REQUEST, HttpStatus.UNPROCESSABLE_ENTITY], meaning: '成员单位联络员须且仅须绑定一个成员单位' },
  CADRE_ALREADY_LINKED: { status: [HttpStatus.CONFLICT], meaning: '该干部记录已关联另一个账号' },
  CSRF_REJECTED: { status: [HttpStatus.FORBIDDEN], meaning: '请求来源校验失败：请在本系统页面内操作' },
  ENROLMENT_TOKEN_NOT_NEEDED: { status: [HttpStatus.CONFLICT], meaning: '该账号的角色不要求两步验证，无需绑定码' },
  ENROLMENT_TOKEN_REQUIRED: {
    status: [HttpStatus.FORBIDDEN],
    meaning: '首次绑定两步验证须填写系统管理员签发的绑定码（72 小时内有效）；没有或已过期请联系管理员',
  },
  FORBIDDEN: { status: [HttpStatus.FORBIDDEN], meaning: '无权访问' },
  INVALID_ROLE: { status: [HttpStatus.BAD_REQUEST], meaning: '角色未指定或不是系统中的角色' },
  INVALID_USERNAME: { status: [HttpStatus.BAD_REQUEST], meaning: '用户名须为 2–64 位小写字母、数字、点、下划线或连字符' },
  LOGIN_BACKOFF: { status: [HttpStatus.TOO_MANY_REQUESTS], meaning: '登录失败次数较多，须等待答复中所说的秒数后再试' },
  LOGIN_FAILED: { status: [HttpStatus.UNAUTHORIZED], meaning: '用户名或密码错误' },
  OWN_RECORD_NEEDS_ANOTHER: {
    status: [HttpStatus.CONFLICT],
    meaning: '此操作涉及您本人的干部档案、亲属关系或账号关联，按回避规定须由其他工作人员办理',
  },
  SAME_CADRE: { status: [HttpStatus.BAD_REQUEST], meaning: '不能记录干部与本人的关系' },
  SECOND_ADMIN_REQUIRED: { status: [HttpStatus.FORBIDDEN], meaning: '重置身份保管人或审计员的账号须由两名管理员在系统内办理' },
  SELF_LOCKOUT: { status: [HttpStatus.CONFLICT], meaning: '不能停用自己的账号或取消自己的系统管理员角色：请由另一位管理员操作' },
  TOTP_ALREADY_ENABLED: { status: [HttpStatus.CONFLICT], meaning: '已启用两步验证；如更换设备，请联系管理员重置' },
  TOTP_INVALID: { status: [HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED], meaning: '动态码错误，请核对设备时间后重试' },
  TOTP_NOT_STARTED: { status: [HttpStatus.CONFLICT], meaning: '请先开始设置两步验证' },
  TOTP_REQUIRED: { status: [HttpStatus.UNAUTHORIZED], meaning: '请输入身份验证器中的 6 位动态码' },
  TOTP_SETUP_REQUIRED: {
    status: [HttpStatus.FORBIDDEN],
    meaning: '您的角色要求启用两步验证：请先在工作台“两步验证”页面完成设置（接口：POST /api/v1/auth/totp/setup）',
  },
  UNAUTHENTICATED: { status: [HttpStatus.UNAUTHORIZED], meaning: '请先登录' },
  USERNAME_TAKEN: { status: [HttpStatus.CONFLICT], meaning: '用户名已存在' },
  WEAK_PASSWORD: { status: [HttpStatus.BAD_REQUEST], meaning: '密码不符合强度要求（长度、字符种类或常见密码）' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof AUTH_ERRORS> {}
}
