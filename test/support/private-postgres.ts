import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const v of readdirSync(base).sort((a, b) => Number(b) - Number(a))) {
      if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
    }
  }
  return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"']).toString().trim();
}

/**
 * A Postgres server of this test's own, from the machine's binaries, in a temporary
 * folder: the test may stop and restart it without touching the shared server.
 * (initdb refuses to run as root, so as root it runs as the `postgres` user.)
 */
export class PrivatePostgres {
  private readonly bin = postgresBin();
  private readonly asRoot = process.getuid?.() === 0;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'qf-private-pg-'));
    const pg = new PrivatePostgres(dir, await freePort());
    if (pg.asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    pg.run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    await pg.start();
    return pg;
  }

  /**
   * A streaming replica of this server: its data copied with `pg_basebackup -R -X stream`
   * (which writes standby.signal and primary_conninfo), started on a port of its own as a hot
   * standby. No replication slot: nothing is left on the primary when the replica is gone.
   */
  async replica(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'qf-private-replica-'));
    const replica = new PrivatePostgres(dir, await freePort());
    if (this.asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(dir, uid, gid);
    }
    try {
      this.run('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(this.port),
        '-U',
        'postgres',
        '-D',
        join(dir, 'data'),
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ]);
      await replica.start();
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return replica;
  }

  private run(tool: string, args: string[]): void {
    const [cmd, argv] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', join(this.bin, tool), ...args]] : [join(this.bin, tool), args];
    const result = spawnSync(cmd, argv, { stdio: 'pipe' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.toString()}`);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  }

  /** Immediate shutdown: connections are cut, as in a crash or a failover. */
  async stop(): Promise<void> {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-w', '-m', 'immediate', 'stop']);
  }

  async destroy(): Promise<void> {
    try {
      await this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
