import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import type { QueueService } from '../queue/queue.service.js';
import { readContext, Reads } from './reads.js';

/**
 * The routing decisions of Reads, with a fake primary and replica (pg pools answering the two
 * WAL-position queries) and a fake Redis. The real engines are in test/faults/read-replica.
 */
interface FakeServer {
  name: string;
  /** The replica's state row, or an error to throw when it is asked. */
  state: { inRecovery: boolean; replayed: string; streaming: boolean; lagSeconds: number } | Error;
  position: string;
  asked: number;
}

function fakeDataSource(server: FakeServer): DataSource {
  const pool = {
    query: async ({ text }: { text: string }) => {
      server.asked += 1;
      if (text.includes('pg_current_wal_lsn')) return { rows: [{ position: server.position }], rowCount: 1 };
      if (server.state instanceof Error) throw server.state;
      return { rows: [server.state], rowCount: 1 };
    },
  };
  return { driver: { master: pool }, entityMetadatas: [], isInitialized: true, name: server.name } as unknown as DataSource;
}

function setup(options: { replicaUrl?: string; redisDown?: boolean } = {}) {
  const primary: FakeServer = { name: 'primary', state: new Error('not a replica'), position: '5000', asked: 0 };
  const replica: FakeServer = {
    name: 'replica',
    state: { inRecovery: true, replayed: '4000', streaming: true, lagSeconds: 0.2 },
    position: '0',
    asked: 0,
  };
  const redis = new Map<string, string>();
  const counters = {
    get: async (key: string) => {
      if (options.redisDown) throw new Error('Redis away');
      return redis.get(key) ?? null;
    },
    eval: async (_script: string, _keys: number, key: string, position: string) => {
      if (options.redisDown) throw new Error('Redis away');
      if (!redis.has(key) || Number(redis.get(key)) < Number(position)) redis.set(key, position);
      return 1;
    },
  };
  const config = {
    env: {
      DATABASE_REPLICA_URL: 'replicaUrl' in options ? options.replicaUrl : 'postgres://replica/x',
      DATABASE_REPLICA_MAX_LAG_SECONDS: 10,
      DATABASE_REPLICA_PIN_SECONDS: 60,
      DATABASE_REPLICA_POOL_SIZE: 2,
      QUEUE_PREFIX: 'qf-test',
    },
    timeZone: 'Asia/Shanghai',
  } as unknown as AppConfig;
  let connects = 0;
  const replicaSource = fakeDataSource(replica);
  class TestReads extends Reads {
    protected override connect(): Promise<DataSource> {
      connects += 1;
      return Promise.resolve(replicaSource);
    }
  }
  const reads = new TestReads(fakeDataSource(primary), config, { counters } as unknown as QueueService);
  /** Which server a read ran on, inside a staff GET of `userId` (or outside any request). */
  const where = (userId: string | null, notYetThere?: (name: string) => boolean) => {
    const read = () => reads.run(async (on) => (on as unknown as { name: string }).name, notYetThere);
    return userId ? readContext.run({ userId }, read) : read();
  };
  return { reads, replica, redis, where, connects: () => connects };
}

describe('Reads: where a staff read runs', () => {
  it('everything on the primary without a replica, and outside a staff GET', async () => {
    const none = setup({ replicaUrl: undefined });
    expect(none.reads.configured).toBe(false);
    expect(await none.where('u1')).toBe('primary');
    const some = setup();
    expect(await some.where(null)).toBe('primary');
    expect(some.connects()).toBe(0); // the worker and non-GET requests never touch the replica
  });

  it('a staff GET reads the fit replica, unless it lags, does not stream or was promoted', async () => {
    const s = setup();
    expect(await s.where('u1')).toBe('replica');
    for (const state of [
      { inRecovery: true, replayed: '4000', streaming: true, lagSeconds: 11 },
      { inRecovery: true, replayed: '4000', streaming: false, lagSeconds: 0 },
      { inRecovery: false, replayed: '4000', streaming: false, lagSeconds: 0 },
    ]) {
      s.replica.state = state;
      await new Promise((r) => setTimeout(r, 110)); // past the 100 ms the state is trusted
      expect(await s.where('u1')).toBe('primary');
    }
  });

  it('asks the replica its position at most every 100 ms', async () => {
    const s = setup();
    await Promise.all(Array.from({ length: 20 }, () => s.where('u1')));
    expect(s.replica.asked).toBe(1); // one state query for twenty reads
  });

  it('read-your-writes: the writer reads the primary until the replica has replayed their write', async () => {
    const s = setup();
    await s.reads.noteWrite('u1'); // primary at 5000, replica at 4000
    expect(s.redis.get('qf-test:read-pin:u1')).toBe('5000');
    expect(await s.where('u1')).toBe('primary');
    expect(await s.where('u2')).toBe('replica'); // others are not held back
    s.replica.state = { inRecovery: true, replayed: '5000', streaming: true, lagSeconds: 0 };
    await new Promise((r) => setTimeout(r, 110));
    expect(await s.where('u1')).toBe('replica');
  });

  it('without Redis the pin is unknown: the primary (and the write itself does not fail)', async () => {
    const s = setup({ redisDown: true });
    await expect(s.reads.noteWrite('u1')).resolves.toBeUndefined();
    expect(await s.where('u1')).toBe('primary');
  });

  it('a replica that fails is left alone for a while; a read cut half-way runs again on the primary', async () => {
    const s = setup();
    s.replica.state = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(await s.where('u1')).toBe('primary');
    const asked = s.replica.asked;
    expect(await s.where('u1')).toBe('primary');
    expect(s.replica.asked).toBe(asked); // not asked again before the pause is over
    expect((await s.reads.status()).state).toBe('unreachable');

    const t = setup();
    let calls = 0;
    const result = await readContext.run({ userId: 'u1' }, () =>
      t.reads.run(async (on) => {
        calls += 1;
        const name = (on as unknown as { name: string }).name;
        if (name === 'replica') throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
        return name;
      }),
    );
    expect([result, calls]).toEqual(['primary', 2]);
  });

  it('a record the replica does not have yet is asked of the primary', async () => {
    const s = setup();
    expect(await s.where('u1', (name) => name === 'replica')).toBe('primary');
    expect(await s.where('u1', () => false)).toBe('replica');
  });
});
