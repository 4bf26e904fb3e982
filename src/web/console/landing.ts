/** Where a role starts after login: handlers at the inbox, liaisons at their agency's portal, operators at the call form, everyone else at 待办. */
export function landingPage(roles: readonly string[]): string {
  if (roles.some((r) => r === 'TRIAGE_OFFICER' || r === 'SUPERVISOR')) return '/console';
  if (roles.includes('AGENCY_LIAISON')) return '/agency';
  if (roles.includes('INTAKE_OPERATOR')) return '/console/hotline';
  return '/console/todo';
}
