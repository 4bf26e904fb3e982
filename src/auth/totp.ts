import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238, 30 s steps, 6 digits) via otplib; one step of clock drift either way is accepted. */
@Injectable()
export class TotpVerifier {
  newSecret(): string {
    return generateSecret();
  }

  uri(secret: string, username: string, issuer: string): string {
    return generateURI({ secret, label: username, issuer });
  }

  /**
   * The time step the code belongs to, or null when it is wrong or its step was already
   * used (a code seen once, e.g. over a shoulder, cannot be replayed).
   */
  async check(secret: string, code: string, lastStep: string | null, now: Date): Promise<number | null> {
    if (!/^\d{6}$/.test(code)) return null;
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: 30,
      ...(lastStep !== null ? { afterTimeStep: Number(lastStep) } : {}),
    }).catch(() => ({ valid: false as const }));
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }
}
