import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppProcess } from '../support/app-process.js';
import { validTip } from '../support/fixtures.js';
import { createTestEnvironment, waitFor, type TestEnvironment } from '../support/test-context.js';

/**
 * Anonymity by construction (review finding 4): the built api, logging every request at
 * info level, is sent a tip with a distinctive address, User-Agent and Referer; its log has
 * the request id and none of them, nor any client address or port.
 */
let environment: TestEnvironment;
let api: { process: AppProcess; url: string };

beforeAll(async () => {
  environment = await createTestEnvironment({ settings: { security: { trustProxy: 1 } } });
  api = await AppProcess.api(environment.env, 'info');
}, 120_000);
afterAll(async () => {
  await api?.process.kill();
  environment?.cleanUp();
});

describe('request logs', () => {
  it('carry the request id and nothing that identifies the reporter', async () => {
    const res = await fetch(`${api.url}/api/v1/public/reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'QfProbeBrowser/9.87 (reporter phone)',
        'x-forwarded-for': '198.51.100.77',
        referer: 'https://leak.example/page?from=reporter',
        'accept-language': 'zh-CN;q=0.42',
      },
      body: JSON.stringify(validTip()),
    });
    expect(res.status).toBe(201);
    const requestId = res.headers.get('x-request-id');
    // The log line is written after the answer, through pino's buffered stream.
    const log = await waitFor(
      async () => api.process.output.includes('"statusCode":201') && api.process.output,
      10_000,
      'the request log line',
    );
    expect(log).toContain('/api/v1/public/reports');
    if (requestId) expect(log).toContain(requestId);
    for (const leak of [
      '198.51.100.77',
      'QfProbeBrowser',
      'leak.example',
      'zh-CN;q=0.42',
      'remoteAddress',
      'remotePort',
      'user-agent',
      'x-forwarded-for',
    ]) {
      expect(log).not.toContain(leak);
    }
  });
});
