import { Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { staffActor } from '../audit/audit.interceptor.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { AccountService, type StaffAccountDto } from './account.service.js';
import { RequirePermission, type AuthenticatedRequest } from './auth.decorators.js';
import { cadreLinkSchema, passwordResetSchema, type CadreLinkDto, type PasswordResetDto } from './dto/account.dto.js';
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

  @RequirePermission('staff:manage')
  @Post(':id/totp/reset')
  @HttpCode(204)
  async resetTotp(@Param('id') id: string, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.accounts.resetTotp(id, staffActor(req));
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
