import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Permission, Role } from './roles.js';

export const PUBLIC_KEY = 'qf:public';
export const PERMISSION_KEY = 'qf:permission';

/** Open to anyone: the public intake and follow-up, health checks. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The permission a staff endpoint requires. A staff route without one is refused. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

export interface StaffPrincipal {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyCode: string | null;
  /** The staff member's own cadre record, if linked: tips about it are hidden from them (回避). */
  cadreId: string | null;
  /** Logged in with the password only, TOTP enrolment pending: nothing but enrolment is allowed. */
  totpSetupOnly: boolean;
}

export type AuthenticatedRequest = FastifyRequest & { staff?: StaffPrincipal };

export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffPrincipal => {
  const staff = context.switchToHttp().getRequest<AuthenticatedRequest>().staff;
  if (!staff) throw new Error('CurrentStaff used on a route without authentication');
  return staff;
});
