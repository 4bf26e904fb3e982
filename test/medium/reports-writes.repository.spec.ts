import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { ReportEventsRepository } from '../../src/reports/events/report-events.repository.js';
import { ReportsRepository, type NewReportRow } from '../../src/reports/reports.repository.js';
import { createTestDataSource } from '../support/test-database.js';

const sha = (text: string) => createHash('sha256').update(text).digest();

/** The reports repository's writes of a tip and the reads of the intake, the workflow and retention, on a migrated Postgres. */
describe('ReportsRepository: tips, messages, files, the workflow and retention (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let events: ReportEventsRepository;
  const reports = new ReportsRepository();
  let serial = 0;

  function tip(overrides: Partial<NewReportRow> = {}): NewReportRow {
    serial += 1;
    return {
      id: randomUUID(),
      channel: 'WEB',
      sealedIdentity: null,
      phoneHash: null,
      receiptHash: sha(`receipt-${serial}-${randomUUID()}`),
      subjects: [{ name: '王建军', unit: '区水务局' }],
      categoryClaimed: null,
      body: `反映某单位负责人收受财物（${serial}）。`,
      incidentTime: null,
      incidentPlace: null,
      clientHash: null,
      files: [],
      received: { channel: 'WEB' },
      job: null,
      ...overrides,
    };
  }

  async function create(row: NewReportRow): Promise<{ number: string; receivedAt: Date; outboxId: string | null }> {
    return (await reports.createReports(dataSource, [row])).get(row.id)!;
  }

  /** A status change commits only with an event of its transaction (the workflow's guard). */
  async function changeStatus(id: string, change: (m: EntityManager) => Promise<void>): Promise<void> {
    await dataSource.transaction(async (m) => {
      await change(m);
      await events.append(m, { reportId: id, type: 'DISPOSED', actorKind: 'SYSTEM' });
    });
  }

  const file = (name: string) => ({
    id: randomUUID(),
    storageKey: `test/${randomUUID()}`,
    sha256: sha(name),
    sizeBytes: 1234,
    mediaType: 'image/png',
    originalName: name,
  });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    events = new ReportEventsRepository(dataSource);
  });

  afterAll(() => close());

  it('creates tips with their files, idempotency records, RECEIVED events and jobs in one statement, numbered in order', async () => {
    const identity = Buffer.from('sealed identity');
    const job = (id: string) => ({ queue: 'triage', jobName: 'triage-report', jobId: `report:${id}:triage`, payload: { reportId: id } });
    const firstId = randomUUID();
    const first = tip({
      id: firstId,
      sealedIdentity: identity,
      phoneHash: sha('phone'),
      files: [file('a.png'), file('b.png')],
      received: { channel: 'WEB', notice: null },
      job: job(firstId),
    });
    const second = tip({
      channel: 'SMS',
      categoryClaimed: 'BRIBERY',
      incidentTime: '去年',
      incidentPlace: '柳河镇',
      idempotency: { keyHash: sha(`key-${randomUUID()}`), requestHash: sha('request'), sealedResponse: Buffer.from('answer'), hours: 23.5 },
    });
    const created = await reports.createReports(dataSource, [first, second]);
    const a = created.get(first.id)!;
    const b = created.get(second.id)!;
    expect(a.number).toMatch(/^QF-\d{4}-\d{6}$/);
    expect(Number(b.number.slice(-6))).toBe(Number(a.number.slice(-6)) + 1);
    expect(a.receivedAt).toBeInstanceOf(Date);
    const { rows } = await db.query(
      `SELECT id, channel, real_name, reporter_identity, category_claimed, incident_place, subjects FROM report WHERE id = ANY($1::uuid[]) ORDER BY number`,
      [[first.id, second.id]],
    );
    expect(rows).toEqual([
      expect.objectContaining({ id: first.id, channel: 'WEB', real_name: true, reporter_identity: identity, category_claimed: null }),
      expect.objectContaining({ id: second.id, channel: 'SMS', real_name: false, reporter_identity: null, incident_place: '柳河镇' }),
    ]);
    expect(rows[0].subjects).toEqual([{ name: '王建军', unit: '区水务局' }]);
    expect((await db.query(`SELECT original_name FROM attachment WHERE report_id = $1 ORDER BY original_name`, [first.id])).rows).toEqual([
      { original_name: 'a.png' },
      { original_name: 'b.png' },
    ]);
    const { rows: keys } = await db.query(
      `SELECT report_id, round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM idempotency_record WHERE report_id = ANY($1::uuid[])`,
      [[first.id, second.id]],
    );
    expect(keys).toEqual([{ report_id: second.id, hours: 24 }]); // 23.5 hours, rounded up

    // Each tip's first event, with what its channel recorded; the job only for the tip that has one.
    const { rows: received } = await db.query(
      `SELECT report_id, type, actor_kind, data FROM report_event WHERE report_id = ANY($1::uuid[]) ORDER BY id`,
      [[first.id, second.id]],
    );
    expect(received).toEqual([
      { report_id: first.id, type: 'RECEIVED', actor_kind: 'REPORTER', data: { channel: 'WEB', notice: null } },
      { report_id: second.id, type: 'RECEIVED', actor_kind: 'REPORTER', data: { channel: 'WEB' } },
    ]);
    expect(a.outboxId).toMatch(/^\d+$/);
    expect(b.outboxId).toBeNull();
    const { rows: jobs } = await db.query(
      `SELECT id::text, queue, job_name, job_id, payload FROM outbox WHERE payload->>'reportId' = ANY($1::text[])`,
      [[first.id, second.id]],
    );
    expect(jobs).toEqual([
      {
        id: a.outboxId,
        ...{ queue: 'triage', job_name: 'triage-report', job_id: `report:${first.id}:triage` },
        payload: { reportId: first.id },
      },
    ]);

    // The replay of the keyed tip: its answer and its own files (none).
    const replay = await reports.idempotentReplay(dataSource, second.idempotency!.keyHash);
    expect(replay).toEqual({
      requestHash: sha('request'),
      response: Buffer.from('answer'),
      number: b.number,
      receivedAt: b.receivedAt,
      attachments: 0,
    });
    expect(await reports.idempotentReplay(dataSource, sha('no such key'))).toBeNull();
  });

  it('fails the whole statement on a receipt hash that clashes', async () => {
    const first = tip();
    await create(first);
    const again = tip({ receiptHash: first.receiptHash });
    const other = tip();
    const jobOfOther = { queue: 'triage', jobName: 'triage-report', jobId: `report:${other.id}:triage`, payload: { reportId: other.id } };
    await expect(reports.createReports(dataSource, [{ ...other, job: jobOfOther }, again])).rejects.toMatchObject({
      code: '23505',
      constraint: 'report_receipt_hash_key',
    });
    // Nothing of the failed statement stays: not the other tip, its event, nor its job.
    expect(await reports.caseState(dataSource, other.id)).toBeNull();
    expect((await db.query(`SELECT count(*)::int AS n FROM report_event WHERE report_id = $1`, [other.id])).rows).toEqual([{ n: 0 }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1`, [jobOfOther.jobId])).rows).toEqual([{ n: 0 }]);
  });

  it('reads a tip by receipt hash, by number, and its messages with their files; a message touches the tip', async () => {
    const row = tip({ files: [file('own.png')] });
    const { number } = await create(row);
    expect(await reports.byReceiptHash(dataSource, row.receiptHash)).toEqual({
      id: row.id,
      number,
      status: 'RECEIVED',
      receivedAt: expect.any(Date),
      outcomeForReporter: null,
    });
    expect(await reports.byReceiptHash(dataSource, sha('wrong code'))).toBeNull();
    expect(await reports.idByNumber(dataSource, number)).toBe(row.id);
    expect(await reports.idByNumber(dataSource, 'QF-1999-000000')).toBeNull();

    const { rows: before } = await db.query(`SELECT updated_at FROM report WHERE id = $1`, [row.id]);
    const staff = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, $2, 'x', '办理人', '{TRIAGE_OFFICER}')`,
      [staff, `h-${staff.slice(0, 8)}`],
    );
    const asked = await reports.addMessage(dataSource, {
      id: randomUUID(),
      reportId: row.id,
      authorKind: 'STAFF',
      authorId: staff,
      body: '请补充时间。',
      files: [],
    });
    await reports.addMessage(dataSource, {
      id: randomUUID(),
      reportId: row.id,
      authorKind: 'REPORTER',
      authorId: null,
      body: '是去年三月。',
      files: [file('proof-1.png'), file('proof-2.png')],
    });
    expect(asked).toBeInstanceOf(Date);
    expect(await reports.messagesOf(dataSource, row.id)).toEqual([
      { authorKind: 'STAFF', body: '请补充时间。', createdAt: asked, attachments: 0 },
      { authorKind: 'REPORTER', body: '是去年三月。', createdAt: expect.any(Date), attachments: 2 },
    ]);
    const { rows: after } = await db.query(`SELECT updated_at FROM report WHERE id = $1`, [row.id]);
    expect(after[0].updated_at.getTime()).toBeGreaterThanOrEqual(before[0].updated_at.getTime());
    // The tip's own file first; message files belong to the tip too.
    expect(await reports.firstAttachmentOf(dataSource, row.id)).toBe(row.files[0]!.id);
    expect(await reports.attachmentOf(dataSource, row.id, row.files[0]!.id)).toEqual({
      storageKey: row.files[0]!.storageKey,
      originalName: 'own.png',
      mediaType: 'image/png',
    });
    expect(await reports.attachmentOf(dataSource, randomUUID(), row.files[0]!.id)).toBeNull();
  });

  it('lists tips newest first, filtered, after a cursor, leaving out hidden tips', async () => {
    const rows = [tip({ channel: 'HOTLINE' }), tip({ channel: 'HOTLINE', files: [file('x.png')] }), tip({ channel: 'HOTLINE' })];
    for (const row of rows) await create(row);
    const base = { channel: 'HOTLINE', hidden: [] as string[], limit: 10 };
    const all = await reports.list(dataSource, base);
    expect(all.map((r) => r.id)).toEqual(rows.map((r) => r.id).reverse());
    expect(all[1]).toMatchObject({ channel: 'HOTLINE', status: 'RECEIVED', realName: false, attachmentCount: 1, category: null });
    expect(all[0]!.excerpt).toBe(rows[2]!.body);
    expect(all[0]!.receivedAtExact).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    const next = await reports.list(dataSource, { ...base, cursor: { receivedAt: all[0]!.receivedAtExact, id: all[0]!.id } });
    expect(next.map((r) => r.id)).toEqual([rows[1]!.id, rows[0]!.id]);
    expect((await reports.list(dataSource, { ...base, hidden: [rows[1]!.id] })).map((r) => r.id)).toEqual([rows[2]!.id, rows[0]!.id]);
    expect(await reports.list(dataSource, { ...base, status: 'CLOSED' })).toEqual([]);
    expect(await reports.list(dataSource, { ...base, limit: 1 })).toHaveLength(1);
    expect((await reports.list(dataSource, { ...base, from: '2000-01-01', to: '2000-12-31' })).length).toBe(0);
    expect((await reports.list(dataSource, { ...base, from: '2000-01-01' })).length).toBe(3);
  });

  it('changes a case as the workflow does: pending proposal, disposition, finding, conclusion, merge, reopening', async () => {
    const row = tip();
    await create(row);
    await dataSource.transaction(async (m) => {
      const locked = await reports.lockForChange(m, row.id);
      expect(locked).toMatchObject({ id: row.id, status: 'RECEIVED', disposition: null, disposition_pending: null, repeat_of: null });
      await reports.setPendingDisposition(m, row.id, { kind: 'CLOSE', proposedBy: 'x' });
    });
    expect((await reports.lockForChange(dataSource, row.id))?.disposition_pending).toEqual({ kind: 'CLOSE', proposedBy: 'x' });
    await reports.setPendingDisposition(dataSource, row.id, null);
    expect((await reports.lockForChange(dataSource, row.id))?.disposition_pending).toBeNull();

    await changeStatus(row.id, (m) =>
      reports.applyDisposition(m, row.id, { status: 'IN_HANDLING', disposition: 'PRELIMINARY_VERIFICATION', detail: { reason: null } }),
    );
    let state = (await db.query(`SELECT status, disposition, disposition_detail, closed_at FROM report WHERE id = $1`, [row.id])).rows[0];
    expect(state).toEqual({
      status: 'IN_HANDLING',
      disposition: 'PRELIMINARY_VERIFICATION',
      disposition_detail: { reason: null },
      closed_at: null,
    });
    await reports.recordFinding(dataSource, row.id, 'SUBSTANTIATED', '经核查属实');
    await changeStatus(row.id, (m) => reports.conclude(m, row.id));
    state = (await db.query(`SELECT status, finding, outcome_for_reporter, closed_at FROM report WHERE id = $1`, [row.id])).rows[0];
    expect(state).toEqual({ status: 'CLOSED', finding: 'SUBSTANTIATED', outcome_for_reporter: '经核查属实', closed_at: expect.any(Date) });
    await changeStatus(row.id, (m) => reports.reopen(m, row.id));
    expect((await reports.caseState(dataSource, row.id))?.status).toBe('IN_HANDLING');
    expect((await db.query(`SELECT closed_at FROM report WHERE id = $1`, [row.id])).rows[0].closed_at).toBeNull();

    const transferred = tip();
    await create(transferred);
    await changeStatus(transferred.id, (m) =>
      reports.applyDisposition(m, transferred.id, { status: 'TRANSFERRED', disposition: 'TRANSFER', detail: { target: '区纪委' } }),
    );
    expect((await db.query(`SELECT closed_at FROM report WHERE id = $1`, [transferred.id])).rows[0].closed_at).toBeInstanceOf(Date);

    const repeat = tip();
    const { number } = await create(repeat);
    expect(await reports.mergeTargetOf(dataSource, row.id)).toEqual({ id: row.id, number: expect.any(String), repeat_of: null });
    expect(await reports.mergeTargetOf(dataSource, randomUUID())).toBeNull();
    await changeStatus(repeat.id, (m) => reports.mergeInto(m, repeat.id, { id: row.id, number: 'QF-X', repeatOf: row.id }));
    expect(
      (await db.query(`SELECT status, disposition, disposition_detail, repeat_of FROM report WHERE id = $1`, [repeat.id])).rows[0],
    ).toEqual({
      status: 'MERGED',
      disposition: 'MERGE',
      disposition_detail: { into: row.id, number: 'QF-X' },
      repeat_of: row.id,
    });
    expect((await reports.mergeTargetOf(dataSource, repeat.id))?.repeat_of).toBe(row.id);
    expect(number).toBeTruthy();
    expect(await reports.lockForChange(dataSource, randomUUID())).toBeNull();
  });

  it('takes a voicemail transcript and a downloaded recording; reads numbers, statuses and the identity by id', async () => {
    const row = tip({ channel: 'HOTLINE', body: '（语音留言，待接听员转写）', subjects: [], categoryClaimed: 'OTHER' });
    const { number } = await create(row);
    await reports.setTranscript(dataSource, row.id, {
      body: '反映柳河镇修路款问题。',
      subjects: [{ name: '李明' }],
      categoryClaimed: null,
    });
    expect((await db.query(`SELECT body, subjects, category_claimed FROM report WHERE id = $1`, [row.id])).rows[0]).toEqual({
      body: '反映柳河镇修路款问题。',
      subjects: [{ name: '李明' }],
      category_claimed: 'OTHER',
    });
    const recording = { ...file('voicemail'), mediaType: 'audio/mpeg' };
    await reports.addAttachment(dataSource, row.id, recording);
    expect(await reports.attachmentOf(dataSource, row.id, recording.id)).toEqual({
      storageKey: recording.storageKey,
      originalName: 'voicemail',
      mediaType: 'audio/mpeg',
    });

    const other = tip({ sealedIdentity: Buffer.from('sealed') });
    const second = await create(other);
    const numbers = new Map((await reports.caseSummaries(dataSource, [row.id, other.id, randomUUID()])).map((c) => [c.id, c]));
    expect([...numbers.keys()].sort()).toEqual([row.id, other.id].sort());
    expect(numbers.get(row.id)).toEqual({ id: row.id, number, status: 'RECEIVED', receivedAt: expect.any(Date) });
    expect(await reports.caseSummaries(dataSource, [])).toEqual([]);
    expect(await reports.inStatus(dataSource, [row.id, other.id], ['RECEIVED'])).toEqual(
      new Map([
        [row.id, number],
        [other.id, second.number],
      ]),
    );
    expect(await reports.inStatus(dataSource, [row.id], ['CLOSED'])).toEqual(new Map());
    expect(await reports.sealedReporterIdentity(dataSource, other.id)).toEqual(Buffer.from('sealed'));
    expect(await reports.sealedReporterIdentity(dataSource, row.id)).toBeNull();
    expect(await reports.identityOf(dataSource, other.id)).toEqual({
      number: second.number,
      realName: true,
      sealed: Buffer.from('sealed'),
    });
    expect(await reports.identityOf(dataSource, row.id)).toEqual({ number, realName: false, sealed: null });
    expect(await reports.identityOf(dataSource, randomUUID())).toBeNull();
  });

  it('marks a received tip triaged once, counts tips and reads what triage made of them', async () => {
    const row = tip();
    const { number } = await create(row);
    await dataSource.transaction(async (m) => {
      expect(await reports.markTriagedIfReceived(m, row.id)).toBe(true);
      await events.append(m, { reportId: row.id, type: 'TRIAGED', actorKind: 'SYSTEM' });
    });
    expect(await reports.markTriagedIfReceived(dataSource, row.id)).toBe(false);
    expect((await reports.caseState(dataSource, row.id))?.status).toBe('TRIAGED');
    const count = await reports.count(dataSource);
    expect(count).toBe(Number((await db.query(`SELECT count(*) AS n FROM report`)).rows[0].n));
    const triaged = await reports.triagedTips(dataSource);
    expect(triaged).toHaveLength(count);
    expect(triaged.find((t) => t.id === row.id)).toEqual({
      id: row.id,
      number,
      body: row.body,
      category: null,
      isSpecific: null,
      repeatOfNumber: null,
    });
  });

  it('finds the tips due for retention by id, re-checks one under a lock, and purges its files and reporter', async () => {
    const old = new Date('2015-01-01T00:00:00Z');
    const cutoff = new Date('2020-01-01T00:00:00Z');
    const due = tip({ sealedIdentity: Buffer.from('sealed'), phoneHash: sha('p'), files: [file('old.png')] });
    const open = tip();
    const recent = tip();
    for (const row of [due, open, recent]) await create(row);
    await changeStatus(due.id, async (m) => {
      await m.query(`UPDATE report SET status = 'CLOSED', closed_at = $2 WHERE id = $1`, [due.id, old]);
    });
    await changeStatus(recent.id, async (m) => {
      await m.query(`UPDATE report SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [recent.id]);
    });
    const statuses = ['CLOSED', 'TRANSFERRED', 'NOT_ACCEPTED', 'MERGED'];
    const ids = await reports.dueForRetention(dataSource, { statuses, cutoff, after: null, limit: 100 });
    expect(ids).toContain(due.id);
    expect(ids).not.toContain(open.id);
    expect(ids).not.toContain(recent.id);
    expect([...ids].sort()).toEqual(ids);
    expect(await reports.dueForRetention(dataSource, { statuses, cutoff, after: ids.at(-1)!, limit: 100 })).toEqual([]);

    const purgedAt = new Date('2026-01-02T03:04:05Z');
    const locked = await dataSource.transaction(async (m) => {
      const report = await reports.lockForRetention(m, due.id, { statuses, cutoff });
      const files = await reports.purgeAttachments(m, due.id);
      await reports.purgeReporter(m, due.id, purgedAt);
      return { report, files };
    });
    expect(locked.report).toEqual({ number: expect.any(String), hadIdentity: true });
    expect(locked.files).toEqual([{ storageKey: due.files[0]!.storageKey, sizeBytes: 1234 }]);
    const { rows } = await db.query(
      `SELECT real_name, reporter_identity, reporter_phone_hash, receipt_hash, identity_purged_at FROM report WHERE id = $1`,
      [due.id],
    );
    expect(rows[0]).toMatchObject({ reporter_identity: null, reporter_phone_hash: null, identity_purged_at: purgedAt });
    expect(rows[0].receipt_hash).not.toEqual(due.receiptHash);
    expect(await reports.byReceiptHash(dataSource, due.receiptHash)).toBeNull();
    expect(await reports.lockForRetention(dataSource, open.id, { statuses, cutoff })).toBeNull();
    expect(await reports.dueForRetention(dataSource, { statuses, cutoff, after: null, limit: 100 })).not.toContain(due.id);
  });

  it('numbers tips past a million without cutting a digit (QF-YYYY-1000000, not the number of tip 100,000)', async () => {
    await db.query(`SELECT setval('report_number_seq', 999998)`);
    const [a, b] = [tip(), tip()];
    const created = await reports.createReports(dataSource, [a, b]);
    expect([created.get(a.id)!.number, created.get(b.id)!.number].map((n) => n.replace(/^QF-\d{4}-/, ''))).toEqual(['999999', '1000000']);
  });

  it('drops the idempotency records past their window, and only those', async () => {
    const live = tip({
      idempotency: { keyHash: sha(`live-${randomUUID()}`), requestHash: sha('r'), sealedResponse: Buffer.from('a'), hours: 24 },
    });
    const stale = tip({
      idempotency: { keyHash: sha(`stale-${randomUUID()}`), requestHash: sha('r'), sealedResponse: Buffer.from('a'), hours: 1 },
    });
    await reports.createReports(dataSource, [live, stale]);
    await db.query(`UPDATE idempotency_record SET expires_at = now() - interval '1 minute' WHERE key_hash = $1`, [
      stale.idempotency!.keyHash,
    ]);
    expect(await reports.purgeExpiredIdempotency(dataSource)).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query(`SELECT report_id FROM idempotency_record WHERE report_id = ANY($1::uuid[])`, [[live.id, stale.id]]);
    expect(rows).toEqual([{ report_id: live.id }]);
  });
});
