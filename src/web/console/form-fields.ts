import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainException } from '../../infra/http/domain-exception.js';

/** A form's text fields, trimmed, empty ones left out (a page re-shows them when the form is refused). */
export function textFields(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((request.body ?? {}) as Record<string, unknown>))
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  return out;
}

export interface FormRefusal {
  status: number;
  /** What the page shows next to the form: each refused field named by its label, else the error's own words. */
  message: string;
}

/**
 * A refused form, as the page that re-shows it needs it. Only a refusal (a DomainException
 * below 500) is one: a record that does not exist (404, when `notFoundIsPageLevel`) and
 * anything else are thrown on to the console's exception filter. A detail's field is named
 * by its label (the part before the first dot or bracket), unless the message names it.
 */
export function formRefusal(
  error: unknown,
  labels: Readonly<Record<string, string>> = {},
  { notFoundIsPageLevel = true }: { notFoundIsPageLevel?: boolean } = {},
): FormRefusal {
  if (!(error instanceof DomainException) || error.status >= HttpStatus.INTERNAL_SERVER_ERROR) throw error;
  if (notFoundIsPageLevel && error.status === HttpStatus.NOT_FOUND) throw error;
  const labelled = ({ field, message }: { field: string; message: string }) => {
    const label = labels[field] ?? labels[field.split(/[.[]/)[0]!];
    return label && !message.includes(label) ? `${label}：${message}` : message;
  };
  return { status: error.status, message: error.details?.map(labelled).join('；') || error.userMessage };
}

/**
 * A refused form's errors by field, to show beside each field: a detail's field is named by
 * the part before the first dot or bracket (`education.from` → `education`); several messages
 * on one field are joined. Empty for a refusal without details (or anything else).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(error instanceof DomainException)) return errors;
  for (const { field, message } of error.details ?? []) {
    const name = field.split(/[.[]/)[0]!;
    errors[name] = errors[name] ? `${errors[name]}；${message}` : message;
  }
  return errors;
}
