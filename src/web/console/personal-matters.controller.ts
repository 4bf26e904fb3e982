import { Controller, Get, Header, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { rolesGrant } from '../../auth/roles.js';
import { CadreRecordsService } from '../../cadres/cadre-records.service.js';
import { drawSchema } from '../../cadres/dto/record-inputs.dto.js';
import { Clock } from '../../infra/clock/clock.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { formRefusal, textFields } from './form-fields.js';

const HTML = 'text/html; charset=utf-8';

/**
 * 个人有关事项报告随机抽查: draw the year's share of cadres with a recorded seed, list every
 * year's draw with the drawn cadres, and redraw from the seed to show the draw was not chosen.
 */
@ApiExcludeController()
@Controller('console/personal-matters')
@UseFilters(ConsoleExceptionFilter)
export class ConsolePersonalMattersController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly records: CadreRecordsService,
    private readonly clock: Clock,
  ) {}

  private async page(
    staff: StaffPrincipal,
    state: { verified?: Awaited<ReturnType<CadreRecordsService['verifyPersonalMattersDraw']>>; error?: string; year?: string } = {},
  ): Promise<string> {
    return this.pages.render('console/personal-matters', {
      title: zhCN.personalMattersPages.title,
      staff,
      draws: await this.records.listPersonalMattersDraws(),
      ratio: this.records.personalMattersCheckRatio(),
      canDraw: rolesGrant(staff.roles, 'cadres:manage'),
      verified: state.verified ?? null,
      error: state.error ?? null,
      year: state.year ?? this.clock.today().slice(0, 4), // the draw is per calendar year
    });
  }

  @RequirePermission('cadres:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async list(@Query('verify') verify: string | undefined, @CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const year = verify && /^\d{4}$/.test(verify) ? Number(verify) : null;
    return this.page(staff, year ? { verified: await this.records.verifyPersonalMattersDraw(year) } : {});
  }

  @RequirePermission('cadres:manage')
  @Post('draws')
  async draw(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const typed = textFields(request)['year'] ?? '';
    try {
      const { year } = parseWith(drawSchema, { year: /^\d{4}$/.test(typed) ? Number(typed) : typed });
      await this.records.drawPersonalMattersCheck(year, staff.userId);
      void reply.status(303).header('Location', `/console/personal-matters#year-${year}`).send();
    } catch (error) {
      const { status, message } = formRefusal(error, { year: '年度' });
      void reply
        .status(status)
        .type(HTML)
        .send(await this.page(staff, { error: message, year: typed }));
    }
  }
}
