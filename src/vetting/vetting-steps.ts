import type { DataSource, EntityManager } from 'typeorm';

export type StepActor = { kind: 'STAFF' | 'SYSTEM' | 'AGENCY'; id?: string | null };

/** One line of a run's record (全程记实): kept with the appointment file, never edited. */
export function recordStep(m: EntityManager | DataSource, runId: string, candidateId: string | null, step: string, data: object, actor: StepActor) {
  return m.query(`INSERT INTO vetting_step (run_id, candidate_id, step, actor_kind, actor_id, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
    runId,
    candidateId,
    step,
    actor.kind,
    actor.id ?? null,
    JSON.stringify(data),
  ]);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
