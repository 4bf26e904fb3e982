import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { AppointmentRecordRepository } from '../../src/vetting/record/appointment-record.repository.js';
import { recordStep, VettingRepository } from '../../src/vetting/vetting.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The appointment record's repository (appointment_step, and the run's lines it reads) on a migrated Postgres. */
describe('AppointmentRecordRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let records: AppointmentRecordRepository;
  let runId: string;
  let candidateId: string;
  let otherId: string;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    records = new AppointmentRecordRepository(dataSource);
    const vetting = new VettingRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区财政局') RETURNING id`)).rows;
    const cadre = async (personNo: string, name: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
           VALUES ($1, $2, $3, '男', '1980-01', $4, '副局长', '副科', ARRAY['副局长']) RETURNING id`,
          [personNo, name, name.slice(0, 1), unit!.id],
        )
      ).rows[0]!.id;
    const people = [await cadre('R001', '周明远'), await cadre('R002', '李青')];
    runId = await vetting.insertRun(dataSource, { title: '第一批', startedOn: '2026-03-02', agencyCodes: ['DISCIPLINE'], createdBy: null });
    const rows = await vetting.insertCandidates(
      dataSource,
      runId,
      people.map((cadreId) => ({ cadreId, proposedPost: '区财政局局长', unitId: null, level: null, promotion: true })),
    );
    [candidateId, otherId] = [rows[0]!.id, rows[1]!.id];
  });

  afterAll(() => close());

  const insert = (kind: 'MOTION' | 'RECOMMENDATION', occurredOn: string, payload: object, auditSeq: number, id = candidateId) =>
    dataSource.transaction(async (m) => {
      expect(await records.lockCandidate(m, id)).toEqual({ id, runId, verdict: 'PENDING' });
      return records.insertStep(m, { candidateId: id, kind, occurredOn, payload, recordedBy: null, recordedAt: new Date(), auditSeq });
    });

  it('numbers the versions of a step one after another, per candidacy and kind', async () => {
    expect((await insert('MOTION', '2026-03-01', { reason: '空缺' }, 11)).version).toBe(1);
    expect((await insert('MOTION', '2026-03-01', { reason: '空缺，更正' }, 12)).version).toBe(2);
    expect((await insert('RECOMMENDATION', '2026-03-05', { meetingVotes: 30 }, 13)).version).toBe(1);
    expect((await insert('MOTION', '2026-03-02', { reason: '另一人' }, 14, otherId)).version).toBe(1);
  });

  it('reads every version, newest first within a kind, with its date, payload and audit seq', async () => {
    const steps = await records.stepsOf(candidateId);
    expect(steps.map((s) => [s.kind, s.version, s.occurredOn, s.payload, s.auditSeq])).toEqual([
      ['MOTION', 2, '2026-03-01', { reason: '空缺，更正' }, 12],
      ['MOTION', 1, '2026-03-01', { reason: '空缺' }, 11],
      ['RECOMMENDATION', 1, '2026-03-05', { meetingVotes: 30 }, 13],
    ]);
    expect(steps.every((s) => s.recordedAt instanceof Date)).toBe(true);
  });

  it('refuses a step kind outside the CHECK, and a second row for one version', async () => {
    await expect(
      db.query(
        `INSERT INTO appointment_step (candidate_id, kind, version, occurred_on, payload, audit_seq) VALUES ($1, 'OPINIONS', 1, '2026-03-01', '{}', 1)`,
        [candidateId],
      ),
    ).rejects.toThrow(/appointment_step_kind_check/);
    await expect(
      db.query(
        `INSERT INTO appointment_step (candidate_id, kind, version, occurred_on, payload, audit_seq) VALUES ($1, 'MOTION', 2, '2026-03-01', '{}', 1)`,
        [candidateId],
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('has no candidacy to lock for an unknown id', async () => {
    await dataSource.transaction(async (m) => {
      expect(await records.lockCandidate(m, '00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });

  it('reads the run’s lines about the candidacy: its own, and a notice naming it', async () => {
    const actor = { kind: 'STAFF' as const, id: null };
    await recordStep(dataSource, runId, null, 'PUBLICITY_PUBLISHED', { noticeId: 'n1', candidateIds: [candidateId] }, actor);
    await recordStep(dataSource, runId, null, 'PUBLICITY_PUBLISHED', { noticeId: 'n2', candidateIds: [otherId] }, actor);
    await recordStep(dataSource, runId, candidateId, 'OUTCOME_RECORDED', { decision: 'APPOINT' }, actor);
    await recordStep(dataSource, runId, otherId, 'OUTCOME_RECORDED', { decision: 'SUSPEND' }, actor);
    await recordStep(dataSource, runId, candidateId, 'EVALUATED', { verdict: 'PASS' }, { kind: 'SYSTEM' });
    const lines = await records.procedureLinesOf(runId, candidateId);
    expect(lines.map((l) => [l.step, l.data])).toEqual([
      ['PUBLICITY_PUBLISHED', { noticeId: 'n1', candidateIds: [candidateId] }],
      ['OUTCOME_RECORDED', { decision: 'APPOINT' }],
    ]);
  });
});
