import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { routeInventory, type RouteEntry } from '../../auth/route-inventory.js';
import { API_BODY_KEY, API_FILES_KEY, API_RESULT_KEY, type ApiBodySpec, type ApiFilesSpec, type ApiResult } from './api-contract.js';
import { ZodValidationPipe } from './zod-validation.pipe.js';

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (OpenAPI 3.0 dialect) of one side of a zod schema: `input` is what a client
 * sends, `output` what the server answers. Dates travel as ISO 8601 strings.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
      // Answers may gain fields in later versions: clients should not refuse them.
      if (io === 'output' && def.type === 'object' && ctx.jsonSchema.additionalProperties === false)
        delete ctx.jsonSchema.additionalProperties;
    },
  }) as JsonSchema;
  delete json['$schema'];
  return json;
}
/** What a client sends. */
export const inputSchema = (schema: z.ZodType) => jsonSchema(schema, 'input');

/** The error body every route answers with (src/infra/http/exception.filter.ts). */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', description: 'Stable error code for programs', example: 'VALIDATION_FAILED' },
    message: {
      type: 'string',
      description: 'For the person who made the request, in Chinese',
      example: '提交的内容有误：body：正文至少 20 字',
    },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'body' }, message: { type: 'string', example: '正文至少 20 字' } },
      },
    },
    requestId: { type: 'string', example: '6f1c2a9e-0d3b-4c55-9a77-2f4e8b1d0c11' },
  },
};

/**
 * The error codes, from every module's table: the Error schema's `code` lists them, and
 * `x-error-codes` says for each which module answers it, with which statuses and when.
 */
export function addErrorCatalogue(
  document: OpenAPIObject,
  catalogue: Array<{ code: string; module: string; status: number[]; meaning: string }>,
): void {
  const schema = document.components?.schemas?.['Error'] as { properties: { code: Record<string, unknown> } } | undefined;
  if (!schema) throw new Error('addErrorCatalogue: call addErrorResponses first');
  schema.properties.code = {
    ...schema.properties.code,
    description:
      'Stable error code for programs: one of `x-error-codes` (each module declares its own in its errors.ts); ' +
      'errors below the application (Fastify’s FST_…, an HTTP status name such as METHOD_NOT_ALLOWED) may also appear',
  };
  (document as unknown as Record<string, unknown>)['x-error-codes'] = catalogue;
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const pascal = (s: string) => s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());
/** A component name for a schema registered without an id, made from the handler. */
const componentName = (route: RouteEntry, suffix: 'Body' | 'Result') =>
  `${pascal(route.methodName)}${pascal(route.controller.name.replace(/Controller$/, ''))}${suffix}`;

/**
 * A zod schema as a reference into components.schemas: schemas registered with an id
 * (`.meta({ id })`), at the root or nested, become components of that name; the root gets
 * `fallbackName` when it has none.
 */
function schemaRef(
  document: OpenAPIObject,
  schema: z.ZodType,
  io: 'input' | 'output',
  fallbackName: string,
  example?: unknown,
): { $ref: string } {
  const json = jsonSchema(schema, io);
  const defs = (json['definitions'] ?? json['$defs'] ?? {}) as Record<string, JsonSchema>;
  delete json['definitions'];
  delete json['$defs'];
  const rewrite = (value: JsonSchema) =>
    JSON.parse(
      JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/').replaceAll('"#/$defs/', '"#/components/schemas/'),
    ) as JsonSchema;
  for (const [name, def] of Object.entries(defs)) addComponent(document, name, rewrite(def));
  const root = rewrite(json);
  if (typeof root['$ref'] === 'string') {
    if (example !== undefined) {
      const name = root['$ref'].split('/').at(-1)!;
      const component = document.components!.schemas![name] as JsonSchema;
      component['example'] = example;
    }
    return { $ref: root['$ref'] };
  }
  return addComponent(document, fallbackName, example === undefined ? root : { ...root, example });
}

function addComponent(document: OpenAPIObject, name: string, schema: JsonSchema): { $ref: string } {
  document.components ??= {};
  document.components.schemas ??= {};
  const existing = document.components.schemas[name] as JsonSchema | undefined;
  // The same schema met again (from another route) keeps the example one route gave it.
  const withoutExample = ({ example: _example, ...rest }: JsonSchema) => JSON.stringify(rest);
  if (existing && withoutExample(existing) !== withoutExample(schema)) throw new Error(`OpenAPI: two different schemas named ${name}`);
  document.components.schemas[name] = {
    ...schema,
    ...(existing?.['example'] !== undefined && schema['example'] === undefined ? { example: existing['example'] } : {}),
  };
  return { $ref: `#/components/schemas/${name}` };
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}
/** The zod schemas of a handler's @Body/@Query/@Param pipes. */
function pipedSchemas(route: RouteEntry): Array<{ type: RouteParamtypes; data: unknown; schema: z.ZodType }> {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ?? {}) as Record<string, RouteArgument>;
  const found: Array<{ type: RouteParamtypes; data: unknown; schema: z.ZodType }> = [];
  for (const [key, arg] of Object.entries(args)) {
    const type = Number(key.split(':')[0]) as RouteParamtypes;
    for (const pipe of arg.pipes ?? []) {
      if (pipe instanceof ZodValidationPipe) found.push({ type, data: arg.data, schema: (pipe as ZodValidationPipe<z.ZodType>).schema });
    }
  }
  return found;
}

function setBody(document: OpenAPIObject, operation: Operation, route: RouteEntry, spec: ApiBodySpec & { schema: z.ZodType }): void {
  const ref = schemaRef(document, spec.schema, 'input', spec.name ?? componentName(route, 'Body'), spec.example);
  const content: Record<string, { schema: unknown }> = spec.form
    ? { 'application/x-www-form-urlencoded': { schema: ref } }
    : { 'application/json': { schema: ref } };
  if (spec.multipart) {
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['json'],
        properties: {
          json: { type: 'string', description: `${ref.$ref.split('/').at(-1)} as JSON text` },
          files: { type: 'array', items: { type: 'string', format: 'binary' } },
        },
      },
    };
  }
  operation.requestBody = { required: true, content: content as never };
}

function setQuery(operation: Operation, schema: z.ZodType): void {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const named = Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
  operation.parameters = [...(operation.parameters ?? []).filter((p) => !('in' in p) || p.in !== 'query'), ...named];
}

function setResult(document: OpenAPIObject, operation: Operation, route: RouteEntry, result: ApiResult): void {
  const fn = (route.controller.prototype as Record<string, unknown>)[route.methodName] as object;
  const status = String(
    (Reflect.getMetadata(HTTP_CODE_METADATA, fn) as number | undefined) ?? (route.method === RequestMethod[RequestMethod.POST] ? 201 : 200),
  );
  const responses: Record<string, unknown> = {};
  for (const [code, response] of Object.entries(operation.responses ?? {})) if (!/^2\d\d$/.test(code)) responses[code] = response;
  if (result.kind === 'json') {
    const ref = schemaRef(document, result.schema, 'output', componentName(route, 'Result'), result.example);
    responses[status] = { description: result.description, content: { 'application/json': { schema: ref } } };
  } else if (result.kind === 'file') {
    responses[status] = {
      description: result.description,
      content: Object.fromEntries(result.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  } else if (result.kind === 'text') {
    responses[status] = { description: result.description, content: { [result.contentType]: { schema: { type: 'string' } } } };
  } else {
    responses[status] = { description: result.description };
  }
  operation.responses = responses as never;
}

/**
 * Completes the document Nest's explorer built from the routes: request bodies and query
 * parameters from the zod schemas the handlers validate with (their pipes, or @Accepts),
 * answers from @Returns/@ReturnsFile/@ReturnsText/@ReturnsNothing, and the error shape on
 * every operation. Walks the same route inventory as the access checks, so a new route is
 * described by its own declarations, without a list here.
 */
export function describeRoutes(app: INestApplicationContext, document: OpenAPIObject): void {
  for (const route of routeInventory(app)) {
    const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase() as Method];
    if (!operation) continue; // a page, not part of the API (@ApiExcludeController)
    // Parameters read by our own decorators (@VisibleReportId) are not seen by Nest's explorer.
    operation.parameters ??= [];
    for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
      if (!operation.parameters.some((p) => 'in' in p && p.in === 'path' && p.name === name))
        operation.parameters.push({ name: name!, in: 'path', required: true, schema: { type: 'string' } });
    }
    for (const { type, data, schema } of pipedSchemas(route)) {
      if (type === RouteParamtypes.BODY && data === undefined) setBody(document, operation, route, { schema });
      if (type === RouteParamtypes.QUERY && data === undefined) setQuery(operation, schema);
    }
    const fn = (route.controller.prototype as Record<string, unknown>)[route.methodName] as object;
    const accepts = Reflect.getMetadata(API_BODY_KEY, fn) as ApiBodySpec | undefined;
    if (accepts)
      setBody(document, operation, route, {
        ...accepts,
        schema: typeof accepts.schema === 'function' ? accepts.schema(app) : accepts.schema,
      });
    const files = Reflect.getMetadata(API_FILES_KEY, fn) as ApiFilesSpec | undefined;
    if (files) {
      const binary = { type: 'string', format: 'binary' };
      const properties = {
        [files.field]:
          files.field === 'files'
            ? { type: 'array', items: binary, description: files.description }
            : { ...binary, description: files.description },
        ...Object.fromEntries(Object.entries(files.fields).map(([name, description]) => [name, { type: 'string', description }])),
      };
      operation.requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', required: [files.field], properties } } },
      };
    }
    const result = Reflect.getMetadata(API_RESULT_KEY, fn) as ApiResult | undefined;
    if (result) setResult(document, operation, route, result);
  }
  addErrorResponses(document);
}

/** The error shape, shared by every operation's 4xx answers. */
function addErrorResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas['Error'] = ERROR_SCHEMA;
  const ref = { $ref: '#/components/schemas/Error' };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      operation.responses['400'] ??= {
        description: '请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等）',
        content: { 'application/json': { schema: ref } },
      };
      operation.responses['default'] ??= {
        description: '其他错误（401/403/404/409/413/429 等），见 code',
        content: { 'application/json': { schema: ref } },
      };
    }
  }
}
