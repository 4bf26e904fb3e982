import { z } from 'zod';

/**
 * Environment variables: secrets and where the services are. Nothing secret is read
 * from files in `config/`. Validated once at boot; a bad value stops the process.
 */
const base64Key = (minBytes: number) =>
  z.string().refine((v) => Buffer.from(v, 'base64').length >= minBytes, `expected at least ${minBytes} bytes, base64-encoded`);

/** true/false in the environment (z.coerce.boolean would read "false" as true). */
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected postgres://user@host:port/database'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    /**
     * A streaming replica of DATABASE_URL for the staff console's reads (inbox, case view,
     * dashboard, statistics, cadre pages). Absent: every query goes to the primary.
     */
    DATABASE_REPLICA_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected postgres://user@host:port/database')
      .optional(),
    DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Reads go to the primary while the replica is further behind than this (seconds). */
    DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
    /**
     * Read-your-writes: how long after a staff member's write their reads wait for the replica
     * to have replayed it (seconds; longer than the maximum lag, so an expired pin is one the
     * replica has long replayed).
     */
    DATABASE_REPLICA_PIN_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    /** `redis://host:port`, or `redis+cluster://host:port,host:port,…` for a Redis Cluster. */
    REDIS_URL: z.string().regex(/^(rediss?|redis\+cluster):\/\//, 'expected redis://host:port or redis+cluster://host:port,host:port,…'),
    /** Prefix for every Redis key; wrap in braces (`{qf}`) to pin queues to one Redis Cluster slot. */
    QUEUE_PREFIX: z.string().min(1).default('qf'),
    QF_CONFIG_DIR: z.string().default('config'),
    QF_STORAGE_DIR: z.string().default('var/attachments'),
    /** Master keys that wrap data keys: `id:base64key[,id:base64key…]`, 32-byte keys. */
    QF_MASTER_KEYS: z
      .string()
      .min(1)
      .refine(
        (v) =>
          v.split(',').every((part) => {
            const [id, key] = part.split(':');
            return !!id && /^[\w-]+$/.test(id) && !!key && Buffer.from(key, 'base64').length === 32;
          }),
        'expected id:base64key pairs separated by commas, each key 32 bytes (openssl rand -base64 32)',
      ),
    /** Which master key wraps new data keys; defaults to the last one listed. */
    QF_ACTIVE_MASTER_KEY: z.string().optional(),
    /** Key for keyed hashes (receipt codes, phone numbers, client addresses). */
    QF_HASH_KEY: base64Key(32),

    /** Email: `smtp` sends through the server below; `log` (development) writes each message to the log instead. */
    MAIL_TRANSPORT: z.enum(['smtp', 'log']).default('log'),
    MAIL_FROM: z.string().min(3).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** `true`: TLS from the first byte (port 465); `false`: STARTTLS when the server offers it. */
    SMTP_SECURE: flag.default(false),
    /** Refuse to send unless the connection is upgraded with STARTTLS. */
    SMTP_REQUIRE_TLS: flag.default(false),
    SMTP_TLS_REJECT_UNAUTHORIZED: flag.default(true),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),

    /** Outbound SMS: `twilio` (Twilio-compatible REST), `generic` (signed JSON POST), `log` (development). */
    SMS_PROVIDER: z.enum(['twilio', 'generic', 'log']).default('log'),
    /** The number or short code SMS are sent from. */
    SMS_FROM: z.string().optional(),
    SMS_TWILIO_API_BASE: z.url().default('https://api.twilio.com'),
    SMS_TWILIO_ACCOUNT_SID: z.string().optional(),
    /** Twilio auth token: signs inbound webhooks (X-Twilio-Signature) and authenticates outbound calls. */
    SMS_TWILIO_AUTH_TOKEN: z.string().optional(),
    /** Generic gateway: where outbound SMS are POSTed. */
    SMS_GENERIC_URL: z.url().optional(),
    /** Generic gateway: HMAC-SHA256 secret for inbound webhooks and outbound requests. */
    SMS_GENERIC_SECRET: z.string().min(16).optional(),
    /** Voicemail / IVR webhook: HMAC-SHA256 secret. */
    TELEPHONY_WEBHOOK_SECRET: z.string().min(16).optional(),
  })
  .superRefine((env, ctx) => {
    // Each outbound channel needs its settings only when it is switched on.
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (env.MAIL_TRANSPORT === 'smtp') {
      need(env.SMTP_HOST, 'SMTP_HOST', 'required when MAIL_TRANSPORT=smtp');
      need(env.MAIL_FROM, 'MAIL_FROM', 'required when MAIL_TRANSPORT=smtp');
      need(!env.SMTP_USER === !env.SMTP_PASSWORD, 'SMTP_PASSWORD', 'SMTP_USER and SMTP_PASSWORD go together');
    }
    if (env.SMS_PROVIDER === 'twilio') {
      need(env.SMS_TWILIO_ACCOUNT_SID, 'SMS_TWILIO_ACCOUNT_SID', 'required when SMS_PROVIDER=twilio');
      need(env.SMS_TWILIO_AUTH_TOKEN, 'SMS_TWILIO_AUTH_TOKEN', 'required when SMS_PROVIDER=twilio');
      need(env.SMS_FROM, 'SMS_FROM', 'required when SMS_PROVIDER=twilio');
    }
    need(
      !env.DATABASE_REPLICA_URL || env.DATABASE_REPLICA_PIN_SECONDS > env.DATABASE_REPLICA_MAX_LAG_SECONDS,
      'DATABASE_REPLICA_PIN_SECONDS',
      'must be longer than DATABASE_REPLICA_MAX_LAG_SECONDS',
    );
    if (env.SMS_PROVIDER === 'generic') {
      need(env.SMS_GENERIC_URL, 'SMS_GENERIC_URL', 'required when SMS_PROVIDER=generic');
      need(env.SMS_GENERIC_SECRET, 'SMS_GENERIC_SECRET', 'required when SMS_PROVIDER=generic');
    }
  });
export type Env = z.infer<typeof envSchema>;
