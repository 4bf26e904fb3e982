import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { verifyAuditTrail } from '../../src/cli/audit-verify.js';
import { RetentionPurgeJob } from '../../src/maintenance/retention-purge.job.js';
import { RetentionService } from '../../src/maintenance/retention.service.js';
import { PDF_MINIMAL, PNG_1PX, validTip } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

let ctx: TestContext;
let retention: RetentionService;
let seq = 0;

async function tipWithFiles(overrides: Record<string, unknown>) {
  const res = await request(ctx.baseUrl)
    .post('/api/v1/public/reports')
    .set('X-Forwarded-For', `198.51.100.${++seq}`)
    .field('json', JSON.stringify(validTip(overrides)))
    .attach('files', PNG_1PX, 'photo.png')
    .attach('files', PDF_MINIMAL, 'evidence.pdf');
  expect(res.status).toBe(201);
  return (await ctx.db.query(`SELECT id FROM report WHERE number = $1`, [res.body.reportNumber])).rows[0].id as string;
}

/** Concluded `yearsAgo` years ago, as the handling module would have recorded it. */
const conclude = (id: string, status: string, yearsAgo: number) =>
  ctx.db.query(
    `WITH changed AS (UPDATE report SET status = $2, closed_at = now() - make_interval(years => $3) WHERE id = $1 RETURNING id)
     INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM changed`,
    [id, status, yearsAgo],
  );

const storedKeys = async (id: string) =>
  (await ctx.db.query(`SELECT storage_key FROM attachment WHERE report_id = $1`, [id])).rows.map((r) => r.storage_key as string);

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 }, retention: { closedCaseYears: 5 } } });
  const worker = await ctx.startWorker();
  retention = worker.get(RetentionService);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
});

describe('retention of concluded cases', () => {
  let old: string;
  let recent: string;
  let open: string;
  let oldFiles: string[];

  it('purges identity and attachments of cases concluded longer ago than the period, and reports what went', async () => {
    old = await tipWithFiles({ anonymous: false, reporter: { name: '赵六', phone: '13700001111' } });
    recent = await tipWithFiles({ anonymous: false, reporter: { name: '钱七', phone: '13700002222' } });
    open = await tipWithFiles({ anonymous: false, reporter: { name: '孙八', phone: '13700003333' } });
    await conclude(old, 'CLOSED', 6);
    await conclude(recent, 'CLOSED', 1);
    await ctx.db.query(
      `UPDATE report SET received_at = now() - interval '7 years', updated_at = now() - interval '7 years' WHERE id = $1`,
      [open],
    );
    oldFiles = await storedKeys(old);
    expect(oldFiles).toHaveLength(2);
    for (const key of oldFiles) expect(existsSync(join(ctx.storageDir, key))).toBe(true);

    const purged = await retention.purgeDue();
    expect(purged).toEqual([
      {
        reportId: old,
        number: expect.any(String),
        identityRemoved: true,
        attachmentsRemoved: 2,
        attachmentBytes: PNG_1PX.length + PDF_MINIMAL.length,
      },
    ]);

    const { rows } = await ctx.db.query(`SELECT * FROM report WHERE id = $1`, [old]);
    expect(rows[0]).toMatchObject({ reporter_identity: null, reporter_phone_hash: null, real_name: true, status: 'CLOSED' });
    expect(rows[0].identity_purged_at).toBeInstanceOf(Date);
    expect(rows[0].body).toContain('王某某'); // the tip itself and its statistics stay
    expect(await storedKeys(old)).toEqual([]);
    for (const key of oldFiles) expect(existsSync(join(ctx.storageDir, key))).toBe(false);
    const record = await ctx.db.query(
      `SELECT identity_removed, attachments_removed, attachment_bytes FROM retention_purge WHERE report_id = $1`,
      [old],
    );
    expect(record.rows).toEqual([
      { identity_removed: true, attachments_removed: 2, attachment_bytes: String(PNG_1PX.length + PDF_MINIMAL.length) },
    ]);
    const event = await ctx.db.query(`SELECT type, actor_kind FROM report_event WHERE report_id = $1 AND type = 'RETENTION_PURGED'`, [old]);
    expect(event.rows).toEqual([{ type: 'RETENTION_PURGED', actor_kind: 'SYSTEM' }]);
  });

  it('keeps cases concluded recently and cases still open, however old', async () => {
    for (const id of [recent, open]) {
      const { rows } = await ctx.db.query(`SELECT reporter_identity IS NOT NULL AS sealed, identity_purged_at FROM report WHERE id = $1`, [
        id,
      ]);
      expect(rows[0]).toEqual({ sealed: true, identity_purged_at: null });
      expect(await storedKeys(id)).toHaveLength(2);
    }
  });

  it('keeps the audit skeleton: the purge is recorded and the chain still verifies', async () => {
    const audit = await ctx.db.query(`SELECT actor_kind, details FROM audit_log WHERE action = 'retention.purge' AND target_id = $1`, [
      old,
    ]);
    expect(audit.rows).toEqual([
      { actor_kind: 'SYSTEM', details: expect.objectContaining({ identityRemoved: true, attachmentsRemoved: 2, years: 5 }) },
    ]);
    expect((await verifyAuditTrail(ctx.env['DATABASE_URL']!, Buffer.from(ctx.env['QF_HASH_KEY']!, 'base64'))).ok).toBe(true);
  });

  it('a second sweep removes nothing more, and the scheduled job runs the same sweep', async () => {
    expect(await retention.purgeDue()).toEqual([]);
    await conclude(recent, 'NOT_ACCEPTED', 6);
    const worker = await ctx.startWorker();
    await worker.get(RetentionPurgeJob).handle();
    expect((await ctx.db.query(`SELECT count(*)::int AS n FROM retention_purge`)).rows[0].n).toBe(2);
  });

  it('after a purge no one can ask for the identity: it is gone', async () => {
    const officer = await ctx.staffToken(['TRIAGE_OFFICER']);
    const res = await request(ctx.baseUrl)
      .post(`/api/v1/reports/${old}/identity-requests`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ reason: '需要联系举报人核实补充材料情况' });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('保存期限');
  });
});

describe('retention follows the surviving case and reaches every copy of the reporter (review finding 6)', () => {
  it('keeps a merged tip while the case it joined is open, and purges it with that case', async () => {
    const survivor = await tipWithFiles({ anonymous: false, reporter: { name: '周九', phone: '13700004444' } });
    const merged = await tipWithFiles({ anonymous: false, reporter: { name: '吴十', phone: '13700005555' } });
    // Merged seven years ago into a case that is still open.
    await ctx.db.query(
      `WITH m AS (UPDATE report SET status = 'MERGED', repeat_of = $2, updated_at = now() - interval '7 years' WHERE id = $1 RETURNING id)
       INSERT INTO report_event (report_id, type, actor_kind) SELECT id, 'FIXTURE', 'SYSTEM' FROM m`,
      [merged, survivor],
    );
    expect((await retention.purgeDue()).map((p) => p.reportId)).not.toContain(merged);
    expect((await ctx.db.query(`SELECT reporter_identity IS NOT NULL AS sealed FROM report WHERE id = $1`, [merged])).rows[0].sealed).toBe(
      true,
    );
    await conclude(survivor, 'CLOSED', 6);
    expect((await retention.purgeDue()).map((p) => p.reportId).sort()).toEqual([survivor, merged].sort());
  });

  it("purges the hotline caller number, the SMS sender, what was sent to the reporter and the agencies' files", async () => {
    const officer = await ctx.staffToken(['INTAKE_OPERATOR']);
    const call = await request(ctx.baseUrl)
      .post('/api/v1/hotline/calls')
      .set('Authorization', `Bearer ${officer}`)
      .field(
        'json',
        JSON.stringify({
          callerNumber: '13800138123',
          startedAt: new Date().toISOString(),
          durationSeconds: 60,
          language: '普通话',
          transcript: '来电人反映某局副局长王某某在干部调整前收受下属财物，请组织核实。',
          subjects: [],
          anonymous: true,
          callbackWanted: false,
          readBack: { confirmed: true },
          receiptDelivery: 'SMS',
        }),
      );
    expect(call.status).toBe(201);
    const id = call.body.reportId as string;
    const { rows: sent } = await ctx.db.query(`SELECT count(*)::int AS n FROM outbound_message WHERE report_id = $1`, [id]);
    expect(sent[0].n).toBeGreaterThan(0); // the receipt code went by SMS
    await ctx.db.query(`UPDATE outbound_message SET status = 'SENT' WHERE report_id = $1`, [id]);
    await conclude(id, 'NOT_ACCEPTED', 6);
    await retention.purgeDue();
    const { rows } = await ctx.db.query(
      `SELECT c.caller_number, c.caller_phone_hash, (SELECT bool_and(octet_length(o.content) = 0 AND o.recipient_hash IS NULL) FROM outbound_message o WHERE o.report_id = c.report_id) AS emptied
         FROM hotline_call c WHERE c.report_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ caller_number: null, caller_phone_hash: null, emptied: true });
  });

  it('covers every column that holds a phone number, a receipt code or an identity (a new one fails until classified)', async () => {
    const { rows } = await ctx.db.query(
      `SELECT table_name || '.' || column_name AS col FROM information_schema.columns
        WHERE table_schema = 'public' AND (column_name ~ '(phone|receipt|identity|sender|caller|recipient|email)' OR (column_name = 'content' AND table_name LIKE '%message%')
              OR (column_name = 'storage_key'))`,
    );
    const { PERSONAL_DATA_COLUMNS } = await import('../../src/maintenance/retention.service.js');
    const unclassified = rows.map((r) => r.col as string).filter((c) => !(c in PERSONAL_DATA_COLUMNS));
    expect(unclassified).toEqual([]);
  });
});
