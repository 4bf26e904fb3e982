import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { PriorReportRepository } from '../../src/vetting/prior-report/prior-report.repository.js';
import { VettingRepository } from '../../src/vetting/vetting.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** 报备 of vetting candidacies (vetting_prior_report) on a migrated Postgres. */
describe('PriorReportRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let reports: PriorReportRepository;
  let runId: string;
  let unitId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    reports = new PriorReportRepository(dataSource);
    const vetting = new VettingRepository(dataSource);
    const [unit] = (await db.query<{ id: string }>(`INSERT INTO unit (name) VALUES ('区委组织部') RETURNING id`)).rows;
    unitId = unit!.id;
    const cadreIds: string[] = [];
    for (const [personNo, name] of [
      ['Q001', '韩立新'],
      ['Q002', '黎晓春'],
    ]) {
      const [row] = (
        await db.query<{ id: string }>(
          `INSERT INTO cadre (person_no, name, surname, gender, birth_month, unit_id, post, level, quota_keys)
           VALUES ($1, $2, $3, '男', '1980-01', $4, '科长', '正科', ARRAY['科长']) RETURNING id`,
          [personNo, name, name!.slice(0, 1), unitId],
        )
      ).rows;
      cadreIds.push(row!.id);
    }
    runId = await vetting.insertRun(dataSource, { title: '第一批', startedOn: '2026-03-02', agencyCodes: ['DISC'], createdBy: null });
    const rows = await vetting.insertCandidates(dataSource, runId, [
      { cadreId: cadreIds[0]!, proposedPost: '副部长', unitId, level: '副科', promotion: true },
      { cadreId: cadreIds[1]!, proposedPost: '区水务局副局长', unitId: null, level: null, promotion: true },
    ]);
    first = rows[0]!.id;
    second = rows[1]!.id;
  });

  afterAll(() => close());

  it('reads candidacies as 报备 needs them, leaving unknown ids out', async () => {
    expect(await reports.candidacies([first, randomUUID()])).toEqual([
      { id: first, run_id: runId, proposed_post: '副部长', unit_id: unitId, decision: null },
    ]);
    expect(await reports.candidacies([])).toEqual([]);
    expect(await reports.of([first, second])).toEqual(new Map());
  });

  it('refuses a reply before anything was sent', async () => {
    const reply = {
      candidateId: first,
      repliedOn: '2026-03-10',
      reference: '市组函〔2026〕1号',
      result: 'AGREE' as const,
      note: null,
      actorId: null,
    };
    expect(await reports.recordReply(dataSource, reply)).toBe(false);
    expect((await db.query(`SELECT count(*)::int AS n FROM vetting_prior_report`)).rows[0].n).toBe(0);
  });

  it('records the report sent, corrects it while unanswered, then the reply; the report then stands', async () => {
    const sent = { candidateId: first, sentOn: '2026-03-05', reference: '区组干〔2026〕1号', sentTo: '市委组织部', actorId: null };
    expect(await reports.recordSent(dataSource, sent)).toBe(true);
    expect(await reports.recordSent(dataSource, { ...sent, sentOn: '2026-03-06', reference: '区组干〔2026〕2号' })).toBe(true);
    expect((await reports.of([first, second])).get(first)).toEqual({
      sent: { on: '2026-03-06', reference: '区组干〔2026〕2号', to: '市委组织部' },
      reply: null,
    });
    const reply = {
      candidateId: first,
      repliedOn: '2026-03-05',
      reference: '市组函〔2026〕1号',
      result: 'AGREE' as const,
      note: null,
      actorId: null,
    };
    // A reply dated before the report is not stored.
    expect(await reports.recordReply(dataSource, reply)).toBe(false);
    expect(await reports.recordReply(dataSource, { ...reply, repliedOn: '2026-03-06' })).toBe(true);
    expect(await reports.recordReply(dataSource, { ...reply, repliedOn: '2026-03-12', result: 'DISAGREE', note: '任职年限不足' })).toBe(
      true,
    );
    expect(await reports.recordSent(dataSource, { ...sent, sentOn: '2026-03-07' })).toBe(false);
    const stored = await reports.of([first, second]);
    expect([...stored.keys()]).toEqual([first]);
    expect(stored.get(first)).toEqual({
      sent: { on: '2026-03-06', reference: '区组干〔2026〕2号', to: '市委组织部' },
      reply: { on: '2026-03-12', reference: '市组函〔2026〕1号', result: 'DISAGREE', note: '任职年限不足' },
    });
  });

  it('keeps a reply whole and never before the report (the table refuses otherwise)', async () => {
    await expect(db.query(`UPDATE vetting_prior_report SET reply_result = NULL WHERE candidate_id = $1`, [first])).rejects.toThrow(
      /vetting_prior_report_reply/,
    );
    await expect(db.query(`UPDATE vetting_prior_report SET replied_on = '2026-03-01' WHERE candidate_id = $1`, [first])).rejects.toThrow(
      /vetting_prior_report_order/,
    );
    await expect(db.query(`UPDATE vetting_prior_report SET reply_result = 'MAYBE' WHERE candidate_id = $1`, [first])).rejects.toThrow(
      /reply_result_check/,
    );
  });

  it('goes with its candidacy', async () => {
    await db.query(`DELETE FROM vetting_run WHERE id = $1`, [runId]);
    expect(await reports.of([first])).toEqual(new Map());
  });
});
