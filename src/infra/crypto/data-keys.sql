/* Queries of the data keys repository (data-keys.repository.ts): data keys, stored only wrapped. */

/* One active data key per master key: creating one is serialised across processes. */
/* @name LockDataKeys */
SELECT true AS "locked!" FROM pg_advisory_xact_lock(hashtext('qingfeng:data_key'));

/* @name ActiveKey */
SELECT id, wrapped_key FROM data_key WHERE master_key_id = :masterKeyId! AND retired_at IS NULL ORDER BY id DESC LIMIT 1;

/* @name InsertKey */
INSERT INTO data_key (master_key_id, wrapped_key) VALUES (:masterKeyId!, :wrappedKey!) RETURNING id;

/* @name KeyById */
SELECT master_key_id, wrapped_key FROM data_key WHERE id = :id!;

/* @name KeysNotUnder */
SELECT id, master_key_id, wrapped_key FROM data_key WHERE master_key_id <> :masterKeyId! ORDER BY id;

/* Applies only if the row is still as read: a concurrent rotation makes it a no-op. */
/* @name Rewrap */
UPDATE data_key SET master_key_id = :masterKeyId!, wrapped_key = :wrappedKey!
 WHERE id = :id! AND master_key_id = :wasMasterKeyId! AND wrapped_key = :wasWrappedKey!;

/* @name CountUnder */
SELECT count(*)::int AS "n!" FROM data_key WHERE master_key_id = :masterKeyId!;
