import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';
import { PUBLICITY_ROSTER } from './publicity-fixture.js';

/**
 * The case page's forms as an officer uses them without JavaScript: a refused form comes
 * back on the case page with the message beside it and what was typed kept (never an
 * error page, never a 500), and a reported person is confirmed from a search of the roster
 * or unlinked. Every form on the page is found in the page itself and sent empty, so a new
 * form is checked without anyone adding it here.
 */
let ctx: TestContext;
let officer: string;
let reportId: string;
let number: string;

const page = (path: string) => consolePage(ctx.baseUrl, officer, path);
const post = (path: string, form: Record<string, string>) => consoleForm(ctx.baseUrl, officer, path, form).set('Accept', 'text/html');
const subjectIdOf = async () =>
  (await ctx.db.query(`SELECT id FROM report_subject WHERE report_id = $1 ORDER BY id LIMIT 1`, [reportId])).rows[0].id as string;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  await ctx.app.get(RosterImportService).import(Buffer.from(PUBLICITY_ROSTER));
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  const tip = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .send(
      validTip({
        subjects: [{ name: '周明远', unit: '测试区', post: '' }],
        body: '2026年3月，测试区周明远在干部调整前收受下属现金五万元，承诺为其争取提拔，单位多人知晓。',
      }),
    );
  expect(tip.status).toBe(201);
  number = tip.body.reportNumber;
  reportId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [number])).rows[0].id;
  await waitFor(
    async () => (await ctx.db.query(`SELECT 1 FROM report WHERE id = $1 AND status <> 'RECEIVED'`, [reportId])).rowCount,
    30_000,
    'triage',
  );
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('the case page forms', () => {
  it('a merge into an unknown case: 404 on the case page, the number typed kept beside the message', async () => {
    const refused = await post(`/console/cases/${reportId}/merge`, { into: 'QF-2026-999999' });
    expect(refused.status).toBe(404);
    expect(refused.text).toContain(`<h1>${number}`);
    expect(refused.text).toMatch(/<p class="field-error" role="alert" id="merge-error">举报编号 QF-2026-999999 对应的举报不存在<\/p>/);
    expect(refused.text).toContain('value="QF-2026-999999"');
  });

  it('a refused disposition keeps the choice and the reason typed', async () => {
    const refused = await post(`/console/cases/${reportId}/disposition`, { kind: 'TRANSFER', reason: '属于其他部门职责' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="disposition-error">转办请填写转办单位');
    expect(refused.text).toContain('<option value="TRANSFER" selected>');
    expect(refused.text).toContain('属于其他部门职责</textarea>');
  });

  it('finds a cadre for a reported person by searching the roster, and confirms or unlinks the link', async () => {
    const subjectId = await subjectIdOf();
    const search = await page(`/console/cases/${reportId}?subject=${subjectId}&cadreQ=${encodeURIComponent('李青')}`);
    expect(search.status).toBe(200);
    const match = search.text.match(/<input type="radio" name="cadreId" value="([0-9a-f-]{36})"> 李青（测试区水务局 科长，P003）/);
    expect(match).not.toBeNull();
    const none = await page(`/console/cases/${reportId}?subject=${subjectId}&cadreQ=${encodeURIComponent('无此人')}`);
    expect(none.text).toContain('名册中没有找到');

    const unknown = await post(`/console/cases/${reportId}/subjects/${subjectId}/confirm`, { personNo: 'P999', cadreQ: '李青' });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('干部名册中没有人员编号 P999');
    expect(unknown.text).toContain('value="P999"');

    const confirmed = await post(`/console/cases/${reportId}/subjects/${subjectId}/confirm`, { cadreId: match![1]!, cadreQ: '李青' });
    expect(confirmed.status).toBe(303);
    const linked = await ctx.db.query(`SELECT status, cadre_id FROM report_subject WHERE id = $1`, [subjectId]);
    expect(linked.rows[0]).toEqual({ status: 'CONFIRMED', cadre_id: match![1] });
    const view = await page(`/console/cases/${reportId}`);
    expect(view.text).toMatch(/李青（测试区水务局 科长）（举报中称“周明远”） — 已确认/);

    expect((await post(`/console/cases/${reportId}/subjects/${subjectId}/unlink`, {})).status).toBe(303);
    const unlinked = await ctx.db.query(`SELECT status FROM report_subject WHERE id = $1`, [subjectId]);
    expect(unlinked.rows[0].status).toBe('UNLINKED');
  });

  it('adds a cadre triage did not offer, from a roster search; the same cadre twice is refused', async () => {
    const search = await page(`/console/cases/${reportId}?subject=new&cadreQ=P001`);
    const match = search.text.match(/<input type="radio" name="cadreId" value="([0-9a-f-]{36})"> 周明远（测试区财政局 副局长，P001）/);
    expect(match).not.toBeNull();
    const added = await post(`/console/cases/${reportId}/add-subject`, { cadreId: match![1]!, subject: 'new', cadreQ: 'P001' });
    expect(added.status).toBe(303);
    const { rows } = await ctx.db.query(
      `SELECT s.status, s.role, (SELECT count(*)::int FROM report_subject_cadre x WHERE x.report_id = s.report_id AND x.cadre_id = s.cadre_id) AS indexed
         FROM report_subject s WHERE s.report_id = $1 AND s.cadre_id = $2`,
      [reportId, match![1]],
    );
    expect(rows).toEqual([{ status: 'CONFIRMED', role: 'SUBJECT', indexed: 1 }]);
    const events = await ctx.db.query(`SELECT actor_kind FROM report_event WHERE report_id = $1 AND type = 'SUBJECT_ADDED'`, [reportId]);
    expect(events.rows).toEqual([{ actor_kind: 'STAFF' }]);
    expect((await page(`/console/cases/${reportId}`)).text).toMatch(/添加被反映干部（[^）]+）<\/li>/); // the history names the step and who

    const twice = await post(`/console/cases/${reportId}/add-subject`, { personNo: 'P001' });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('id="add-subject-error">周明远（P001）已关联到本件举报');
    expect(twice.text).toContain('value="P001"');
  });

  it('finds the case to merge into by a reported name or a number, then merges into the one chosen', async () => {
    const again = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .send(
        validTip({
          subjects: [{ name: '周明远', unit: '测试区', post: '' }],
          body: '再次反映：测试区周明远收受下属现金，承诺提拔，请组织部门核查。',
        }),
      );
    const againId = (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [again.body.reportNumber])).rows[0].id as string;
    const byName = await page(`/console/cases/${againId}?mergeQ=${encodeURIComponent('周明远')}`);
    expect(byName.text).toContain(`<input type="radio" name="intoChosen" value="${number}">`);
    expect(byName.text).not.toContain(`name="intoChosen" value="${again.body.reportNumber}"`); // not itself
    const byTail = await page(`/console/cases/${againId}?mergeQ=${number.slice(-6)}`);
    expect(byTail.text).toContain(`value="${number}"`);
    expect((await page(`/console/cases/${againId}?mergeQ=${encodeURIComponent('无此人')}`)).text).toContain('没有找到');
    // The inbox searches the same way.
    const inbox = await page(`/console?q=${encodeURIComponent('周明远')}`);
    expect(inbox.text).toContain(number);
    expect(inbox.text).toContain(again.body.reportNumber);
    expect((await page(`/console?q=${number.toLowerCase()}`)).text).toContain(`>${number}</a>`); // typed in lower case

    const merged = await post(`/console/cases/${againId}/merge`, { mergeQ: '周明远', intoChosen: number });
    expect(merged.status).toBe(303);
    const { rows } = await ctx.db.query(`SELECT status FROM report WHERE id = $1`, [againId]);
    expect(rows[0].status).toBe('MERGED');
  });

  it('every form on the page, sent empty, is done or refused on the case page; never a 500 or an error page', async () => {
    const html = (await page(`/console/cases/${reportId}`)).text;
    const actions = [...new Set([...html.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]!))];
    expect(actions.length).toBeGreaterThan(5);
    for (const action of actions) {
      const res = await post(action, {});
      expect([action, res.status < 500]).toEqual([action, true]);
      if (res.status >= 400) {
        expect([action, res.text.includes(`<h1>${number}`)]).toEqual([action, true]);
        expect([action, res.text.includes('class="field-error"')]).toEqual([action, true]);
      }
    }
  });
});
