import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate as generateTotp } from 'otplib';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { ROLES } from '../../src/auth/roles.js';
import { routeInventory, type RouteEntry } from '../../src/auth/route-inventory.js';
import { rolesGrant } from '../../src/auth/roles.js';
import { runDemoStory } from '../../src/cli/demo/demo-story.js';
import { DEMO_PASSWORD, seedDemoDistrict } from '../../src/cli/seed-demo.js';
import { LABELS } from '../../src/infra/labels/catalogue.js';
import { REPORT_STATUSES } from '../../src/reports/report-status.js';
import { GatewayRecorder } from '../support/gateway-recorder.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The quickstart's demo district, seeded and played through the API as the quickstart does,
 * then every console and portal page of the route inventory opened as every demo user whose
 * role may open it, with its ids taken from the demo's own data: no page answers 5xx, no
 * page shows a raw code, and the pages a role lives in have content. A new page is crawled
 * without anyone adding it here; a page whose id this test cannot fill fails it.
 */
let ctx: TestContext;
let gateway: GatewayRecorder;
const SMS_SECRET = 'demo-district-sms-secret-0123456789';
let stateDir: string;
let made: Record<string, number>;
let routes: RouteEntry[];
const cookies: Record<string, string> = {};

const USERS = ['triage', 'chief', 'operator', 'auditor', 'custodian', 'admin', 'liaison-jw', 'liaison-sj'];

beforeAll(async () => {
  // The demo SMS gateway, as the quickstart configures one: the story's SMS tips come in through it.
  gateway = await GatewayRecorder.start({ genericSecret: SMS_SECRET });
  ctx = await createTestContext({
    env: { SMS_PROVIDER: 'generic', SMS_GENERIC_URL: `${gateway.url}/generic`, SMS_GENERIC_SECRET: SMS_SECRET },
    settings: { intake: { submissionsPerClientPerDay: 1000 } },
  });
  await ctx.startWorker();
  stateDir = mkdtempSync(join(tmpdir(), 'qf-demo-'));
  await seedDemoDistrict(ctx.app, () => undefined, stateDir);
  made = await runDemoStory({ baseUrl: ctx.baseUrl, password: DEMO_PASSWORD, smsSecret: SMS_SECRET, log: () => undefined });
  routes = routeInventory(ctx.app);
  for (const username of USERS) {
    // Roles with two-factor login enrol an authenticator first, as their people would.
    const { rows } = await ctx.db.query(`SELECT id, roles FROM staff_user WHERE username = $1`, [username]);
    let totp: string | undefined;
    if (ctx.app.get(AuthService).totpRequired(rows[0].roles)) {
      const secret = ctx.app.get(TotpVerifier).newSecret();
      await ctx.db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
        rows[0].id,
        await ctx.app.get(CryptoService).encrypt(secret),
      ]);
      totp = await generateTotp({ secret });
    }
    const res = await request(ctx.baseUrl)
      .post('/api/v1/auth/login')
      .send({ username, password: DEMO_PASSWORD, ...(totp ? { totp } : {}) });
    expect(res.body.token).toBeDefined();
    cookies[username] = res.body.token;
  }
}, 240_000);

afterAll(async () => {
  await ctx?.close();
  await gateway?.close();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

describe('the demo district', () => {
  it('has lived: every channel, every state, replies, a meeting, a vetting run, sanctions, a unit over quota', async () => {
    expect(made).toMatchObject({
      'hotline calls': 2,
      'SMS tips': 2,
      'cases not accepted': 1,
      'agency replies': 2,
      'cases concluded': 1,
      'cases transferred': 1,
      'proposals waiting': 1,
      'repeats merged': 1,
      meetings: 1,
      sanctions: 1,
      'vetting runs': 1,
      'file audits': 1,
      'prior reports': 1,
    });
    // One file audited where a birth-date conflict was found and resolved.
    const { rows: audited } = await ctx.db.query(
      `SELECT d.rule, d.status FROM file_doubt d JOIN cadre c ON c.id = d.cadre_id WHERE c.file_audited_on IS NOT NULL`,
    );
    expect(audited).toContainEqual({ rule: 'BIRTH_CONFLICT', status: 'RESOLVED' });
    const { rows } = await ctx.db.query(`SELECT DISTINCT status FROM report`);
    // Every state a tip rests in (RECEIVED lasts only until the worker triages it).
    expect(rows.map((r) => r.status).sort()).toEqual(REPORT_STATUSES.filter((s) => s !== 'RECEIVED').sort());
    const { rows: channels } = await ctx.db.query(`SELECT DISTINCT channel FROM report`);
    expect(channels.map((r) => r.channel).sort()).toEqual(['HOTLINE', 'SMS', 'WEB']);
    const { rows: verdicts } = await ctx.db.query(`SELECT DISTINCT verdict FROM vetting_candidate`);
    expect(verdicts.map((r) => r.verdict)).toContain('BLOCK');
    const { rows: reported } = await ctx.db.query(`SELECT reply_result FROM vetting_prior_report`);
    expect(reported).toEqual([{ reply_result: 'AGREE' }]);
    // One appointment completed from 动议 to 试用期, with its 全程记实.
    const { rows: completed } = await ctx.db.query(
      `SELECT array_agg(s.kind ORDER BY s.occurred_on) AS steps, c.decision, p.result
         FROM appointment_step s JOIN vetting_candidate c ON c.id = s.candidate_id JOIN probation p ON p.candidate_id = c.id
        GROUP BY c.id, c.decision, p.result`,
    );
    expect(completed).toEqual([
      { steps: ['MOTION', 'RECOMMENDATION', 'INSPECTION', 'DECISION'], decision: 'APPOINT', result: 'COMPETENT' },
    ]);
  });
});

/** Raw codes a person must never read: statuses, dispositions, verdicts, roles, … (as whole words). */
const CODES = [
  ...REPORT_STATUSES,
  ...Object.keys(LABELS.disposition),
  ...ROLES,
  'PASS',
  'BLOCK',
  'PENDING',
  'SUBSTANTIATED',
  'UNSUBSTANTIATED',
  'UNVERIFIABLE',
  'PRESENT',
  'ABSENT',
  'REPRESENTED',
  'NO_ADVERSE',
  'ADVERSE',
  'LINKED',
  'CANDIDATES',
  'CONFIRMED',
  'UNLINKED',
  'DISCIPLINE',
  'PETITIONS',
  'OUT_OF_SCOPE',
];
const RAW_CODE = new RegExp(`(?<![A-Za-z_])(${[...new Set(CODES)].join('|')})(?![A-Za-z_])`);

/** The text a person reads: tags, scripts, styles and attribute values left out. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
}

/** Ids from the demo's data for each kind of path parameter, by the segment before it. */
async function idsFor(segment: string, username: string): Promise<string[] | 'SKIP'> {
  const one = async (sql: string, params: unknown[] = []) => (await ctx.db.query(sql, params)).rows.map((r) => String(r.id));
  switch (segment) {
    case 'cases':
      return one(`SELECT id FROM report ORDER BY received_at LIMIT 8`);
    case 'cadres':
      return one(`SELECT cadre_id AS id FROM vetting_candidate UNION SELECT cadre_id FROM sanction LIMIT 4`);
    case 'meetings':
      return one(`SELECT id FROM joint_meeting`);
    case 'runs':
      return one(`SELECT id FROM vetting_run`);
    case 'candidates':
      return one(`SELECT id FROM vetting_candidate`);
    case 'notices':
      return one(`SELECT id FROM publicity_notice`);
    case 'requests': {
      const agency = username === 'liaison-sj' ? 'AUDIT' : 'DISCIPLINE';
      return one(`SELECT id FROM verification_request WHERE agency_code = $1`, [agency]);
    }
    case 'verification':
      return one(`SELECT id FROM verification_request LIMIT 3`);
    case 'staff':
      return one(`SELECT id FROM staff_user ORDER BY username LIMIT 3`);
    case 'units':
      return one(`SELECT id FROM unit LIMIT 3`);
    default:
      return 'SKIP';
  }
}

const PAGE_PREFIXES = ['/console', '/agency'];
/** Every POST form met on the pages the crawl opened, to be sent empty by the last test. */
const forms: Array<{ username: string; page: string; action: string; multipart: boolean }> = [];
/** Forms that act on sessions and keys rather than records: sent empty they would log the crawl out. */
const SESSION_FORMS = /\/(logout|sessions|totp|enrolment-token)$/;
const DOWNLOAD = /\.(docx|xlsx|csv|pdf)$|\/attachments\/|\/identity\/:id\/view$/;

describe('every console and portal page, as every demo user who may open it', () => {
  it('answers without a 5xx and shows no raw code', async () => {
    const pages = routes.filter(
      (r) => r.method === 'GET' && PAGE_PREFIXES.some((p) => r.path.startsWith(p)) && !DOWNLOAD.test(r.path) && !r.isPublic,
    );
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    let opened = 0;
    for (const username of Object.keys(cookies)) {
      const { rows } = await ctx.db.query(`SELECT roles FROM staff_user WHERE username = $1`, [username]);
      const roles = rows[0].roles as string[];
      for (const route of pages.filter((r) => r.permission && rolesGrant(roles, r.permission))) {
        const params = route.path.split('/').flatMap((s, i, all) => (s.startsWith(':') ? [{ name: s, before: all[i - 1]! }] : []));
        let urls = [route.path];
        for (const p of params) {
          const ids = await idsFor(p.before, username);
          if (ids === 'SKIP') {
            if (p.name === ':subjectId' || p.name === ':itemId' || p.name === ':attachmentId' || p.name === ':year') urls = [];
            else problems.push(`${route.path}: no demo ids for ${p.before}/${p.name} (add it to idsFor)`);
            continue;
          }
          urls = urls.flatMap((u) => ids.map((id) => u.replace(p.name, id)));
        }
        for (const url of urls) {
          const res = await request(ctx.baseUrl).get(url).set('Cookie', `qf_session=${cookies[username]}`).set('Accept', 'text/html');
          opened += 1;
          if (res.status >= 500) problems.push(`${username} ${url}: ${res.status}`);
          if (!String(res.headers['content-type'] ?? '').includes('text/html')) continue;
          for (const m of res.text.matchAll(/<form method="post" action="([^"]+)"([^>]*)>/g))
            forms.push({ username, page: url, action: m[1]!, multipart: m[2]!.includes('multipart/form-data') });
          const raw = RAW_CODE.exec(visibleText(res.text));
          if (raw) problems.push(`${username} ${url}: shows the raw code ${raw[1]}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(opened).toBeGreaterThan(30);
  }, 240_000);

  it('shows each role content where it works', async () => {
    const page = async (username: string, path: string) =>
      visibleText((await request(ctx.baseUrl).get(path).set('Cookie', `qf_session=${cookies[username]}`).set('Accept', 'text/html')).text);
    expect(await page('chief', '/console/todo')).toContain('待我审批');
    expect(await page('triage', '/console')).toMatch(/QF-\d{4}-\d{6}/);
    expect(await page('triage', '/console/meetings')).toContain('联席会议');
    expect(await page('liaison-sj', '/agency')).toMatch(/已答复/);
  });

  it('every form on those pages, sent empty, is done or refused beside the form: never a 5xx or the error page', async () => {
    const seen = new Set<string>();
    const tried: string[] = [];
    const problems: string[] = [];
    for (const form of forms) {
      const key = `${form.username} ${form.action}`;
      if (seen.has(key) || SESSION_FORMS.test(form.action)) continue;
      seen.add(key);
      const req = request(ctx.baseUrl)
        .post(form.action)
        .set('Cookie', `qf_session=${cookies[form.username]}`)
        .set('Origin', ctx.baseUrl)
        .set('Accept', 'text/html');
      // As a browser sends it: URL-encoded, or multipart where the form takes files (one empty field).
      const res = await (form.multipart ? req.field('_', '') : req.type('form').send({}));
      tried.push(key);
      if (res.status >= 500) problems.push(`${key} (from ${form.page}): ${res.status}`);
      else if (res.status >= 400 && res.text.includes('<title>出错了'))
        problems.push(`${key} (from ${form.page}): ${res.status} on the error page, not beside the form`);
    }
    expect(problems).toEqual([]);
    expect(tried.length).toBeGreaterThan(20);
  }, 240_000);
});
