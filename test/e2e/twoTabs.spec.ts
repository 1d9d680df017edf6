import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, createCase, expect, test } from './fixtures.js';

async function fillCall(page: Page, notes: string) {
  await page.getByRole('button', { name: 'Log a call or letter' }).click();
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-03-02');
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('10:15');
  await page.getByLabel('Notes', { exact: true }).fill(notes);
}

test('two tabs, two cases: a tab whose case is no longer open is refused, says so, and saves into its own case after opening it again', async ({ page, openApp, caseFilePath, request }) => {
  const fileA = caseFilePath;
  const fileB = caseFilePath.replace(/\.casefile$/, '-B.casefile');
  await openApp();
  await createCase(page, fileA);
  await page.getByLabel('Your full name').fill('Alice Aye');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // Tab A starts a log entry; then tab B (same browser) closes A's view and makes case B.
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await fillCall(page, 'Call about case A.');

  const tabB = await page.context().newPage();
  await tabB.goto(`/?token=${process.env.E2E_TOKEN}`);
  await tabB.getByRole('button', { name: 'Close this case' }).click();
  await createCase(tabB, fileB);
  await tabB.getByLabel('Your full name').fill('Bob Bee');
  await expect(tabB.getByTestId('save-status')).toHaveText(/^Saved/);

  // Tab A saves: refused, in words, with a way back; what was typed stays.
  await page.getByRole('button', { name: 'Save to log' }).click();
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This case is not open here any more' }) });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Nothing from this window was saved');
  // The message comes into view and takes the keyboard, though "Save" was far down the page.
  await expect(banner.getByRole('heading')).toBeFocused();
  await expect(banner.getByRole('heading')).toBeInViewport();
  await expect(page.getByText('Saved to the log as entry')).toHaveCount(0);
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Call about case A.');
  expect((await api(request, 'log.list', {})).total).toBe(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await banner.getByRole('button', { name: /^Open ".*" again$/ }).click();
  await expect(banner).toBeHidden();
  // The keyboard goes back to where the person was.
  await expect(page.getByRole('button', { name: 'Save to log' })).toBeFocused();
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry 1.' })).toBeVisible();

  // The entry is in case A, and case B has none.
  const inA = await api(request, 'log.list', {});
  expect(inA.entries.map((e: { content: { notes: string } }) => e.content.notes)).toEqual(['Call about case A.']);
  expect((await api(request, 'case.current', {})).caption.partyName).toBe('Alice Aye');

  // Now tab B is the stale one: its next call is refused too, and its own button brings B back.
  await tabB.getByRole('button', { name: 'Contact log', exact: true }).click();
  const bannerB = tabB.getByRole('alert').filter({ has: tabB.getByRole('heading', { name: 'This case is not open here any more' }) });
  await expect(bannerB).toBeVisible();
  await bannerB.getByRole('button', { name: /^Open ".*" again$/ }).click();
  await expect(bannerB).toBeHidden();
  expect((await api(request, 'case.current', {})).caption.partyName).toBe('Bob Bee');
  expect((await api(request, 'log.list', {})).total).toBe(0);
  await tabB.close();
});
