import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate as generateTotp } from 'otplib';
import type { Browser } from 'playwright-core';
import { AuthService } from '../../src/auth/auth.service.js';
import { TotpVerifier } from '../../src/auth/totp.js';
import { RosterImportService } from '../../src/cadres/roster/roster-import.service.js';
import { CryptoService } from '../../src/infra/crypto/crypto.service.js';
import { expectNoSeriousViolations, launchBrowser, screenshot } from '../support/browser.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

/**
 * The administrator's job in Chromium without the API: create a staff account (a refused
 * password keeps the rest of the form and says why beside the field), give it an email and
 * link it to the person's cadre record for 回避, change its roles, reset its password,
 * deactivate it; and the administrator cannot lock themselves out. A member agency and its
 * liaison are added; a new auditor gets a one-time 绑定码 and binds an authenticator with it.
 */
let ctx: TestContext;
let browser: Browser;
let secret: string;
const PASSWORD = 'Admin-Journey-2026!';

beforeAll(async () => {
  ctx = await createTestContext();
  browser = await launchBrowser();
  const admin = await ctx.app
    .get(AuthService)
    .createUser({ username: 'admin1', displayName: '管理员庚', password: PASSWORD, roles: ['ADMIN'] });
  secret = ctx.app.get(TotpVerifier).newSecret();
  await ctx.db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
    admin.id,
    await ctx.app.get(CryptoService).encrypt(secret),
  ]);
  await ctx.app
    .get(RosterImportService)
    .import(
      Buffer.from(
        [
          '人员编号,姓名,性别,出生年月,民族,籍贯,入党时间,参加工作时间,学历,单位,职务,职级,任现职时间,身份',
          'S001,赵志强,男,1980.02,汉族,本省,2002.06,2001.08,大学本科,区委组织部,科员,四级主任科员,2021.03,公务员',
        ].join('\n'),
      ),
    );
});
afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('administrator journey in Chromium', () => {
  it('creates and manages a staff account', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/console/login`);
    await page.getByLabel('用户名').fill('admin1');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('动态验证码').fill(await generateTotp({ secret }));
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/console/todo');
    await page.getByRole('link', { name: '账号管理' }).click();
    await screenshot(page, 'admin', '1-staff');
    await expectNoSeriousViolations(page);

    await page.getByLabel('用户名', { exact: true }).fill('zhao.zq');
    await page.getByLabel('姓名').fill('赵志强');
    await page.getByLabel('监督科经办人').check();
    await page.getByLabel('初始密码').fill('short');
    await page.getByRole('button', { name: '创建' }).click();
    expect(await page.textContent('.field-error')).toMatch(/密码/);
    expect(await page.inputValue('#username')).toBe('zhao.zq');
    expect(await page.isChecked('#role-TRIAGE_OFFICER')).toBe(true);
    await page.getByLabel('初始密码').fill('Zhao-Zhiqiang-2026!');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/console\/admin\/staff\/[0-9a-f-]{36}\?done=created/);
    expect(await page.textContent('.notice')).toContain('账号已创建');

    await page.getByLabel('工作邮箱').fill('zhao@org.example.cn');
    await page.getByLabel('科长（分管领导）').check();
    await page.locator('form[action$="/details"] button').click();
    expect(await page.textContent('.notice')).toContain('已保存');
    await page.getByLabel('人员编号').fill('NOPE');
    await page.locator('form[action$="/cadre"] button').click();
    expect(await page.textContent('.field-error')).toContain('没有人员编号 NOPE');
    await page.getByLabel('人员编号').fill('S001');
    await page.locator('form[action$="/cadre"] button').click();
    expect(await page.textContent('main')).toContain('已关联：赵志强（区委组织部）');
    await page.getByLabel('新密码').fill('Zhao-New-Password-2026!');
    await page.locator('form[action$="/password"] button').click();
    expect(await page.textContent('.notice')).toContain('密码已重置');
    await page.selectOption('#active', 'false');
    await page.locator('form[action$="/details"] button').click();
    await screenshot(page, 'admin', '2-account');
    await expectNoSeriousViolations(page);
    const { rows } = await ctx.db.query(
      `SELECT roles, email, active, cadre_id IS NOT NULL AS linked FROM staff_user WHERE username = 'zhao.zq'`,
    );
    expect(rows[0]).toEqual({ roles: ['TRIAGE_OFFICER', 'SUPERVISOR'], email: 'zhao@org.example.cn', active: false, linked: true });

    // The administrator cannot lock themselves out.
    const { rows: me } = await ctx.db.query(`SELECT id FROM staff_user WHERE username = 'admin1'`);
    await page.goto(`${ctx.baseUrl}/console/admin/staff/${me[0].id}`);
    await page.selectOption('#active', 'false');
    await page.locator('form[action$="/details"] button').click();
    expect(await page.textContent('.errors')).toContain('不能停用自己的账号');
    // A custodian's password: this administrator only asks; a second one approves in the console.
    const custodian = await ctx.app
      .get(AuthService)
      .createUser({ username: 'keeper9', displayName: '保管人癸', password: 'Keeper-Nine-2026-Pass!', roles: ['IDENTITY_CUSTODIAN'] });
    await page.goto(`${ctx.baseUrl}/console/admin/staff/${custodian.id}`);
    await page.getByLabel('新密码').fill('Keeper-Nine-New-2026!');
    await page.locator('form[action$="/password"] button').click();
    expect(await page.textContent('.notice')).toContain('须由另一名系统管理员审批');
    expect(await page.textContent('main')).toContain('这是您提出的申请');
    expect(await page.locator('form[action$="/approve-reset"]').count()).toBe(0);
    const second = await ctx.app
      .get(AuthService)
      .createUser({ username: 'admin2', displayName: '管理员辛', password: PASSWORD, roles: ['ADMIN'] });
    const secret2 = ctx.app.get(TotpVerifier).newSecret();
    await ctx.db.query(`UPDATE staff_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1`, [
      second.id,
      await ctx.app.get(CryptoService).encrypt(secret2),
    ]);
    const other = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await other.goto(`${ctx.baseUrl}/console/login`);
    await other.getByLabel('用户名').fill('admin2');
    await other.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await other.getByLabel('动态验证码').fill(await generateTotp({ secret: secret2 }));
    await other.getByRole('button', { name: '登录' }).click();
    await other.waitForURL('**/console/todo');
    await other.goto(`${ctx.baseUrl}/console/admin/staff/${custodian.id}`);
    await other.getByRole('button', { name: '批准', exact: true }).click();
    expect(await other.textContent('.notice')).toContain('已批准，账号已重置');
    await screenshot(other, 'admin', '3-second-admin');
    await expectNoSeriousViolations(other);

    // The joint meeting gains a member: the agency first, then its liaison's account.
    await page.getByRole('link', { name: '成员单位' }).click();
    await page.getByLabel('单位代码').fill('tax');
    await page.getByLabel('单位名称').last().fill('税务局');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    expect(await page.locator('.field-error').textContent()).toContain('单位代码');
    expect(await page.getByLabel('单位名称').last().inputValue()).toBe('税务局');
    await page.getByLabel('单位代码').fill('TAX');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.waitForURL(/done=created/);
    expect(await page.textContent('table.inbox')).toContain('税务局');
    await screenshot(page, 'admin', '4-agencies');
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByLabel('用户名', { exact: true }).fill('tax.liaison');
    await page.getByLabel('姓名').fill('钱税');
    await page.getByLabel('成员单位联络员').check();
    await page.getByLabel('所属成员单位').selectOption({ label: '税务局' });
    await page.getByLabel('初始密码').fill('Qian-Shui-Liaison-2026!');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/done=created/);
    await page.getByRole('link', { name: '成员单位' }).click();
    expect(await page.textContent('table.inbox')).toContain('钱税（tax.liaison）');

    // A new auditor needs two-factor login: the administrator issues the one-time 绑定码 on the
    // account page and hands it over; the auditor binds an authenticator with it at first login.
    await page.getByRole('link', { name: '账号管理' }).click();
    await page.getByLabel('用户名', { exact: true }).fill('sun.sj');
    await page.getByLabel('姓名').fill('孙审计');
    await page.getByLabel('审计员').check();
    await page.getByLabel('初始密码').fill('Sun-Shen-Ji-Auditor-2026!');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/done=created/);
    await page.getByRole('button', { name: /签发两步验证绑定码/ }).click();
    const issued = (await page.textContent('.notice')) ?? '';
    const token = issued.match(/绑定码：(\S+?)（/)?.[1];
    expect(token).toMatch(/^[A-Z0-9-]{8,}$/);
    await screenshot(page, 'admin', '5-enrolment-token');
    await expectNoSeriousViolations(page);
    const auditor = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    await auditor.goto(`${ctx.baseUrl}/console/login`);
    await auditor.getByLabel('用户名').fill('sun.sj');
    await auditor.getByLabel('密码', { exact: true }).fill('Sun-Shen-Ji-Auditor-2026!');
    await auditor.getByRole('button', { name: '登录' }).click();
    await auditor.waitForURL(/\/console\/two-factor$/);
    await auditor.getByRole('button', { name: '开始设置' }).click();
    const auditorSecret = (await auditor.locator('#totp-secret').innerText()).replaceAll(' ', '');
    await auditor.getByLabel('绑定码').fill(token!);
    await auditor.getByLabel('身份验证器显示的 6 位动态码').fill(await generateTotp({ secret: auditorSecret }));
    await auditor.getByRole('button', { name: '确认启用' }).click();
    await auditor.waitForURL(/\/console\/todo$/);
    await auditor.context().close();

    const { rows: audit } = await ctx.db.query(`SELECT action FROM audit_log WHERE action LIKE 'staff.%' ORDER BY seq`);
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'staff.create',
        'staff.update',
        'staff.cadre.link',
        'staff.password.reset',
        'staff.reset.request',
        'staff.reset.approve',
      ]),
    );
    await context.close();
  });
});
