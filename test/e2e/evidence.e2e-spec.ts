import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PDF_MINIMAL, PNG_1PX, validTip } from '../support/fixtures.js';
import { createTestContext, waitFor, type TestContext } from '../support/test-context.js';

/**
 * Evidence for staff: a reporter's files and an agency's reply files open from the case
 * (images in the page, documents as downloads), each opening is in the audit trail, and
 * neither is served to a liaison or the public.
 */
let ctx: TestContext;
let officer: string;
let reportId: string;
let files: Array<{ id: string; mediaType: string; originalName: string }>;

const api = () => request(ctx.baseUrl);
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  officer = await ctx.staffToken(['TRIAGE_OFFICER']);
  const res = await api()
    .post('/api/v1/public/reports')
    .field('json', JSON.stringify(validTip()))
    .attach('files', PNG_1PX, '现场照片.png')
    .attach('files', PDF_MINIMAL, '推荐票统计.pdf');
  expect(res.status).toBe(201);
  reportId = await waitFor(
    async () => {
      const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1 AND status = 'TRIAGED'`, [res.body.reportNumber]);
      return rows[0]?.id as string | undefined;
    },
    30_000,
    'triage',
  );
  files = (await api().get(`/api/v1/reports/${reportId}`).set(as(officer))).body.attachments;
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('evidence on the case', () => {
  it('shows an image in the page and downloads a document, with the reporter’s file name', async () => {
    const image = files.find((f) => f.mediaType === 'image/png')!;
    const pdf = files.find((f) => f.mediaType === 'application/pdf')!;
    const shown = await api()
      .get(`/api/v1/reports/${reportId}/attachments/${image.id}`)
      .set(as(officer))
      .set('X-Request-Id', 'evidence-open-01')
      .buffer(true);
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/);
    expect(decodeURIComponent(shown.headers['content-disposition']!.split("''")[1]!)).toBe('现场照片.png');
    expect(shown.headers['cache-control']).toBe('no-store');
    const doc = await api().get(`/api/v1/reports/${reportId}/attachments/${pdf.id}`).set(as(officer)).buffer(true);
    expect(doc.headers['content-disposition']).toMatch(/^attachment;/);
    expect(
      Buffer.from(doc.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const { rows } = await ctx.db.query(`SELECT action, target_id, outcome FROM audit_log WHERE request_id = 'evidence-open-01'`);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'GET /api/v1/reports/:id/attachments/:attachmentId', target_id: reportId, outcome: 'OK' }),
    ]);
  });

  it('links the files from the console case page', async () => {
    const page = await api().get(`/console/cases/${reportId}`).set('Cookie', `qf_session=${officer}`);
    expect(page.status).toBe(200);
    for (const f of files) expect(page.text).toContain(`/api/v1/reports/${reportId}/attachments/${f.id}`);
    expect(page.text).toContain('<img src=');
    expect(page.text).toContain('打开或下载附件均记入审计日志');
  });

  it('answers 404 for a file of another tip, and refuses a liaison and the public', async () => {
    const other = await api().post('/api/v1/public/reports').send(validTip());
    const { rows } = await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [other.body.reportNumber]);
    expect((await api().get(`/api/v1/reports/${rows[0].id}/attachments/${files[0]!.id}`).set(as(officer))).status).toBe(404);
    const liaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
    expect((await api().get(`/api/v1/reports/${reportId}/attachments/${files[0]!.id}`).set(as(liaison))).status).toBe(403);
    expect((await api().get(`/api/v1/reports/${reportId}/attachments/${files[0]!.id}`)).status).toBe(401);
  });

  it('opens the files of a verification request for staff', async () => {
    const supervisor = await ctx.staffToken(['SUPERVISOR']);
    expect(
      (await api().post(`/api/v1/triage/cases/${reportId}/disposition`).set(as(officer)).send({ kind: 'PRELIMINARY_VERIFICATION' })).status,
    ).toBe(200);
    const asked = await api()
      .post(`/api/v1/reports/${reportId}/verification-requests`)
      .set(as(supervisor))
      .send({ agencyCodes: ['AUDIT'], question: '请核实推荐票情况' });
    const requestId = asked.body[0].id as string;
    const upload = await api()
      .post(`/api/v1/verification-requests/${requestId}/attachments`)
      .set(as(supervisor))
      .attach('files', PDF_MINIMAL, '审计线索.pdf');
    expect(upload.status).toBe(201);
    const { rows } = await ctx.db.query(`SELECT id FROM verification_attachment WHERE request_id = $1`, [requestId]);
    const file = await api().get(`/api/v1/verification-requests/${requestId}/attachments/${rows[0].id}`).set(as(supervisor)).buffer(true);
    expect(file.status).toBe(200);
    expect(decodeURIComponent(file.headers['content-disposition']!.split("''")[1]!)).toBe('审计线索.pdf');
    const liaison = await ctx.staffToken(['AGENCY_LIAISON'], 'AUDIT');
    const replied = await api()
      .post(`/api/v1/verification-requests/${requestId}/replies`)
      .set(as(liaison))
      .send({ result: 'NO_ADVERSE', body: '经查未发现问题。' });
    expect(replied.status).toBe(201);
    const view = await api().get(`/api/v1/verification-requests/${requestId}`).set(as(supervisor));
    expect(view.body.replies[0].attachments).toEqual([]);
    const missing = await api().get(`/api/v1/verification-requests/${requestId}/attachments/${files[0]!.id}`).set(as(supervisor));
    expect(missing.status).toBe(404); // a reporter's file is not the request's
  });
});
