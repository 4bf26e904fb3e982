import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import createClient, { type Middleware } from 'openapi-fetch';
import { createTestContext, type TestContext } from '../support/test-context.js';
import type { paths } from '../contract/qingfeng-api.js';

/**
 * An outside client, as an integrator would build it: its types are generated from the
 * OpenAPI document the api serves (test/contract/qingfeng-api.ts, checked here to be the
 * current document's), its calls type-checked against them by the test command's tsc, and
 * every answer it gets validated against the document's schema for that operation and status
 * (ajv, not the server's own zod schemas). Submits a tip, follows it up, runs staff triage
 * steps, asks an agency and has the agency answer.
 * After changing an API: QF_UPDATE_API_TYPES=1 npx jest test/e2e/api-contract.e2e-spec.ts
 */
const TYPES_FILE = new URL('../contract/qingfeng-api.ts', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components: { schemas: Record<string, object> };
}

let ctx: TestContext;
let doc: Document;
let ajv: Ajv;
const problems: string[] = [];
const checked: string[] = [];

/** The document's schema for an answer, or null when it declares none for that status. */
function answerValidator(document: Document, template: string, method: string, status: number): ValidateFunction | null {
  const responses = document.paths[template]?.[method.toLowerCase()]?.responses ?? {};
  const response = responses[String(status)] ?? (status >= 400 ? responses['default'] : undefined);
  const schema = response?.content?.['application/json']?.schema;
  return schema ? ajv.compile({ ...schema, components: document.components }) : null;
}

/** Checks every JSON answer the client receives against the document. */
function contractMiddleware(document: () => Document): Middleware {
  return {
    async onResponse({ response, schemaPath, request }) {
      const label = `${request.method} ${schemaPath} → ${response.status}`;
      const type = response.headers.get('content-type') ?? '';
      if (!type.includes('json')) return undefined;
      const validate = answerValidator(document(), schemaPath, request.method, response.status);
      if (!validate) {
        problems.push(`${label}: the document declares no JSON answer for this status`);
        return undefined;
      }
      const body: unknown = await response.clone().json();
      if (!validate(body)) problems.push(`${label}: ${ajv.errorsText(validate.errors)}`);
      checked.push(label);
      return undefined;
    },
  };
}

function client(token?: string) {
  const c = createClient<paths>({ baseUrl: ctx.baseUrl, ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}) });
  c.use(contractMiddleware(() => doc));
  return c;
}

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker(); // triage runs on the queue
  doc = (await (await fetch(`${ctx.baseUrl}/api/docs-json`)).json()) as Document;
  // OpenAPI 3.0's `nullable` and `example` are not JSON Schema keywords.
  ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
  ajv.addKeyword({ keyword: 'example' });
  addFormats(ajv);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('a client generated from the OpenAPI document', () => {
  it('has types generated from the document the api serves now', async () => {
    const generated = `// Generated from the api's OpenAPI document by test/e2e/api-contract.e2e-spec.ts; do not edit.\n// Regenerate: QF_UPDATE_API_TYPES=1 npx jest test/e2e/api-contract.e2e-spec.ts\n${astToString(await openapiTS(doc as never))}`;
    if (process.env['QF_UPDATE_API_TYPES'] === '1') writeFileSync(TYPES_FILE, generated);
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(generated);
  });

  it('submits a tip, follows it up, triages it, asks an agency, and the agency answers', async () => {
    const publicClient = client();
    const submitted = await publicClient.POST('/api/v1/public/reports', {
      body: {
        anonymous: true,
        subjects: [{ name: '王某某', unit: '某县教育局', post: '副局长' }],
        body: '2026年3月该局副科级干部选拔中，考察对象的民主推荐票数与公示不符，有人事先打招呼。',
      },
    });
    expect(submitted.response.status).toBe(201);
    const receipt = submitted.data!;
    expect(receipt.receiptCode).toBeTruthy();

    const followUp = await publicClient.POST('/api/v1/public/reports/lookup', { body: { receiptCode: receipt.receiptCode } });
    expect(followUp.data?.reportNumber).toBe(receipt.reportNumber);
    const refused = await publicClient.POST('/api/v1/public/reports/lookup', { body: { receiptCode: 'NOPE-NOPE-NOPE-NOPE' } });
    expect(refused.response.status).toBe(404);
    expect(refused.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });

    const staff = client(await ctx.staffToken(['TRIAGE_OFFICER']));
    const list = await staff.GET('/api/v1/reports', { params: { query: { limit: 5 } } });
    const tip = list.data!.items.find((item) => item.number === receipt.reportNumber)!;
    expect(tip).toBeDefined();
    let view = await staff.GET('/api/v1/triage/cases/{id}', { params: { path: { id: tip.id } } });
    for (let i = 0; i < 100 && view.data?.status !== 'TRIAGED'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      view = await staff.GET('/api/v1/triage/cases/{id}', { params: { path: { id: tip.id } } });
    }
    expect(view.data?.status).toBe('TRIAGED');
    expect(view.data?.reportedSubjects[0]?.name).toBe('王某某');
    const note = await staff.POST('/api/v1/triage/cases/{id}/notes', {
      params: { path: { id: tip.id } },
      body: { body: '先核对推荐票与公示名单。' },
    });
    expect(note.response.status).toBe(201);
    const inbox = await staff.GET('/api/v1/triage/inbox', { params: { query: { status: 'TRIAGED' } } });
    expect(inbox.data?.items.some((item) => item.id === tip.id)).toBe(true);
    const badInput = await staff.POST('/api/v1/triage/cases/{id}/disposition', {
      params: { path: { id: tip.id } },
      body: { kind: 'TRANSFER' },
    });
    expect(badInput.response.status).toBe(400);
    const disposed = await staff.POST('/api/v1/triage/cases/{id}/disposition', {
      params: { path: { id: tip.id } },
      body: { kind: 'PRELIMINARY_VERIFICATION' },
    });
    expect(disposed.data).toMatchObject({ status: 'IN_HANDLING', pendingApproval: false });

    const supervisor = client(await ctx.staffToken(['SUPERVISOR']));
    const asked = await supervisor.POST('/api/v1/reports/{id}/verification-requests', {
      params: { path: { id: tip.id } },
      body: { agencyCodes: ['AUDIT'], question: '请核实该局2026年3月副科级选拔的民主推荐票数。' },
    });
    expect(asked.response.status).toBe(201);
    const [request] = asked.data!;

    const liaison = client(await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT'));
    const mine = await liaison.GET('/api/v1/agency/requests');
    expect(mine.data?.map((r) => r.id)).toContain(request!.id);
    const detail = await liaison.GET('/api/v1/agency/requests/{id}', { params: { path: { id: request!.id } } });
    expect(detail.data?.question).toMatch(/民主推荐票数/);
    const answered = await liaison.POST('/api/v1/verification-requests/{id}/replies', {
      params: { path: { id: request!.id } },
      body: { result: 'NO_ADVERSE', body: '经查，未发现该局在此次选拔中有违规情况。' },
    });
    expect(answered.response.status).toBe(201);

    const followed = await supervisor.GET('/api/v1/verification-requests/{id}', { params: { path: { id: request!.id } } });
    expect(followed.data?.state).toBe('ANSWERED');
    expect(followed.data?.replies[0]?.result).toBe('NO_ADVERSE');

    expect(problems).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(12);
  });

  it('notices when the document and the server disagree', async () => {
    // The same check against a document that calls one of the answer's string fields a number.
    const doctored = JSON.parse(JSON.stringify(doc)) as Document;
    const view = doctored.components.schemas['ReporterView'] as { required: string[]; properties: Record<string, { type?: string }> };
    view.properties['statusLabel'] = { type: 'number' };
    const before = problems.length;
    const c = createClient<paths>({ baseUrl: ctx.baseUrl });
    c.use(contractMiddleware(() => doctored));
    const submitted = await c.POST('/api/v1/public/reports', {
      body: { anonymous: true, subjects: [{ name: '李某' }], body: '某局在干部选拔中弄虚作假，推荐票数与公示不符，请组织部门核查。' },
    });
    expect(submitted.error).toBeUndefined();
    await c.POST('/api/v1/public/reports/lookup', { body: { receiptCode: submitted.data!.receiptCode } });
    expect(problems.slice(before)).toEqual([expect.stringMatching(/lookup → 200: .*statusLabel.*must be number/)]);
    problems.length = before;
  });
});
