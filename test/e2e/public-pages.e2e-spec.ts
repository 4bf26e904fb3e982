import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PNG_1PX } from '../support/fixtures.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/** The public pages as a browser without JavaScript uses them: plain forms, full page answers. */
let ctx: TestContext;
let seq = 0;
const ip = () => `192.0.2.${++seq}`;

beforeAll(async () => {
  ctx = await createTestContext({ settings: { security: { trustProxy: 1 } } });
});
afterAll(async () => {
  await ctx?.close();
});

const BODY = '2026年4月，某街道办事处主任在干部调整前收受下属送的购物卡两万元，随后该下属被提拔为副主任。';

function fillForm(r: request.Test, fields: Record<string, string>) {
  for (const [k, v] of Object.entries(fields)) r = r.field(k, v);
  return r;
}

describe('public pages', () => {
  it('home says what is in scope, the warning and the promise of confidentiality', async () => {
    const res = await request(ctx.baseUrl).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('lang="zh-CN"');
    expect(res.text).toContain('买官卖官');
    expect(res.text).toContain('诬告陷害');
    expect(res.text).toContain('加密保存');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves the stylesheet with caching headers', async () => {
    const res = await request(ctx.baseUrl).get('/static/app.css');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age=86400');
  });

  it('takes a tip with an attachment through the form and shows the receipt code once', async () => {
    const form = await request(ctx.baseUrl).get('/report');
    expect(form.status).toBe(200);
    const token = /name="formToken" value="([^"]+)"/.exec(form.text)?.[1];
    expect(token).toBeTruthy();
    const client = ip();
    // The same filled-in form, sent twice: the second time as a browser refresh would.
    const send = () =>
      fillForm(request(ctx.baseUrl).post('/report').set('X-Forwarded-For', client), {
        formToken: token!,
        subject1_name: '赵某某',
        subject1_unit: '某街道办事处',
        subject1_post: '主任',
        body: BODY,
        identity: 'anonymous',
        acknowledge: 'yes',
      }).attach('files', PNG_1PX, 'card.png');
    const res = await send();
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const code = /class="code"[^>]*>([\d ]+)</.exec(res.text)?.[1];
    expect(code?.replaceAll(' ', '')).toMatch(/^\d{16}$/);
    expect(res.text).toContain('只显示这一次');

    // Submitting the same form again (a refresh) does not make a second tip.
    const again = await send();
    expect(again.status).toBe(201);
    expect(again.text).toContain(code!);
    const { rows } = await ctx.db.query(`SELECT count(*) FROM report WHERE body = $1`, [BODY]);
    expect(rows[0].count).toBe('1');

    // Follow up with the code: a plain urlencoded form.
    const status = await request(ctx.baseUrl).post('/follow-up').set('X-Forwarded-For', ip()).type('form').send({ receiptCode: code! });
    expect(status.status).toBe(200);
    expect(status.text).toContain('已受理');

    const replied = await fillForm(request(ctx.baseUrl).post('/follow-up/reply').set('X-Forwarded-For', ip()), {
      receiptCode: code!,
      message: '补充：购物卡是在4月8日晚上送的。',
    });
    expect(replied.status).toBe(200);
    expect(replied.text).toContain('补充：购物卡是在4月8日晚上送的。');
  });

  it('shows every problem in the form, keeps what was typed, escapes it, and stores nothing', async () => {
    const res = await fillForm(request(ctx.baseUrl).post('/report').set('X-Forwarded-For', ip()), {
      subject1_name: '<script>alert(1)</script>',
      body: '太短',
      identity: 'real',
      reporterPhone: '123',
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('举报正文：正文至少 20 字');
    expect(res.text).toContain('联系电话');
    expect(res.text).toContain('请确认已知晓如实举报的要求');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>alert(1)</script>');
    const { rows } = await ctx.db.query(`SELECT count(*) FROM report WHERE body = '太短'`);
    expect(rows[0].count).toBe('0');
  });

  it('answers a wrong receipt code on the page with a 404 and a hint', async () => {
    const res = await request(ctx.baseUrl)
      .post('/follow-up')
      .set('X-Forwarded-For', ip())
      .type('form')
      .send({ receiptCode: '1111 2222 3333 4444' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('查询码不正确');
  });
});
