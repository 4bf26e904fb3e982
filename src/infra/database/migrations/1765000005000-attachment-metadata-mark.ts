import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a stored file's metadata was removed. Every upload of a type the upload step
 * cleans (images, PDF, Office Open XML, MP3, WAV: src/infra/storage/document-metadata.ts)
 * was cleaned before it was stored; the others (HEIC, legacy Office, MP4/M4A, AMR, Ogg)
 * are kept as they came and staff see "元数据未清除" beside them. Set by the database from
 * the media type, so no writer can forget it; files stored before this are marked by the
 * same rule (images were already cleaned; documents and audio were not, and say so).
 */
const CLEANED = `'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'audio/mpeg', 'audio/wav', 'audio/x-wav'`;

export class AttachmentMetadataMark1765000005000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION file_metadata_removed(p_media_type text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT p_media_type IN (${CLEANED})
      $$;
      ALTER TABLE attachment ADD COLUMN metadata_removed boolean;
      ALTER TABLE verification_attachment ADD COLUMN metadata_removed boolean;
      UPDATE attachment SET metadata_removed = media_type LIKE 'image/%' AND file_metadata_removed(media_type);
      UPDATE verification_attachment SET metadata_removed = media_type LIKE 'image/%' AND file_metadata_removed(media_type);
      ALTER TABLE attachment ALTER COLUMN metadata_removed SET NOT NULL;
      ALTER TABLE verification_attachment ALTER COLUMN metadata_removed SET NOT NULL;
      CREATE FUNCTION mark_file_metadata() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.metadata_removed := file_metadata_removed(NEW.media_type);
        RETURN NEW;
      END $$;
      CREATE TRIGGER attachment_metadata_mark BEFORE INSERT ON attachment FOR EACH ROW EXECUTE FUNCTION mark_file_metadata();
      CREATE TRIGGER verification_attachment_metadata_mark BEFORE INSERT ON verification_attachment FOR EACH ROW EXECUTE FUNCTION mark_file_metadata();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER verification_attachment_metadata_mark ON verification_attachment;
      DROP TRIGGER attachment_metadata_mark ON attachment;
      DROP FUNCTION mark_file_metadata();
      ALTER TABLE verification_attachment DROP COLUMN metadata_removed;
      ALTER TABLE attachment DROP COLUMN metadata_removed;
      DROP FUNCTION file_metadata_removed(text);
    `);
  }
}
