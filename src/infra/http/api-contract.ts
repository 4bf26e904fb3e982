import { SetMetadata, applyDecorators, type INestApplicationContext } from '@nestjs/common';
import type { z } from 'zod';

/**
 * What a route answers and (when it reads the request itself) what it accepts, declared once
 * next to the handler with the zod schemas the code already uses. The OpenAPI document is
 * built from these (src/infra/http/openapi.ts) and, under NODE_ENV=test, every answer is
 * checked against its declaration (ResponseContractInterceptor), so the document cannot drift
 * from what the server does without a test failing.
 */
export const API_RESULT_KEY = 'qf:api-result';
export const API_BODY_KEY = 'qf:api-body';

export type ApiResult =
  | { kind: 'json'; schema: z.ZodType; description: string; example?: unknown }
  | { kind: 'file'; contentTypes: string[]; description: string }
  | { kind: 'text'; contentType: string; description: string }
  | { kind: 'empty'; description: string };

export interface ApiBodySpec {
  /** The schema, or how to get it from the running app when it follows the district's settings. */
  schema: z.ZodType | ((app: INestApplicationContext) => z.ZodType);
  /** The component's name in the document. */
  name?: string;
  /** Also accepted as multipart/form-data: the JSON in a field named `json`, files as `files`. */
  multipart?: boolean;
  /** application/x-www-form-urlencoded (gateway webhooks). */
  form?: boolean;
  example?: unknown;
}

/** The route answers JSON of this schema (status from @HttpCode or Nest's default). */
export const Returns = (schema: z.ZodType, description = '成功', example?: unknown) =>
  SetMetadata(API_RESULT_KEY, { kind: 'json', schema, description, ...(example === undefined ? {} : { example }) } satisfies ApiResult);

/** The route answers a file download (its Content-Type is one of these). */
export const ReturnsFile = (description: string, ...contentTypes: string[]) =>
  SetMetadata(API_RESULT_KEY, { kind: 'file', contentTypes, description } satisfies ApiResult);

/** The route answers plain text or markup of one type (e.g. the TwiML a gateway reads). */
export const ReturnsText = (contentType: string, description: string) =>
  SetMetadata(API_RESULT_KEY, { kind: 'text', contentType, description } satisfies ApiResult);

/** The route answers with no body. */
export const ReturnsNothing = (description = '已完成，无返回内容') =>
  SetMetadata(API_RESULT_KEY, { kind: 'empty', description } satisfies ApiResult);

/**
 * For handlers that read the request body themselves (multipart, form posts, webhooks):
 * the schema they parse it with. Handlers taking `@Body(new ZodValidationPipe(schema))` need
 * nothing: the document reads the pipe.
 */
export const Accepts = (spec: ApiBodySpec) => applyDecorators(SetMetadata(API_BODY_KEY, spec));

/** For handlers that take only files as multipart/form-data: parts named `files` (or `field`, one file), other fields as named. */
export const AcceptsFiles = (description: string, options: { field?: string; fields?: Record<string, string> } = {}) =>
  SetMetadata(API_FILES_KEY, { description, field: options.field ?? 'files', fields: options.fields ?? {} } satisfies ApiFilesSpec);
export interface ApiFilesSpec {
  description: string;
  field: string;
  fields: Record<string, string>;
}
export const API_FILES_KEY = 'qf:api-files';
