import { expect } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download does
 * not work here). `.ci/run` installs the package when it is missing.
 */
export const CHROMIUM = process.env['QF_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized context (360 px wide), as many reporters use. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
}

/**
 * Saves a full-page screenshot a person can look at (test-artifacts/screenshots/<journey>-<step>.png)
 * and checks the page with axe: every page a journey photographs has no serious violation.
 */
export async function screenshot(page: Page, journey: string, step: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${journey}-${step}.png`), fullPage: true });
  const serious = (await accessibilityViolations(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
  expect({ page: `${journey}-${step}`, serious }).toEqual({ page: `${journey}-${step}`, serious: [] });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core in the page (WCAG 2 A/AA rules) and returns its violations. A page checked
 * again while its document is unchanged (a screenshot's check, then the journey's own) gets
 * the first run's answer: the page keeps it with a MutationObserver that drops it at any
 * change to the DOM or any input, and a navigation starts a new document without it. axe is
 * injected once per document.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const { kept, injected } = await page.evaluate(() => ({
    kept: (globalThis as unknown as { qfAxeKept?: AxeViolation[] }).qfAxeKept ?? null,
    injected: 'axe' in globalThis,
  }));
  if (kept) return kept;
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const scope = globalThis as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      qfAxeKept?: AxeViolation[];
      qfAxeDrop?: () => void;
    };
    scope.qfAxeDrop?.();
    const result = await scope.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
    // Kept until the DOM changes or the person does anything (a value typed, a box ticked,
    // a focus moved change no attribute): then the next check runs axe again.
    const events = ['input', 'change', 'click', 'keydown', 'focusin', 'submit'];
    const watch = new MutationObserver(() => scope.qfAxeDrop?.());
    scope.qfAxeKept = violations;
    scope.qfAxeDrop = () => {
      delete scope.qfAxeKept;
      delete scope.qfAxeDrop;
      watch.disconnect();
      for (const event of events) document.removeEventListener(event, drop, true);
    };
    const drop = () => scope.qfAxeDrop?.();
    watch.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const event of events) document.addEventListener(event, drop, true);
    return violations;
  });
}

/**
 * A fresh desktop context logged in to the console as `username`. With `path`, the
 * browser first asks for that page and is sent to the login page (as a person would be).
 * The login page and the page the person lands on (inbox, 待办, portal, call form, two-factor
 * setup) are checked with axe and photographed, so every journey covers them.
 */
export async function logInToConsole(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  options: { path?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${options.path ?? '/console/login'}`);
  if (options.path) await page.waitForURL('**/console/login');
  await expectNoSeriousViolations(page);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/console/login'));
  await page.waitForLoadState('load');
  await screenshot(page, 'landing', username);
  await expectNoSeriousViolations(page);
  return { context, page };
}

/**
 * The console tabs of a spec file's people, one per user, kept between its steps: the first
 * `logIn` of a user is logInToConsole (with its checks); a later one brings the same tab back
 * to the page the person landed on, as a person coming back to the console does, instead of
 * logging in again (a new context, the login page and their axe checks: ~3 s). A tab
 * a test closed is logged in afresh. `close()` when the api's clock has moved past the
 * sessions' end, and after the file.
 */
export class ConsoleSessions {
  private readonly tabs = new Map<string, { context: BrowserContext; page: Page; landing: string }>();

  async logIn(
    browser: Browser,
    baseUrl: string,
    username: string,
    password: string,
    options: { path?: string } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const kept = this.tabs.get(username);
    if (kept && !kept.page.isClosed()) {
      await kept.page.goto(kept.landing);
      return { context: kept.context, page: kept.page };
    }
    const { context, page } = await logInToConsole(browser, baseUrl, username, password, options);
    this.tabs.set(username, { context, page, landing: page.url() });
    return { context, page };
  }

  async close(): Promise<void> {
    for (const { context } of this.tabs.values()) await context.close();
    this.tabs.clear();
  }
}

/** The page has no critical or serious accessibility violation (axe, WCAG 2.1 A/AA). */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
}
