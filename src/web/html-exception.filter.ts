import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from '../infra/http/domain-exception.js';
import { isDatabaseUnavailable } from '../infra/http/exception.filter.js';
import { PageRenderer } from './page-renderer.js';

/** Errors on pages become pages: the same messages as the API, in the site's layout. */
@Catch()
export class HtmlExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(private readonly pages: PageRenderer) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    let status = 500;
    let message = `系统内部错误，请稍后重试（编号 ${request.id}）`;
    if (error instanceof DomainException) {
      status = error.status;
      message = error.userMessage;
      for (const [k, v] of Object.entries(error.headers ?? {})) void reply.header(k, v);
    } else if (error instanceof HttpException && error.getStatus() < 500) {
      status = error.getStatus();
      message = status === 413 ? '提交的内容过大，请减少附件后重试' : error.message;
    } else if (isDatabaseUnavailable(error)) {
      status = 503;
      message = '系统暂时无法处理，请稍后重试；您的内容尚未提交';
      void reply.header('Retry-After', '5');
    } else {
      this.logger.error({ err: error, requestId: request.id }, 'unhandled error on a page');
    }
    const back = request.url.startsWith('/follow-up') ? '/follow-up' : request.url.startsWith('/report') ? '/report' : '/';
    void reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(this.pages.render('error', { title: '出错了', message, back }));
  }
}
