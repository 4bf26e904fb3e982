import { Controller, Get, Header, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { RateLimitInterceptor } from '../infra/http/rate-limit.js';
import { PublicityService } from '../vetting/publicity/publicity.service.js';
import { HtmlExceptionFilter } from './html-exception.filter.js';
import { PageRenderer } from './page-renderer.js';
import { zhCN } from './page-texts.js';
import { IdParam } from '../infra/http/id-param.js';

const HTML = 'text/html; charset=utf-8';

/** Publicity notices (任前公示) on the public site, each with a way to report about it. */
@ApiExcludeController()
@Public()
@Controller('notices')
@UseFilters(HtmlExceptionFilter)
@UseInterceptors(RateLimitInterceptor)
export class NoticesPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly publicity: PublicityService,
  ) {}

  @Get()
  @Header('Content-Type', HTML)
  async list(): Promise<string> {
    return this.pages.render('notices-list', { title: zhCN.notices.title, notices: await this.publicity.currentNotices() });
  }

  @Get(':id')
  @Header('Content-Type', HTML)
  async show(@IdParam() id: string): Promise<string> {
    const notice = await this.publicity.publicNotice(id);
    return this.pages.render('notices-detail', { title: notice.title, notice });
  }
}
