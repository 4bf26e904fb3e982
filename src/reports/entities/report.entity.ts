import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel, ReportStatus } from '../report-status.js';

/** A person reported, as the reporter named them (linking to cadre records is triage's job). */
export interface ReportedPerson {
  name?: string | undefined;
  unit?: string | undefined;
  post?: string | undefined;
  note?: string | undefined;
}

/** A tip (举报). Internal: never returned from an API as is (see the response DTOs). */
@Entity('report')
export class Report {
  @PrimaryColumn('uuid')
  id: string;

  /** Public report number, e.g. QF-2026-000123. */
  @Column({ type: 'text', unique: true })
  number: string;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  status: ReportStatus;

  /** 实名 (true) or 匿名 (false). */
  @Column({ name: 'real_name', type: 'boolean' })
  realName: boolean;

  /** Sealed reporter identity; readable only through the identity service. */
  @Column({ name: 'reporter_identity', type: 'bytea', nullable: true, select: false })
  reporterIdentity: Buffer | null;

  @Column({ name: 'reporter_phone_hash', type: 'bytea', nullable: true, select: false })
  reporterPhoneHash: Buffer | null;

  @Column({ name: 'receipt_hash', type: 'bytea', select: false })
  receiptHash: Buffer;

  @Column({ type: 'jsonb' })
  subjects: ReportedPerson[];

  /** The reporter's own guess of the category, if given. */
  @Column({ name: 'category_claimed', type: 'text', nullable: true })
  categoryClaimed: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'incident_time', type: 'text', nullable: true })
  incidentTime: string | null;

  @Column({ name: 'incident_place', type: 'text', nullable: true })
  incidentPlace: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ name: 'category_scores', type: 'jsonb', nullable: true })
  categoryScores: Record<string, number> | null;

  /** Outcome text written for the reporter (结果告知). */
  @Column({ name: 'outcome_for_reporter', type: 'text', nullable: true })
  outcomeForReporter: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
