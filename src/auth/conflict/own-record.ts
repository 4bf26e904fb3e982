import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../infra/http/domain-exception.js';
import type { StaffPrincipal } from '../auth.decorators.js';

/** What a change touches, for the second-person rule of 回避. */
export interface OwnRecordTarget {
  /** Cadre records the change writes (the record itself, either side of a relation …). */
  cadreIds?: ReadonlyArray<string | null | undefined>;
  /** Staff accounts the change writes (e.g. which cadre record an account is linked to). */
  staffIds?: ReadonlyArray<string | null | undefined>;
}

/**
 * Whether a change touches the actor's own cadre record, relations or account link: such a
 * change could lift their own 回避 (delete a relation, move their record to another unit,
 * clear their "under investigation" flag, unlink their account), so another staff member
 * must make it. Pure: the table-driven spec lists the cases.
 */
export function touchesOwnRecord(actor: Pick<StaffPrincipal, 'userId' | 'cadreId'>, target: OwnRecordTarget): boolean {
  const ownCadre = actor.cadreId?.toLowerCase();
  if (ownCadre && (target.cadreIds ?? []).some((id) => id?.toLowerCase() === ownCadre)) return true;
  return (target.staffIds ?? []).some((id) => id?.toLowerCase() === actor.userId.toLowerCase());
}

export const ownRecordRefused = (): DomainException =>
  new DomainException(
    HttpStatus.CONFLICT,
    'OWN_RECORD_NEEDS_ANOTHER',
    '此操作涉及您本人的干部档案、亲属关系或账号关联，按回避规定须由其他工作人员办理',
  );

/** Refuses (409) a change that touches the actor's own cadre record, relations or account link. */
export function refuseOwnRecord(actor: Pick<StaffPrincipal, 'userId' | 'cadreId'>, target: OwnRecordTarget): void {
  if (touchesOwnRecord(actor, target)) throw ownRecordRefused();
}
