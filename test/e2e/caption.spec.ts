import fs from 'node:fs';
import { createCase, expect, test } from './fixtures.js';

test('create a case, fill the caption, reload: everything is still there', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  expect(fs.existsSync(caseFilePath)).toBe(true);

  await page.getByLabel('Case number').fill('1:17-cv-00294-DAD-BAM (PC)');
  await page.getByLabel('District').fill('Eastern District of California');
  await page.getByLabel('Plaintiffs (one per line)').fill('CHRISTOPHER DICKSON');
  await page.getByLabel('Defendants (one per line)').fill('GOMEZ\nRIOS\nMARTINEZ');
  await page.getByLabel('I am the plaintiff (I started the case)').check();
  await page.getByLabel('Your full name').fill('Christopher Dickson');
  await page.getByLabel('I am in prison or jail').check();
  await page.getByLabel('Prisoner or booking number (if you have one)').fill('AB-1234');
  await page.getByLabel("Lawyer's name").fill('Jane Counsel');
  await page.getByLabel('Email').fill('jane.counsel@example.gov');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  await page.reload();
  await page.getByRole('button', { name: 'About your case' }).click();
  await expect(page.getByLabel('Case number')).toHaveValue('1:17-cv-00294-DAD-BAM (PC)');
  await expect(page.getByLabel('District')).toHaveValue('Eastern District of California');
  await expect(page.getByLabel('Defendants (one per line)')).toHaveValue('GOMEZ\nRIOS\nMARTINEZ');
  await expect(page.getByLabel('I am the plaintiff (I started the case)')).toBeChecked();
  await expect(page.getByLabel('I am in prison or jail')).toBeChecked();
  await expect(page.getByLabel('Prisoner or booking number (if you have one)')).toHaveValue('AB-1234');
  await expect(page.getByLabel('Email')).toHaveValue('jane.counsel@example.gov');
});

test('the case can be closed and opened again from the welcome screen', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByLabel('Case number').fill('2:20-cv-01234');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Close this case' }).click();
  await page.getByLabel('Case file to open').fill(caseFilePath);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await page.getByRole('button', { name: 'About your case' }).click();
  await expect(page.getByLabel('Case number')).toHaveValue('2:20-cv-01234');
});

test('opening a file that is not a case file shows a plain message', async ({ page, openApp }) => {
  const bogus = `${process.env.E2E_DATA}/not-a-case-${Date.now()}.casefile`;
  fs.writeFileSync(bogus, '%PDF-1.4 this is a court order, not a case file'.repeat(5));
  await openApp();
  await page.getByLabel('Case file to open').fill(bogus);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await expect(page.getByRole('alert')).toContainText('is a PDF, not a case file');
});

test('an API request without the token is refused', async ({ request }) => {
  const res = await request.post('/api/case.current', { data: {} });
  expect(res.status()).toBe(403);
  const withToken = await request.post('/api/case.current', { data: {}, headers: { 'X-Casefile-Token': process.env.E2E_TOKEN! } });
  expect(withToken.status()).toBe(200);
});

test('the whole caption form works with the keyboard alone', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await page.getByLabel('Where to save it').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(caseFilePath);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'About your case', level: 1 })).toBeVisible();
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab'); // court
  await page.keyboard.press('Tab'); // district
  await page.keyboard.type('Northern District of California');
  await expect(page.getByLabel('District')).toHaveValue('Northern District of California');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
});
