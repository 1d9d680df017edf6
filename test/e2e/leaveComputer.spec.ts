import fs from 'node:fs';
import path from 'node:path';
import { api, createCase, expect, test } from './fixtures.js';

// Issue 12, item 13: "Leave this computer" where a person at a library looks for it.
test('the start screen offers "Leave this computer", and it says what it removed', async ({ page, openApp }) => {
  await openApp();
  await page.getByText('Leaving a library or shared computer?').click();
  await page.getByRole('button', { name: 'Leave this computer' }).click();
  await expect(page.getByRole('heading', { name: 'You can leave this computer now' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'What the app removed from this computer' })).toBeVisible();
});

test('next to "Close this case", one click leads to the leaving steps on Help', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  await expect(page.getByRole('heading', { name: 'On a library or shared computer' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Leave this computer' })).toBeVisible();
});

// On a busy computer the Help screen draws its words later than a fixed short wait: the keyboard still lands on the section.
test('"Leaving a shared computer?" puts the keyboard on the leaving steps even when Help is slow to draw', async ({ page, openApp, caseFilePath }) => {
  await page.route('**/api/help.texts', async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  await expect(page.getByRole('heading', { name: 'On a library or shared computer' })).toBeFocused();
});

// Issue 12, item 11: after leaving, nothing of the case stays on screen or in memory, not even a call being written.
test('leaving clears the case, its banner, its log and a call in progress, and the call does not come back', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Start a call' }).click();
  await expect(page.getByRole('heading', { name: 'Call in progress' })).toBeVisible();

  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  await page.getByRole('button', { name: 'Leave this computer' }).click();
  await expect(page.getByRole('heading', { name: 'You can leave this computer now' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Case sections' })).toHaveCount(0);
  await expect(page.locator('.banner')).toHaveCount(0);
  await expect(page.getByText(path.basename(caseFilePath))).toHaveCount(1); // only in "Closed …", as the report says
  await expect(page.getByText('Call in progress')).toHaveCount(0);
  await expect(page.getByText('Talked about the video, the reports and the names.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to the start screen' }).click();
  await expect(page.getByRole('heading', { name: 'Start a new case file' })).toBeVisible();
  await page.getByLabel('Case file to open').fill(caseFilePath);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start a call' })).toBeVisible();
  await expect(page.getByText('Call in progress')).toHaveCount(0);
});

test('closing a case forgets its log and any call being written', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Start a call' }).click();
  await expect(page.getByRole('heading', { name: 'Call in progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Close this case' }).click();
  await expect(page.getByRole('heading', { name: 'Start a new case file' })).toBeVisible();
  await page.getByLabel('Case file to open').fill(caseFilePath);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Start a call' })).toBeVisible();
  await expect(page.getByText('Call in progress')).toHaveCount(0);
});

// Issue 12, item 12: the papers saved in this session are listed with their places, and can be deleted.
test('leaving lists the papers saved this session, where they are, and deletes them when asked', async ({ page, request, caseFilePath }) => {
  const downloads = path.join(process.env.E2E_DATA!, 'downloads');
  fs.mkdirSync(downloads, { recursive: true });
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  const saved = path.join(downloads, download.suggestedFilename());
  await download.saveAs(saved);
  // A file of the same name that is not the app's paper is never offered for deletion.
  const other = path.join(downloads, 'joint-statement-dickson-v-gomez (1).pdf');
  fs.writeFileSync(other, 'my own notes');

  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  const leave = page.getByRole('region', { name: 'Leave this computer' });
  await expect(leave).toContainText(saved);
  await expect(leave).not.toContainText(other);
  await leave.getByLabel('Also delete this paper from this computer').check();
  await leave.getByRole('button', { name: 'Leave this computer' }).click();
  await expect(page.getByRole('heading', { name: 'You can leave this computer now' })).toBeFocused();
  await expect(page.locator('#main')).toContainText(`1 paper you saved while the app was open: "${saved}".`);
  await expect(page.locator('#main')).not.toContainText('the app had kept nothing');
  expect(fs.existsSync(saved)).toBe(false);
  expect(fs.readFileSync(other, 'utf8')).toBe('my own notes');
});
