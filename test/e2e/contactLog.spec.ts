import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createCase, expect, test, typeWhen } from './fixtures.js';

async function addRequest(page: Page, kind: string, set: string, number: string, description: string) {
  await page.getByLabel('Kind of request').selectOption(kind);
  await page.getByLabel('Set number').fill(set);
  await page.getByLabel('Request number').fill(number);
  await page.getByLabel('Short description').fill(description);
  await page.getByRole('button', { name: 'Add request' }).click();
}

/** No WCAG A/AA problems axe can find in the main area. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const statusOf = (page: Page, key: string) => page.getByTestId(`request-${key}`).getByTestId('request-status');

test('log a call with outcomes for two requests, edit it with a reason, see its history and the request statuses; then use Start a call', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByLabel("Lawyer's name").fill('Jane Counsel');
  await page.getByLabel('Your full name').fill('Christopher Dickson');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);

  // Two requests at issue.
  await page.getByRole('button', { name: 'Requests at issue', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Which requests are still in dispute?', level: 1 })).toBeVisible();
  await addRequest(page, 'rfp', '1', '3', 'Medical records from 2016');
  await expect(page.getByRole('status')).toContainText('Added RFP Set 1, No. 3.');
  await addRequest(page, 'interrogatory', '1', '5', 'Names of witnesses');
  await expect(page.getByRole('status')).toContainText('Added Interrogatory Set 1, No. 5.');
  await expect(statusOf(page, 'RFP-1-3')).toContainText('Still in dispute');
  await expect(statusOf(page, 'ROG-1-5')).toContainText('Still in dispute');
  await expectAccessible(page);

  // Log a call with an outcome for each.
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Contact log', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Log a call or letter' }).click();
  await expect(page.getByLabel('What kind of contact?')).toBeFocused();
  await page.getByLabel('What kind of contact?').selectOption('phone-call');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2021-06-03');
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('10:00');
  await page.getByLabel('How long, in minutes').fill('20');
  await expect(page.getByLabel('Who took part (one per line)')).toHaveValue('Jane Counsel');
  await page.getByLabel('RFP Set 1, No. 3: Medical records from 2016').check();
  await page.getByLabel('What happened with RFP Set 1, No. 3?').selectOption('agreed-to-supplement');
  await page.getByLabel('They will add to their answer by (RFP Set 1, No. 3)').fill('2021-06-20');
  await page.getByLabel('Interrogatory Set 1, No. 5: Names of witnesses').check();
  await page.getByLabel('What happened with Interrogatory Set 1, No. 5?').selectOption('still-disputed');
  await page.getByLabel('Notes', { exact: true }).fill('Ms. Counsel said she will look for more records.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Phone call: Thursday, June 3, 2021, 10:00 AM/ }) });
  await expect(entry).toContainText('RFP Set 1, No. 3: They agreed to add to their answer by June 20, 2021');
  await expect(entry).toContainText('Interrogatory Set 1, No. 5: Still in dispute');
  await expect(page.getByTestId('conference-now')).toContainText('Your conference: June 3, 2021: phone call, 20 minutes');

  await page.getByRole('button', { name: 'Requests at issue', exact: true }).click();
  await expect(statusOf(page, 'RFP-1-3')).toContainText('Partly resolved on June 3, 2021');
  await expect(statusOf(page, 'RFP-1-3')).toContainText('by June 20, 2021');
  await expect(statusOf(page, 'ROG-1-5')).toContainText('Still in dispute, as of June 3, 2021');

  // Edit it: a reason is needed, and the history shows both versions.
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await entry.getByRole('button', { name: /^Edit entry/ }).click();
  await page.getByLabel('What happened with RFP Set 1, No. 3?').selectOption('agreed-to-produce');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('Please say why you are changing this entry');
  await page.getByLabel('Why are you changing this entry?').fill('At the end of the call she agreed to give all of RFP 3.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The old version is kept in its history' })).toBeVisible();
  await expect(entry).toContainText('Changed once. Last reason: At the end of the call she agreed to give all of RFP 3.');
  await entry.getByRole('button', { name: /^History/ }).click();
  const history = entry.getByRole('region', { name: /History of entry/ });
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 1: First saved' })).toContainText('by Christopher Dickson');
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 1: First saved' })).toContainText('They agreed to add to their answer by June 20, 2021');
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 2: Changed' })).toContainText('Why: At the end of the call she agreed to give all of RFP 3.');
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 2: Changed' })).toContainText('RFP Set 1, No. 3: They agreed to give it');

  await page.getByRole('button', { name: 'Requests at issue', exact: true }).click();
  await expect(statusOf(page, 'RFP-1-3')).toContainText('Resolved on June 3, 2021');

  // Start a call: one click starts the timer and the notes page; ending it files the entry with its length.
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Start a call' }).click();
  await expect(page.getByRole('heading', { name: 'Call in progress' })).toBeVisible();
  await expect(page.getByTestId('call-timer')).toHaveText(/^00:0[1-9]$/, { timeout: 5000 });
  await expect(page.getByLabel('RFP Set 1, No. 3: Medical records from 2016')).toHaveCount(0); // resolved: no longer open
  await page.getByLabel('Interrogatory Set 1, No. 5: Names of witnesses').check();
  await page.getByLabel('What happened with Interrogatory Set 1, No. 5?').selectOption('withdrawn');
  await page.getByLabel('Call notes').fill('I said I would drop the witness question.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'End call and save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved the call as entry \d+ \(1 minute\)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log a call or letter' })).toBeFocused();
  await expect(page.getByTestId('timeline-count')).toHaveText('2 entries in the log.');
  await expect(page.locator('.entries > li').first()).toContainText('I said I would drop the witness question.');

  await page.getByRole('button', { name: 'Requests at issue', exact: true }).click();
  await expect(statusOf(page, 'ROG-1-5')).toContainText('Withdrawn on');

  // The chain checks out.
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Check the log', exact: true }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Every saved version checks out. The log has 2 entries and 3 saved versions.');
});

test('letters alone bring the good-faith warning; removing an entry keeps it, crossed out, with the reason; filters and search work', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await expect(page.getByTestId('good-faith')).toHaveCount(0);

  // Keyboard only: open the form with Enter, give the date and time (never filled in for you), type a reference, submit with Enter.
  await page.getByRole('button', { name: 'Log a call or letter' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What kind of contact?')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // video call
  await page.keyboard.press('ArrowDown'); // in person
  await page.keyboard.press('ArrowDown'); // letter I sent
  await expect(page.getByLabel('What kind of contact?')).toHaveValue('letter-sent');
  await typeWhen(page, '06042021', '0930AM');
  await page.getByLabel('Reference').focus();
  await page.keyboard.type('letter dated June 4, 2021');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry' })).toBeVisible();

  const warning = page.getByTestId('good-faith');
  await expect(warning).toContainText('letters or emails alone are not a conference');
  await expect(warning).toContainText('This is not legal advice.');
  await expect(page.getByTestId('conference-now')).toHaveText('No conference yet.');

  await expectAccessible(page);

  // Search and filter.
  await page.getByLabel('Search the notes').fill('June 4');
  await expect(page.getByTestId('timeline-count')).toHaveText('1 entry matches, out of 1 entry.');
  await page.getByLabel('Search the notes').fill('nothing like this');
  await expect(page.getByTestId('timeline-count')).toHaveText('0 entries match, out of 1 entry.');
  await page.getByLabel('Search the notes').fill('');
  await page.getByLabel('Kind', { exact: true }).selectOption('phone-call');
  await expect(page.getByTestId('timeline-count')).toHaveText('0 entries match, out of 1 entry.');
  await page.getByLabel('Kind', { exact: true }).selectOption('');

  // Remove it: a reason is asked for; it stays visible, crossed out.
  await page.getByRole('button', { name: /^Remove from log.*entry \d+/ }).click();
  await page.getByLabel('Why are you removing this entry?').fill('I never mailed this letter.');
  await page.getByRole('button', { name: 'Remove from log', exact: true }).click();
  const removed = page.locator('.entry--void');
  await expect(removed).toContainText('Removed from the log. Why: I never mailed this letter.');
  await expect(removed.locator('.entry-body').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(removed.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByTestId('good-faith')).toHaveCount(0);
  await removed.getByRole('button', { name: /^History/ }).click();
  await expect(removed.getByText('Version 2: Removed from the log')).toBeVisible();
});
