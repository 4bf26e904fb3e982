import { describe, expect, it } from '@jest/globals';
import { parseRedisTarget } from './redis.js';

describe('Redis targets', () => {
  it.each([
    ['redis://127.0.0.1:6379', { kind: 'single', url: 'redis://127.0.0.1:6379' }],
    ['rediss://cache.internal:6380/2', { kind: 'single', url: 'rediss://cache.internal:6380/2' }],
    [
      'redis+cluster://10.0.0.1:7000,10.0.0.2:7001,10.0.0.3:7002',
      {
        kind: 'cluster',
        nodes: [
          { host: '10.0.0.1', port: 7000 },
          { host: '10.0.0.2', port: 7001 },
          { host: '10.0.0.3', port: 7002 },
        ],
      },
    ],
    ['redis+cluster://:s%40cret@h1:7000', { kind: 'cluster', nodes: [{ host: 'h1', port: 7000 }], password: 's@cret' }],
  ])('%s', (url, expected) => {
    expect(parseRedisTarget(url)).toEqual(expected);
  });

  it('rejects a cluster node without a port', () => {
    expect(() => parseRedisTarget('redis+cluster://h1,h2:7000')).toThrow(/host:port/);
  });
});
