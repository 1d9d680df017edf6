import fs from 'node:fs';
import { addOrderByPasting, createCase, expect, test } from './fixtures.js';

const ORDER = fs.readFileSync('test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', 'utf8');

test('I have a court order: read it first, the caption fills in marked "please check", and the requirements show with dates', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  const start = page.getByRole('region', { name: 'I have a court order' });
  await start.getByLabel("Or paste the order's words here").fill(ORDER);
  await start.getByRole('button', { name: 'Read this order' }).click();
  await expect(start.getByText('1:17-cv-00294-DAD-BAM (PC)')).toBeVisible();
  await start.getByLabel('Where to save your case file').fill(caseFilePath);
  await start.getByRole('button', { name: 'Make my case file from this order' }).click();

  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();
  const contact = page.locator('article', { hasText: 'within 21 days' }).first();
  await expect(contact).toContainText('By Monday, June 14, 2021');
  await expect(page.getByRole('heading', { name: 'Two dates for the same thing' })).toBeVisible();
  await expect(page.getByText('This is not legal advice.').first()).toBeVisible();

  // The quote is in the order's own words, and "Show in the order" finds it.
  await contact.getByRole('button', { name: 'Show in the order' }).click();
  await expect(page.locator('mark.quote').first()).toBeVisible();

  // Served by mail: the 30-day Joint Statement date becomes Monday, June 28, 2021.
  await page.getByText('When and how you got this order').click();
  await page.getByLabel('Date you were served').fill('2021-05-24');
  await page.getByLabel('How it came to you').selectOption('mail');
  await expect(page.getByText('By Monday, June 28, 2021')).toBeVisible();

  // The caption came from the order and asks to be checked.
  await page.getByRole('button', { name: 'About your case' }).click();
  await expect(page.getByLabel('Case number')).toHaveValue('1:17-cv-00294-DAD-BAM (PC)');
  await expect(page.getByText('From the order — please check.').first()).toBeVisible();
});

test('add an order to an open case, mark a requirement done, see it on What\'s next', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await addOrderByPasting(page, ORDER);
  const card = page.locator('article', { hasText: 'within 21 days' }).first();
  await card.getByRole('button', { name: 'Mark done' }).click();
  await expect(card.getByText('Done', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: "What's next" }).click();
  await expect(page.getByRole('heading', { name: 'Nearest deadlines' })).toBeVisible();
  await expect(page.locator('.deadline-list')).toContainText('June 23, 2021');
  await expect(page.locator('.deadline-list')).not.toContainText('within 21 days');
});

test('a file that is not an order gets a plain message', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Orders' }).click();
  await page.getByLabel("Or paste the order's words here").fill('Shopping list: eggs, milk, bread.');
  await page.getByRole('button', { name: 'Read this order' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});

test('caption details from an order can be confirmed, and the app can be told about a requirement it missed', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  const start = page.getByRole('region', { name: 'I have a court order' });
  await start.getByLabel("Or paste the order's words here").fill(ORDER);
  await start.getByRole('button', { name: 'Read this order' }).click();
  await start.getByLabel('Where to save your case file').fill(caseFilePath);
  await start.getByRole('button', { name: 'Make my case file from this order' }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();

  await page.getByRole('button', { name: 'Add something the app missed' }).click();
  await page.getByLabel('What must be done?').fill('Send my new address to the clerk');
  await page.getByLabel('By when? (leave empty if there is no date)').fill('2021-06-20');
  await page.getByRole('button', { name: 'Add it' }).click();
  await expect(page.locator('article', { hasText: 'Send my new address to the clerk' })).toContainText('By Sunday, June 20, 2021');

  await page.getByRole('button', { name: 'About your case' }).click();
  await page.getByRole('button', { name: 'I checked them: they are right' }).click();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.reload();
  await page.getByRole('button', { name: 'About your case' }).click();
  await expect(page.getByText('From the order — please check.')).toHaveCount(0);
});
