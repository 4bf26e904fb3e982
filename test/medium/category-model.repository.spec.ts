import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { NaiveBayesModel } from '../../src/triage/categorize/naive-bayes.js';
import { CategoryModelRepository } from '../../src/triage/category-model.repository.js';
import { createTestDataSource } from '../support/test-database.js';

/** The learned category model and its training examples, on a migrated Postgres. */
describe('CategoryModelRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  let models: CategoryModelRepository;
  let serial = 0;

  /** A triaged tip whose first category was `suggested`, confirmed by staff as `confirmed`. */
  async function confirmed(suggested: string, confirmedAs: string, modelVersion: number | null, at: string): Promise<string> {
    const id = randomUUID();
    serial += 1;
    const number = `QF-M-${String(serial).padStart(5, '0')}`;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, 'WEB', false, sha256(convert_to($2::text, 'UTF8')), '反映某单位负责人收受财物。')`,
      [id, number],
    );
    await db.query(
      `INSERT INTO report_triage (report_id, tokens, content_tokens, minhash, categories, model_version, anchors, priority_reasons)
       VALUES ($1, '{收受,财物}', '{收受}', '{1}', $2, $3, '[]', '[]')`,
      [id, JSON.stringify([{ code: suggested, final: 0.8 }]), modelVersion],
    );
    await db.query(
      `INSERT INTO category_example (report_id, category, tokens, source, created_at) VALUES ($1, $2, '{收受,财物}', 'CONFIRMED', $3)`,
      [id, confirmedAs, at],
    );
    return id;
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    models = new CategoryModelRepository(dataSource);
  });

  afterAll(() => close());

  it('has no model or examples at first', async () => {
    expect(await models.latestVersion()).toBeNull();
    expect(await models.model(1)).toBeNull();
    expect(await models.confirmedExamples()).toEqual([]);
    expect(await models.trainingState()).toEqual({ examples: null, newest: null, trainedAt: null });
    expect(await models.learningCurve(2)).toEqual([]);
  });

  it('stores versions and reads the newest and any by version', async () => {
    const model = { documents: 3 } as unknown as NaiveBayesModel;
    expect(await models.insert(model, 3, 2)).toBe(1);
    expect(await models.insert({ documents: 5 } as unknown as NaiveBayesModel, 5, 2)).toBe(2);
    expect(await models.latestVersion()).toBe(2);
    expect(await models.model(1)).toEqual({ documents: 3 });
    expect((await models.trainingState()).examples).toBe(5);
    expect((await models.trainingState()).trainedAt).toBeInstanceOf(Date);
  });

  it('reads the confirmed examples and the learning curve in blocks, in the order confirmations were made', async () => {
    await confirmed('BRIBERY', 'BRIBERY', null, '2026-01-01T00:00:00Z');
    await confirmed('BRIBERY', 'OTHER', null, '2026-01-02T00:00:00Z');
    await confirmed('OTHER', 'OTHER', 1, '2026-01-03T00:00:00Z');
    expect((await models.confirmedExamples()).map((e) => e.category).sort()).toEqual(['BRIBERY', 'OTHER', 'OTHER']);
    expect((await models.confirmedExamples())[0]!.tokens).toEqual(['收受', '财物']);
    expect(await models.learningCurve(2)).toEqual([
      { block: 0, n: 2, right: 1, modelVersion: null },
      { block: 1, n: 1, right: 1, modelVersion: 1 },
    ]);
    expect((await models.trainingState()).newest).toEqual(new Date('2026-01-03T00:00:00Z'));
  });
});
