import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Everything sent to a member agency passes one redaction (review finding 5): a phone
 * number, an ID number and the reporter's name written by staff into the question, the
 * extract or a file's name are not readable by the liaison, in the portal API or page.
 */
let ctx: TestContext;
let officer: string;
let liaison: string;
const REPORTER = '欧阳晓明';
const PHONE = '13912340077';
const ID = '110101199003077570';

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  liaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
});
afterAll(() => ctx?.close());

describe('what reaches an agency', () => {
  it('has no reporter name, phone or ID number, wherever staff wrote them', async () => {
    const res = await request(ctx.baseUrl)
      .post('/api/v1/public/reports')
      .send(validTip({ anonymous: false, reporter: { name: REPORTER, phone: PHONE } }));
    const id = await waitFor(
      async () =>
        (await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber])).rows[0]?.id as
          string | undefined,
      30_000,
      'triage',
    );
    const as = { Authorization: `Bearer ${officer}` };
    await request(ctx.baseUrl)
      .post(`/api/v1/triage/cases/${id}/disposition`)
      .set(as)
      .send({ kind: 'PRELIMINARY_VERIFICATION' })
      .expect(200);
    const asked = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${id}/verification-requests`)
      .set(as)
      .send({
        agencyCodes: ['AUDIT'],
        question: `请核实。举报人${REPORTER}（电话 ${PHONE}，身份证 ${ID}）反映该同志存在问题。`,
        extract: `联系人 ${REPORTER} ${PHONE}`,
        workingDays: 5,
      });
    expect(asked.status).toBe(201);
    const requestId = asked.body[0].id as string;
    const attached = await request(ctx.baseUrl)
      .post(`/api/v1/verification-requests/${requestId}/attachments`)
      .set(as)
      .attach('files', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: `${REPORTER}-${PHONE}.pdf`, contentType: 'application/pdf' });
    expect(attached.status).toBeLessThan(300);

    const api = await request(ctx.baseUrl).get(`/api/v1/agency/requests/${requestId}`).set('Authorization', `Bearer ${liaison}`);
    const page = await request(ctx.baseUrl)
      .get(`/agency/requests/${requestId}`)
      .set('Cookie', `qf_session=${liaison}`)
      .set('Accept', 'text/html');
    for (const seen of [JSON.stringify(api.body), page.text]) {
      expect(seen).toContain('请核实');
      for (const secret of [REPORTER, PHONE, ID]) expect(seen).not.toContain(secret);
    }
    expect(JSON.stringify(api.body)).toContain('（电话已隐去）');
  });
});
