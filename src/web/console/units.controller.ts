import { Controller, Get, Header, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { rolesGrant } from '../../auth/roles.js';
import { quotaSchema, unitNameSchema } from '../../cadres/dto/record-inputs.dto.js';
import { UnitsService } from '../../cadres/units.service.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { formRefusal, textFields } from './form-fields.js';

const HTML = 'text/html; charset=utf-8';
type Form = Record<string, string>;

/** Units (单位) with their other names, and post quotas (职数) with the over-quota report (超职数). */
@ApiExcludeController()
@Controller('console/units')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleUnitsController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly units: UnitsService,
  ) {}

  private async page(
    staff: StaffPrincipal,
    onlyOver: boolean,
    state: { errorAt?: string; error?: string; values?: Form } = {},
  ): Promise<string> {
    return this.pages.render('console/units', {
      title: zhCN.unitPages.title,
      staff,
      onlyOver,
      quotas: await this.units.quotaReport(onlyOver),
      units: await this.units.list(),
      canManage: rolesGrant(staff.roles, 'cadres:manage'),
      errorAt: state.errorAt ?? null,
      error: state.error ?? null,
      values: state.values ?? {},
    });
  }

  @RequirePermission('cadres:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@Query('over') over: string | undefined, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.page(staff, over === 'true');
  }

  private async refused(reply: FastifyReply, staff: StaffPrincipal, error: unknown, errorAt: string, values: Form): Promise<void> {
    const { status, message } = formRefusal(error, {}, { notFoundIsPageLevel: false });
    void reply
      .status(status)
      .type(HTML)
      .send(await this.page(staff, false, { errorAt, error: message, values }));
  }

  @RequirePermission('cadres:manage')
  @Post('quotas')
  async setQuota(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const form = textFields(request);
    try {
      const approved = form['approved'] !== undefined && /^\d+$/.test(form['approved']) ? Number(form['approved']) : form['approved'];
      const dto = parseWith(quotaSchema, { level: form['level'], approved });
      await this.units.setQuota(form['unitId'] ?? '', dto.level, dto.approved);
      void reply.status(303).header('Location', '/console/units#quotas').send();
    } catch (error) {
      await this.refused(reply, staff, error, 'quota', form);
    }
  }

  @RequirePermission('cadres:manage')
  @Post('names')
  async addName(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const form = textFields(request);
    try {
      const dto = parseWith(unitNameSchema, {
        name: form['name'],
        kind: form['kind'],
        ...(form['inUseFrom'] ? { inUseFrom: form['inUseFrom'] } : {}),
      });
      await this.units.addName(form['unitId'] ?? '', dto.name, dto.kind, dto.inUseFrom ?? null);
      void reply.status(303).header('Location', '/console/units#names').send();
    } catch (error) {
      await this.refused(reply, staff, error, 'name', form);
    }
  }
}
