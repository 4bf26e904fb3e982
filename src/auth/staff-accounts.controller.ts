import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
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
} from './dto/account.dto.js';
import { refuseOwnRecord } from './conflict/own-record.js';

/** Account administration: the only way to reset a password, revoke sessions or reset two-factor login. */
@ApiTags('staff accounts')
@ApiBearerAuth()
@Controller('api/v1/staff')
export class StaffAccountsController {
  constructor(private readonly accounts: AccountService) {}

  @RequirePermission('staff:manage')
  @Get()
  list(): Promise<StaffAccountDto[]> {
    return this.accounts.list();
  }

  @RequirePermission('staff:manage')
  @Post()
  @ApiBody({ schema: z.toJSONSchema(createAccountSchema, { io: 'input' }) as object })
  create(@Body(new ZodValidationPipe(createAccountSchema)) body: CreateAccountDto, @Req() req: AuthenticatedRequest): Promise<StaffAccountDto> {
    return this.accounts.create(body, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Patch(':id')
  @ApiBody({ schema: z.toJSONSchema(updateAccountSchema, { io: 'input' }) as object })
  update(@Param('id') id: string, @Body(new ZodValidationPipe(updateAccountSchema)) body: UpdateAccountDto, @Req() req: AuthenticatedRequest): Promise<StaffAccountDto> {
    return this.accounts.update(id, body, staffActor(req));
  }

  /** A one-time token for a privileged account's first two-factor enrolment: shown once, here. */
  @RequirePermission('staff:manage')
  @Post(':id/enrolment-token')
  @Header('Cache-Control', 'no-store')
  enrolmentToken(@Param('id') id: string, @Req() req: AuthenticatedRequest): Promise<{ token: string; expiresAt: string }> {
    return this.accounts.issueEnrolmentToken(id, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Post(':id/password')
  @HttpCode(200)
  @ApiBody({ schema: z.toJSONSchema(passwordResetSchema) as object })
  resetPassword(@Param('id') id: string, @Body(new ZodValidationPipe(passwordResetSchema)) body: PasswordResetDto, @Req() req: AuthenticatedRequest) {
    return this.accounts.resetPassword(id, body.password, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Post(':id/sessions/revoke')
  @HttpCode(200)
  revokeSessions(@Param('id') id: string, @Req() req: AuthenticatedRequest) {
    return this.accounts.revokeSessions(id, staffActor(req));
  }

  /** For an identity custodian or an auditor this is a request (pendingApproval) a second administrator decides. */
  @RequirePermission('staff:manage')
  @Post(':id/totp/reset')
  @HttpCode(200)
  resetTotp(@Param('id') id: string, @Req() req: AuthenticatedRequest): Promise<ResetOutcome> {
    return this.accounts.resetTotp(id, staffActor(req));
  }

  @RequirePermission('staff:manage')
  @Get('reset-requests')
  resetRequests(): Promise<ResetRequestDto[]> {
    return this.accounts.pendingResets();
  }

  /** A second administrator approves or refuses another's reset of a guarded account. */
  @RequirePermission('staff:manage')
  @Post('reset-requests/:requestId/:decision')
  @HttpCode(200)
  decideReset(@Param('requestId') requestId: string, @Param('decision') decision: string, @Req() req: AuthenticatedRequest) {
    if (decision !== 'approve' && decision !== 'refuse') throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '没有这个操作');
    return this.accounts.decideReset(requestId, decision === 'approve', staffActor(req));
  }

  /** 回避: the account's own cadre record, so tips about its holder are hidden from them. */
  @RequirePermission('staff:manage')
  @Put(':id/cadre')
  @HttpCode(204)
  @ApiBody({ schema: z.toJSONSchema(cadreLinkSchema) as object })
  async linkCadre(@Param('id') id: string, @Body(new ZodValidationPipe(cadreLinkSchema)) body: CadreLinkDto, @Req() req: AuthenticatedRequest): Promise<void> {
    // 回避: an account's own link (which hides tips about its holder) is set by another administrator.
    refuseOwnRecord(req.staff!, { staffIds: [id] });
    await this.accounts.linkCadre(id, body.cadreId, staffActor(req));
  }
}
