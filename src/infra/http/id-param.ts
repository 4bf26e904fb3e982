import { type CallHandler, type ExecutionContext, HttpStatus, Injectable, type NestInterceptor, Param } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { DomainException } from './domain-exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERIAL = /^[1-9]\d{0,17}$/;

/** A row id as the tables make them (gen_random_uuid()). */
export const isUuid = (value: unknown): boolean => typeof value === 'string' && UUID.test(value);

/** How ids are written: a UUID, or a row number (a bigserial key such as a case's subject). */
export type IdKind = 'uuid' | 'serial';

/** A value that cannot be an id of this kind names nothing: the same 404 an unknown id gets. */
function checkId(value: unknown, kind: IdKind): void {
  const valid = kind === 'uuid' ? isUuid(value) : typeof value === 'string' && SERIAL.test(value);
  if (!valid) throw new DomainException(HttpStatus.NOT_FOUND, 'NOT_FOUND', '要找的记录不存在（编号不正确）');
}

const ID_PARAMS = Symbol('qf:id-params');

/**
 * A path parameter that is an id: `@IdParam() id`, `@IdParam('subjectId', 'serial') subjectId`.
 * The handler is marked, and `IdParamsInterceptor` (the one place ids are checked) refuses a
 * malformed one before any pipe reads the body: a request for something that cannot exist is a
 * 404 whatever it carries.
 */
export const IdParam =
  (name = 'id', kind: IdKind = 'uuid'): ParameterDecorator =>
  (target, key, index) => {
    Param(name)(target, key, index);
    markIdParam(target, key, name, kind);
  };

/** Marks a handler's path parameter as an id for `IdParamsInterceptor` (for other id decorators, e.g. 回避's). */
export function markIdParam(target: object, key: string | symbol | undefined, name: string, kind: IdKind = 'uuid'): void {
  if (key === undefined) return;
  const handler = (target as Record<string | symbol, unknown>)[key] as object;
  const marked = (Reflect.getMetadata(ID_PARAMS, handler) as Array<[string, IdKind]> | undefined) ?? [];
  Reflect.defineMetadata(ID_PARAMS, [...marked, [name, kind]], handler);
}

/** The ids a handler's path carries (from `@IdParam`), checked before its pipes run. */
@Injectable()
export class IdParamsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ids = Reflect.getMetadata(ID_PARAMS, context.getHandler()) as Array<[string, IdKind]> | undefined;
    if (ids) {
      const params = context.switchToHttp().getRequest<{ params?: Record<string, string> }>().params ?? {};
      for (const [name, kind] of ids) checkId(params[name], kind);
    }
    return next.handle();
  }
}
