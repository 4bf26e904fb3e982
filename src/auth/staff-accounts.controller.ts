import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { staffActor } from '../audit/audit.interceptor.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { AccountService, type ResetOutcome, type ResetRequestDto, type StaffAccountDto } from './account.service.js';
import { RequirePermission, type AuthenticatedRequest } from './auth.decorators.js';
import {
  cadreLinkSchema,
  createAccountSchema,
  passwordResetSchema,
  updateAccountSchema,
  type CadreLinkDto,
  type CreateAccountDto,
  type PasswordResetDto,
  type UpdateAccountDto,
  enrolmentTokenSchema,
  resetDecisionSchema,
  resetOutcomeSchema,
  resetRequestSchema,
  staffAccountSchema,
} from './dto/account.dto.js';
import { revokedSessionsSchema } from './dto/login.dto.js';
import { Returns, ReturnsNothing } from '../infra/http/api-contract.js';
import { refuseOwnRecord } from './conflict/own-record.js';
import { IdParam } from '../infra/http/id-param.js';

/** Account administration: the only way to reset a password, revoke sessions or reset two-factor login. */
@ApiTags('staff accounts')
@ApiBearerAuth()
@Controller('api/v1/staff')
export class StaffAccountsController {
  constructor(private readonly accounts: AccountService) {}

  @RequirePermission('staff:manage')
  @Get()
  @Returns(z.array(staffAccountSchema), '全部工作人员账号')
  list(): Promise<StaffAccountDto[]> {
    return this.accounts.list();
  }

  @RequirePermission('staff:manage')
  @Post()
  @Returns(staffAccountSchema, '账号已建立')
  create(
    @Body(new ZodValidationPipe(createAccountSchema)) body: CreateAccountDto,
    @Req() req: AuthenticatedRequest,
  ): Promise<StaffAccountDto> {
    return this.accounts.create(body, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Patch(':id')
  @Returns(staffAccountSchema, '账号已修改')
  update(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(updateAccountSchema)) body: UpdateAccountDto,
    @Req() req: AuthenticatedRequest,
  ): Promise<StaffAccountDto> {
    return this.accounts.update(id, body, staffActor(req));
  }

  /** A one-time token for a privileged account's first two-factor enrolment: shown once, here. */
  @RequirePermission('staff:manage')
  @Post(':id/enrolment-token')
  @Header('Cache-Control', 'no-store')
  @Returns(enrolmentTokenSchema, '一次性令牌（只显示一次）')
  enrolmentToken(@IdParam() id: string, @Req() req: AuthenticatedRequest): Promise<{ token: string; expiresAt: string }> {
    return this.accounts.issueEnrolmentToken(id, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Post(':id/password')
  @HttpCode(200)
  @Returns(resetOutcomeSchema, '密码已重置，或已提交另一名管理员审批')
  resetPassword(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(passwordResetSchema)) body: PasswordResetDto,
    @Req() req: AuthenticatedRequest,
  ) {
    return this.accounts.resetPassword(id, body.password, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Post(':id/sessions/revoke')
  @HttpCode(200)
  @Returns(revokedSessionsSchema, '该账号的会话已全部结束')
  revokeSessions(@IdParam() id: string, @Req() req: AuthenticatedRequest) {
    return this.accounts.revokeSessions(id, staffActor(req));
  }

  /** For an identity custodian or an auditor this is a request (pendingApproval) a second administrator decides. */
  @RequirePermission('staff:manage')
  @Post(':id/totp/reset')
  @HttpCode(200)
  @Returns(resetOutcomeSchema, '两步验证已重置，或已提交另一名管理员审批')
  resetTotp(@IdParam() id: string, @Req() req: AuthenticatedRequest): Promise<ResetOutcome> {
    return this.accounts.resetTotp(id, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Get('reset-requests')
  @Returns(z.array(resetRequestSchema), '待审批的重置申请')
  resetRequests(): Promise<ResetRequestDto[]> {
    return this.accounts.pendingResets();
  }

  /** A second administrator approves or refuses another's reset of a guarded account. */
  @RequirePermission('staff:manage')
  @Post('reset-requests/:requestId/:decision')
  @HttpCode(200)
  @Returns(resetDecisionSchema, '审批结果')
  decideReset(@IdParam('requestId') requestId: string, @Param('decision') decision: string, @Req() req: AuthenticatedRequest) {
    if (decision !== 'approve' && decision !== 'refuse') throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
    return this.accounts.decideReset(requestId, decision === 'approve', staffActor(req));
  }

  /** 回避: the account's own cadre record, so tips about its holder are hidden from them. */
  @RequirePermission('staff:manage')
  @Put(':id/cadre')
  @HttpCode(204)
  @ReturnsNothing('已关联本人的干部档案')
  async linkCadre(
    @IdParam() id: string,
    @Body(new ZodValidationPipe(cadreLinkSchema)) body: CadreLinkDto,
    @Req() req: AuthenticatedRequest,
  ): Promise<void> {
    // 回避: an account's own link (which hides tips about its holder) is set by another administrator.
    refuseOwnRecord(req.staff!, { staffIds: [id] });
    await this.accounts.linkCadre(id, body.cadreId, staffActor(req));
  }
}
