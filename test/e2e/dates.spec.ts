/**
 * Dates as a person enters them: typed key by key into the date fields (issue 10, item 9), days the
 * court was closed (item 1), and the banner and "What's next" moving at once to the safe date (item 8).
 * Every step waits for a state the person would see; nothing races the typing.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { api, expect, test, typeDate } from './fixtures.js';

const ORDER = fs.readFileSync('test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', 'utf8');

/** Make a case from the seed order on the welcome screen, typing the served date there. */
async function startFromSeedOrder(page: Page, caseFilePath: string, servedKeys?: string) {
  const start = page.getByRole('region', { name: 'I have a court order' });
  await start.getByLabel("Or paste the order's words here").fill(ORDER);
  if (servedKeys) {
    const served = start.getByLabel('Date you were served');
    await typeDate(page, served, servedKeys);
    await expect(served).toHaveValue('2021-05-24');
    await expect(start.getByRole('alert')).toHaveCount(0);
  }
  await start.getByRole('button', { name: 'Read this order' }).click();
  await start.getByLabel('Where to save your case file').fill(caseFilePath);
  await start.getByRole('button', { name: 'Make my case file from this order' }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();
}

test('typing 05/24/2021 key by key works on the welcome screen and on the order screen, and a reminder to finish clears once the date is whole', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await startFromSeedOrder(page, caseFilePath, '05/24/2021');

  await page.getByText('When and how you got this order').click();
  const served = page.getByLabel('Date you were served');
  await expect(served).toHaveValue('2021-05-24');

  // A half-typed year stays as typed (never cleared, never saved) and, on leaving, asks to be finished.
  await typeDate(page, served, '06/01/20');
  await page.getByRole('heading', { name: 'What does the order ask of me?' }).click();
  await expect(page.getByText('Please finish the date: month, day and a 4-digit year.')).toBeVisible();
  await expect(page.getByText('That date does not exist')).toHaveCount(0);
  await expect(page.getByText('When and how you got this order: Monday, May 24, 2021')).toBeVisible();

  // Typed again in full: saved, the reminder goes away, and the 30-day date follows (30 days after June 1).
  await typeDate(page, served, '06/01/2021');
  await expect(served).toHaveValue('2021-06-01');
  await expect(page.getByText('When and how you got this order: Tuesday, June 1, 2021')).toBeVisible();
  await expect(page.getByText('Please finish the date: month, day and a 4-digit year.')).toHaveCount(0);
  await expect(page.getByText('That date does not exist')).toHaveCount(0);
  await expect(page.locator('article', { hasText: 'within 30 days' }).first()).toContainText('By Thursday, July 1, 2021');

  // The saved date survives a reload: it was saved whole, once.
  await page.reload();
  await page.getByRole('button', { name: 'Orders', exact: true }).click();
  await page.locator('.order-list').getByRole('button').first().click();
  await page.getByText('When and how you got this order').click();
  await expect(page.getByLabel('Date you were served')).toHaveValue('2021-06-01');
});

test('a day the court was closed moves the dates at once, and taking it off moves them back', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await startFromSeedOrder(page, caseFilePath);
  const contact = page.locator('article', { hasText: 'within 21 days' }).first();
  await expect(contact).toContainText('By Monday, June 14, 2021');

  await page.getByText('Days the court was closed').click();
  await typeDate(page, page.getByLabel('Date the court was closed'), '06/14/2021');
  await page.getByLabel('Why it was closed (you can leave this empty)').fill('Snow');
  await page.getByRole('button', { name: 'Add this day' }).click();
  const list = page.getByRole('list', { name: 'Days the court was closed' });
  await expect(list).toContainText('Monday, June 14, 2021 — Snow');
  await expect(contact).toContainText('By Tuesday, June 15, 2021');
  await expect(page.getByLabel('Date the court was closed')).toHaveValue('');

  await list.getByRole('button', { name: 'Remove Monday, June 14, 2021' }).click();
  await expect(list).toHaveCount(0);
  await expect(contact).toContainText('By Monday, June 14, 2021');
});

test('the banner moves the moment the service method changes, and "the one thing to do now" points to the safe date', async ({ page, request, openApp, caseFilePath }) => {
  await openApp();
  await startFromSeedOrder(page, caseFilePath);
  // Every 2021 date has passed, so the banner lists them all: 30 days from the order's date is June 23.
  const banner = page.getByRole('status').filter({ hasText: 'A deadline has passed.' });
  await expect(banner).toContainText('Wednesday, June 23, 2021');

  await page.getByText('When and how you got this order').click();
  await typeDate(page, page.getByLabel('Date you were served'), '05/24/2021');
  await expect(page.getByText('When and how you got this order: Monday, May 24, 2021')).toBeVisible();
  await page.getByLabel('How it came to you').selectOption('mail');
  await expect(banner).toContainText('Monday, June 28, 2021');
  await expect(banner).not.toContainText('Wednesday, June 23, 2021');
  await page.getByLabel('How it came to you').selectOption('clerk');
  await expect(banner).toContainText('Monday, June 28, 2021');
  await page.getByLabel('How it came to you').selectOption('electronic');
  await expect(banner).toContainText('Wednesday, June 23, 2021');
  await expect(banner).not.toContainText('Monday, June 28, 2021');
  await page.getByLabel('How it came to you').selectOption('mail');
  await expect(banner).toContainText('Monday, June 28, 2021');

  // A conference on June 3 gives "7 days after the conference": June 10, earlier than June 28 for the same paper.
  await api(request, 'log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', minutes: 20, startedBy: 'them' } });
  await api(request, 'case.updateCaption', { patch: { partyName: 'Christopher Dickson', side: 'plaintiff' } });
  await page.reload();
  await page.getByRole('button', { name: "What's next" }).click();
  const now = page.getByRole('region', { name: 'The one thing to do now' });
  await expect(now).toContainText('By Thursday, June 10, 2021.');
  await expect(now).not.toContainText('June 28');
  await expect(page.locator('.deadline-list')).not.toContainText('June 28, 2021');
});

test('"Add something the app missed" takes a date typed key by key and sent with Enter', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await startFromSeedOrder(page, caseFilePath);
  await page.getByRole('button', { name: 'Add something the app missed' }).click();
  await page.getByLabel('What must be done?').fill('Send my new address to the clerk');
  await typeDate(page, page.getByLabel('By when? (leave empty if there is no date)'), '06/20/2021');
  // Enter right after the last key: what was typed is what is saved.
  await page.keyboard.press('Enter');
  await expect(page.locator('article', { hasText: 'Send my new address to the clerk' })).toContainText('By Sunday, June 20, 2021');
  await expect(page.getByText('That date does not exist')).toHaveCount(0);
});
