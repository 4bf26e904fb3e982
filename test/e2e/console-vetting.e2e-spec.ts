import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { addCalendarDays } from '../../src/infra/calendar/working-days.js';
import { Clock } from '../../src/infra/clock/clock.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { passingRun, shortestPeriod } from './publicity-fixture.js';

/**
 * 任前审查 in the console, as the supervisor does it without the API: candidates picked from
 * the roster with a search, the agencies to consult chosen per run, the 任前公示 published,
 * the appointment decision recorded once the notice is over, and the probation listed.
 * Refused forms keep what was typed, with the message at the form.
 */
let ctx: TestContext;
let session: string;
let run: Awaited<ReturnType<typeof passingRun>>;

const page = (path: string) => consolePage(ctx.baseUrl, session, path);
const post = (path: string, form: Record<string, string | string[]>) => consoleForm(ctx.baseUrl, session, path, form);

beforeAll(async () => {
  ctx = await createTestContext();
  session = await ctx.staffToken(['SUPERVISOR']);
  run = await passingRun(ctx);
}, 120_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await ctx?.close();
});

describe('pre-appointment checks in the console', () => {
  it('picks candidates from the roster by search, carrying what was typed', async () => {
    const search = await page(`/console/vetting?q=${encodeURIComponent('周明远')}&title=${encodeURIComponent('2026年第二批')}`);
    expect(search.status).toBe(200);
    expect(search.text).toContain('P001');
    expect(search.text).toContain('P002');
    const added = await page(`/console/vetting?title=${encodeURIComponent('2026年第二批')}&slate=&add=P003`);
    expect(added.text).toMatch(/<textarea id="slate"[^>]*>P003 <\/textarea>/);
    expect(added.text).toContain('value="2026年第二批"');
    const ticked = (html: string) => [...html.matchAll(/name="agencyCodes" value="([A-Z_]+)" checked/g)].map((m) => m[1]);
    expect(ticked(added.text).length).toBeGreaterThan(2); // a fresh form asks every agency
    const narrowed = await page(`/console/vetting?agenciesShown=1&agencyCodes=AUDIT&q=${encodeURIComponent('周')}`);
    expect(ticked(narrowed.text)).toEqual(['AUDIT']);
    const noneTicked = await page(`/console/vetting?agenciesShown=1&q=${encodeURIComponent('周')}`);
    expect(ticked(noneTicked.text)).toEqual([]); // unticking all and searching keeps them unticked
  });

  it('starts a run asking only the chosen agencies (the discipline body always), and refuses none chosen', async () => {
    const none = await post('/console/vetting', { title: '2026年第二批', slate: 'P003 测试区水务局副局长' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('请至少选择一个征求意见的成员单位');
    expect(none.text).toContain('P003 测试区水务局副局长</textarea>');
    const started = await post('/console/vetting', {
      title: '2026年第二批',
      slate: 'P003 测试区水务局副局长',
      agencyCodes: ['AUDIT', 'HEALTH'],
    });
    expect(started.status).toBe(303);
    const runId = started.headers['location']!.split('/').pop()!;
    const { rows } = await ctx.db.query(`SELECT agency_codes FROM vetting_run WHERE id = $1`, [runId]);
    expect([...rows[0].agency_codes].sort()).toEqual(['AUDIT', 'DISCIPLINE', 'HEALTH']);
    const view = await page(`/console/vetting/runs/${runId}`);
    expect(view.text).toContain('审计局');
    expect(view.text).not.toMatch(/>(PASS|BLOCK|PENDING|APPOINT)</);
  });

  it('publishes the 任前公示 from the run page; a bad period is refused at the form', async () => {
    const bad = await post(`/console/vetting/runs/${run.runId}/notices`, {
      candidateIds: [run.zhou],
      startsOn: '2026-02-30',
      endsOn: '2026-03-06',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('field-error');
    expect(bad.text).toContain('value="2026-03-06"');
    const period = shortestPeriod(ctx);
    const published = await post(`/console/vetting/runs/${run.runId}/notices`, { candidateIds: [run.zhou], ...period });
    expect(published.status).toBe(303);
    const view = await page(`/console/vetting/runs/${run.runId}`);
    expect(view.text).toContain(`${period.startsOn} 至 ${period.endsOn}`);
  });

  it('records the appointment once the notice is over, and lists the probation', async () => {
    const early = await post(`/console/vetting/candidates/${run.zhou}/outcome`, { decision: 'APPOINT', appointedOn: '2026-12-01' });
    expect(early.status).toBe(409);
    expect(early.text).toContain('公示期满后方可作出任用决定');
    const period = shortestPeriod(ctx);
    const after = addCalendarDays(period.endsOn, 1);
    jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(`${after}T10:00:00+08:00`));
    session = await ctx.staffToken(['SUPERVISOR']); // days later: a new working session
    const done = await post(`/console/vetting/candidates/${run.zhou}/outcome`, {
      decision: 'APPOINT',
      appointedOn: after,
      note: '经常委会研究决定',
    });
    expect(done.status).toBe(303);
    const view = await page(`/console/vetting/runs/${run.runId}`);
    expect(view.text).toContain('任用决定：任用');
    const probations = await page('/console/vetting/probations');
    expect(probations.status).toBe(200);
    expect(probations.text).toContain('周明远');
    expect(probations.text).toContain('测试区财政局局长');
  });
});
