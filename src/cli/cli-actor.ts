import { userInfo } from 'node:os';
import type { AuditActor } from '../audit/audit.service.js';

/** Who ran a command, for the audit trail: the operating-system account, as "cli:<user>". */
export function cliActor(): AuditActor {
  let user = process.env['SUDO_USER'] ?? process.env['USER'] ?? '';
  try {
    user ||= userInfo().username;
  } catch {
    user ||= 'unknown';
  }
  return { actorKind: 'SYSTEM', actorName: `cli:${user}` };
}
