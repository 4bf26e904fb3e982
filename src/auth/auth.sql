/* Queries of the auth module's repository (auth.repository.ts): staff accounts, sessions, reset requests, cadre relations. */

/* Counted in one statement, so parallel guesses cannot slip past the limit. */
/* @name CountFailedLogin */
UPDATE staff_user SET failed_logins = failed_logins + 1, last_failed_login_at = :at! WHERE id = :id! RETURNING failed_logins;

/* @name SetEnrolmentToken */
UPDATE staff_user SET enrol_token_hash = :hash!, enrol_token_expires_at = :expiresAt! WHERE id = :id!;

/* @name EnrolmentToken */
SELECT enrol_token_hash AS hash, enrol_token_expires_at AS expires FROM staff_user WHERE id = :id!;

/* @name ClearEnrolmentToken */
UPDATE staff_user SET enrol_token_hash = NULL, enrol_token_expires_at = NULL WHERE id = :id!;

/* Every account with its count of live sessions, by username. */
/* @name Accounts */
SELECT u.id, u.username, u.display_name, u.roles, u.agency_code, u.active, u.totp_enabled_at, u.locked_until, u.cadre_id, u.email,
       (SELECT count(*)::int FROM staff_session s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "live!"
  FROM staff_user u ORDER BY u.username;

/* @name SetEmail */
UPDATE staff_user SET email = :email WHERE id = :id!;

/* @name Email */
SELECT email FROM staff_user WHERE id = :id!;

/* @name UpdateAccount */
UPDATE staff_user SET display_name = :displayName!, roles = :roles!, agency_code = :agencyCode, email = :email, active = :active!
 WHERE id = :id!;

/* Another account linked to the cadre record. */
/* @name OtherAccountOfCadre */
SELECT username FROM staff_user WHERE cadre_id = :cadreId! AND id <> :id!;

/* @name ReplacePendingResets */
UPDATE account_reset_request SET status = 'REPLACED' WHERE target_id = :targetId! AND kind = :kind! AND status = 'PENDING';

/* @name InsertResetRequest */
INSERT INTO account_reset_request (target_id, kind, password_hash, requested_by) VALUES (:targetId!, :kind!, :passwordHash, :requestedBy!)
RETURNING id;

/* Pending requests, all or one account's, oldest first. */
/* @name PendingResets */
SELECT q.id, q.target_id, t.username, q.kind, q.requested_by, r.display_name AS requester, q.requested_at
  FROM account_reset_request q JOIN staff_user t ON t.id = q.target_id JOIN staff_user r ON r.id = q.requested_by
 WHERE q.status = 'PENDING' AND (:targetId::uuid IS NULL OR q.target_id = :targetId::uuid) ORDER BY q.requested_at;

/* @name ResetRequest */
SELECT target_id, kind, password_hash, requested_by, status FROM account_reset_request WHERE id = :id!;

/* Only a pending request is decided: a second decision changes nothing. */
/* @name DecideReset */
UPDATE account_reset_request SET status = :status!, decided_by = :decidedBy, decided_at = now() WHERE id = :id! AND status = 'PENDING';

/* Both directions of every relation of the cadre; `forward`: recorded from this cadre's side. */
/* @name RelationsOf */
SELECT related_cadre_id AS "other!", kind AS "kind!", true AS "forward!", recorded_at AS "recorded_at!" FROM cadre_relation WHERE cadre_id = :cadreId!
UNION ALL
SELECT cadre_id, kind, false, recorded_at FROM cadre_relation WHERE related_cadre_id = :cadreId!;

/* @name CorrectRelation */
UPDATE cadre_relation SET kind = :kind!, recorded_by = :recordedBy, recorded_at = now()
 WHERE cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!;

/* @name UpsertRelation */
INSERT INTO cadre_relation (cadre_id, related_cadre_id, kind, recorded_by) VALUES (:cadreId!, :relatedCadreId!, :kind!, :recordedBy)
ON CONFLICT (cadre_id, related_cadre_id) DO UPDATE SET kind = EXCLUDED.kind, recorded_by = EXCLUDED.recorded_by, recorded_at = now();

/* @name RemoveRelation */
DELETE FROM cadre_relation WHERE (cadre_id = :cadreId! AND related_cadre_id = :relatedCadreId!) OR (cadre_id = :relatedCadreId! AND related_cadre_id = :cadreId!);

/* The tips the cadre's holder must not see, and why (回避: the database's report_exclusions()). */
/* @name Exclusions */
SELECT report_id AS "report_id!", reason AS "reason!" FROM report_exclusions(:cadreId!::uuid, :sameUnit!);

/* @name ExclusionsAmong */
SELECT report_id AS "report_id!", reason AS "reason!" FROM report_exclusions(:cadreId!::uuid, :sameUnit!) WHERE report_id = ANY (:ids!::uuid[]);

/* Staff members' display names, for lists that show who asked and who decided. */
/* @name DisplayNames */
SELECT id, display_name FROM staff_user WHERE id = ANY (:ids!::uuid[]);

/* Why a staff member must not see a tip (回避: report_conflict() of their cadre record); NULL when they may. */
/* @name ConflictOfStaff */
SELECT report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!) AS reason
  FROM staff_user u
 WHERE u.id = :userId!;

/* The roles of an active staff member (none when inactive or unknown). */
/* @name ActiveRoles */
SELECT roles FROM staff_user WHERE id = :id!::uuid AND active;

/* A staff member's display name by id as text (a stored reference; any text, matching no one when not an id). */
/* @name DisplayNameByIdText */
SELECT display_name FROM staff_user WHERE id::text = :id!;

/* Active staff with an email, but those given (the reminders' daily digest). */
/* @name DigestRecipients */
SELECT id, display_name, email AS "email!", roles, cadre_id
  FROM staff_user
 WHERE active AND email IS NOT NULL AND id <> ALL (:excluded!::uuid[]);

/* Active supervisors with an email who are not excluded from the case (回避), by username. */
/* @name EscalationRecipients */
SELECT display_name, email AS "email!"
  FROM staff_user u
 WHERE u.active AND u.email IS NOT NULL AND 'SUPERVISOR' = ANY (u.roles)
   AND (u.cadre_id IS NULL OR report_conflict(:reportId!::uuid, u.cadre_id, :sameUnit!::boolean) IS NULL)
 ORDER BY u.username;

