import type { HttpStatus } from '@nestjs/common';

/**
 * Every error code a response can carry. Each module declares its own codes in its
 * `errors.ts` and merges them into this interface, so a `DomainException` takes only a
 * declared code (a typo or an undeclared code fails the build); `src/error-catalogue.ts`
 * gathers the tables for the OpenAPI document.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each module's errors.ts
export interface ErrorCodes {}

export type ErrorCode = Extract<keyof ErrorCodes, string>;

/** What a code means, for the programs and people reading the API document. */
export interface ErrorMeaning {
  /** The HTTP statuses it comes with. */
  status: readonly HttpStatus[];
  /** When it is answered, in Chinese. */
  meaning: string;
}

export interface ModuleErrors<T extends Record<string, ErrorMeaning>> {
  module: string;
  codes: T;
}

/** A module's table of error codes (declare them in the interface too; see any `errors.ts`). */
export function errorCodes<const T extends Record<string, ErrorMeaning>>(module: string, codes: T): ModuleErrors<T> {
  return { module, codes };
}

/** The codes of one module's table, as members of `ErrorCodes`. */
export type CodesOf<E extends ModuleErrors<Record<string, ErrorMeaning>>> = { [K in keyof E['codes']]: true };
