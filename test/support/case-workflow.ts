import { expect } from '@jest/globals';
import request from 'supertest';
import { waitFor, type TestContext } from './test-context.js';

/**
 * Handles a tip to its conclusion as staff do, through the case workflow's routes: the
 * officer disposes it to 初步核实 and records the finding, the officer's closure is a
 * proposal, a supervisor approves it. The finding then stands on every linked cadre's record.
 */
export async function concludeCase(
  ctx: TestContext,
  reportId: string,
  tokens: { officer: string; supervisor: string },
  finding: { finding: 'SUBSTANTIATED' | 'PARTLY' | 'UNSUBSTANTIATED' | 'UNVERIFIABLE'; outcomeForReporter: string },
): Promise<void> {
  await waitFor(
    async () => (await ctx.db.query(`SELECT 1 FROM report WHERE id = $1 AND status <> 'RECEIVED'`, [reportId])).rowCount,
    30_000,
    'triage',
  );
  const act = (token: string, action: string, body: object) =>
    request(ctx.baseUrl).post(`/api/v1/triage/cases/${reportId}/${action}`).set('Authorization', `Bearer ${token}`).send(body);
  const { rows } = await ctx.db.query(`SELECT status FROM report WHERE id = $1`, [reportId]);
  if (rows[0].status === 'TRIAGED')
    expect((await act(tokens.officer, 'disposition', { kind: 'PRELIMINARY_VERIFICATION' })).status).toBe(200);
  expect((await act(tokens.officer, 'finding', finding)).status).toBe(200);
  const proposed = await act(tokens.officer, 'close', {});
  expect(proposed.body).toMatchObject({ pendingApproval: true });
  const approved = await act(tokens.supervisor, 'decision', { approve: true });
  expect(approved.body).toMatchObject({ status: 'CLOSED', approved: true });
}
