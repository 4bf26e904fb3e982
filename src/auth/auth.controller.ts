import { Body, Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { Headers, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RateLimit, RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { CurrentStaff, Public, RequirePermission, type StaffPrincipal } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { loginSchema, type LoginDto, type LoginResponse } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('api/v1/auth')
@UseInterceptors(RateLimitInterceptor)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(200)
  @ApiBody({ schema: z.toJSONSchema(loginSchema) as object })
  async login(
    @Body(new ZodValidationPipe(loginSchema)) body: LoginDto,
    @Req() request: FastifyRequest,
    @Headers('user-agent') userAgent?: string,
  ): Promise<LoginResponse> {
    const { token, expiresAt, user } = await this.auth.login(body.username, body.password, { ip: request.ip, userAgent: userAgent ?? null, requestId: String(request.id) });
    return { token, expiresAt: expiresAt.toISOString(), user: { username: user.username, displayName: user.displayName, roles: user.roles } };
  }

  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentStaff() staff: StaffPrincipal): Promise<void> {
    await this.auth.logout(staff.sessionId);
  }

  @ApiBearerAuth()
  @RequirePermission('session:self')
  @Get('me')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return { username: staff.username, displayName: staff.displayName, roles: staff.roles, agencyCode: staff.agencyCode };
  }
}
