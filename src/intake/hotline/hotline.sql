/* Queries of the hotline channel (hotline.repository.ts): table hotline_call, owned by the intake module. */

/* A call an operator recorded (its transcript is the operator's: transcribed at once). */
/* @name InsertOperatorCall */
INSERT INTO hotline_call (id, report_id, source, caller_number, caller_phone_hash, started_at, duration_seconds, language,
                          callback_wanted, read_back_confirmed, read_back_corrections, receipt_delivery, operator_id,
                          recording_attachment_id, transcribed_at, transcribed_by)
VALUES (:id!, :reportId!, 'OPERATOR', :callerNumber, :callerPhoneHash, :startedAt!, :durationSeconds, :language,
        :callbackWanted!, :readBackConfirmed, :readBackCorrections, :receiptDelivery, :operatorId!, :recordingAttachmentId,
        now(), :operatorId!);

/* A voicemail / IVR message from the telephony platform, waiting for a transcript. */
/* @name InsertVoicemailCall */
INSERT INTO hotline_call (id, report_id, source, external_call_id, caller_number, caller_phone_hash, started_at,
                          duration_seconds, recording_attachment_id, recording_url, receipt_delivery)
VALUES (:id!, :reportId!, 'VOICEMAIL', :externalCallId!, :callerNumber, :callerPhoneHash, :startedAt!,
        :durationSeconds, :recordingAttachmentId, :recordingUrl, :receiptDelivery!);

/* The tip of a platform's call id (a repeated webhook). */
/* @name ReportOfExternalCall */
SELECT report_id
  FROM hotline_call
 WHERE external_call_id = :externalCallId!;

/* Messages still waiting for a transcript, oldest first. */
/* @name AwaitingTranscript */
SELECT id, report_id, started_at, duration_seconds, recording_attachment_id IS NOT NULL AS "recording!"
  FROM hotline_call
 WHERE transcribed_at IS NULL
 ORDER BY created_at
 LIMIT 200;

/* A call about to be transcribed, locked until the transaction ends. */
/* @name LockForTranscript */
SELECT report_id, transcribed_at
  FROM hotline_call
 WHERE id = :id!
   FOR UPDATE;

/* @name MarkTranscribed */
UPDATE hotline_call SET transcribed_at = now(), transcribed_by = :by!, language = coalesce(:language, language)
 WHERE id = :id!;

/* What the recording download needs of a call. */
/* @name RecordingOf */
SELECT report_id, recording_url, recording_attachment_id
  FROM hotline_call
 WHERE id = :id!;

/* A recording that will not be fetched again. */
/* @name ClearRecordingUrl */
UPDATE hotline_call SET recording_url = NULL
 WHERE id = :id!;

/* A call's recording, locked until the transaction ends (one download attaches it). */
/* @name LockRecording */
SELECT recording_attachment_id
  FROM hotline_call
 WHERE id = :id!
   FOR UPDATE;

/* @name SetRecording */
UPDATE hotline_call SET recording_attachment_id = :attachmentId!
 WHERE id = :id!;

/* Retention: the caller's number of a tip's call is removed. */
/* @name PurgeCaller */
UPDATE hotline_call SET caller_number = NULL, caller_phone_hash = NULL
 WHERE report_id = :reportId!;

/* The sealed number of a caller who chose to get the receipt by SMS (the reporter's contact). */
/* @name SmsReceiptNumber */
SELECT caller_number AS "caller_number!"
  FROM hotline_call
 WHERE report_id = :reportId! AND receipt_delivery = 'SMS' AND caller_number IS NOT NULL
 LIMIT 1;
