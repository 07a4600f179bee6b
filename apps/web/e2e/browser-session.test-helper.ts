import { afterAll, afterEach, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot, seriousA11yViolations } from './browser.test-helper';

export interface BrowserSession {
  /** A fresh context and page (1280×900, 20 s timeouts) whose errors are collected. */
  newPage(options?: { acceptDownloads?: boolean }): Promise<Page>;
  /** Fails on any serious or critical axe-core violation, naming the screen. */
  expectAccessible(page: Page, screen: string): Promise<void>;
  /** Signs in through the form and waits for the worklist. */
  signIn(page: Page, user: { email: string; password: string }): Promise<void>;
  /** Page errors and console errors of the running test (emptied after each test). */
  readonly consoleErrors: string[];
}

/**
 * The set-up every browser e2e file shares. Call it once inside the `describe`, after the hooks that
 * start the API and the browser: it registers an `afterEach` that leaves a screenshot of every open
 * page and prints the browser's errors when a test fails, and an `afterAll` that closes the
 * contexts (hooks run in reverse order, so before the browser closes).
 */
export function browserSession(
  browser: () => Browser,
  apiUrl: () => string,
  name: string,
): BrowserSession {
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const consoleErrors: string[] = [];

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      const test = ctx.task.name.slice(0, 20).replace(/\W+/g, '-');
      for (const [i, p] of pages.entries())
        await screenshot(p, `failed-${name}-${test}-${i}`).catch(() => undefined);
      if (consoleErrors.length) console.error(consoleErrors.join('\n'));
    }
    pages.length = 0;
    consoleErrors.length = 0;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
  });

  return {
    consoleErrors,
    async newPage(options = {}) {
      const context = await browser().newContext({
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`console: ${m.text()}`));
      pages.push(page);
      return page;
    },
    async expectAccessible(page, screen) {
      const violations = await seriousA11yViolations(page);
      expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    },
    async signIn(page, user) {
      await page.goto(`${apiUrl()}/sign-in`);
      await page.getByLabel('E-mail').fill(user.email);
      await page.locator('input[type="password"]').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Worklist' }).waitFor();
    },
  };
}
