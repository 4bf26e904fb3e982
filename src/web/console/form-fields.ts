import type { FastifyRequest } from 'fastify';

/** A form's text fields, trimmed, empty ones left out (a page re-shows them when the form is refused). */
export function textFields(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((request.body ?? {}) as Record<string, unknown>))
    if (typeof value === 'string' && value.trim() !== '') out[key] = value.trim();
  return out;
}
