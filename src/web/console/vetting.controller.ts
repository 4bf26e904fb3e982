import { CurrentViewer, type Viewer } from '../../auth/conflict/viewer.js';
import { Controller, Get, Header, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { CadresService } from '../../cadres/cadres.service.js';
import { DomainException } from '../../infra/http/domain-exception.js';
import { VettingService } from '../../vetting/vetting.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { parseSlate } from './slate-form.js';

const HTML = 'text/html; charset=utf-8';

/** 任前审查 on the console: start a run for a slate, read each candidate's verdict and reasons, download the documents. */
@ApiExcludeController()
@Controller('console/vetting')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleVettingController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly vetting: VettingService,
    private readonly cadres: CadresService,
  ) {}

  private async listPage(staff: StaffPrincipal, values: Record<string, string>, errors: string[]): Promise<string> {
    return this.pages.render('console/vetting', { title: zhCN.vettingPages.title, staff, runs: await this.vetting.listRuns(), values, errors });
  }

  @RequirePermission('vetting:read')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    return this.listPage(staff, {}, []);
  }

  @RequirePermission('vetting:manage')
  @Post()
  async start(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const form = (request.body ?? {}) as Record<string, unknown>;
    const values = { title: String(form['title'] ?? '').trim(), slate: String(form['slate'] ?? '') };
    const { lines, errors } = parseSlate(values.slate);
    if (values.title.length < 2) errors.unshift('请填写批次名称');
    const slate = [];
    for (const line of lines) {
      const cadre = await this.cadres.findByPersonNo(line.personNo);
      if (!cadre) errors.push(`人员编号 ${line.personNo} 不在干部名册中`);
      else slate.push({ cadreId: cadre.id, proposedPost: line.proposedPost });
    }
    if (errors.length === 0) {
      try {
        const { runId } = await this.vetting.startRun({ title: values.title, slate, actorId: staff.userId });
        void reply.status(303).header('Location', `/console/vetting/runs/${runId}`).send();
        return;
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        errors.push(error.userMessage);
      }
    }
    void reply.status(400).type(HTML).send(await this.listPage(staff, values, errors));
  }

  @RequirePermission('vetting:read')
  @Get('runs/:id')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async run(@Param('id') id: string, @CurrentViewer() viewer: Viewer): Promise<string> {
    const run = await this.vetting.getRun(id, viewer);
    return this.pages.render('console/vetting-run', { title: run.title, staff: viewer.staff, run });
  }
}
