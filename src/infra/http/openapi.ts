import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

/** JSON Schema (OpenAPI 3.1 dialect) of what a client sends: the input side of a zod schema. */
export function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  delete json['$schema'];
  return json;
}

/** The error body every route answers with (src/infra/http/exception.filter.ts). */
const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', description: 'Stable error code for programs', example: 'VALIDATION_FAILED' },
    message: { type: 'string', description: 'For the person who made the request, in Chinese', example: '提交的内容有误：body：正文至少 20 字' },
    details: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'body' }, message: { type: 'string', example: '正文至少 20 字' } } },
    },
    requestId: { type: 'string', example: '6f1c2a9e-0d3b-4c55-9a77-2f4e8b1d0c11' },
  },
};

/**
 * Puts a request body schema built at run time (it follows the district's settings) on an
 * operation, as a named component, for JSON and for multipart (`json` field + `files`).
 */
export function setRequestBody(document: OpenAPIObject, path: string, method: 'post' | 'put' | 'patch', name: string, schema: z.ZodType, example?: unknown): void {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`OpenAPI: no operation ${method.toUpperCase()} ${path}`);
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas[name] = { ...inputSchema(schema), ...(example ? { example } : {}) } as never;
  const ref = { $ref: `#/components/schemas/${name}` };
  operation.requestBody = {
    required: true,
    content: {
      'application/json': { schema: ref },
      'multipart/form-data': {
        schema: { type: 'object', required: ['json'], properties: { json: { type: 'string', description: `${name} as JSON text` }, files: { type: 'array', items: { type: 'string', format: 'binary' } } } },
      },
    },
  };
}

/** The error shape, shared by every operation's 4xx answers. */
export function addErrorResponses(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas['Error'] = ERROR_SCHEMA as never;
  const ref = { $ref: '#/components/schemas/Error' };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses ??= {};
      operation.responses['400'] ??= { description: '请求有误（VALIDATION_FAILED、INVALID_CHARACTERS 等）', content: { 'application/json': { schema: ref } } };
      operation.responses['default'] ??= { description: '其他错误（401/403/404/409/413/429 等），见 code', content: { 'application/json': { schema: ref } } };
    }
  }
}

/** Lists a zod object schema's fields as an operation's query parameters (replacing a generic one). */
export function setQueryParameters(document: OpenAPIObject, path: string, schema: z.ZodType): void {
  const operation = document.paths[path]?.get;
  if (!operation) throw new Error(`OpenAPI: no operation GET ${path}`);
  const json = inputSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const named = Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query' as const,
    required: json.required?.includes(name) ?? false,
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
  operation.parameters = [...(operation.parameters ?? []).filter((p) => !('in' in p) || p.in !== 'query'), ...named];
}
