/* Queries of the notifications module (notifications.repository.ts): outbound_message and sms_opt_out. */

/* A message queued (content sealed); SUPPRESSED at once when its number opted out. */
/* @name InsertMessage */
INSERT INTO outbound_message (id, channel, template, report_id, recipient_hash, content, context, status)
VALUES (:id!, :channel!, :template!, :reportId, :recipientHash, :content!, :context!::jsonb,
        CASE WHEN :recipientHash::bytea IS NOT NULL AND EXISTS (SELECT 1 FROM sms_opt_out WHERE phone_hash = :recipientHash::bytea)
             THEN 'SUPPRESSED' ELSE 'PENDING' END)
RETURNING status;

/* @name OptOut */
INSERT INTO sms_opt_out (phone_hash)
VALUES (:phoneHash!)
ON CONFLICT DO NOTHING;

/* Messages to a number that opted out, not yet sent, will not be. */
/* @name SuppressQueuedTo */
UPDATE outbound_message SET status = 'SUPPRESSED'
 WHERE recipient_hash = :phoneHash! AND status IN ('PENDING', 'RETRYING');

/* @name IsOptedOut */
SELECT 1 AS "opted_out!"
  FROM sms_opt_out
 WHERE phone_hash = :phoneHash!;

/* The messages about a tip, oldest first: no addresses, no content. */
/* @name ListForReport */
SELECT id, channel, template, status, attempts, last_error, created_at, sent_at, failed_at
  FROM outbound_message
 WHERE report_id = :reportId!
 ORDER BY created_at, id;

/* Takes a message for a send attempt: pending or retrying, or a claim left stale. */
/* @name Claim */
UPDATE outbound_message SET status = 'SENDING', attempts = attempts + 1, claimed_at = now()
 WHERE id = :id!
   AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => :staleSeconds!::double precision)))
RETURNING channel, template, report_id, recipient_hash, content, attempts;

/* @name StatusOf */
SELECT status
  FROM outbound_message
 WHERE id = :id!;

/* @name MarkSuppressed */
UPDATE outbound_message SET status = 'SUPPRESSED'
 WHERE id = :id!;

/* @name MarkSent */
UPDATE outbound_message SET status = 'SENT', sent_at = now(), provider_message_id = :providerMessageId!, last_error = NULL
 WHERE id = :id!;

/* @name MarkRetrying */
UPDATE outbound_message SET status = 'RETRYING', last_error = :error!
 WHERE id = :id!;

/* @name MarkFailed */
UPDATE outbound_message SET status = 'FAILED', failed_at = now(), last_error = :error!
 WHERE id = :id!;

/* Retention: what was sent to a tip's reporter is emptied (messages still to be sent are left alone). */
/* @name PurgeReport */
UPDATE outbound_message SET content = ''::bytea, recipient_hash = NULL
 WHERE report_id = :reportId! AND status NOT IN ('PENDING', 'RETRYING', 'SENDING');
