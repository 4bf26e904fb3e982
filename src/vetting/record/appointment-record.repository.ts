import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runQuery, type Queryable } from '../../infra/database/sql.js';
import type { TypedStep } from './appointment-record-rules.js';
import * as q from './appointment-record.queries.js';

/** One version of one typed step as stored. */
export interface StoredStep {
  id: string;
  kind: TypedStep;
  version: number;
  occurredOn: string;
  payload: Record<string, unknown>;
  recordedBy: string | null;
  recordedAt: Date;
  auditSeq: number;
}

/**
 * The vetting module's table appointment_step (全程记实 typed in from the console), read and
 * written here and nowhere else; the queries are in `appointment-record.sql`, typed from the
 * schema. Rows are only ever added: a correction is a new version.
 */
@Injectable()
export class AppointmentRecordRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the candidacy until `on` (a transaction) ends, with its stored verdict; null for an unknown one. */
  async lockCandidate(on: Queryable, id: string): Promise<{ id: string; runId: string; verdict: string } | null> {
    const [row] = await runQuery(q.lockCandidate, { id }, on);
    return row ? { id: row.id, runId: row.run_id, verdict: row.verdict } : null;
  }

  /** Adds the next version of a step; `on` must hold the candidacy's lock. */
  async insertStep(
    on: Queryable,
    step: {
      candidateId: string;
      kind: TypedStep;
      occurredOn: string;
      payload: object;
      recordedBy: string | null;
      recordedAt: Date;
      auditSeq: number;
    },
  ): Promise<{ id: string; version: number }> {
    const [row] = await runQuery(q.insertStep, { ...step, payload: JSON.stringify(step.payload), auditSeq: String(step.auditSeq) }, on);
    return row!;
  }

  /** Every version of every typed step of a candidacy, newest version first within a kind. */
  async stepsOf(candidateId: string, on: Queryable = this.dataSource): Promise<StoredStep[]> {
    const rows = await runQuery(q.stepsOf, { candidateId }, on);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as TypedStep,
      version: r.version,
      occurredOn: r.occurred_on,
      payload: r.payload as Record<string, unknown>,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      auditSeq: Number(r.audit_seq),
    }));
  }

  /** The run's record lines about a candidacy's publicity, outcome and probation (who and when), oldest first. */
  async procedureLinesOf(
    runId: string,
    candidateId: string,
  ): Promise<Array<{ step: string; actorId: string | null; at: Date; data: Record<string, unknown> }>> {
    const rows = await runQuery(q.procedureLinesOf, { runId, candidateId }, this.dataSource);
    return rows.map((r) => ({ step: r.step, actorId: r.actor_id, at: r.created_at, data: r.data as Record<string, unknown> }));
  }
}
