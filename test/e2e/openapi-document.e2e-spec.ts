import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import openapiTS from 'openapi-typescript';
import request from 'supertest';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { ERROR_CATALOGUE } from '../../src/error-catalogue.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The OpenAPI document describes data, not only routes, for every operation the api serves:
 * generated from the route inventory, so a new route is checked without anyone adding it here.
 */
interface Schema {
  $ref?: string;
  type?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
}
interface Operation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  openapi: string;
  'x-error-codes'?: Array<{ code: string; module: string; status: number[]; meaning: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

let ctx: TestContext;
let doc: Document;
let api: Array<{ route: RouteEntry; operation: Operation }>;

beforeAll(async () => {
  ctx = await createTestContext();
  doc = (await request(ctx.baseUrl).get('/api/docs-json')).body as Document;
  api = routeInventory(ctx.app)
    .map((route) => ({ route, operation: doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()] }))
    .filter((entry): entry is { route: RouteEntry; operation: Operation } => entry.operation !== undefined);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

const resolve = (schema: Schema | undefined) =>
  schema?.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
function argumentTypes(route: RouteEntry): RouteParamtypes[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ?? {}) as Record<string, unknown>;
  return Object.keys(args).map((key) => Number(key.split(':')[0]) as RouteParamtypes);
}

describe('the OpenAPI document', () => {
  it('covers the api: every /api/v1 route is an operation, pages and probes are not', () => {
    const apiRoutes = routeInventory(ctx.app).filter((r) => r.path.startsWith('/api/v1/'));
    expect(api.map((e) => `${e.route.method} ${e.route.path}`).sort()).toEqual(apiRoutes.map((r) => `${r.method} ${r.path}`).sort());
    expect(api.length).toBeGreaterThan(70);
  });

  it('declares what every operation answers on success, with a schema for JSON', () => {
    const missing: string[] = [];
    for (const { route, operation } of api) {
      const success = Object.entries(operation.responses).filter(([code]) => /^2\d\d$/.test(code));
      if (success.length !== 1) missing.push(`${route.handler}: ${success.length} success answers`);
      const [, response] = success[0] ?? [];
      const json = response?.content?.['application/json'];
      const schema = resolve(json?.schema);
      if (json && !schema?.type && !schema?.anyOf && !schema?.oneOf) missing.push(`${route.handler}: JSON answer without a schema`);
      if (!response?.description) missing.push(`${route.handler}: no description of the answer (@Returns…)`);
      if (response && response.description === '')
        missing.push(`${route.handler}: declares no answer (@Returns, @ReturnsFile, @ReturnsText or @ReturnsNothing)`);
    }
    expect(missing).toEqual([]);
  });

  it('describes the body of every operation that takes one with @Body', () => {
    const missing = api
      .filter(({ route }) => argumentTypes(route).includes(RouteParamtypes.BODY))
      .filter(({ operation }) => {
        const content = operation.requestBody?.content ?? {};
        return !Object.values(content).some((c) => resolve(c.schema)?.type === 'object');
      })
      .map(({ route }) => route.handler);
    expect(missing).toEqual([]);
  });

  it('types every path parameter and lists each parameter once', () => {
    const wrong: string[] = [];
    for (const { route, operation } of api) {
      const params = operation.parameters ?? [];
      for (const [, name] of route.path.matchAll(/:(\w+)/g)) {
        if (!params.some((p) => p.in === 'path' && p.name === name && p.schema?.type))
          wrong.push(`${route.handler}: path parameter ${name} untyped`);
      }
      const keys = params.map((p) => `${p.in}:${p.name.toLowerCase()}`);
      if (new Set(keys).size !== keys.length) wrong.push(`${route.handler}: a parameter listed twice (${keys.join(', ')})`);
    }
    expect(wrong).toEqual([]);
  });

  it('is a valid document a client generator reads (every $ref resolves)', async () => {
    const ast = await openapiTS(doc as never);
    expect(ast.length).toBeGreaterThan(0);
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[\w.-]+/g) ?? [];
    const broken = [...new Set(refs)].filter((ref) => !doc.components.schemas[ref.split('/').at(-1)!]);
    expect(broken).toEqual([]);
  });

  it('lists every error code a module declares, with its module, statuses and meaning', async () => {
    expect(doc['x-error-codes']).toEqual(ERROR_CATALOGUE);
    const byCode = new Map(doc['x-error-codes']!.map((e) => [e.code, e]));
    expect(byCode.get('UNIT_NAME_TAKEN')).toMatchObject({ module: 'cadres', status: [409] });
    // An error a route really answers is one of them, with one of the listed statuses.
    const res = await request(ctx.baseUrl)
      .get('/api/v1/reports')
      .set('Authorization', `Bearer ${await ctx.staffToken(['SUPERVISOR'])}`)
      .query({ cursor: 'x' });
    expect(res.status).toBe(400);
    expect(byCode.get(res.body.code as string)?.status).toContain(400);
  });
});
