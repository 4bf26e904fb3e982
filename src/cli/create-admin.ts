import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AuditService } from '../audit/audit.service.js';
import { AccountService } from '../auth/account.service.js';
import { cliActor } from './cli-actor.js';
import { createInterface } from 'node:readline/promises';
import { AuthService } from '../auth/auth.service.js';
import { DomainException } from '../infra/http/domain-exception.js';
import { cliOptions } from './args.js';
import { CliModule } from './cli.module.js';
import { loadCliConfig } from './cli-env.js';

loadCliConfig();

const USAGE =
  'npm run admin:create -- --username NAME [--name 显示名] [--roles ADMIN,SUPERVISOR] [--agency CODE]  (password from QF_ADMIN_PASSWORD or asked)';

async function main(): Promise<void> {
  const { values } = cliOptions(
    {
      username: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string', default: 'ADMIN' },
      agency: { type: 'string' },
    },
    USAGE,
  );
  if (!values.username) {
    console.error(`--username is required\nusage: ${USAGE}`);
    process.exit(64);
  }
  let password = process.env['QF_ADMIN_PASSWORD'];
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('password (at least 12 characters, three kinds of character): ');
    rl.close();
  }
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    const user = await app.get(AuthService).createUser({
      username: values.username,
      displayName: values.name ?? values.username,
      password,
      roles: String(values.roles)
        .split(',')
        .map((r) => r.trim()),
      agencyCode: values.agency ?? null,
    });
    // An account made at the command line is in the audit trail like one made in the console.
    await app.get(AuditService).record({
      ...cliActor(),
      action: 'staff.create',
      targetType: 'staff',
      targetId: user.id,
      details: { username: user.username, roles: user.roles, agencyCode: user.agencyCode, via: 'admin:create' },
    });
    console.log(`created ${user.username} with roles ${user.roles.join(', ')}`);
    // A role that must use two-factor login binds its authenticator with a one-time token.
    if (app.get(AuthService).totpRequired(user.roles)) {
      const { token, expiresAt } = await app.get(AccountService).issueEnrolmentToken(user.id, cliActor());
      console.log(`two-factor binding token (绑定码) for the first login: ${token} (valid until ${expiresAt}; shown once)`);
    }
  } catch (error) {
    if (error instanceof DomainException) {
      console.error(error.userMessage);
      process.exitCode = 65;
      return;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
