import { api, expect, test } from './fixtures.js';
import type { Page } from '@playwright/test';

// CI's machine is often busy. Seen there: the deadline banner arrived a moment after the case
// showed, pushed the side list down, and a click meant for "Contact log" landed elsewhere. The
// banner is read before the case shows, so nothing moves under the pointer. A slow answer is made
// here by holding back the deadlines the way a busy machine does.
async function slowAnswers(page: Page, method: string): Promise<void> {
  await page.route(`**/api/${method}`, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
}

/** Where an element is on the page (not in the window), to see whether it moved. */
const topOf = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** The case shows with its banner at once, and the side list stays where it first appeared. */
async function showsSteady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  expect(await page.getByText('A deadline has passed.').count()).toBe(1);
  const first = await topOf(page, 'Contact log');
  await page.waitForTimeout(2000); // longer than the deadlines are held back
  expect(await topOf(page, 'Contact log')).toBe(first);
}

test('the deadline banner is on the page the moment a case shows, after a reload and after opening it', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.createDemo', { path: caseFilePath }); // the demo's 2021 deadlines have passed
  await slowAnswers(page, 'deadlines.upcoming');
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await showsSteady(page);

  await page.getByRole('button', { name: 'Close this case' }).click();
  await page.getByLabel('Case file to open').fill(caseFilePath);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await showsSteady(page);
});

test('the contact log shows its buttons where they stay: the conference picker and notices come with them, not after', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await slowAnswers(page, 'log.conference');
  await slowAnswers(page, 'log.goodFaith');
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  const logButton = page.getByRole('button', { name: 'Log a call or letter' });
  await expect(logButton).toBeVisible();
  const first = await topOf(page, 'Log a call or letter');
  await page.waitForTimeout(2000); // longer than the answers are held back
  await expect(page.getByLabel('Which contact counts as your conference?')).toBeVisible();
  expect(await topOf(page, 'Log a call or letter')).toBe(first);
});

test('a reload with a case open goes straight to the case: the start screen never flashes first', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.createDemo', { path: caseFilePath });
  // Watch every change to the page from its first moment, for the start screen's heading.
  await page.addInitScript(() => {
    const w = window as unknown as { sawStart: boolean };
    w.sawStart = false;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Start a new case file')) w.sawStart = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await slowAnswers(page, 'deadlines.upcoming');
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawStart: boolean }).sawStart)).toBe(false);
});
