import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test as base, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** Each test gets its own case file name in the shared e2e folder: no test assumes an empty database. */
export const test = base.extend<{ caseFilePath: string; openApp: () => Promise<void> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern; this one needs none.
  caseFilePath: async ({}, use, testInfo) => {
    await use(path.join(process.env.E2E_DATA!, `${testInfo.title.replace(/\W+/g, '-').slice(0, 40)}-${randomBytes(3).toString('hex')}.casefile`));
  },
  openApp: async ({ page, request }, use) => {
    await use(async () => {
      // The web shell is shared by every test: start each from the welcome screen.
      await request.post('/api/case.close', { data: {}, headers: await caseHeaders(request) });
      await page.goto(`/?token=${process.env.E2E_TOKEN}`);
    });
  },
});

export async function createCase(page: Page, filePath: string): Promise<void> {
  await page.getByRole('heading', { name: 'Start a new case file' }).waitFor();
  await page.getByLabel('Where to save it').fill(filePath);
  await page.getByRole('button', { name: 'Create case file' }).click();
  await expect(page.getByRole('heading', { name: 'About your case', level: 1 })).toBeVisible();
}

/** In an open case: paste an order's words on the Orders screen and wait until the app has read it. */
export async function addOrderByPasting(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Orders' }).click();
  await page.getByLabel("Or paste the order's words here").fill(text);
  await page.getByRole('button', { name: 'Read this order' }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();
}

/**
 * Type a date the way a person does: click in, arrow back to the month, then one key at a time
 * (US order, as Chromium shows it).
 */
export async function typeDate(page: Page, field: Locator, keys: string): Promise<void> {
  await field.click();
  await field.press('ArrowLeft');
  await field.press('ArrowLeft');
  for (const key of keys) await page.keyboard.type(key, { delay: 30 });
}

/**
 * Give a log entry's date and time with the keyboard only (the form never fills them in: the
 * person says when it happened). `date` as typed in US order, like '06042021'; `time` like '0930AM'.
 */
export async function typeWhen(page: Page, date: string, time: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Date', exact: true }).focus();
  await page.keyboard.type(date, { delay: 20 });
  await page.getByRole('textbox', { name: 'Time', exact: true }).focus();
  await page.keyboard.type(time, { delay: 20 });
}

/** The token every call to the web shell's API needs. */
export const headers = () => ({ 'X-Casefile-Token': process.env.E2E_TOKEN! });

/**
 * The token plus the id of the case the web shell has open, as a tab showing that case sends them:
 * the API refuses calls about a case that is not the open one.
 */
export async function caseHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post('/api/case.current', { data: {}, headers: headers() });
  const body = await res.json();
  return { ...headers(), 'X-Casefile-Case': body.ok && body.value ? body.value.caseId : '' };
}

/** Calls the web shell's API as the screens do; the test fails with the app's own message if the call does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the app, checked by each test's assertions.
export async function api(request: APIRequestContext, method: string, data: unknown): Promise<any> {
  const res = await request.post(`/api/${method}`, { data, headers: await caseHeaders(request) });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

export { expect };
