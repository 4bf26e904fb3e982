import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message between staff and the reporter, seen by the reporter through the receipt code. */
@Entity('report_message')
export class ReportMessage {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'author_kind', type: 'text' })
  authorKind: 'REPORTER' | 'STAFF';

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
