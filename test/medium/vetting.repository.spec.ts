import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { CadresRepository } from '../../src/cadres/cadres.repository.js';
import { ReportsRepository } from '../../src/reports/reports.repository.js';
import { AppointmentCalendarRepository } from '../../src/vetting/calendar/appointment-calendar.repository.js';
import { ProbationRepository } from '../../src/vetting/probation/probation.repository.js';
import { PublicityRepository } from '../../src/vetting/publicity/publicity.repository.js';
import { recordStep, recordSteps, VettingRepository } from '../../src/vetting/vetting.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The vetting module's repositories (runs, candidacies, steps, probation, publicity, calendar) on a migrated Postgres. */
describe('VettingRepository and its neighbours (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let vetting: VettingRepository;
  let probation: ProbationRepository;
  let publicity: PublicityRepository;
  const calendar = new AppointmentCalendarRepository();
  const cadres: Record<string, string> = {};
  let unitId: string;

  async function cadre(personNo: string, name: string): Promise<string> {
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
         VALUES ($1, $2, $3, '男', '1980-01', $4, '局长', '正科', ARRAY['局长']) RETURNING id`,
        [personNo, name, name.slice(0, 1), unitId],
      )
    ).rows;
    cadres[personNo] = row!.id;
    return row!.id;
  }

  async function run(title: string, startedOn: string, people: string[]): Promise<{ runId: string; ids: string[] }> {
    const runId = await vetting.insertRun(dataSource, { title, startedOn, agencyCodes: ['DISC'], createdBy: null });
    const rows = await vetting.insertCandidates(
      dataSource,
      runId,
      people.map((p, i) => ({
        cadreId: cadres[p]!,
        proposedPost: `拟任${i}`,
        unitId: i === 0 ? unitId : null,
        level: i === 0 ? '正科' : null,
        promotion: true,
      })),
    );
    return { runId, ids: rows.map((r) => r.id) };
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    vetting = new VettingRepository(dataSource);
    probation = new ProbationRepository(dataSource);
    publicity = new PublicityRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区水务局') RETURNING id`)).rows;
    unitId = unit!.id;
    await cadre('P001', '王建军');
    await cadre('P002', '李明');
    await cadre('P003', '张三');
  });

  afterAll(() => close());

  it('inserts a run and its candidacies in slate order, with the record of steps in order', async () => {
    const { runId, ids } = await run('第一批', '2026-03-02', ['P002', 'P001']);
    const rows = await vetting.candidatesForEvaluation(ids);
    expect(rows.map((r) => [r.cadre_id, r.verdict, r.reasons, r.evaluations, r.decision, r.promotion]).sort()).toEqual(
      [
        [cadres['P002'], 'PENDING', [], 0, null, true],
        [cadres['P001'], 'PENDING', [], 0, null, true],
      ].sort(),
    );
    await recordStep(dataSource, runId, null, 'RUN_STARTED', { title: '第一批' }, { kind: 'STAFF', id: null });
    await recordSteps(dataSource, [
      { runId, candidateId: ids[0]!, step: 'CANDIDATE_PROPOSED', data: { n: 1 }, actor: { kind: 'STAFF' } },
      { runId, candidateId: null, step: 'NOTE', data: { n: 2 }, actor: { kind: 'SYSTEM' } },
    ]);
    await recordSteps(dataSource, []);
    expect((await vetting.stepsOfRun(runId)).map((s) => [s.step, s.candidate_id, s.actor_kind, s.data])).toEqual([
      ['RUN_STARTED', null, 'STAFF', { title: '第一批' }],
      ['CANDIDATE_PROPOSED', ids[0], 'STAFF', { n: 1 }],
      ['NOTE', null, 'SYSTEM', { n: 2 }],
    ]);
    expect(await vetting.runById(runId)).toEqual({ id: runId, title: '第一批', started_on: '2026-03-02', agency_codes: ['DISC'] });
    expect(await vetting.runById(randomUUID())).toBeNull();
    expect((await vetting.candidatesOfRun(runId)).map((c) => c.id)).toEqual([...ids].sort());
    expect(await vetting.runOfCandidate(ids[1]!)).toBe(runId);
    expect(await vetting.runOfCandidate(randomUUID())).toBeNull();
    expect(await vetting.candidatePlacement(ids[0]!)).toEqual({ run_id: runId, unit_id: unitId, level: '正科' });
  });

  it('saves evaluations, reads candidate rows, and records a decision once', async () => {
    const { runId, ids } = await run('第二批', '2026-03-03', ['P003']);
    const reasons = [{ code: 'SANCTION', message: '处分影响期内' }];
    await vetting.saveEvaluations(dataSource, '2026-03-04', [{ id: ids[0]!, runId, verdict: 'BLOCK', reasons: reasons as never }]);
    // Saved without a step: no line in the record.
    expect(await vetting.stepsOfRun(runId)).toEqual([]);
    const [row] = await vetting.candidateRows(ids);
    expect(row).toMatchObject({ cadre_id: cadres['P003'], verdict: 'BLOCK', reasons, evaluated_on: '2026-03-04', decision: null });
    expect((await vetting.candidatesForEvaluation(ids))[0]!.evaluations).toBe(1);
    expect(await vetting.openCandidaciesOfCadre(cadres['P003']!)).toEqual(ids);
    expect(await vetting.candidateForOutcome(ids[0]!)).toMatchObject({ run_id: runId, proposed_post: '拟任0', decision: null });
    const decide = (decision: string, suspendedUntil: string | null) =>
      vetting.recordDecision(dataSource, { id: ids[0]!, decision, decidedOn: '2026-03-10', note: '理由', suspendedUntil, decidedBy: null });
    expect(await decide('SUSPEND', '2026-04-10')).toBe(true);
    expect(await vetting.openCandidaciesOfCadre(cadres['P003']!)).toEqual(ids);
    expect(await decide('DO_NOT_APPOINT', null)).toBe(true);
    expect(await decide('APPOINT', null)).toBe(false);
    expect(await vetting.openCandidaciesOfCadre(cadres['P003']!)).toEqual([]);
    expect((await vetting.historyOfCadre(cadres['P003']!)).map((h) => [h.title, h.verdict, h.decision, h.decided_on])).toEqual([
      ['第二批', 'BLOCK', 'DO_NOT_APPOINT', '2026-03-10'],
    ]);
  });

  it('gives whole runs of open candidacies up to the limit, newest first, and counts runs by verdict', async () => {
    const open = await vetting.openCandidatesOfLatestRuns(1);
    // The newest run with open candidacies is 第一批 (第二批's is decided): both of its rows, whatever the limit.
    expect(open.map((c) => c.run_title)).toEqual(['第一批', '第一批']);
    const later = await run('第三批', '2026-03-05', ['P003']);
    expect((await vetting.openCandidatesOfLatestRuns(1)).map((c) => c.run_title)).toEqual(['第三批']);
    expect((await vetting.openCandidatesOfLatestRuns(2)).map((c) => c.run_title)).toEqual(['第三批', '第一批', '第一批']);
    expect((await vetting.openCandidatesOfLatestRuns(2))[0]).toMatchObject({
      id: later.ids[0],
      cadre_id: cadres['P003'],
      verdict: 'PENDING',
    });
    expect((await vetting.listRuns(2)).map((r) => [r.title, r.candidates, r.pass, r.block, r.pending])).toEqual([
      ['第三批', 1, 0, 0, 1],
      ['第二批', 1, 0, 1, 0],
    ]);
  });

  it('publishes a notice, lists it, withdraws it with its candidates, and knows the standing calendar', async () => {
    const { runId, ids } = await run('第四批', '2026-03-06', ['P001', 'P002']);
    expect((await publicity.runCandidates(runId)).map((c) => c.on_notice)).toEqual([false, false]);
    const notice = await publicity.insertNotice(dataSource, {
      runId,
      title: '任前公示',
      startsOn: '2026-03-09',
      endsOn: '2026-03-13',
      workingDays: 5,
      contact: '联系电话',
      publishedBy: null,
    });
    expect(notice.reference).toMatch(/^GS-2026-\d{4}$/);
    await publicity.insertNoticeCandidates(dataSource, notice.id, [ids[1]!, ids[0]!]);
    expect((await publicity.noticeCandidates(notice.id)).map((c) => c.candidate_id)).toEqual([ids[1], ids[0]]);
    expect((await publicity.runCandidates(runId)).every((c) => c.on_notice)).toBe(true);
    expect(await publicity.noticeById(notice.id)).toMatchObject({
      reference: notice.reference,
      starts_on: '2026-03-09',
      ends_on: '2026-03-13',
      withdrawn_at: null,
    });
    expect((await publicity.currentNotices('2026-03-10')).map((n) => n.id)).toEqual([notice.id]);
    expect(await publicity.currentNotices('2026-03-14')).toEqual([]);
    expect((await publicity.noticesOfRun(runId)).map((n) => n.id)).toEqual([notice.id]);
    expect(await publicity.standingNoticeOf(ids[0]!)).toBe(notice.id);

    const standing = await calendar.standingMany(dataSource, { cadreIds: [cadres['P001']!], reportIds: [], today: '2026-03-10' });
    expect(standing.find((s) => s.candidate_id === ids[0])).toMatchObject({ run_id: runId, notice_id: notice.id, ends_on: '2026-03-13' });
    expect(standing.map((s) => s.run_title)).toEqual(['第四批', '第一批']);
    const after = await calendar.standingMany(dataSource, { cadreIds: [cadres['P001']!], reportIds: [], today: '2026-03-14' });
    expect(after.find((s) => s.candidate_id === ids[0])?.notice_id ?? null).toBeNull();

    const withdrawnIds = await dataSource.transaction(async (m) => {
      expect((await publicity.lockNotice(m, notice.id))?.id).toBe(notice.id);
      return publicity.withdrawNotice(m, { id: notice.id, at: new Date('2026-03-10T02:00:00Z'), by: null, reason: '误发' });
    });
    expect(withdrawnIds).toEqual([ids[1], ids[0]]);
    expect(await publicity.noticeById(notice.id)).toMatchObject({
      withdrawal_reason: '误发',
      withdrawn_at: new Date('2026-03-10T02:00:00Z'),
    });
    expect(await publicity.standingNoticeOf(ids[0]!)).toBeNull();
    expect(await publicity.currentNotices('2026-03-10')).toEqual([]);
    // Withdrawn and not published anew: the candidacy no longer stands.
    const gone = await calendar.standingMany(dataSource, { cadreIds: [cadres['P001']!], reportIds: [], today: '2026-03-10' });
    expect(gone.map((s) => s.candidate_id)).not.toContain(ids[0]);
  });

  it("orders cadres' names as Postgres does, for lists ordered by name (the cadres repository)", async () => {
    const repository = new CadresRepository(dataSource);
    expect(await repository.namesByIdsOrdered([cadres['P001']!, cadres['P003']!, randomUUID()])).toEqual(
      (await db.query(`SELECT id, name FROM cadre WHERE id = ANY ($1::uuid[]) ORDER BY name, id`, [[cadres['P001'], cadres['P003']]])).rows,
    );
    expect(await repository.namesByIdsOrdered([cadres['P002']!])).toEqual([{ id: cadres['P002'], name: '李明' }]);
  });

  it('starts, reminds, assesses and lists probations', async () => {
    const { ids } = await run('第五批', '2026-01-05', ['P002']);
    const id = await probation.insert(dataSource, {
      candidateId: ids[0]!,
      cadreId: cadres['P002']!,
      post: '局长',
      startsOn: '2026-01-20',
      endsOn: '2027-01-19',
    });
    expect(await probation.byId(id)).toMatchObject({
      candidate_id: ids[0],
      post: '局长',
      ends_on: '2027-01-19',
      result: null,
      reminded_at: null,
    });
    expect((await probation.ofCandidate(ids[0]!))?.id).toBe(id);
    expect((await probation.ofCadre(cadres['P002']!)).map((p) => p.id)).toEqual([id]);
    expect(await probation.dueForReminder('2027-01-18')).toEqual([]);
    expect(await probation.dueForReminder('2027-01-19')).toEqual([id]);
    expect((await probation.open(true, '2027-01-18')).map((p) => p.id)).toEqual([]);
    expect((await probation.open(false, '2027-01-18')).map((p) => p.id)).toEqual([id]);
    await dataSource.transaction(async (m) => {
      expect(await probation.lockDueForReminder(m, id, '2027-01-18')).toBeNull();
      const due = await probation.lockDueForReminder(m, id, '2027-01-19');
      expect(due).toMatchObject({ id, cadre_id: cadres['P002'], ends_on: '2027-01-19', post: '局长' });
      await probation.markReminded(m, id);
    });
    expect(await probation.dueForReminder('2027-01-19')).toEqual([]);
    await probation.assess(dataSource, { id, result: 'COMPETENT', assessedOn: '2027-01-20', note: null, assessedBy: null });
    expect(await probation.byId(id)).toMatchObject({ result: 'COMPETENT', assessed_on: '2027-01-20' });
    expect((await probation.assessed(1)).map((p) => p.id)).toEqual([id]);
    expect(await probation.open(false, '2027-01-20')).toEqual([]);
    expect(await probation.byId(randomUUID())).toBeNull();
  });
  it('finds the tips received during notice periods page by page, and links and checks them once', async () => {
    const reports = new ReportsRepository();
    const { runId, ids } = await run('第六批', '2026-05-04', ['P003']);
    const notice = await publicity.insertNotice(dataSource, {
      runId,
      title: '任前公示',
      startsOn: '2026-05-11',
      endsOn: '2026-05-15',
      workingDays: 5,
      contact: '联系电话',
      publishedBy: null,
    });
    await publicity.insertNoticeCandidates(dataSource, notice.id, [ids[0]!]);
    const tip = async (number: string, receivedAt: string): Promise<string> => {
      const [row] = (
        await db.query<{ id: string }>(
          `INSERT INTO report (id, number, channel, real_name, receipt_hash, body, received_at, subjects)
           VALUES (gen_random_uuid(), $1, 'WEB', false, sha256(convert_to($1::text, 'UTF8')), '反映问题。', $2, '[{"name":"张三"}]') RETURNING id`,
          [number, receivedAt],
        )
      ).rows;
      return row!.id;
    };
    // In the district's time zone (the session's): 05-11 00:30 there is 05-10 16:30 UTC.
    const before = await tip('QF-T-1', '2026-05-10T15:59:00Z');
    const first = await tip('QF-T-2', '2026-05-10T16:30:00Z');
    const second = await tip('QF-T-3', '2026-05-12T02:00:00Z');
    const third = await tip('QF-T-4', '2026-05-15T15:00:00Z');
    const after = await tip('QF-T-5', '2026-05-15T16:30:00Z');
    const periods = (await publicity.noticePeriods(notice.id)).map((n) => ({
      startsOn: n.starts_on,
      endsOn: n.ends_on,
      until: n.withdrawn_at,
    }));
    expect(periods).toEqual([{ startsOn: '2026-05-11', endsOn: '2026-05-15', until: null }]);
    const page1 = await reports.receivedDuring(dataSource, periods, null, 2);
    expect(page1.map((r) => r.id)).toEqual([first, second]);
    expect(page1[0]!.subjects).toEqual([{ name: '张三' }]);
    const page2 = await reports.receivedDuring(dataSource, periods, { at: page1[1]!.received_at, id: page1[1]!.id }, 2);
    expect(page2.map((r) => r.id)).toEqual([third]);
    const cut = [{ ...periods[0]!, until: new Date('2026-05-12T00:00:00Z') }];
    expect((await reports.receivedDuring(dataSource, cut, null, 10)).map((r) => r.id)).toEqual([first]);
    expect(await reports.receivedDuring(dataSource, [], null, 10)).toEqual([]);
    expect((await reports.caseSummaries(dataSource, [third, before, after])).map((r) => r.number)).toEqual(['QF-T-1', 'QF-T-4', 'QF-T-5']);

    const standing = await publicity.noticesStandingAt('2026-05-12', new Date('2026-05-12T02:00:00Z'));
    expect(standing.filter((n) => n.notice_id === notice.id)).toEqual([
      {
        notice_id: notice.id,
        starts_on: '2026-05-11',
        ends_on: '2026-05-15',
        candidate_id: ids[0],
        cadre_id: cadres['P003'],
        proposed_post: '拟任0',
      },
    ]);
    expect((await publicity.noticesStandingAt('2026-05-16', new Date('2026-05-16T02:00:00Z'))).map((n) => n.notice_id)).not.toContain(
      notice.id,
    );
    const link = { reportId: second, candidateId: ids[0]!, noticeId: notice.id, basis: 'NAMED' };
    expect(await publicity.insertReportLink(dataSource, link)).toBe(true);
    expect(await publicity.insertReportLink(dataSource, link)).toBe(false);
    expect(await publicity.linksOf(ids[0]!)).toEqual([{ report_id: second, basis: 'NAMED' }]);
    expect(await publicity.checkedAmong([first, second])).toEqual(new Set());
    await publicity.markChecked(second);
    await publicity.markChecked(second);
    expect(await publicity.checkedAmong([first, second])).toEqual(new Set([second]));
    expect((await publicity.noticePeriods(null)).length).toBeGreaterThan(1);

    const hints = await new CadresRepository(dataSource).matchingHints([cadres['P003']!]);
    expect(hints).toEqual([{ id: cadres['P003'], name: '张三', post: '局长', unit_names: [], namesakes: 0 }]);
  });

  it('saves evaluations with their EVALUATED steps in one statement, in the order given, the reasons repeated in each step', async () => {
    const { runId, ids } = await run('评估批', '2026-03-03', ['P001', 'P002', 'P003']);
    const reasons = (n: number) => [{ code: 'SANCTION', effect: 'BLOCK', message: `处分${n}`, evidence: { type: 'SANCTION', n } }];
    const step = (previous: string | null, verdict: string) => ({ asOf: '2026-03-04', trigger: 'TEST', cause: 'x', previous, verdict });
    const saved = await vetting.saveEvaluations(dataSource, '2026-03-04', [
      { id: ids[2]!, runId, verdict: 'BLOCK', reasons: reasons(2) as never, step: step(null, 'BLOCK') },
      { id: ids[0]!, runId, verdict: 'PASS', reasons: [] },
      { id: ids[1]!, runId, verdict: 'BLOCK', reasons: reasons(1) as never, step: step(null, 'BLOCK') },
    ]);
    // What the save answers is what views read back (the reasons the ones given).
    const byId = (list: Array<{ id: string }>) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(saved)).toEqual(byId(await vetting.candidateRows(ids)));
    expect(saved.map((r) => r.evaluated_on)).toEqual(['2026-03-04', '2026-03-04', '2026-03-04']);
    const rows = new Map((await vetting.candidatesForEvaluation(ids)).map((r) => [r.id, r]));
    expect(ids.map((id) => [rows.get(id)!.verdict, rows.get(id)!.reasons, rows.get(id)!.evaluations])).toEqual([
      ['PASS', [], 1],
      ['BLOCK', reasons(1), 1],
      ['BLOCK', reasons(2), 1],
    ]);
    expect((await vetting.stepsOfRun(runId)).map((s) => [s.step, s.candidate_id, s.actor_kind, s.data])).toEqual([
      ['EVALUATED', ids[2], 'SYSTEM', { ...step(null, 'BLOCK'), reasons: reasons(2) }],
      ['EVALUATED', ids[1], 'SYSTEM', { ...step(null, 'BLOCK'), reasons: reasons(1) }],
    ]);
    // The step's own reasons, if it carried any, give way to the evaluation's (they are the last key).
    await vetting.saveEvaluations(dataSource, '2026-03-05', [
      { id: ids[0]!, runId, verdict: 'BLOCK', reasons: reasons(0) as never, step: { ...step('PASS', 'BLOCK'), reasons: ['stale'] } },
    ]);
    expect((await vetting.stepsOfRun(runId)).at(-1)!.data).toEqual({ ...step('PASS', 'BLOCK'), reasons: reasons(0) });
    expect((await vetting.candidatesForEvaluation([ids[0]!]))[0]).toMatchObject({ verdict: 'BLOCK', reasons: reasons(0), evaluations: 2 });
    expect(await vetting.saveEvaluations(dataSource, '2026-03-05', [])).toEqual([]);
  });
});
