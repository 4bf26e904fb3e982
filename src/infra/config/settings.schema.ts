import { z } from 'zod';
import { ROLES } from '../../auth/roles.js';

/** Shapes of the files in `config/`. Every number a deployment may change lives here. */

function isTimeZone(zone: string): boolean {
  // Names only (no "+08:00" offsets): Postgres and Intl must both read it the same way.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');
// YAML parses an unquoted 2026-01-01 as a Date; accept both and normalise to text.
const yamlDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), isoDate]);

/** One value for each kind of process (the api, the worker), with the values shipped. */
const perProcess = (value: z.ZodNumber, shipped: { api: number; worker: number }) =>
  z.strictObject({ api: value, worker: value }).default(shipped);

export const settingsSchema = z.strictObject({
  district: z.strictObject({
    name: z.string().min(1),
    department: z.string().min(1),
    hotline: z.string().min(1),
    /**
     * The district's IANA time zone: civil days (statistics, filters, report numbers' year,
     * times on pages) are counted in it, and every database connection uses it as its
     * session TimeZone. Changing it re-counts the daily tallies at the next boot.
     */
    timeZone: z
      .string()
      .refine((zone) => isTimeZone(zone), 'expected an IANA time zone such as Asia/Shanghai or UTC')
      .default('Asia/Shanghai'),
  }),
  intake: z.strictObject({
    text: z.strictObject({ minLength: z.number().int().min(1), maxLength: z.number().int().min(1) }),
    maxSubjects: z.number().int().min(1),
    submissionsPerClientPerDay: z.number().int().min(1),
    lookupsPerClientPerHour: z.number().int().min(1),
    jsonBodyLimitBytes: z.number().int().min(1024),
    attachments: z.strictObject({
      maxFiles: z.number().int().min(0),
      maxFileBytes: z.number().int().min(1),
      maxTotalBytes: z.number().int().min(1),
      allowedTypes: z.array(z.string().regex(/^[a-z]+\/[\w.+-]+$/, 'expected a MIME type')).min(1),
    }),
    idempotencyHours: z.number().positive(),
  }),
  deadlines: z.strictObject({
    acceptanceNoticeWorkingDays: z.number().int().positive(),
    outcomeNoticeWorkingDays: z.number().int().positive(),
    concludeCalendarDays: z.number().int().positive(),
    extensionCalendarDays: z.number().int().nonnegative(),
    writtenInquiryWorkingDays: z.number().int().positive(),
    agencyOpinionWorkingDays: z.number().int().positive(),
    verificationWorkingDays: z.number().int().positive(),
  }),
  security: z.strictObject({
    sessionHours: z.number().positive(),
    /** A session unused for this long ends, whatever its absolute expiry. */
    sessionIdleMinutes: z.number().int().positive().default(60),
    /**
     * Which proxies' X-Forwarded-For to believe, for per-client limits and audit addresses:
     * false (none: the socket's address), the number of proxies in front of the api (1 behind
     * one load balancer), or their addresses/CIDRs. Never `true`: trusting every hop lets a
     * client write its own address into X-Forwarded-For.
     */
    trustProxy: z.union(
      [
        z.literal(false),
        z.number().int().min(1).max(10),
        z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], '代理地址应为 IP 地址或 CIDR，例如 10.0.0.0/8')).min(1),
      ],
      'security.trustProxy: 应为 false、前置代理的层数（如 1）或代理地址列表；不能为 true（那样客户端可以自行伪造 X-Forwarded-For）',
    ),
    login: z
      .strictObject({
        /** After this many failures in a row, each further attempt must wait (1 s, 2 s, 4 s … up to backoffMaxSeconds). */
        backoffAfterFailures: z.number().int().min(1).default(3),
        backoffMaxSeconds: z.number().int().min(1).default(60),
        /** After this many failures in a row the account is locked for lockMinutes (an admin can unlock by resetting the password). */
        lockAfterFailures: z.number().int().min(2).default(10),
        lockMinutes: z.number().int().min(1).default(30),
      })
      .default({ backoffAfterFailures: 3, backoffMaxSeconds: 60, lockAfterFailures: 10, lockMinutes: 30 }),
    /** Roles whose members must use TOTP two-factor login (otplib, RFC 6238). */
    totpRequiredRoles: z.array(z.enum(ROLES)).default([]),
    identityAccess: z
      .strictObject({
        /** How long an approved identity-access request lets the requester see the identity. */
        accessHours: z
          .number()
          .positive()
          .max(24 * 30)
          .default(24),
        /** Whether the reporter is told (a message they read with the receipt code) when their identity is revealed. */
        notifyReporter: z.boolean().default(false),
      })
      .default({ accessHours: 24, notifyReporter: false }),
    conflictOfInterest: z
      .strictObject({
        /** 回避 also for staff whose own cadre record is in the same unit (the unit's leadership) as a tip's subject. */
        sameUnit: z.boolean().default(true),
      })
      .default({ sameUnit: true }),
  }),
  retention: z
    .strictObject({
      /** A closed case loses its reporter identity and attachments this long after closing (statistics and audit remain). */
      closedCaseYears: z.number().positive().default(5),
      /** How often the worker looks for cases past retention. */
      sweepHours: z.number().positive().default(24),
    })
    .default({ closedCaseYears: 5, sweepHours: 24 }),
  /** Monthly time partitions of report_event, audit_log and outbox (migration TimePartitions1765440000000). */
  partitions: z
    .strictObject({
      /** Partitions are kept ready for this many months after the current one (UTC months). */
      monthsAhead: z.number().int().min(1).max(24).default(3),
      /** Outbox partitions of months ended longer ago than this are dropped, once every job in them was dispatched. */
      outboxKeepMonths: z.number().int().min(1).max(120).default(3),
      /** How often the worker creates partitions ahead and drops old outbox ones. */
      sweepHours: z
        .number()
        .positive()
        .max(24 * 7)
        .default(24),
    })
    .default({ monthsAhead: 3, outboxKeepMonths: 3, sweepHours: 24 }),
  cadres: z.strictObject({
    personalMattersCheckRatio: z.number().gt(0).max(1), // yearly random check of personal-matters reports
  }),
  vetting: z
    .strictObject({
      /** 任前公示: at least 5 working days; a district may require more. */
      publicityMinWorkingDays: z.number().int().min(5).default(5),
      /** 暂缓任用: at most this many months from the decision. */
      suspendMaxMonths: z.number().int().min(1).max(3).default(3),
      /** 试用期 of a newly promoted cadre in a non-elected post. */
      probationMonths: z.number().int().min(1).default(12),
      /** How often a worker links tips received during publicity and reminds of probation ends. */
      sweepSeconds: z.number().int().min(1).default(60),
      /**
       * 报备: the posts whose candidates need the higher organization department's reply before
       * the decision meeting (src/vetting/prior-report/prior-report.ts reads them); `unit`, when
       * given, must appear in the unit's name or the proposed post (街道).
       */
      priorReportPosts: z
        .array(z.strictObject({ post: z.string().trim().min(2).max(50), unit: z.string().trim().min(1).max(50).optional() }))
        .max(100)
        .default([]),
    })
    .default({ publicityMinWorkingDays: 5, suspendMaxMonths: 3, probationMonths: 12, sweepSeconds: 60, priorReportPosts: [] }),
  queues: z.strictObject({
    outboxRelayIntervalMs: z.number().int().min(100),
    outboxRelayGraceMs: z.number().int().min(0),
    /** How long a worker's claim on a job lasts; a job whose worker died is retried after it. */
    jobLockMs: z.number().int().min(1000).default(30_000),
    /** How often workers look for jobs whose worker died. */
    stalledCheckMs: z.number().int().min(500).default(30_000),
    /** Jobs one worker process runs at once, per queue. */
    concurrency: z.number().int().min(1).max(256).default(8),
    /**
     * Jobs one worker process runs at once on the triage queue: enough for the tips analysed
     * meanwhile to be written as one batch (triage-report.job.ts).
     */
    triageConcurrency: z.number().int().min(1).max(256).default(48),
    /** Per job name: how often a failing job is tried and the first back-off (doubling each time). */
    retries: z
      .record(z.string(), z.strictObject({ attempts: z.number().int().min(1).max(50), backoffMs: z.number().int().min(0) }))
      .default({}),
  }),
  notifications: z.strictObject({
    /** A send claimed this long ago without a result (the worker died mid-send) may be tried again. */
    staleSendSeconds: z.number().int().min(10),
    /** Signature line of every message, e.g. 【示范区委组织部】. */
    smsSignature: z.string().min(1),
    /** Link for agencies in emails; the portal path is appended to PUBLIC_BASE_URL. */
    agencyPortalPath: z.string().startsWith('/'),
    /** Path of the public follow-up page (status by receipt code), for reporters. */
    followUpPath: z.string().startsWith('/'),
    /**
     * A reporter with a phone (real-name, or who texted or called in and chose SMS) gets an SMS
     * when the tip is accepted (受理) and when it is concluded (办结); never any tip content.
     */
    reporterStatusSms: z.boolean().default(true),
    /** From this hour (China time) on a working day, each staff member with an email gets their to-do digest, once. */
    digestHour: z.number().int().min(0).max(23).default(8),
  }),
  sms: z.strictObject({
    /** Generic gateway: a signed request older or newer than this is refused as a replay. */
    replayWindowSeconds: z.number().int().min(1),
    /** A new message from the same number within this time is added to its open SMS tip. */
    conversationWindowMinutes: z.number().int().min(0),
    /** How long to wait for the missing parts of a long message before making the tip anyway. */
    partsWaitSeconds: z.number().int().min(1),
    /** How often a worker looks for long messages whose wait is over (backstop for the delayed job). */
    partsSweepSeconds: z.number().int().min(1),
    keywords: z.strictObject({
      status: z.array(z.string().min(1)).min(1),
      help: z.array(z.string().min(1)).min(1),
      stop: z.array(z.string().min(1)).min(1),
      newReport: z.array(z.string().min(1)).min(1),
    }),
  }),
  /** Requests to member agencies: when to remind, whom to tell when one is overdue. */
  verification: z
    .strictObject({
      /** The reminder goes out this many working days before the due date (09:00). */
      reminderWorkingDaysBefore: z.number().int().min(0).default(2),
      /** Mailbox of the supervising staff (干部监督科), copied on every overdue escalation. */
      escalationEmail: z.email().nullable().default(null),
      /** How often a worker looks for reminders and escalations that are due but not sent (backstop for the delayed jobs). */
      sweepMinutes: z.number().positive().default(60),
    })
    .default({ reminderWorkingDaysBefore: 2, escalationEmail: null, sweepMinutes: 60 }),
  documents: z
    .strictObject({
      /**
       * The CJK font signed records (PDF) are set in: an OpenType collection or font file; in a
       * collection (.ttc) the Simplified Chinese face is chosen by its PostScript name.
       */
      cjkFontPath: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
      cjkFontName: z.string().min(1).default('NotoSansCJKsc-Regular'),
    })
    .default({ cjkFontPath: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', cjkFontName: 'NotoSansCJKsc-Regular' }),
  memory: z
    .strictObject({
      /**
       * How far past its live data each process's heap may grow before V8 collects again, in %
       * (V8's --heap-growing-percent; 0 leaves V8 its own factor, which lets a busy process hold
       * up to four times its live data). Set at boot by each entry point
       * (src/infra/memory/heap-growth.ts); figures in docs/DEPLOYMENT.md.
       */
      heapGrowthPercent: perProcess(z.number().int().min(0).max(300), { api: 20, worker: 50 }),
    })
    .prefault({}),
  scheduling: z
    .strictObject({
      /**
       * Each process's nice value (0–19; a higher one yields the CPU to the others): the worker
       * at 10 lets staff pages and intake come first on a machine it shares with the api, and
       * takes all the CPU alone. Set at boot by each entry point
       * (src/infra/process/cpu-priority.ts); figures in docs/DEPLOYMENT.md. A process started
       * nicer (`nice`, a unit file's Nice=) keeps its own. Negative values need privileges.
       */
      nice: perProcess(z.number().int().min(0).max(19), { api: 0, worker: 10 }),
    })
    .prefault({}),
  telephony: z.strictObject({
    /** Origins a voicemail recording may be downloaded from, e.g. https://rec.telecom.example. */
    recordingOrigins: z.array(z.url()).default([]),
    minTranscriptLength: z.number().int().min(1),
    maxTranscriptLength: z.number().int().min(1),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

const dayEntry = z.union([
  z.strictObject({ date: yamlDate, name: z.string() }),
  z.strictObject({ from: yamlDate, to: yamlDate, name: z.string() }),
]);
export const calendarSchema = z.strictObject({
  holidays: z.array(dayEntry),
  workdays: z.array(dayEntry),
});
export type CalendarFile = z.infer<typeof calendarSchema>;

export const agenciesSchema = z.strictObject({
  agencies: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an upper-case code such as AUDIT'),
        name: z.string().min(1),
        aliases: z.array(z.string()).default([]),
        integrityOpinion: z.boolean().default(false),
      }),
    )
    .min(1),
});
export type AgencyDefinition = z.infer<typeof agenciesSchema>['agencies'][number];

/** `{提拔}` in a rule's pattern names a concept; `{0,8}` is a regular-expression count. */
export const CONCEPT_REFERENCE = /\{([^\d{},\s][^{},\s]*)\}/gu;
const ruleWeights = z.record(z.string(), z.number().positive());
const categorySchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z_]*$/),
  name: z.string().min(1),
  severity: z.number().int().min(1).max(5),
  keywords: ruleWeights.default({}),
  /** Weak, generic evidence read only when no category's `keywords` match at all. */
  fallback: ruleWeights.optional(),
  transfer: z.array(z.strictObject({ target: z.string(), keywords: z.array(z.string()).min(1) })).optional(),
  /**
   * What the tip is about that makes this category's evidence count for less (`share` of it):
   * a rule of `when` (a word, "a+b" or a /pattern/, as in `keywords`) found in the text, with
   * `why`, the note the explanation shows. Out of scope's graft words in a tip about a
   * promotion; an election's bought votes when the election is a village committee's.
   */
  heldBack: z.strictObject({ when: z.array(z.string().min(1)).min(1), share: z.number().min(0).max(1), why: z.string().min(1) }).optional(),
});

/**
 * `concepts` are named word lists (regular-expression alternatives) that patterns share:
 * one list of the ways to say "promoted" serves every rule that needs it. After parsing,
 * every category carries the same `concepts` object for the categorizer.
 */
export const taxonomySchema = z
  .strictObject({
    concepts: z.record(z.string().regex(/^[^\d{},\s][^{},\s]*$/u), z.string().min(1)).default({}),
    categories: z.array(categorySchema).min(1),
  })
  .superRefine(({ concepts, categories }, ctx) => {
    const texts = [
      ...Object.values(concepts),
      ...categories.flatMap((c) => [...Object.keys(c.keywords), ...Object.keys(c.fallback ?? {}), ...(c.heldBack?.when ?? [])]),
    ];
    for (const text of texts) {
      for (const [, name] of text.matchAll(CONCEPT_REFERENCE)) {
        if (!(name! in concepts)) ctx.addIssue({ code: 'custom', message: `unknown concept {${name}} in ${text}` });
      }
    }
  })
  .transform(({ concepts, categories }) => ({ categories: categories.map((c) => ({ ...c, concepts })) }));
export type CategoryDefinition = z.infer<typeof categorySchema> & { concepts?: Readonly<Record<string, string>> };
