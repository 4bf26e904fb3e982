/* Queries of the maintenance module (retention.repository.ts): retention_purge, the record of each purge. */

/* Which of these tips were purged already. */
/* @name PurgedAmong */
SELECT DISTINCT report_id
  FROM retention_purge
 WHERE report_id = ANY (:reportIds!::uuid[]);

/* @name RecordPurge */
INSERT INTO retention_purge (report_id, identity_removed, attachments_removed, attachment_bytes)
VALUES (:reportId!, :identityRemoved!, :attachmentsRemoved!, :attachmentBytes!);
