import fs from 'node:fs';
import path from 'node:path';
import { addOrderByPasting, createCase, expect, test } from './fixtures.js';

// Issue 12: the main task, start to finish, as a new user does it with the sample order.
const root = path.resolve(import.meta.dirname, '../..');
const SAMPLE_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');

test('papers name the prison from its own field, and the joint statement says defense counsel files it and when to send it', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByLabel('I am the plaintiff (I started the case)').check();
  await page.getByLabel('Your full name').fill('Christopher Dickson');
  await page.getByLabel('Your mailing address').fill('Christopher Dickson, CDCR # AB-1234\nP.O. Box 3456\nCorcoran, CA 93212');
  await page.getByLabel('I am in prison or jail').check();
  await page.getByLabel('Prisoner or booking number (if you have one)').fill('AB-1234');
  await page.getByLabel('Name of your prison or jail').fill('California State Prison, Corcoran');
  await page.getByLabel("Lawyer's name").fill('Jane Roe');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await addOrderByPasting(page, SAMPLE_ORDER);

  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  const paper = page.getByRole('article', { name: 'Preview of the paper' });
  await expect(paper).toContainText('I am in custody at California State Prison, Corcoran.');
  await expect(paper).toContainText('at California State Prison, Corcoran.');
  await expect(paper).not.toContainText('at Christopher Dickson');
  await expect(paper).toContainText('directs counsel for Defendants to file the Joint Statement and all parties to sign it.');
  await expect(paper).not.toContainText('files this part');
  const next = page.getByRole('region', { name: 'What to do with this paper' });
  await expect(next).toContainText("The order says the defendants' lawyer files this paper.");
  await expect(next).toContainText('The order says every party must sign it.');

  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  await expect(paper).toContainText('I am in custody at California State Prison, Corcoran, so I cannot take calls directly.');
});
