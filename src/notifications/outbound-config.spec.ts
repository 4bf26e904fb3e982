import { describe, expect, it } from '@jest/globals';
import { envSchema } from '../infra/config/env.schema.js';

const base = {
  DATABASE_URL: 'postgres://qf@localhost/qf',
  REDIS_URL: 'redis://localhost:6379',
  QF_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  QF_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
};
const problems = (env: Record<string, string>) => {
  const result = envSchema.safeParse({ ...base, ...env });
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('outbound channel settings are required only when switched on', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['log transports need nothing', {}, []],
    ['SMTP needs a host and a sender', { MAIL_TRANSPORT: 'smtp' }, ['SMTP_HOST', 'MAIL_FROM']],
    ['SMTP with host and sender', { MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'mail.example.cn', MAIL_FROM: 'qf@example.cn' }, []],
    [
      'SMTP user without password',
      { MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'h', MAIL_FROM: 'qf@example.cn', SMTP_USER: 'u' },
      ['SMTP_PASSWORD'],
    ],
    ['Twilio needs account, token and sender', { SMS_PROVIDER: 'twilio' }, ['SMS_TWILIO_ACCOUNT_SID', 'SMS_TWILIO_AUTH_TOKEN', 'SMS_FROM']],
    ['generic gateway needs URL and secret', { SMS_PROVIDER: 'generic' }, ['SMS_GENERIC_URL', 'SMS_GENERIC_SECRET']],
    ['a flag accepts only true/false/1/0', { SMTP_SECURE: 'yes' }, ['SMTP_SECURE']],
  ])('%s', (_, env, expected) => {
    expect(problems(env)).toEqual(expected);
  });

  it('reads SMTP_SECURE=false as false (not as a non-empty string)', () => {
    expect(envSchema.parse({ ...base, SMTP_SECURE: 'false' }).SMTP_SECURE).toBe(false);
    expect(envSchema.parse({ ...base, SMTP_SECURE: 'true' }).SMTP_SECURE).toBe(true);
  });
});
