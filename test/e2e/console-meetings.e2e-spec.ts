import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CadreRecordsService } from '../../src/cadres/cadre-records.service.js';
import { VettingService } from '../../src/vetting/vetting.service.js';
import { validTip } from '../support/fixtures.js';
import { consoleForm, consolePage } from '../support/console-client.js';
import { createTestContext, type TestContext } from '../support/test-context.js';
import { passingRun } from './publicity-fixture.js';

/**
 * The joint meeting in the console, as a supervisor works it without the API: attendance,
 * each agency's opinion, a case added by its number and a candidate from the list, and a
 * decision to go ahead with a blocked candidate, which first asks for a confirmation that
 * names the blocking reasons and then records them with the decision and in the minutes.
 * Refused forms answer with the page, the message at the form and what was typed.
 */
let ctx: TestContext;
let session: string;
let meetingId: string;
let blocked: { id: string; name: string };
let passing: string;
let tipNumber: string;

const page = (path: string) => consolePage(ctx.baseUrl, session, path);
const post = (path: string, form: Record<string, string | string[]>) => consoleForm(ctx.baseUrl, session, path, form);

beforeAll(async () => {
  ctx = await createTestContext();
  session = await ctx.staffToken(['SUPERVISOR']);
  const run = await passingRun(ctx);
  await ctx.app.get(CadreRecordsService).setInvestigation({ cadreId: run.liCadre, underInvestigation: true, since: '2026-01-20' });
  const evaluated = await ctx.app.get(VettingService).evaluateCandidate(run.li, { trigger: 'TEST' });
  expect(evaluated.verdict).toBe('BLOCK');
  blocked = { id: run.li, name: evaluated.name };
  passing = run.zhou;
  const tip = await request(ctx.baseUrl).post('/api/v1/public/reports').send(validTip());
  tipNumber = tip.body.reportNumber;
  const scheduled = await post('/console/meetings', {
    heldOn: '2026-12-10',
    place: '区委组织部三楼会议室',
    convener: '王部长',
    invitedAgencies: ['DISCIPLINE', 'AUDIT'],
  });
  expect(scheduled.status).toBe(303);
  meetingId = scheduled.headers['location']!.split('/').pop()!;
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

describe('a joint meeting in the console', () => {
  it('records attendance, and keeps what was typed when a row is refused', async () => {
    const refused = await post(`/console/meetings/${meetingId}/attendance`, {
      'status-DISCIPLINE': 'PRESENT',
      'attendee-DISCIPLINE': '',
      'status-AUDIT': 'ABSENT',
      'note-AUDIT': '外出审计',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('出席或委托出席请填写出席人姓名');
    expect(refused.text).toContain('外出审计');
    const saved = await post(`/console/meetings/${meetingId}/attendance`, {
      'status-DISCIPLINE': 'PRESENT',
      'attendee-DISCIPLINE': '赵纪检',
      'status-AUDIT': 'ABSENT',
      'note-AUDIT': '外出审计',
    });
    expect(saved.status).toBe(303);
    const view = await page(`/console/meetings/${meetingId}`);
    expect(view.text).toMatch(/<option value="PRESENT" selected>出席<\/option>/);
    expect(view.text).toContain('value="赵纪检"');
    expect(view.text).not.toMatch(/>PRESENT</);
  });

  it('proposes the blocked candidate itself, adds a case by its number and a candidate from the list', async () => {
    expect(await itemOf(blocked.id)).toBeTruthy(); // proposed when the meeting was scheduled
    const unknown = await post(`/console/meetings/${meetingId}/items`, { reportNumber: 'QF-2000-999999' });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('class="field-error"'); // refused at the form, the number kept
    expect(unknown.text).toContain('value="QF-2000-999999"');
    const noMeeting = await post(`/console/meetings/00000000-0000-4000-8000-000000000000/items`, { reportNumber: tipNumber }).set(
      'Accept',
      'text/html',
    );
    expect(noMeeting.status).toBe(404);
    expect(noMeeting.text).toContain('<title>出错了');
    const added = await post(`/console/meetings/${meetingId}/items`, { reportNumber: tipNumber });
    expect(added.status).toBe(303);
    const before = await page(`/console/meetings/${meetingId}`);
    expect(before.text).toContain(`举报 ${tipNumber}`);
    expect(before.text).toContain(`<option value="${passing}"`);
    expect(before.text).not.toContain(`<option value="${blocked.id}"`); // already on the agenda
    expect((await post(`/console/meetings/${meetingId}/items`, { candidateId: passing })).status).toBe(303);
    const after = await page(`/console/meetings/${meetingId}`);
    expect(await itemOf(passing)).toBeTruthy();
    expect(after.text).not.toContain(`<option value="${passing}"`); // no longer offered
    const twice = await post(`/console/meetings/${meetingId}/items`, { candidateId: passing });
    expect(twice.status).toBe(409);
    expect(twice.text).toContain('该人选已在本次会议议程中');
  });

  it('records each agency’s opinion on an item', async () => {
    const item = await itemOf(blocked.id);
    const empty = await post(`/console/meetings/${meetingId}/items/${item}/opinions`, { 'opinion-DISCIPLINE': '', 'opinion-AUDIT': '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('请至少填写一个成员单位的意见');
    const saved = await post(`/console/meetings/${meetingId}/items/${item}/opinions`, {
      'opinion-DISCIPLINE': '该同志正在接受组织调查，建议暂缓',
      'opinion-AUDIT': '',
    });
    expect(saved.status).toBe(303);
    expect((await page(`/console/meetings/${meetingId}`)).text).toContain('纪委监委：该同志正在接受组织调查，建议暂缓');
  });

  it('asks to confirm going ahead with a blocked candidate, naming the reasons, and records them', async () => {
    const item = await itemOf(blocked.id);
    const first = await post(`/console/meetings/${meetingId}/items/${item}/decision`, { kind: 'PROCEED', note: '会议研究同意按程序推进' });
    expect(first.status).toBe(409);
    expect(first.text).toContain('该人选任前审查结论为“不得上会”');
    expect(first.text).toMatch(/正在接受组织调查|立案审查|调查/);
    expect(first.text).toContain('name="confirmAgainstBlock" value="yes"');
    expect(first.text).toContain('value="会议研究同意按程序推进"'); // what was typed travels with the confirmation
    const { rows: undecided } = await ctx.db.query(`SELECT decision FROM joint_meeting_item WHERE id = $1`, [item]);
    expect(undecided[0].decision).toBeNull();

    const confirmed = await post(`/console/meetings/${meetingId}/items/${item}/decision`, {
      kind: 'PROCEED',
      note: '会议研究同意按程序推进',
      confirmAgainstBlock: 'yes',
    });
    expect(confirmed.status).toBe(303);
    const { rows } = await ctx.db.query(`SELECT decision, decision_detail FROM joint_meeting_item WHERE id = $1`, [item]);
    expect(rows[0].decision).toBe('PROCEED');
    expect(rows[0].decision_detail.againstBlock.length).toBeGreaterThan(0);
    expect((await page(`/console/meetings/${meetingId}`)).text).toContain('会议知悉任前审查不得上会的情形，经确认仍按程序推进');
  });

  it('keeps a refused decision’s fields next to the item', async () => {
    const {
      rows: [tip],
    } = await ctx.db.query(
      `SELECT i.id FROM joint_meeting_item i JOIN report r ON r.id = i.subject_id WHERE i.meeting_id = $1 AND r.number = $2`,
      [meetingId, tipNumber],
    );
    const item = tip.id as string;
    const refused = await post(`/console/meetings/${meetingId}/items/${item}/decision`, {
      kind: 'VERIFY_FURTHER',
      note: '请审计局核实',
      question: '核实推荐票',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('进一步核实请选择负责核实的成员单位');
    expect(refused.text).toContain('核实推荐票</textarea>');
  });
});

async function itemOf(subjectId: string): Promise<string> {
  const { rows } = await ctx.db.query(`SELECT id FROM joint_meeting_item WHERE meeting_id = $1 AND subject_id = $2`, [
    meetingId,
    subjectId,
  ]);
  expect(rows).toHaveLength(1);
  return rows[0].id;
}
