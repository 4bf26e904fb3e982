import { Controller, Get } from '@nestjs/common';
import { VisibleReportId } from '../auth/conflict/viewer.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators.js';
import { notFound } from '../infra/http/domain-exception.js';
import { z } from 'zod';
import { Returns } from '../infra/http/api-contract.js';
import { NotificationsService, outboundMessageViewSchema, type OutboundMessageView } from './notifications.service.js';

@ApiTags('reports (staff)')
@ApiBearerAuth()
@Controller('api/v1/reports/:id/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Messages sent about a report, with status and errors; addresses and content are not shown. */
  @RequirePermission('reports:read')
  @Get()
  @Returns(z.array(outboundMessageViewSchema), '就该举报发出的通知（不含地址与内容）')
  list(@VisibleReportId() id: string): Promise<OutboundMessageView[]> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('举报');
    return this.notifications.listForReport(id);
  }
}
