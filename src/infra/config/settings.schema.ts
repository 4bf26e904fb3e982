import { z } from 'zod';

/** Shapes of the files in `config/`. Every number a deployment may change lives here. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');
// YAML parses an unquoted 2026-01-01 as a Date; accept both and normalise to text.
const yamlDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), isoDate]);

export const settingsSchema = z.strictObject({
  district: z.strictObject({
    name: z.string().min(1),
    department: z.string().min(1),
    hotline: z.string().min(1),
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
    trustProxy: z.boolean(),
  }),
  queues: z.strictObject({
    outboxRelayIntervalMs: z.number().int().min(100),
    outboxRelayGraceMs: z.number().int().min(0),
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

export const taxonomySchema = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[A-Z][A-Z_]*$/),
        name: z.string().min(1),
        severity: z.number().int().min(1).max(5),
        keywords: z.record(z.string(), z.number().positive()).default({}),
        transfer: z
          .array(z.strictObject({ target: z.string(), keywords: z.array(z.string()).min(1) }))
          .optional(),
      }),
    )
    .min(1),
});
export type CategoryDefinition = z.infer<typeof taxonomySchema>['categories'][number];
