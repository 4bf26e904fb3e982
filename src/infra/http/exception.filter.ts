import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException } from './domain-exception.js';
import { ResponseContractError } from './response-contract.interceptor.js';
import { textOf } from '../text/text-of.js';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Array<{ field: string; message: string }>;
  requestId: string;
}

/** Messages for the errors Fastify raises itself, before any handler runs. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的内容类型：请以 application/json 或 multipart/form-data 提交',
  FST_ERR_CTP_BODY_TOO_LARGE: '提交的内容过大',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容为空：请提交 JSON 数据',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度与声明不符',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以 multipart/form-data 提交附件',
  FST_REQ_FILE_TOO_LARGE: '附件过大',
  FST_FILES_LIMIT: '附件数量超过上限',
  FST_PARTS_LIMIT: '表单项过多',
  FST_PROTO_VIOLATION: '表单内容不合法',
};

/** Fastify's own errors reach the filter as HttpExceptions with English text: say it in Chinese. */
function translate(status: number, message: string): string {
  if (status === 413) return '提交的内容过大：表单正文不超过 64 KB，附件请以 multipart/form-data 上传';
  if (status === 415) return FASTIFY_MESSAGES['FST_ERR_CTP_INVALID_MEDIA_TYPE']!;
  if (status === 400 && /not valid JSON|Unexpected token|JSON/i.test(message)) return `JSON 格式错误：${message}`;
  if (status === 400 && /empty/i.test(message)) return FASTIFY_MESSAGES['FST_ERR_CTP_EMPTY_JSON_BODY']!;
  return message;
}

function fromAnything(error: unknown): { status: number; body: Omit<ErrorBody, 'requestId'>; headers?: Record<string, string> } | null {
  if (error instanceof DomainException) {
    return {
      status: error.status,
      body: {
        statusCode: error.status,
        code: error.code,
        message: error.userMessage,
        ...(error.details ? { details: error.details } : {}),
      },
      ...(error.headers ? { headers: error.headers } : {}),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Health checks answer 503 with their report as the body.
    if (status === 503) return { status, body: error.getResponse() as Omit<ErrorBody, 'requestId'> };
    if (status >= 500) return null;
    const response = error.getResponse();
    const raw = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
    const message = Array.isArray(raw) ? raw.map(textOf).join('; ') : textOf(raw);
    return { status, body: { statusCode: status, code: HttpStatus[status] ?? 'ERROR', message: translate(status, message) } };
  }
  // Errors raised by Fastify and its plugins carry statusCode and a FST_ code.
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const code = typeof e.code === 'string' ? e.code : 'BAD_REQUEST';
    let message = FASTIFY_MESSAGES[code];
    if (!message && error instanceof SyntaxError) message = `JSON 格式错误：${textOf(e.message)}`;
    if (!message && code === 'FST_ERR_CTP_INVALID_JSON_BODY') message = 'JSON 格式错误';
    return { status: e.statusCode, body: { statusCode: e.statusCode, code, message: message ?? (textOf(e.message) || '请求有误') } };
  }
  return null;
}

/**
 * The one place errors become HTTP answers. Known errors keep their status and message;
 * anything else is a 500 that says only "internal error" and the request id, while the
 * full error goes to the log under that id. Never a stack trace to a client.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    GlobalExceptionFilter.send(error, request, reply, this.logger);
  }

  static send(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
    const known = fromAnything(error);
    const requestId = String(request.id);
    if (known) {
      if (known.headers) for (const [k, v] of Object.entries(known.headers)) void reply.header(k, v);
      void reply
        .status(known.status)
        .type('application/json; charset=utf-8')
        .send({ ...known.body, requestId });
      return;
    }
    if (error instanceof ResponseContractError) {
      void reply
        .status(500)
        .type('application/json; charset=utf-8')
        .send({ statusCode: 500, code: 'RESPONSE_CONTRACT', message: error.message, requestId });
      return;
    }
    const unavailable = isDatabaseUnavailable(error);
    logger.error({ err: error, requestId }, unavailable ? 'database unavailable' : 'unhandled error');
    if (unavailable) {
      void reply
        .status(503)
        .header('Retry-After', '5')
        .type('application/json; charset=utf-8')
        .send({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: '系统暂时无法处理，请稍后重试；您的内容尚未提交', requestId });
      return;
    }
    void reply
      .status(500)
      .type('application/json; charset=utf-8')
      .send({ statusCode: 500, code: 'INTERNAL_ERROR', message: `系统内部错误，请稍后重试（编号 ${requestId}）`, requestId });
  }
}

/** Connection-level failures of Postgres: the request can be retried later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '53300', '08006', '08001', '08003'].includes(code))
    return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) return true;
  return e?.driverError ? isDatabaseUnavailable(e.driverError) : false;
}
