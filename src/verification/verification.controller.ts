import { Body, Controller, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../auth/auth.decorators.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { ZodValidationPipe } from '../infra/http/zod-validation.pipe.js';
import { VerificationService } from './verification.service.js';

const replySchema = z.strictObject({
  adverse: z.boolean('请说明是否有不利情况（adverse: true/false）'),
  body: z.string().trim().min(2, '请填写答复意见').max(5000, '答复意见不超过 5000 字'),
});

@ApiTags('verification (agencies)')
@ApiBearerAuth()
@Controller('api/v1/verification-requests')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  /** A member agency's liaison answers a request addressed to their agency. */
  @RequirePermission('verification:reply')
  @Post(':id/replies')
  reply(@Param('id') id: string, @Body(new ZodValidationPipe(replySchema)) body: z.infer<typeof replySchema>, @CurrentStaff() staff: StaffPrincipal) {
    if (!staff.agencyCode) throw new DomainException(HttpStatus.FORBIDDEN, 'NO_AGENCY', '该账号未关联成员单位，不能答复');
    return this.verification.reply({ requestId: id, adverse: body.adverse, body: body.body, agencyCode: staff.agencyCode, actorId: staff.userId });
  }
}
