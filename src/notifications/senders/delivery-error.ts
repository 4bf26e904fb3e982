/**
 * A send that did not go through. `permanent` failures (the server said no for good:
 * SMTP 5xx, gateway 4xx) are not retried; anything else is, with back-off.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** Error text kept for staff: addresses and long numbers are masked (they may be a reporter's). */
export function redact(text: string): string {
  return text
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<地址>')
    .replace(/\+?\d[\d\s-]{6,}\d/g, '<号码>')
    .slice(0, 500);
}
