import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, createCase, expect, test } from './fixtures.js';

const notes = (page: Page) => page.getByLabel('Notes', { exact: true });
const side = (page: Page, name: string) => page.getByRole('navigation', { name: 'Case sections' }).getByRole('button', { name, exact: true });
const reminder = (page: Page) => page.getByRole('status').filter({ hasText: 'that is not saved yet' });

test('a half-filled log entry survives other screens, Back and reload; the time is asked for; a request can be added from inside the form', async ({ page, openApp, caseFilePath, request }) => {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await openApp();
  await createCase(page, caseFilePath);
  await side(page, 'Contact log').click();
  await page.getByRole('button', { name: 'Log a call or letter' }).click();

  // No silent "now": the date and time start empty, and saving without them asks for them.
  await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Time', exact: true })).toHaveValue('');
  await notes(page).fill('She said the records are coming next week.');
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('alert')).toContainText('Please give the date it happened.');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-03-02');
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('alert')).toContainText('Please give the time it happened.');
  expect((await api(request, 'log.list', {})).total).toBe(0);

  // Another screen: the work is kept, and the person is told where.
  await side(page, 'Requests at issue').click();
  await expect(reminder(page)).toContainText('You have a log entry that is not saved yet.');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await reminder(page).getByRole('button', { name: 'Go back to the contact log to finish it' }).click();
  await expect(notes(page)).toHaveValue('She said the records are coming next week.');
  await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('2026-03-02');
  await expect(page.getByRole('status').filter({ hasText: 'This is what you typed before and did not save yet.' })).toBeVisible();

  // Reload: the browser asks first; after it, the work is still there.
  await page.reload();
  expect(asked).toContain('beforeunload');
  await expect(reminder(page)).toBeVisible();
  await reminder(page).getByRole('button', { name: 'Go back to the contact log to finish it' }).click();
  await expect(notes(page)).toHaveValue('She said the records are coming next week.');

  // Back out of the app and forward again: still there.
  asked.length = 0;
  await page.goBack();
  expect(asked).toContain('beforeunload');
  await page.goForward();
  await side(page, 'Contact log').click();
  await expect(notes(page)).toHaveValue('She said the records are coming next week.');

  // Add the request the call was about without leaving the form; it comes back ticked.
  await page.getByRole('button', { name: 'Add a request' }).click();
  const adder = page.getByRole('group', { name: 'Add a request' });
  await expect(adder.getByLabel('Kind of request')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await adder.getByLabel('Request number').fill('7');
  await adder.getByLabel('Short description').fill('Medical records');
  await adder.getByLabel('Short description').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added RFP Set 1, No. 7. It is ticked above.' })).toBeVisible();
  await expect(page.getByLabel('RFP Set 1, No. 7: Medical records')).toBeChecked();
  await expect(notes(page)).toHaveValue('She said the records are coming next week.');
  expect((await api(request, 'log.list', {})).total).toBe(0);

  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('15:40');
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry 1.' })).toBeVisible();
  const saved = (await api(request, 'log.list', {})).entries[0].content;
  expect(saved.at).toBe('2026-03-02T15:40');
  expect(saved.notes).toBe('She said the records are coming next week.');
  expect(saved.requests).toHaveLength(1);

  // Saved: nothing is waiting any more, and leaving no longer asks.
  await side(page, 'Requests at issue').click();
  await expect(page.getByRole('heading', { name: 'Which requests are still in dispute?', level: 1 })).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
  asked.length = 0;
  await page.reload();
  expect(asked).toEqual([]);
});
