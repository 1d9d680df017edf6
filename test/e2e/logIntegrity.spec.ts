import { AxeBuilder } from '@axe-core/playwright';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures.js';

/**
 * The Verify screen says what the chain check can prove, checks a fingerprint typed from an
 * earlier paper, and keeps a problem it found on screen until the person says they looked into it.
 * Real web shell, real Chromium, real case files.
 */

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const TZ = 'America/Los_Angeles';
const call = (at: string, notes: string) => ({ entry: { kind: 'phone-call', at, timeZone: TZ, minutes: 15, notes } });

async function openOn(page: Page, make: () => Promise<unknown>) {
  await make();
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
}

test('a fingerprint printed on the letter is typed back on the Verify screen, forgiving case, spaces and dashes', async ({ page, request, caseFilePath }) => {
  await openOn(page, async () => {
    await api(request, 'case.create', { path: caseFilePath, caption: { side: 'plaintiff', partyName: 'Pat Doe', counsel: { name: 'Sam Lee' } } });
    await api(request, 'log.add', call('2021-06-03T10:00', 'First call.'));
    await api(request, 'log.add', call('2021-06-10T10:00', 'Second call.'));
  });
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  await expect(page.getByRole('heading', { name: "A letter to the other side's lawyer", level: 1 })).toBeVisible();
  const paper = page.getByRole('article', { name: 'Preview of the paper' });
  await expect(paper).toContainText(/Contact log fingerprint on [A-Z][a-z]+ \d{1,2}, \d{4}: [0-9A-F]{4}(-[0-9A-F]{4}){5} \(the log as of change 2\)/);
  const code = /Contact log fingerprint on [^:]+: ([0-9A-F-]{29})/.exec((await paper.textContent()) ?? '')![1];

  // Later: one more call, then the check.
  await api(request, 'log.add', call('2021-06-17T10:00', 'Third call.'));
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Check the log', exact: true }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Every saved version checks out. The log has 3 entries and 3 saved versions.');
  await expect(page.getByTestId('log-fingerprint')).toContainText(/The log's fingerprint now: [0-9A-F]{4}(-[0-9A-F]{4}){5} \(as of change 3\)/);
  await expect(page.locator('.verify')).toContainText('It cannot prove by itself that no one rewrote the log');

  const field = page.getByLabel('Fingerprint from the paper');
  await field.fill(code.toLowerCase().replace(/-/g, ' '));
  await field.press('Enter');
  await expect(page.getByTestId('fingerprint-result')).toContainText("Yes. Today's log still holds exactly the history this fingerprint stands for: changes 1 to 2");
  await expect(page.getByTestId('fingerprint-result')).toContainText('One change was saved after it.');

  await field.fill('0000-1111-2222-3333-4444-5555');
  await page.getByRole('button', { name: 'Check this fingerprint' }).click();
  await expect(page.getByTestId('fingerprint-result').getByRole('alert')).toContainText('No. No point in today’s log gives this fingerprint.');

  await field.fill(code.slice(0, 24));
  await page.getByRole('button', { name: 'Check this fingerprint' }).click();
  await expect(page.locator('.fingerprint-check .field-error')).toContainText('You typed 20');
  await expect(field).toHaveValue(code.slice(0, 24)); // what the person typed stays
  await expectAccessible(page);
});

test('a removed last entry stays found after a new call until the person says they looked into it', async ({ page, request, caseFilePath }) => {
  await api(request, 'case.create', { path: caseFilePath, caption: { side: 'plaintiff', partyName: 'Pat Doe', counsel: { name: 'Sam Lee' } } });
  await api(request, 'log.add', call('2021-06-03T10:00', 'First call.'));
  await api(request, 'log.add', call('2021-06-10T10:00', 'They promised the records.'));
  await api(request, 'case.close', {});
  // Another program removes the last entry while the app is closed.
  const raw = new Database(caseFilePath);
  raw.exec('DROP TRIGGER log_revisions_no_delete; DROP TRIGGER log_entries_no_delete; DELETE FROM log_revisions WHERE entry_id = 2; DELETE FROM log_entries WHERE id = 2;');
  raw.close();
  await openOn(page, async () => {
    await api(request, 'case.open', { path: caseFilePath });
    await api(request, 'log.add', call('2021-06-17T10:00', 'An ordinary new call.'));
  });

  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Check the log', exact: true }).click();
  const result = page.getByTestId('verify-result');
  await expect(result.getByRole('alert')).toContainText('A problem found earlier is still open.');
  await expect(result.getByRole('alert')).toContainText('the newest change is missing');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'I have looked into it' }).click();
  await expect(page.locator('.problem-note .field-error')).toContainText('Please say what you found');
  await page.getByLabel('What did you find when you looked into it?').fill('I removed the June 10 call with another program by mistake. My backup has it.');
  await page.getByRole('button', { name: 'I have looked into it' }).click();
  await expect(result).toContainText('Every saved version checks out.');
  await result.getByText('Problems found before (1)').click();
  await expect(result).toContainText('You looked into it');
  await expect(result).toContainText('My backup has it.');

});
