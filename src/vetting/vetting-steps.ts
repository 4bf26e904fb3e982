import type { DataSource, EntityManager } from 'typeorm';

export type StepActor = { kind: 'STAFF' | 'SYSTEM' | 'AGENCY'; id?: string | null };

/** One line of a run's record (全程记实): kept with the appointment file, never edited. */
export function recordStep(
  m: EntityManager | DataSource,
  runId: string,
  candidateId: string | null,
  step: string,
  data: object,
  actor: StepActor,
) {
  return m.query(
    `INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [runId, candidateId, step, actor.kind, actor.id ?? null, JSON.stringify(data)],
  );
}

/** Several lines of runs' records in one statement, kept in the order given. */
export async function recordSteps(
  m: EntityManager | DataSource,
  steps: Array<{ runId: string; candidateId: string | null; step: string; data: object; actor: StepActor }>,
): Promise<void> {
  if (steps.length === 0) return;
  await m.query(
    `INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data)
     SELECT run_id, candidate_id, step, actor_kind, actor_id, data
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[]) WITH ORDINALITY AS s(run_id, candidate_id, step, actor_kind, actor_id, data, n)
      ORDER BY n`,
    [
      steps.map((s) => s.runId),
      steps.map((s) => s.candidateId),
      steps.map((s) => s.step),
      steps.map((s) => s.actor.kind),
      steps.map((s) => s.actor.id ?? null),
      steps.map((s) => JSON.stringify(s.data)),
    ],
  );
}
