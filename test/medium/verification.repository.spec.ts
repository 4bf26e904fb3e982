import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { ReportSubjectsRepository } from '../../src/triage/subjects/report-subjects.repository.js';
import { VerificationRepository } from '../../src/verification/verification.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The verification module's repository (and what it reads of other modules) on a migrated Postgres. */
describe('VerificationRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let repository: VerificationRepository;
  let cadreId: string;
  let reportId: string;

  const sha = Buffer.alloc(32, 1);

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    repository = new VerificationRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区水务局') RETURNING id`)).rows;
    const [cadre] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ('P001', '王建军', '王', '男', '1980-01', $1, '局长', '正科', ARRAY['局长']) RETURNING id`,
        [unit!.id],
      )
    ).rows;
    cadreId = cadre!.id;
    reportId = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, reporter_identity)
       VALUES ($1, 'QF-R-00001', 'WEB', true, sha256('QF-R-00001'::bytea), '反映某单位负责人收受财物。', '\\x0102'::bytea)`,
      [reportId],
    );
  });

  afterAll(() => close());

  const ask = (on: DataSource, kind: 'OPINION' | 'VERIFICATION', codes: string[], subjectId = reportId) =>
    repository.insertRequests(on, {
      kind,
      subjectKind: 'REPORT',
      subjectId,
      cadreId,
      codes,
      question: '请协助核查',
      extract: '摘要',
      sentOn: '2026-03-02',
      dueOn: '2026-03-16',
      remindOn: '2026-03-13',
      actorId: null,
      origin: { from: 'CASE' },
    });

  it('seeds agencies without touching an edited one, creates, and updates only the fields given', async () => {
    await repository.seedAgencies([
      { code: 'AUDIT', name: '区审计局', aliases: ['审计局'], integrityOpinion: false },
      { code: 'DISC', name: '区纪委监委', aliases: [], integrityOpinion: true },
    ]);
    await repository.updateAgency('AUDIT', { noticeEmail: 'audit@example.cn' });
    await repository.seedAgencies([{ code: 'AUDIT', name: '另一个名字', aliases: [], integrityOpinion: true }]);
    expect(await repository.allAgencies()).toEqual([
      {
        code: 'AUDIT',
        name: '区审计局',
        aliases: ['审计局'],
        integrityOpinion: false,
        noticeEmail: 'audit@example.cn',
        leadEmail: null,
        active: true,
      },
      { code: 'DISC', name: '区纪委监委', aliases: [], integrityOpinion: true, noticeEmail: null, leadEmail: null, active: true },
    ]);
    const created = await repository.createAgency({
      code: 'TAX',
      name: '区税务局',
      aliases: [],
      integrityOpinion: false,
      noticeEmail: null,
      leadEmail: 'lead@example.cn',
    });
    expect(created).toMatchObject({ code: 'TAX', leadEmail: 'lead@example.cn', active: true });
    expect(
      await repository.createAgency({
        code: 'TAX',
        name: '别的',
        aliases: [],
        integrityOpinion: false,
        noticeEmail: null,
        leadEmail: null,
      }),
    ).toBeNull();
    const updated = await repository.updateAgency('TAX', { leadEmail: null, active: false });
    expect(updated).toMatchObject({ name: '区税务局', leadEmail: null, active: false });
    expect(await repository.updateAgency('NONE', { name: 'x' })).toBeNull();
    await expect(repository.updateAgency('TAX', { name: '区审计局' })).rejects.toMatchObject({ code: '23505' });
  });

  it('numbers requests per agency, a verification in a new round each time, an opinion once', async () => {
    const first = await ask(dataSource, 'VERIFICATION', ['AUDIT', 'DISC']);
    expect(first.map((r) => r.agency_code)).toEqual(['AUDIT', 'DISC']);
    expect(first[0]!.number).toMatch(/^HC2026-\d{5}$/);
    const again = await ask(dataSource, 'VERIFICATION', ['AUDIT']);
    const rounds = await db.query(`SELECT round FROM verification_request WHERE id = $1`, [again[0]!.id]);
    expect(rounds.rows[0].round).toBe(2);
    expect(await ask(dataSource, 'OPINION', ['AUDIT'])).toHaveLength(1);
    expect(await ask(dataSource, 'OPINION', ['AUDIT'])).toEqual([]);
    const origin = await db.query(`SELECT origin, extract, cadre_id FROM verification_request WHERE id = $1`, [first[0]!.id]);
    expect(origin.rows[0]).toEqual({ origin: { from: 'CASE' }, extract: '摘要', cadre_id: cadreId });
    expect(await repository.reportSubjectOf(first[0]!.id)).toBe(reportId);
    expect(await repository.subjectOf(first[0]!.id)).toEqual({ subjectKind: 'REPORT', subjectId: reportId });
    expect(await repository.subjectOf(randomUUID())).toBeNull();
  });

  it('asks opinions about many subjects at once, subject by subject, skipping the ones asked', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const input = {
      subjectKind: 'VETTING_CANDIDATE' as const,
      subjects: [
        { subjectId: a, cadreId, question: '拟任甲' },
        { subjectId: b, cadreId: null, question: '拟任乙' },
      ],
      codes: ['DISC', 'AUDIT'],
      sentOn: '2026-03-02',
      dueOn: '2026-03-09',
      remindOn: '2026-03-06',
      actorId: null,
    };
    const rows = await repository.insertOpinionsMany(dataSource, input);
    expect(rows.map((r) => [r.subject_id, r.agency_code])).toEqual([
      [a, 'DISC'],
      [a, 'AUDIT'],
      [b, 'DISC'],
      [b, 'AUDIT'],
    ]);
    expect(await repository.insertOpinionsMany(dataSource, input)).toEqual([]);
    expect(await repository.reportSubjectOf(rows[0]!.id)).toBeNull();
    const bySubject = await repository.requestsForMany('VETTING_CANDIDATE', [a, b]);
    // By subject (uuid order), then agency; no reply yet.
    const order = a < b ? ['a', 'b'] : ['b', 'a'];
    expect(bySubject.map((r) => [r.subject_id === a ? 'a' : 'b', r.agency_code, r.version])).toEqual(
      order.flatMap((x) => [
        [x, 'AUDIT', null],
        [x, 'DISC', null],
      ]),
    );
  });

  it('locks a request for a reply, versions replies with their files, and extends or answers it', async () => {
    const [request] = await ask(dataSource, 'VERIFICATION', ['DISC']);
    const id = request!.id;
    await dataSource.transaction(async (m) => {
      const locked = await repository.lockForReply(m, id);
      expect(locked).toMatchObject({
        agency_code: 'DISC',
        status: 'OPEN',
        subject_kind: 'REPORT',
        sent_on: '2026-03-02',
        due_on: '2026-03-16',
      });
      const more = await repository.insertReply(m, {
        requestId: id,
        adverse: false,
        result: 'MORE_TIME',
        newDueOn: '2026-03-30',
        body: '需延期',
        actorId: null,
      });
      expect(more.version).toBe(1);
      await repository.extendDue(m, id, '2026-03-30', '2026-03-27');
      const reply = await repository.insertReply(m, {
        requestId: id,
        adverse: true,
        result: 'ADVERSE',
        newDueOn: null,
        body: '有问题',
        actorId: null,
      });
      expect(reply.version).toBe(2);
      await repository.insertAttachment(m, {
        requestId: id,
        replyId: reply.id,
        storageKey: 'k1',
        sha256: sha,
        sizeBytes: 10,
        mediaType: 'application/pdf',
        originalName: '答复.pdf',
        actorId: null,
      });
      await repository.insertAttachment(m, {
        requestId: id,
        replyId: null,
        storageKey: 'k2',
        sha256: sha,
        sizeBytes: 20,
        mediaType: 'image/png',
        originalName: null,
        actorId: null,
      });
      await repository.markAnswered(m, id);
    });
    expect(await repository.lockForReply(dataSource, randomUUID())).toBeNull();
    const [row] = (await repository.requestsForMany('REPORT', [reportId])).filter((r) => r.id === id);
    expect(row).toMatchObject({ status: 'ANSWERED', due_on: '2026-03-30', version: 2, result: 'ADVERSE', body: '有问题' });
    expect(row!.replied_at).toBeInstanceOf(Date);
    expect((await repository.repliesOf(id)).map((r) => [r.version, r.result, r.new_due_on])).toEqual([
      [1, 'MORE_TIME', '2026-03-30'],
      [2, 'ADVERSE', null],
    ]);
    // Both written in one transaction (one created_at): in id order then.
    const files = await repository.attachmentsOf(id);
    expect(files.map((f) => f.id)).toEqual(files.map((f) => f.id).sort());
    const pdf = files.find((f) => f.original_name === '答复.pdf')!;
    const staffFile = files.find((f) => f.original_name === null)!;
    expect([pdf.reply_id !== null, staffFile.reply_id]).toEqual([true, null]);
    expect(await repository.attachmentForDownload('DISC', id, pdf.id)).toMatchObject({ storage_key: 'k1', size_bytes: 10 });
    expect(await repository.attachmentForDownload(null, id, staffFile.id)).toMatchObject({ storage_key: 'k2' });
    expect(await repository.attachmentForDownload('AUDIT', id, pdf.id)).toBeNull();
  });

  it('schedules, reminds and escalates on the open requests that are due', async () => {
    const [request] = await ask(dataSource, 'VERIFICATION', ['AUDIT']);
    const id = request!.id;
    // One read for a sending: the open ones among the ids (unknown and answered left out), in number order.
    const elsewhere = randomUUID(); // another subject: the later tests count this tip's requests
    const [answered, fresh, later] = await ask(dataSource, 'VERIFICATION', ['SECURITY', 'PETITIONS', 'HEALTH'], elsewhere);
    await repository.markAnswered(dataSource, answered!.id);
    expect(await repository.scheduleStates([later!.id, randomUUID(), answered!.id, id, fresh!.id])).toEqual(
      [id, fresh!.id, later!.id].map((x) => ({ id: x, due_on: '2026-03-16', remind_on: '2026-03-13' })),
    );
    expect(await repository.scheduleStates([])).toEqual([]);
    expect((await repository.deadlinesDue('2026-03-12')).map((r) => r.id)).not.toContain(id);
    expect((await repository.deadlinesDue('2026-03-13')).map((r) => r.id)).toContain(id);
    const at = new Date('2026-03-13T01:00:00Z');
    await dataSource.transaction(async (m) => {
      const locked = await repository.lockOpenForDeadline(m, id);
      expect(locked).toMatchObject({ agency_code: 'AUDIT', subject_id: reportId, reminded_at: null, escalated_at: null });
      await repository.markReminded(m, id, at);
      await repository.markEscalated(m, id, at);
    });
    expect((await repository.lockOpenForDeadline(dataSource, id))?.reminded_at).toEqual(at);
    expect((await repository.deadlinesDue('2026-03-20')).map((r) => r.id)).not.toContain(id);
    await repository.setNoticeMessage(dataSource, [id], randomUUID());
    const message = await db.query(`SELECT notice_message_id FROM verification_request WHERE id = $1`, [id]);
    expect(message.rows[0].notice_message_id).toEqual(expect.any(String));
  });

  it("lists an agency's requests overdue first, marks one read on first view, and leaves hidden tips out", async () => {
    const [request] = await ask(dataSource, 'VERIFICATION', ['TAX']);
    const list = await repository.agencyRequests('TAX', '2026-03-20', []);
    expect(list.map((r) => [r.id, r.cadre_id, r.read_at])).toEqual([[request!.id, cadreId, null]]);
    expect(await repository.agencyRequests('TAX', '2026-03-20', [reportId])).toEqual([]);
    const read = await repository.readAgencyRequest('TAX', request!.id);
    expect(read).toMatchObject({ question: '请协助核查', extract: '摘要', kind: 'VERIFICATION' });
    expect(read!.read_at).toBeInstanceOf(Date);
    expect(await repository.readAgencyRequest('AUDIT', request!.id)).toBeNull();
    expect((await repository.agencyRequests('TAX', '2026-03-20', []))[0]!.read_at).toEqual(read!.read_at);
  });

  it('gives the staff views with presses, files and replies, filtered, and the figures per agency', async () => {
    const [request] = await ask(dataSource, 'VERIFICATION', ['DISC']);
    await dataSource.transaction(async (m) => {
      expect(await repository.lockForAttach(m, request!.id)).toEqual({ status: 'OPEN', subject_kind: 'REPORT', subject_id: reportId });
      expect(await repository.lockForPress(m, request!.id)).toMatchObject({ due_on: '2026-03-16', number: request!.number });
      await repository.insertPress(m, request!.id, randomUUID(), '请尽快答复');
    });
    const [view] = await repository.staffViews({ id: request!.id }, '2026-03-20', []);
    expect(view).toMatchObject({ id: request!.id, agency_code: 'DISC', files: [], replies: null });
    expect(view!.presses).toEqual([expect.objectContaining({ note: '请尽快答复' })]);
    expect(await repository.staffViews({ id: request!.id }, '2026-03-20', [reportId])).toEqual([]);
    const ofReport = await repository.staffViews({ reportId }, '2026-03-20', []);
    expect(ofReport.every((r) => r.subject_id === reportId)).toBe(true);
    expect(ofReport.length).toBeGreaterThan(3);
    const answered = ofReport.find((r) => r.status === 'ANSWERED')!;
    expect(answered.replies!.map((r) => [r.version, r.result, r.attachments.length])).toEqual([
      [1, 'MORE_TIME', 0],
      [2, 'ADVERSE', 1],
    ]);
    expect(answered.files).toEqual([
      { id: expect.any(String), name: '附件', mediaType: 'image/png', sizeBytes: 20, metadataRemoved: expect.any(Boolean) },
    ]);
    expect((await repository.staffViews({ agencyCode: 'TAX' }, '2026-03-20', [])).map((r) => r.agency_code)).toEqual(['TAX']);
    const figures = await repository.agencyFigures('2026-03-20', []);
    const disc = figures.find((f) => f.agency_code === 'DISC')!;
    expect(disc).toMatchObject({ answered: 1, on_time: 0 });
    expect(disc.open).toBe(disc.requests - 1);
    expect(await repository.agencyFigures('2026-03-20', [reportId])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ agency_code: 'TAX' })]),
    );
  });

  it('reads what verification needs of a case and of its subjects (other modules’ repositories)', async () => {
    const reports = new ReportsRepository();
    expect(await reports.sealedReporterIdentity(dataSource, reportId)).toEqual(Buffer.from([1, 2]));
    expect(await reports.sealedReporterIdentity(dataSource, randomUUID())).toBeNull();
    await dataSource.transaction(async (m) => {
      expect(await reports.lockForAgencyRequest(m, reportId)).toEqual({ status: 'RECEIVED', disposition: null });
    });
    expect(await reports.lockForAgencyRequest(dataSource, randomUUID())).toBeNull();
    const subjects = new ReportSubjectsRepository();
    expect(await subjects.firstLinkedCadre(dataSource, reportId)).toBeNull();
    await db.query(
      `INSERT INTO report_subject (report_id, role, status, cadre_id, mentions, candidates, position)
       VALUES ($1, 'SUBJECT', 'UNLINKED', NULL, '{}', '[]', 1), ($1, 'SUBJECT', 'LINKED', $2, '{}', '[]', 2)`,
      [reportId, cadreId],
    );
    expect(await subjects.firstLinkedCadre(dataSource, reportId)).toBe(cadreId);
  });
  it("deletes the files of a tip's requests for retention, and no other tip's", async () => {
    const [request] = await ask(dataSource, 'VERIFICATION', ['AUDIT']);
    const other = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body) VALUES ($1, 'QF-R-00099', 'WEB', false, sha256('QF-R-00099'::bytea), '另一件。')`,
      [other],
    );
    const [elsewhere] = await ask(dataSource, 'VERIFICATION', ['AUDIT'], other);
    const file = (requestId: string, storageKey: string) =>
      repository.insertAttachment(dataSource, {
        requestId,
        replyId: null,
        storageKey,
        sha256: sha,
        sizeBytes: 7,
        mediaType: 'image/png',
        originalName: null,
        actorId: null,
      });
    await file(request!.id, 'purge-me');
    await file(elsewhere!.id, 'keep-me');
    const purged = await repository.purgeReportAttachments(dataSource, reportId);
    expect(purged).toEqual(
      expect.arrayContaining([
        { storageKey: 'purge-me', sizeBytes: 7 },
        { storageKey: 'k1', sizeBytes: 10 },
      ]),
    );
    expect(purged.map((f) => f.storageKey)).not.toContain('keep-me');
    expect(await repository.purgeReportAttachments(dataSource, reportId)).toEqual([]);
    expect((await repository.attachmentsOf(elsewhere!.id)).map((f) => f.size_bytes)).toEqual([7]);
  });

  it('tells an agency in use from a retired or unknown one', async () => {
    expect(await repository.agencyInUse(dataSource, 'AUDIT')).toBe(true);
    await db.query(`UPDATE agency SET active = false WHERE code = 'AUDIT'`);
    try {
      expect(await repository.agencyInUse(dataSource, 'AUDIT')).toBe(false);
    } finally {
      await db.query(`UPDATE agency SET active = true WHERE code = 'AUDIT'`);
    }
    expect(await repository.agencyInUse(dataSource, 'NO_SUCH')).toBe(false);
  });
});
