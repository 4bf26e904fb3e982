/* Queries of the audit repository (audit.repository.ts): the hash-chained trail and its anchors. */

/* Appends (and anchors) are serialised, so each row links to the one before. */
/* @name LockChain */
SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:audit_log'));

/* @name ChainHead */
SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;

/* @name AppendRow */
INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status,
                       ip, request_id, details, prev_hash, hash)
VALUES (:seq!, :at!, :actorKind!, :actorId, :actorName, :action!, :targetType, :targetId, :outcome!, :status,
        :ip, :requestId, :details!::jsonb, :prevHash!, :hash!);

/* The chain in seq order, a page at a time. */
/* @name RowsAfter */
SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
       prev_hash, hash
  FROM audit_log
 WHERE seq > :after! ORDER BY seq LIMIT :limit!::int;

/* @name InsertAnchor */
INSERT INTO audit_anchor (seq, hash, at, signature, source) VALUES (:seq!, :hash!, :at!, :signature!, :source!);

/* @name AnchorsNewestFirst */
SELECT seq, hash, at, signature FROM audit_anchor ORDER BY seq DESC, id DESC;

/* @name HashAt */
SELECT hash FROM audit_log WHERE seq = :seq!;

/* The trail page by page, filtered (each filter applies when given): newest first before a seq. */
/* @name PageDesc */
SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
       prev_hash, hash
  FROM audit_log
 WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)
   AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)
   AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)
   AND (:action::text IS NULL OR starts_with(action, :action::text))
   AND (:targetType::text IS NULL OR target_type = :targetType::text)
   AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))
   AND (:before::bigint IS NULL OR seq < :before::bigint)
 ORDER BY seq DESC
 LIMIT :limit!::int;

/* The same filters, oldest first after a seq (the export). */
/* @name PageAsc */
SELECT seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, outcome, status, ip, request_id, details,
       prev_hash, hash
  FROM audit_log
 WHERE (:from::date IS NULL OR at >= (:from::date)::timestamptz)
   AND (:to::date IS NULL OR at < ((:to::date) + 1)::timestamptz)
   AND (:actorId::uuid IS NULL OR actor_id = :actorId::uuid)
   AND (:action::text IS NULL OR starts_with(action, :action::text))
   AND (:targetType::text IS NULL OR target_type = :targetType::text)
   AND (:targetId::text IS NULL OR target_id = :targetId::text OR details->'bodyIds' @> to_jsonb(:targetId::text))
   AND seq > :after!
 ORDER BY seq
 LIMIT :limit!::int;
