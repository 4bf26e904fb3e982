import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from './config/app-config.js';

/** A request as logged: its id, method and path. No address, port, query or header of anyone. */
export function requestLogLine(req: { id?: unknown; method?: string; url?: string }): {
  id: unknown;
  method: string | undefined;
  path: string;
} {
  return { id: req.id, method: req.method, path: (req.url ?? '').split('?')[0]! };
}

/**
 * Structured JSON logs with the request id on every line. Anonymity by construction: a
 * request is logged as its id, method and path only, so no client address, port or header
 * (User-Agent, X-Forwarded-For, Referer, cookies, credentials) reaches any log line and a
 * log cannot be matched to a reporter; a response as its status. Bodies are never logged:
 * a tip's text and a reporter's identity stay out of logs.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Every route (the library's default pattern matches none under Fastify's middie here).
        forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.env.LOG_LEVEL,
          serializers: {
            req: requestLogLine,
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
          customProps: () => ({ service: 'qingfeng-api' }),
          autoLogging: { ignore: (req) => ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').startsWith('/health') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
