/** Staff roles, after the actors of DOMAIN.md. The public (reporters) needs no account. */
export const ROLES = [
  'ADMIN', //              系统管理员: accounts and settings; reads no tips by virtue of this role
  'INTAKE_OPERATOR', //    接听员: records hotline calls
  'TRIAGE_OFFICER', //     干部监督科经办人: triage and handling
  'SUPERVISOR', //         科长 / 分管领导: approvals, 督办
  'IDENTITY_CUSTODIAN', // 身份保管人: approves reveals of a reporter's identity
  'AGENCY_LIAISON', //     成员单位联络员: answers own agency's requests only
  'AUDITOR', //            审计: reads the audit trail
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'reports:read': ['TRIAGE_OFFICER', 'SUPERVISOR'],
  'reports:handle': ['TRIAGE_OFFICER', 'SUPERVISOR'],
  'reports:approve': ['SUPERVISOR'], // dispositions and closures that config puts under approval
  'staff:manage': ['ADMIN'],
  'hotline:record': ['INTAKE_OPERATOR'], // record calls and transcribe voicemail
  'cadres:read': ['INTAKE_OPERATOR', 'TRIAGE_OFFICER', 'SUPERVISOR'], // the roster helps name a tip's subjects
  'cadres:manage': ['TRIAGE_OFFICER', 'SUPERVISOR'],
  'vetting:read': ['TRIAGE_OFFICER', 'SUPERVISOR'],
  'vetting:manage': ['TRIAGE_OFFICER', 'SUPERVISOR'],
  'verification:reply': ['AGENCY_LIAISON'], // own agency's requests only
  'verification:track': ['TRIAGE_OFFICER', 'SUPERVISOR'], // ask agencies, follow their requests and figures
  'verification:press': ['SUPERVISOR'], // 督办 an overdue request
  'agencies:manage': ['ADMIN'], // the member agencies and their mailboxes
  'meetings:read': ['TRIAGE_OFFICER', 'SUPERVISOR'], // joint meetings, their agenda and minutes
  'meetings:manage': ['TRIAGE_OFFICER', 'SUPERVISOR'], // joint meetings, agenda, minutes, decisions
  'audit:read': ['AUDITOR'], // the audit trail, nothing else
  'statistics:read': ['TRIAGE_OFFICER', 'SUPERVISOR'], // aggregate figures and their exports; no tip content
  'identity:request': ['TRIAGE_OFFICER', 'SUPERVISOR'], // ask to see a reporter's identity, with a reason
  'identity:decide': ['IDENTITY_CUSTODIAN'], // approve or refuse another person's request
  'session:self': ['ADMIN', 'INTAKE_OPERATOR', 'TRIAGE_OFFICER', 'SUPERVISOR', 'IDENTITY_CUSTODIAN', 'AGENCY_LIAISON', 'AUDITOR'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function rolesGrant(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
