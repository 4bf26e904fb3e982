import { HttpStatus } from '@nestjs/common';
import { type CodesOf, errorCodes } from '../infra/http/error-codes.js';

/** The error codes the identity module answers with (listed in the OpenAPI document). */
export const IDENTITY_ERRORS = errorCodes('identity', {
  ACCESS_EXPIRED: { status: [HttpStatus.FORBIDDEN], meaning: '查看期限已过，如仍需查看请重新申请' },
  IDENTITY_PURGED: { status: [HttpStatus.GONE], meaning: '该举报人的身份信息已按保存期限清除' },
  NOT_APPROVED: { status: [HttpStatus.FORBIDDEN], meaning: '该申请尚未获身份保管人批准' },
  NO_IDENTITY: { status: [HttpStatus.CONFLICT], meaning: '该举报是匿名的，没有可查看的举报人身份' },
  REQUESTER_EXCLUDED: {
    status: [HttpStatus.CONFLICT],
    meaning: '申请人与该举报存在回避关系（本人、亲属等为被反映人），不能批准：请拒绝该申请',
  },
  REQUEST_PENDING: { status: [HttpStatus.CONFLICT], meaning: '您对该举报已有一份待审批的申请' },
  SELF_APPROVAL: { status: [HttpStatus.FORBIDDEN], meaning: '不能审批本人提出的身份查看申请，请由其他身份保管人审批' },
});

declare module '../infra/http/error-codes.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends CodesOf<typeof IDENTITY_ERRORS> {}
}
