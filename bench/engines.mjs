// Engines of a test's or the topology benchmark's own, from the machine's binaries, each in
// a folder under /tmp and on ports of its own: a Postgres server (with a streaming replica when
// asked), and a Redis Cluster. The one implementation for both: the fault tests import it
// (typed by engines.d.mts), the bench runs it without TypeScript. initdb refuses to run as
// root, so as root the Postgres tools run as `postgres`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const v of readdirSync(base).sort((a, b) => Number(b) - Number(a))) {
      if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
    }
  }
  return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"']).toString().trim();
}

const asRoot = process.getuid?.() === 0;

function ownedFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  return dir;
}

export class PrivatePostgres {
  bin = postgresBin();

  constructor(dir, port) {
    this.dir = dir;
    this.port = port;
  }

  /** A new server (initdb) started with `settings` (postgres -c name=value). */
  static async create(settings = {}) {
    const pg = new PrivatePostgres(ownedFolder('qf-pg-'), await freePort());
    pg.settings = settings;
    try {
      pg.run('initdb', ['-D', join(pg.dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
      pg.start();
    } catch (error) {
      pg.destroy();
      throw error;
    }
    return pg;
  }

  /** A hot standby streaming from this server: `pg_basebackup -R -X stream`, no slot left behind. */
  async replica() {
    const replica = new PrivatePostgres(ownedFolder('qf-pg-replica-'), await freePort());
    replica.settings = this.settings;
    try {
      this.run('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(this.port),
        '-U',
        'postgres',
        '-D',
        join(replica.dir, 'data'),
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
      ]);
      replica.start();
    } catch (error) {
      replica.destroy();
      throw error;
    }
    return replica;
  }

  run(tool, args) {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(this.bin, tool), ...args]] : [join(this.bin, tool), args];
    const result = spawnSync(cmd, argv, { stdio: 'pipe' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.toString()}`);
  }

  url(database = 'postgres') {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  start() {
    const options = Object.entries(this.settings ?? {})
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(' ');
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 ${options}`,
      'start',
    ]);
  }

  /** Immediate shutdown: connections are cut, as in a crash or a failover. */
  stop() {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-w', '-m', 'immediate', 'stop']);
  }

  /** Stopped at once (connections cut) and its folder removed. Synchronous: safe in an exit handler. */
  destroy() {
    try {
      this.stop();
    } catch {
      // not started, or already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function waitForPing(port, seconds = 10) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined); // refused until the server listens: the loop tries again
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      probe.disconnect();
    }
  }
}

const cli = (port, ...args) => spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).stdout;

/**
 * Three masters (the slots split between them) and, when a `hashTag` is given, one replica of
 * the master that holds its slot, so that master can be killed and the cluster fails over to
 * the replica (cluster-node-timeout `nodeTimeoutMs`, Redis's own 15 s unless given).
 */
export class PrivateRedisCluster {
  servers = new Map();

  constructor(dir, nodeTimeoutMs) {
    this.dir = dir;
    this.nodeTimeoutMs = nodeTimeoutMs;
  }

  static async start({ hashTag, nodeTimeoutMs = 15000 } = {}) {
    const cluster = new PrivateRedisCluster(mkdtempSync(join(tmpdir(), 'qf-redis-cluster-')), nodeTimeoutMs);
    try {
      const masters = [await freePort(), await freePort(), await freePort()];
      const spare = hashTag === undefined ? null : await freePort();
      const all = spare === null ? masters : [...masters, spare];
      for (const port of all) cluster.startServer(port);
      for (const port of all) await waitForPing(port);
      const create = spawnSync(
        'redis-cli',
        ['--cluster', 'create', ...masters.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'],
        { encoding: 'utf8' },
      );
      if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stderr || create.stdout}`);
      await cluster.waitForState(masters);
      cluster.masters = masters;
      if (spare === null) return cluster;
      const slot = Number(cli(masters[0], 'cluster', 'keyslot', hashTag).trim());
      const owner = cluster.masterOf(slot, masters[0]);
      const ownerId = cli(owner, 'cluster', 'myid').trim();
      const add = spawnSync(
        'redis-cli',
        ['--cluster', 'add-node', `127.0.0.1:${spare}`, `127.0.0.1:${owner}`, '--cluster-slave', '--cluster-master-id', ownerId],
        { encoding: 'utf8' },
      );
      if (add.status !== 0) throw new Error(`redis-cli --cluster add-node failed: ${add.stderr || add.stdout}`);
      cluster.slot = slot;
      await cluster.waitForState(
        [...masters, spare],
        () => cli(spare, 'role').startsWith('slave') && /master_link_status:up/.test(cli(spare, 'info', 'replication')),
      );
    } catch (error) {
      cluster.stop();
      throw error;
    }
    return cluster;
  }

  startServer(port) {
    const server = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        String(this.nodeTimeoutMs),
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    this.servers.set(port, server);
    return server;
  }

  get ports() {
    return [...this.servers.keys()];
  }

  /** Seed nodes for REDIS_URL: every node, so a client finds the cluster whichever is down. */
  get url() {
    return `redis+cluster://${this.ports.map((p) => `127.0.0.1:${p}`).join(',')}`;
  }

  /** The port of the master serving `slot` now, as `askPort` sees the cluster. */
  masterOf(slot, askPort = this.ports.find((p) => this.servers.get(p).exitCode === null)) {
    for (const line of cli(askPort, 'cluster', 'nodes').split('\n')) {
      const [, address, flags, , , , , , ...ranges] = line.split(' ');
      if (!flags?.includes('master') || flags.includes('fail')) continue;
      for (const range of ranges) {
        const [from, to = from] = range.split('-').map(Number);
        if (slot >= from && slot <= to) return Number(address.split('@')[0].split(':')[1]);
      }
    }
    return null;
  }

  async waitForState(ports, extra = () => true, seconds = 20) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      if (ports.every((port) => cli(port, 'cluster', 'info').includes('cluster_state:ok')) && extra()) return;
      if (Date.now() > deadline) throw new Error('the Redis Cluster did not reach cluster_state:ok');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** SIGKILLs a node; returns when it has exited. */
  kill(port) {
    const server = this.servers.get(port);
    return new Promise((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGKILL');
    });
  }

  /** Every node killed and the folder removed. Synchronous: safe in an exit handler. */
  stop() {
    for (const server of this.servers.values()) if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
