import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ActorKind = 'REPORTER' | 'STAFF' | 'SYSTEM' | 'AGENCY';

/** One state change or action on a report: who, when, what. Append-only. */
@Entity('report_event')
export class ReportEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: ActorKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
