/* Queries of the SMS channel (sms.repository.ts): sms_inbound, sms_part_group, sms_part, sms_conversation, owned by the intake module. */

/* A gateway message entered in the dedup ledger; no row when it was already there (a gateway's retry). */
/* @name EnterInbound */
INSERT INTO sms_inbound (gateway, gateway_message_id, phone_hash, outcome)
VALUES (:gateway!, :gatewayMessageId!, :phoneHash!, 'PART')
ON CONFLICT DO NOTHING
RETURNING 1 AS "entered!";

/* One number at a time, until the transaction ends: two texts sent together must not both open a tip. */
/* @name LockPhone */
SELECT true AS "locked!"
  FROM pg_advisory_xact_lock(hashtextextended(encode(:phoneHash!::bytea, 'hex'), 0));

/* What a ledgered message led to. */
/* @name SetInboundOutcome */
UPDATE sms_inbound SET outcome = :outcome!, report_id = :reportId
 WHERE gateway = :gateway! AND gateway_message_id = :gatewayMessageId!;

/* The group of a long message's parts (made by its first part to arrive). */
/* @name EnterPartGroup */
INSERT INTO sms_part_group (id, gateway, phone_hash, concat_ref, total, sender, due_at)
VALUES (:id!, :gateway!, :phoneHash!, :concatRef!, :total!, :sender!, now() + make_interval(secs => :waitSeconds!::double precision))
ON CONFLICT (gateway, phone_hash, concat_ref) DO UPDATE SET total = sms_part_group.total
RETURNING id, total, (xmax = 0) AS "created!";

/* @name AddPart */
INSERT INTO sms_part (group_id, part, body)
VALUES (:groupId!, :part!, :body!)
ON CONFLICT DO NOTHING;

/* @name CountParts */
SELECT count(*)::int AS "count!"
  FROM sms_part
 WHERE group_id = :groupId!;

/* A part group, locked until the transaction ends. */
/* @name LockPartGroup */
SELECT gateway, phone_hash, total, sender
  FROM sms_part_group
 WHERE id = :id!
   FOR UPDATE;

/* @name PartsOf */
SELECT part, body
  FROM sms_part
 WHERE group_id = :groupId!;

/* A group removed with its parts. */
/* @name DeletePartGroup */
DELETE FROM sms_part_group
 WHERE id = :id!;

/* @name PartGroupPhone */
SELECT phone_hash
  FROM sms_part_group
 WHERE id = :id!;

/* Groups whose wait is over, the longest-waiting first. */
/* @name OverduePartGroups */
SELECT id
  FROM sms_part_group
 WHERE due_at <= now()
 ORDER BY due_at
 LIMIT 500;

/* The number's conversations still in their window, the most recent first. */
/* @name RecentConversations */
SELECT report_id
  FROM sms_conversation
 WHERE phone_hash = :phoneHash! AND last_message_at > now() - make_interval(mins => :windowMinutes!::int)
 ORDER BY last_message_at DESC;

/* @name StartConversation */
INSERT INTO sms_conversation (report_id, phone_hash, sender)
VALUES (:reportId!, :phoneHash!, :sender!);

/* @name TouchConversation */
UPDATE sms_conversation SET last_message_at = now()
 WHERE report_id = :reportId!;

/* The sealed number of a tip's SMS conversation (the reporter's contact). */
/* @name ConversationSender */
SELECT sender
  FROM sms_conversation
 WHERE report_id = :reportId!;

/* Retention: a tip's conversation and its ledger entries are removed. */
/* @name PurgeConversation */
DELETE FROM sms_conversation
 WHERE report_id = :reportId!;

/* @name PurgeInbound */
DELETE FROM sms_inbound
 WHERE report_id = :reportId!;
