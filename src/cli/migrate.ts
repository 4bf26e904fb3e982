import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from '../infra/database/migrations/index.js';
import { loadCliConfig } from './cli-env.js';

/** Applies pending migrations. Needs only DATABASE_URL. */
export async function runMigrations(url: string, log: (line: string) => void = console.log): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each', logging: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    log(
      applied.length ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'database schema is up to date',
    );
  } finally {
    await dataSource.destroy();
  }
}

const invokedDirectly = /migrate\.(js|ts)$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  loadCliConfig(['DATABASE_URL']);
  runMigrations(process.env['DATABASE_URL']!).catch((error: unknown) => {
    console.error(`migration failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
