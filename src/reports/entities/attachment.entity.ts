import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file attached to a report; the bytes live in storage, not in the database. */
@Entity('attachment')
export class Attachment {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ name: 'storage_key', type: 'text', select: false })
  storageKey: string;

  @Column({ type: 'bytea' })
  sha256: Buffer;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes: string;

  /** Detected from the content, not taken from the client. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'original_name', type: 'text', nullable: true })
  originalName: string | null;

  /** False for a type whose metadata the upload step cannot remove (set by the database from the type). */
  @Column({ name: 'metadata_removed', type: 'boolean', insert: false, update: false })
  metadataRemoved: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
