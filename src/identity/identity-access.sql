/* Queries of the identity module's repository (identity-access.repository.ts): requests to see a reporter's identity. */

/* A new request; nothing when the requester already has one pending for the tip. */
/* @name InsertRequest */
INSERT INTO identity_access_request (report_id, requester_id, reason)
VALUES (:reportId!, :requesterId!, :reason!)
    ON CONFLICT (requester_id, report_id) WHERE status = 'PENDING' DO NOTHING
RETURNING id;

/* Requests in a status, oldest first, without those about hidden tips (NULL: none hidden). */
/* @name RequestsByStatus */
SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
  FROM identity_access_request
 WHERE status = :status!
   AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))
 ORDER BY created_at
 LIMIT 500;

/* A requester's own requests, newest first, without those about hidden tips. */
/* @name RequestsOfRequester */
SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
  FROM identity_access_request
 WHERE requester_id = :requesterId!
   AND (:hidden::uuid[] IS NULL OR report_id <> ALL (:hidden::uuid[]))
 ORDER BY created_at DESC
 LIMIT 500;

/* @name RequestById */
SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
  FROM identity_access_request
 WHERE id = :id!;

/* A request locked for its decision until the transaction ends. */
/* @name LockRequest */
SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, decision_note, expires_at, created_at
  FROM identity_access_request
 WHERE id = :id!
   FOR UPDATE;

/* @name DecideRequest */
UPDATE identity_access_request
   SET status = :status!, decided_by = :decidedBy!, decided_at = :decidedAt!, decision_note = :note, expires_at = :expiresAt
 WHERE id = :id!;

/* Requests waiting for a custodian other than their requester, oldest first (at most 100). */
/* @name PendingForCustodian */
SELECT id, requester_id, created_at
  FROM identity_access_request
 WHERE status = 'PENDING' AND requester_id <> :custodianId!
 ORDER BY created_at
 LIMIT 100;

/* A requester's approved requests still open, the soonest to expire first (at most 100). */
/* @name OpenApprovals */
SELECT report_id, expires_at AS "expires_at!"
  FROM identity_access_request
 WHERE requester_id = :requesterId! AND status = 'APPROVED' AND expires_at > now()
 ORDER BY expires_at
 LIMIT 100;
