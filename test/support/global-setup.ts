import { randomBytes } from 'node:crypto';

/**
 * Names this run. The template database is made by the first spec file that needs it
 * (see test-context.ts): global setup runs outside Jest's ESM loader and cannot load
 * the application's modules.
 */
export default async function globalSetup(): Promise<void> {
  process.env['QF_TEST_RUN'] = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
