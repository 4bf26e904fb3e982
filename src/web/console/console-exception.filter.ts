import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from '../../infra/http/domain-exception.js';
import { GlobalExceptionFilter } from '../../infra/http/exception.filter.js';
import type { AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { PageRenderer } from '../page-renderer.js';
import { landingPage } from './landing.js';

/**
 * Console pages in a browser: not logged in → the login page; any other error → an error
 * page in the console layout. Other clients get the same JSON errors as the API.
 */
@Catch()
export class ConsoleExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Console');

  constructor(private readonly pages: PageRenderer) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // Programs (no text/html in Accept) get the API's JSON errors, so refusals stay machine-checkable.
    if (!String(request.headers.accept ?? '').includes('text/html')) {
      GlobalExceptionFilter.send(error, request, reply, this.logger);
      return;
    }
    if (error instanceof DomainException && error.status === HttpStatus.UNAUTHORIZED) {
      void reply.status(303).header('Location', '/console/login').send();
      return;
    }
    // A session that may only enrol in two-factor login is sent to do so.
    if (error instanceof DomainException && error.code === 'TOTP_SETUP_REQUIRED') {
      void reply.status(303).header('Location', '/console/two-factor').send();
      return;
    }
    const staff = (request as AuthenticatedRequest).staff;
    const known = error instanceof DomainException;
    if (!known) this.logger.error({ err: error, requestId: request.id }, 'unhandled error on a console page');
    const status = known ? error.status : 500;
    const message = known ? error.userMessage : `系统内部错误，请稍后重试（编号 ${request.id}）`;
    void reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(
        this.pages.render('console/error', {
          title: '出错了',
          message,
          staff: staff ?? null,
          home: staff ? landingPage(staff.roles) : '/console/login',
        }),
      );
  }
}
