import { Controller, Get, Header, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountService } from '../../auth/account.service.js';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { parseWith } from '../../infra/http/zod-validation.pipe.js';
import { AgencyDirectory } from '../../verification/agencies/agency-directory.service.js';
import { agencyInputSchema, agencyPatchSchema } from '../../verification/agencies/agency.dto.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';
import { formRefusal, textFields } from './form-fields.js';

const HTML = 'text/html; charset=utf-8';
const t = zhCN.agencyPages;

/** Aliases typed one per line or separated by 、，, or ；. */
export function aliasList(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/[\n\r、，,；;]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

/** The form's fields as the agency schemas take them: checkboxes as booleans, empty emails as "none". */
function agencyFields(values: Record<string, string>) {
  return {
    name: values['name'],
    aliases: aliasList(values['aliases']),
    integrityOpinion: values['integrityOpinion'] === 'on',
    noticeEmail: values['noticeEmail'] ?? null,
    leadEmail: values['leadEmail'] ?? null,
  };
}

/**
 * 联席会议成员单位 for the administrator: add an agency, change its name, aliases, whether it
 * gives the integrity opinion (廉政意见), its mailboxes, or retire it; each agency shows its
 * liaison accounts (made on the staff page). Changes go through AgencyDirectory, as the API.
 */
@ApiExcludeController()
@Controller('console/admin/agencies')
@UseFilters(ConsoleExceptionFilter)
export class ConsoleAgenciesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly agencies: AgencyDirectory,
    private readonly accounts: AccountService,
  ) {}

  private async page(
    staff: StaffPrincipal,
    state: { notice?: string | null; errorAt?: string; error?: string; values?: Record<string, string> } = {},
  ): Promise<string> {
    const accounts = await this.accounts.list();
    const agencies = (await this.agencies.list()).map((a) => ({
      ...a,
      liaisons: accounts.filter((u) => u.agencyCode === a.code && u.roles.includes('AGENCY_LIAISON')),
    }));
    return this.pages.render('console/admin-agencies', {
      title: t.title,
      staff,
      agencies,
      notice: state.notice ?? null,
      errorAt: state.errorAt ?? null,
      error: state.error ?? null,
      values: state.values ?? {},
    });
  }

  @RequirePermission('agencies:manage')
  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  list(@CurrentStaff() staff: StaffPrincipal, @Query('done') done?: string): Promise<string> {
    return this.page(staff, { notice: done ? (t.done[done] ?? null) : null });
  }

  private async refused(reply: FastifyReply, staff: StaffPrincipal, error: unknown, errorAt: string, values: Record<string, string>) {
    const { status, message } = formRefusal(error, t.fields);
    void reply
      .status(status)
      .type(HTML)
      .send(await this.page(staff, { errorAt, error: message, values }));
  }

  @RequirePermission('agencies:manage')
  @Post()
  async create(@Req() request: FastifyRequest, @CurrentStaff() staff: StaffPrincipal, @Res() reply: FastifyReply): Promise<void> {
    const values = textFields(request);
    try {
      const input = parseWith(agencyInputSchema, { code: values['code'], ...agencyFields(values) });
      const created = await this.agencies.create(input);
      void reply.status(303).header('Location', `/console/admin/agencies?done=created#agency-${created.code}`).send();
    } catch (error) {
      await this.refused(reply, staff, error, 'new', values);
    }
  }

  @RequirePermission('agencies:manage')
  @Post(':code')
  async update(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = textFields(request);
    try {
      const patch = parseWith(agencyPatchSchema, { ...agencyFields(values), active: values['active'] === 'on' });
      await this.agencies.update(code, patch);
      void reply.status(303).header('Location', `/console/admin/agencies?done=saved#agency-${code}`).send();
    } catch (error) {
      await this.refused(reply, staff, error, code, values);
    }
  }
}
