/**
 * Staff GET routes that read on the primary on purpose, though a staff GET may read the
 * replica (`Reads.run`). Every other staff GET route reads through `Reads.run`:
 * test/e2e/read-routing-inventory.e2e-spec.ts calls every staff GET route of the application
 * (from the route inventory) and fails when a route reads the primary outside `Reads.run` and
 * is not listed here, or is listed here and no longer does. Key: `GET /path`; value: why.
 *
 * Not listed because they never run inside a staff GET's read context: the auth guard's
 * session and 回避 (hidden tips) lookups, which run before it, and every write.
 */
const AUDIT =
  'the audit trail as evidence: the auditor reads and verifies the chain up to its newest entry, which a lagging replica would not have yet';
const IDENTITY =
  "who may see a reporter's identity: an approval, refusal or expiry must show at once (a stale approval must never look open)";
const FILE =
  'one row by id, read just before the file is streamed from storage: a file attached a moment ago downloads at once; nothing to relieve';
const AGENCY_PORTAL =
  "a member agency's liaison portal, not the staff console: the requests they must answer by a date, the newest at once; few rows";

export const PRIMARY_ONLY_READS: Readonly<Record<string, string>> = {
  'GET /console':
    "the inbox itself reads through Reads; its 待办 panel's lists of tips compute 回避 in their SQL (report_conflict) and the identity approvals are the custodian's (see identity), so those stay on the primary",
  'GET /console/two-factor': "the staff member's own two-factor state, read right after they enrol",
  'GET /api/v1/audit': AUDIT,
  'GET /api/v1/audit/verify': AUDIT,
  'GET /console/audit': AUDIT,
  'GET /console/audit/verify': AUDIT,
  'GET /api/v1/identity-requests': IDENTITY,
  'GET /api/v1/identity-requests/mine': IDENTITY,
  'GET /console/identity': IDENTITY,
  'GET /console/identity/mine': IDENTITY,
  'GET /api/v1/reports/:id/attachments/:attachmentId': FILE,
  'GET /api/v1/verification-requests/:id/attachments/:attachmentId': FILE,
  'GET /api/v1/agency/requests/:id/attachments/:attachmentId': FILE,
  'GET /agency/requests/:id/attachments/:attachmentId': FILE,
  'GET /agency': AGENCY_PORTAL,
  'GET /api/v1/agency/requests': AGENCY_PORTAL,
};
