import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { seedCompletedAppointment } from './demo/demo-appointment.js';
import { DataSource } from 'typeorm';
import { AccountService } from '../auth/account.service.js';
import { AuthService } from '../auth/auth.service.js';
import { RosterImportService } from '../cadres/roster/roster-import.service.js';
import { IntakeService } from '../intake/intake.service.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { CliModule } from './cli.module.js';
import { generateRoster, generateTips, rosterCsv } from './demo/demo-district.js';
import { loadCliConfig } from './cli-env.js';

/** Demo accounts, one per role; the password is printed by quickstart and in the README. */
export const DEMO_PASSWORD = 'Qingfeng-Demo-2026';
const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'] },
  { username: 'triage', displayName: '监督科经办人', roles: ['TRIAGE_OFFICER'] },
  { username: 'chief', displayName: '干部监督科科长', roles: ['SUPERVISOR'] },
  { username: 'operator', displayName: '12380 接听员', roles: ['INTAKE_OPERATOR'] },
  { username: 'custodian', displayName: '身份保管人', roles: ['IDENTITY_CUSTODIAN'] },
  { username: 'auditor', displayName: '审计员', roles: ['AUDITOR'] },
  { username: 'liaison-jw', displayName: '纪委监委联络员', roles: ['AGENCY_LIAISON'], agencyCode: 'DISCIPLINE' },
  { username: 'liaison-sj', displayName: '审计局联络员', roles: ['AGENCY_LIAISON'], agencyCode: 'AUDIT' },
];

/**
 * The demo district's first day: one account per role, the roster through the real import,
 * and four web tips through the web intake path. The rest of its life is the demo story
 * (demo-story.ts), played through the API once the api and the worker run.
 */
export async function seedDemoDistrict(
  app: INestApplicationContext,
  log: (line: string) => void = console.log,
  stateDir = '.qingfeng',
): Promise<void> {
  const auth = app.get(AuthService);
  const dataSource = app.get(DataSource);
  const accounts = app.get(AccountService);
  const existing = new Set((await accounts.list()).map((a) => a.username));
  for (const account of DEMO_ACCOUNTS) {
    if (!existing.has(account.username)) await auth.createUser({ ...account, password: DEMO_PASSWORD });
  }
  // Roles with two-factor login bind their authenticator at first login with a one-time token,
  // as an administrator would hand it over; the demo lists them beside the accounts.
  const tokens: Record<string, string> = {};
  const byUsername = new Map((await accounts.list()).map((a) => [a.username, a]));
  for (const account of DEMO_ACCOUNTS) {
    const row = byUsername.get(account.username);
    if (row && !row.totpEnabled && auth.totpRequired(account.roles)) {
      tokens[account.username] = (await accounts.issueEnrolmentToken(row.id, { actorKind: 'SYSTEM', actorName: 'demo:seed' })).token;
    }
  }
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(
    `${stateDir}/demo-accounts.json`,
    JSON.stringify(
      {
        password: DEMO_PASSWORD,
        accounts: DEMO_ACCOUNTS.map((a) => ({ ...a, ...(tokens[a.username] ? { enrolmentToken: tokens[a.username] } : {}) })),
      },
      null,
      2,
    ),
  );

  // The roster goes in through the real import (re-importing updates by 人员编号), before
  // the tips, so the worker can link the tips to the cadres they name.
  const roster = generateRoster();
  const csv = rosterCsv(roster);
  writeFileSync(`${stateDir}/demo-roster.csv`, csv);
  const imported = await app.get(RosterImportService).import(Buffer.from(csv), { fileName: 'demo-roster.csv' });
  log(
    `demo: roster imported (${JSON.stringify({ created: imported.created, updated: imported.updated, errors: imported.errors.length })})`,
  );
  // One appointment already completed, with its 全程记实 from 动议 to 试用期: a cadre no demo tip names.
  const named = new Set(generateTips(roster).map((t) => t.subject.人员编号));
  await seedCompletedAppointment(app, roster.slice(40).find((r) => !named.has(r.人员编号))!.人员编号, log);
  if ((await app.get(ReportsRepository).count(dataSource)) === 0) {
    const intake = app.get(IntakeService);
    let n = 0;
    for (const tip of generateTips(roster)) {
      n += 1;
      const dto = intake.submitSchema.parse({
        subjects: [{ name: tip.subject.姓名, unit: tip.subject.单位, post: tip.subject.职务 }],
        category: tip.category,
        body: tip.body,
        anonymous: !tip.realName,
        ...(tip.realName ? { reporter: { name: `示例举报人${n}`, phone: `1390000000${n}` } } : {}),
      });
      await intake.submit('WEB', dto, [], { clientIp: '127.0.0.1' });
    }
    log(`demo: ${n} tips submitted through the web intake path`);
  }
  log(`demo: ${DEMO_ACCOUNTS.length} accounts ready; the roster (${roster.length} cadres) is also in ${stateDir}/demo-roster.csv`);
}

async function main(): Promise<void> {
  loadCliConfig();
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    await seedDemoDistrict(app);
  } finally {
    await app.close();
  }
}

// Run as a command, not when imported (the demo test seeds through seedDemoDistrict).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
