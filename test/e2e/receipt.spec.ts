import { addOrderByPasting, createCase, expect, test, typeDate } from './fixtures.js';

// An order that counts from receipt (issue 10, item 3): no date until the person says when it arrived, then no mail days.
const ORDER = [
  'UNITED STATES DISTRICT COURT',
  'NORTHERN DISTRICT OF CALIFORNIA',
  'JANE DOE, Plaintiff, v. ACME CORP., Defendant.',
  'Case No. 3:24-cv-05555',
  'ORDER TO SHOW CAUSE',
  'Plaintiff shall file a written response to this order within thirty days of receipt of this order, explaining why the case should not be dismissed.',
  'IT IS SO ORDERED.',
  'Dated: March 1, 2024',
].join('\n');

test('a period from receipt asks for the day the order arrived, then counts from it without mail days', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await addOrderByPasting(page, ORDER);

  const card = page.locator('article', { hasText: 'written response' }).first();
  await expect(card).toContainText('Enter the day it reached you');
  await expect(card).toContainText('Monday, April 1, 2024');

  await page.getByText('When and how you got this order').click();
  await page.getByLabel('How it came to you').selectOption('mail');
  await typeDate(page, page.getByLabel('Date the order reached you'), '03/06/2024');
  await page.getByLabel('Date the order reached you').press('Enter');
  await expect(card).toContainText('By Friday, April 5, 2024');
});
