import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { INestApplication } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module.js';
import { type AppConfig, loadAppConfig } from './infra/config/app-config.js';
import { INVALID_UTF8_MESSAGE } from './infra/http/input-boundary.js';
import { addErrorCatalogue, describeRoutes } from './infra/http/openapi.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import { ResponseContractInterceptor } from './infra/http/response-contract.interceptor.js';
import { pinWritesBeforeAnswer } from './infra/database/read-routing.js';
import { Reads } from './infra/database/reads.js';
import { PUBLIC_DIR } from './web/page-renderer.js';

/** Chart.js's browser build, served from our origin (the CSP allows scripts from 'self' only). */
const CHART_JS_DIR = dirname(createRequire(import.meta.url).resolve('chart.js'));

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Fastify's trustProxy from the setting: a hop count trusts that many proxies nearest the api, no more. */
export function trustedProxies(setting: false | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

/**
 * Builds the api application: Fastify with its plugins, the Nest modules, OpenAPI.
 * Shared by main.ts and the end-to-end tests, so tests run exactly what production runs.
 */
export async function createHttpApp(config: AppConfig = loadAppConfig()): Promise<NestFastifyApplication> {
  const intake = config.settings.intake;
  const adapter = new FastifyAdapter({
    trustProxy: trustedProxies(config.settings.security.trustProxy),
    bodyLimit: intake.jsonBodyLimitBytes,
    requestIdHeader: false,
    // A path that is not valid percent-encoded UTF-8 never reaches a route: say so as the
    // input boundary does (src/infra/http/input-boundary.ts), not with Fastify's English text.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const badUrl = error.code === 'FST_ERR_BAD_URL';
      void reply
        .status(400)
        .type('application/json; charset=utf-8')
        .send({
          statusCode: 400,
          code: badUrl ? 'INVALID_CHARACTERS' : 'BAD_REQUEST',
          message: badUrl ? `提交的内容有误：path：${INVALID_UTF8_MESSAGE}` : '请求格式有误',
          ...(badUrl ? { details: [{ field: 'path', message: INVALID_UTF8_MESSAGE }] } : {}),
          requestId: String(request.id),
        });
    },
    // A caller's X-Request-Id is kept when well-formed, so one id follows a request
    // across proxies; it is also set on the raw request for pino-http.
    genReqId: (raw: IncomingMessage) => {
      const header = raw.headers['x-request-id'];
      const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
      (raw as IncomingMessage & { id?: string }).id = id;
      return id;
    },
  });
  // rawBody: signed webhooks (SMS gateways, telephony) are verified over the exact bytes received.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  await registerPlugins(app, config);
  // Tests check every API answer against the route's declaration in the OpenAPI document.
  if (config.env.NODE_ENV === 'test') app.useGlobalInterceptors(new ResponseContractInterceptor(app.get(Reflector)));
  // Read-your-writes: a staff member's write pins their reads to the primary until the replica has it.
  pinWritesBeforeAnswer(app.getHttpAdapter().getInstance(), app.get(Reads));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Qingfeng 清风 API')
      .setDescription('Whistleblower intake and cadre-selection supervision')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  describeRoutes(app, document);
  addErrorCatalogue(document, ERROR_CATALOGUE);
  SwaggerModule.setup('api/docs', app, document);
  return app;
}

async function registerPlugins(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const attachments = config.settings.intake.attachments;
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  // Security headers, computed once at start (the @fastify/helmet plugin rebuilds helmet's
  // middleware on every request, a measurable share of intake's CPU under load).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  await app.register(cookie as never);
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/static/',
    decorateReply: false,
    maxAge: '1d',
  });
  await app.register(fastifyStatic, {
    root: CHART_JS_DIR,
    prefix: '/static/vendor/chart/',
    decorateReply: false,
    maxAge: '7d',
    // Only the one prebuilt file (and its map), not the package's other files.
    allowedPath: (path: string) => /^\/?chart\.umd\.min\.js(\.map)?$/.test(path),
  });
  await app.register(multipart, {
    limits: {
      fileSize: attachments.maxFileBytes,
      files: attachments.maxFiles + 1, // one more than allowed, so the count check can name the limit
      fields: 50,
      fieldSize: 64 * 1024,
      parts: attachments.maxFiles + 60,
    },
  });
}

export async function listen(app: INestApplication, config: AppConfig): Promise<string> {
  await app.listen(config.env.PORT, config.env.HOST);
  return app.getUrl();
}
