import { createCase, expect, test } from './fixtures.js';

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
