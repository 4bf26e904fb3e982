import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { MeetingsRepository } from '../../src/meetings/meetings.repository.js';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { VerificationRepository } from '../../src/verification/verification.repository.js';
import { VettingRepository } from '../../src/vetting/vetting.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The meetings module's repository, and what it reads of cases, requests and candidacies, on a migrated Postgres. */
describe('MeetingsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let meetings: MeetingsRepository;
  let verification: VerificationRepository;
  let vetting: VettingRepository;
  const reports = new ReportsRepository();
  let cadreId: string;

  async function report(number: string, status: string, pending: object | null = null): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, status, disposition_pending, category)
       VALUES ($1, $2, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。', $3, $4, 'BRIBERY')`,
      [id, number, status, pending ? JSON.stringify(pending) : null],
    );
    return id;
  }

  const request = (subjectKind: 'REPORT' | 'VETTING_CANDIDATE', subjectId: string, code: string, dueOn: string) =>
    verification.insertRequests(dataSource, {
      kind: 'VERIFICATION',
      subjectKind,
      subjectId,
      cadreId,
      codes: [code],
      question: '请核查',
      extract: null,
      sentOn: '2026-03-02',
      dueOn,
      remindOn: '2026-03-02',
      actorId: null,
      origin: null,
    });

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    meetings = new MeetingsRepository(dataSource);
    verification = new VerificationRepository(dataSource);
    vetting = new VettingRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区水务局') RETURNING id`)).rows;
    const [cadre] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ('P001', '王建军', '王', '男', '1980-01', $1, '局长', '正科', ARRAY['局长']) RETURNING id`,
        [unit!.id],
      )
    ).rows;
    cadreId = cadre!.id;
  });

  afterAll(() => close());

  it('schedules a meeting, appends items once each in order, edits, reorders and removes them', async () => {
    const id = await dataSource.transaction(async (m) => {
      const created = await meetings.insertMeeting(m, {
        heldOn: '2026-03-20',
        title: '第一次会议',
        place: '三楼会议室',
        convener: '张主任',
        invitedAgencies: ['DISC', 'AUDIT'],
        createdBy: null,
      });
      expect((await meetings.lockMeeting(m, created))?.number).toMatch(/^LX2026-\d{3}$/);
      return created;
    });
    const subject = randomUUID();
    const items = [
      { kind: 'FREE' as const, subjectId: null, title: '其他事项', reasons: [] },
      { kind: 'CASE' as const, subjectId: subject, title: '举报 QF-1', reasons: ['待决定'] },
    ];
    expect(await meetings.appendItems(dataSource, id, items)).toBe(2);
    expect(await meetings.appendItems(dataSource, id, [items[1]!])).toBe(0);
    const listed = await meetings.itemsOf(id);
    expect(listed.map((i) => [i.position, i.kind, i.title, i.reasons])).toEqual([
      [1, 'FREE', '其他事项', []],
      [2, 'CASE', '举报 QF-1', ['待决定']],
    ]);
    await meetings.reorder(dataSource, id, [listed[1]!.id, listed[0]!.id]);
    expect((await meetings.itemsOf(id)).map((i) => i.kind)).toEqual(['CASE', 'FREE']);
    await meetings.updateMeeting(dataSource, id, {
      title: null,
      heldOn: '2026-03-21',
      place: null,
      convener: null,
      invitedAgencies: null,
      minutes: '纪要',
    });
    expect(await meetings.meetingById(id)).toMatchObject({
      title: '第一次会议',
      held_on: '2026-03-21',
      minutes: '纪要',
      invited_agencies: ['DISC', 'AUDIT'],
    });
    expect(await meetings.itemOfMeeting(dataSource, id, listed[1]!.id)).toEqual({
      id: listed[1]!.id,
      kind: 'CASE',
      subject_id: subject,
      decision: null,
    });
    expect(await meetings.itemOfMeeting(dataSource, randomUUID(), listed[1]!.id)).toBeNull();
    expect(await meetings.itemById(listed[0]!.id)).toEqual({ id: listed[0]!.id, kind: 'FREE', subject_id: null });
    await meetings.deleteItem(dataSource, listed[0]!.id);
    expect((await meetings.itemsOf(id)).map((i) => i.kind)).toEqual(['CASE']);
    expect(await meetings.scheduledElsewhere(dataSource, randomUUID())).toEqual(new Set([subject]));
    expect(await meetings.scheduledElsewhere(dataSource, id)).toEqual(new Set());
  });

  it('records attendance and opinions (a second record replaces the first), decisions, and counts per meeting', async () => {
    const id = await meetings.insertMeeting(dataSource, {
      heldOn: '2026-03-25',
      title: '第二次会议',
      place: '会议室',
      convener: '张主任',
      invitedAgencies: ['DISC'],
      createdBy: null,
    });
    await meetings.appendItems(dataSource, id, [{ kind: 'FREE', subjectId: null, title: '事项', reasons: [] }]);
    const [item] = await meetings.itemsOf(id);
    await meetings.upsertAttendance(dataSource, {
      meetingId: id,
      agencyCode: 'DISC',
      status: 'ABSENT',
      attendee: null,
      note: null,
      recordedBy: null,
    });
    await meetings.upsertAttendance(dataSource, {
      meetingId: id,
      agencyCode: 'DISC',
      status: 'PRESENT',
      attendee: '李四',
      note: '准时',
      recordedBy: null,
    });
    expect(await meetings.attendanceOf(id)).toEqual([{ agency_code: 'DISC', status: 'PRESENT', attendee: '李四', note: '准时' }]);
    await meetings.upsertOpinion(dataSource, { itemId: item!.id, agencyCode: 'DISC', opinion: '同意', recordedBy: null });
    await meetings.upsertOpinion(dataSource, { itemId: item!.id, agencyCode: 'DISC', opinion: '不同意', recordedBy: null });
    expect(await meetings.opinionsOf(id)).toEqual([{ item_id: item!.id, agency_code: 'DISC', opinion: '不同意' }]);
    await dataSource.transaction(async (m) => {
      expect((await meetings.itemOfMeeting(m, id, item!.id, true))?.decision).toBeNull();
      await meetings.setDecision(m, item!.id, 'PROCEED', { note: '按程序' }, null);
      await meetings.touchMeeting(m, id);
    });
    const touched = (await meetings.meetingById(id))!;
    expect(touched.updated_at.getTime()).toBeGreaterThan(touched.created_at.getTime());
    const [decided] = await meetings.itemsOf(id);
    expect(decided).toMatchObject({ decision: 'PROCEED', decision_detail: { note: '按程序' } });
    expect(decided!.decided_at).toBeInstanceOf(Date);
    const list = await meetings.listMeetings();
    expect(list.map((r) => [r.title, r.items, r.decided])).toEqual([
      ['第二次会议', 1, 1],
      ['第一次会议', 1, 0],
    ]);
    expect((await meetings.itemsOfMeetings([id])).map((i) => [i.kind, i.decision])).toEqual([['FREE', 'PROCEED']]);
  });

  it('reads the open cases, requests and candidacies a meeting may take up, from their owners', async () => {
    const pending = await report('QF-R-00011', 'TRIAGED', { kind: 'CLOSE' });
    const asked = await report('QF-R-00012', 'IN_HANDLING');
    const closed = await report('QF-R-00013', 'CLOSED');
    await report('QF-R-00014', 'TRIAGED');
    const [r1] = await request('REPORT', asked, 'DISC', '2026-03-10');
    await request('REPORT', closed, 'AUDIT', '2026-04-30');
    const open = await reports.openCasesForMeeting(dataSource, [asked, closed]);
    expect(open.map((r) => [r.number, r.pending_kind, r.real_name, r.category]).sort()).toEqual([
      ['QF-R-00011', 'CLOSE', false, 'BRIBERY'],
      ['QF-R-00012', null, false, 'BRIBERY'],
    ]);
    expect(open.find((r) => r.id === pending)!.received_at).toBeInstanceOf(Date);
    const aboutTips = await verification.requestsAboutTips(dataSource);
    expect(aboutTips.filter((v) => v.subject_id === asked)).toEqual([
      { subject_id: asked, number: r1!.number, agency_code: 'DISC', answered: false },
    ]);
    await dataSource.transaction(async (m) => {
      expect(await reports.lockForMeetingDecision(m, pending)).toMatchObject({
        id: pending,
        status: 'TRIAGED',
        disposition_pending: { kind: 'CLOSE' },
        finding: null,
      });
    });

    const runId = await vetting.insertRun(dataSource, { title: '批次', startedOn: '2026-03-01', agencyCodes: ['DISC'], createdBy: null });
    const [candidate] = await vetting.insertCandidates(dataSource, runId, [
      { cadreId, proposedPost: '局长', unitId: null, level: null, promotion: true },
    ]);
    await request('VETTING_CANDIDATE', candidate!.id, 'DISC', '2026-03-05');
    const overdue = await verification.overdue(dataSource, '2026-03-11');
    expect(overdue.map((v) => [v.subject_kind, v.due_on]).sort()).toEqual([
      ['REPORT', '2026-03-10'],
      ['VETTING_CANDIDATE', '2026-03-05'],
    ]);
    const subjects = await verification.subjectsOf([r1!.id, randomUUID()]);
    expect([...subjects.entries()]).toEqual([[r1!.id, { subjectKind: 'REPORT', subjectId: asked }]]);
    expect(await vetting.decisionsOf(dataSource, [candidate!.id])).toEqual([{ id: candidate!.id, cadre_id: cadreId, decision: null }]);
    expect(await vetting.cadreOfCandidate(dataSource, candidate!.id)).toBe(cadreId);
    expect(await vetting.cadreOfCandidate(dataSource, randomUUID())).toBeNull();
    const undecided = await vetting.undecidedNotPassed(dataSource);
    expect(undecided.map((c) => [c.id, c.title, c.verdict])).toEqual([[candidate!.id, '批次', 'PENDING']]);
    expect(undecided[0]!.run_key).toMatch(/^2026-03-01 /);
  });
});
