import type { FastifyRequest } from 'fastify';

/** One inbound text as a gateway delivers it. */
export interface InboundSms {
  gateway: SmsGatewayName;
  gatewayMessageId: string;
  from: string;
  text: string;
  /** A part of a long message: its reference, number and the number of parts. */
  concat: { ref: string; part: number; total: number } | null;
}

export type SmsGatewayName = 'twilio' | 'generic';

/**
 * What every inbound SMS gateway provides: proof the request is the gateway's (verified
 * before anything is read or stored), the message in our terms, and the answer it expects.
 */
export interface SmsGatewayAdapter {
  readonly name: SmsGatewayName;
  /** Throws 401 (unsigned), 403 (wrong or replayed) or 404 (gateway not configured). */
  verify(request: FastifyRequest & { rawBody?: Buffer }): void;
  /** Throws 400 for a request that is signed but malformed. */
  parse(request: FastifyRequest): InboundSms;
  /** The body and content type the gateway expects back. */
  answer(outcome: { duplicate: boolean }): { contentType: string; body: string };
}
