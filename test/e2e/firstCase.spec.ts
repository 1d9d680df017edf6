import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { addOrderByPasting, caseHeaders, createCase, expect, test } from './fixtures.js';

// Issue 12: the main task, start to finish, as a new user does it with the sample order.
const root = path.resolve(import.meta.dirname, '../..');
const SAMPLE_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

/** The text of each page of a PDF, without spaces (Chromium's PDFs split ligatures like "fi" into their own runs). */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const out: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      out.push(content.items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/g, ''));
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

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

test('an unanswered call says whom the person tried to reach, on screen and in the log report', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByLabel('I am the plaintiff (I started the case)').check();
  await page.getByLabel("Lawyer's name").fill('Jane Roe');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Log a call or letter' }).click();
  await page.getByLabel('What kind of contact?').selectOption('no-answer');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2021-06-01');
  await page.getByRole('textbox', { name: 'Time', exact: true }).fill('14:30');
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry' })).toBeVisible();
  await expect(page.locator('#main')).toContainText('Who you tried to reach');
  await expect(page.locator('#main')).not.toContainText('Who took part');

  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await page.getByRole('button', { name: 'Contact log report' }).click();
  const paper = page.getByRole('article', { name: 'Preview of the paper' });
  await expect(paper).toContainText('Plaintiff tried to reach Jane Roe');
  await expect(paper).not.toContainText('Who took part');
});

test('the printed checklist names the case at the top of every page', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByLabel('I am the plaintiff (I started the case)').check();
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await addOrderByPasting(page, SAMPLE_ORDER);
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  const line = page.getByTestId('checklist-case');
  await expect(line).toHaveText('Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)');

  // What "Print" sends to the printer: Chromium's own print layout, read back page by page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThan(1);
  for (const text of pages) expect(text).toContain(squeeze('Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)'));

  // Any other screen printed from the open case says it too.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Orders', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const orderPages = await pdfPages(await page.pdf({ format: 'Letter' }));
  expect(orderPages.length).toBeGreaterThan(1);
  // The caption is not filled in yet: the pages name the case file instead.
  for (const text of orderPages) expect(text).toContain(squeeze(`Case file ${path.basename(caseFilePath)}`));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'About your case', exact: true }).click();
  await page.getByLabel('Case number').fill('1:17-cv-00294-DAD-BAM (PC)');
  await page.getByLabel('Plaintiffs (one per line)').fill('CHRISTOPHER DICKSON');
  await page.getByLabel('Defendants (one per line)').fill('GOMEZ, et al.');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.emulateMedia({ media: 'print' });
  for (const text of await pdfPages(await page.pdf({ format: 'Letter' }))) expect(text).toContain(squeeze('Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)'));
});

test('a time zone: this computer\'s by default, the court\'s one click away', async ({ browser, caseFilePath }) => {
  // A computer set to Chicago time, for a case in a California court.
  const context = await browser.newContext({ timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  await page.request.post('/api/case.close', { data: {}, headers: await caseHeaders(page.request) });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await createCase(page, caseFilePath);
  await page.getByLabel('District').fill('Eastern District of California');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Log a call or letter' }).click();
  const zone = page.getByLabel('Time zone');
  await expect(zone).toHaveValue('America/Chicago');
  await expect(page.getByText('This computer is set to America/Chicago. The court is in America/Los_Angeles.')).toBeVisible();
  await page.getByRole('button', { name: "Use the court's time zone (America/Los_Angeles)" }).click();
  await expect(zone).toHaveValue('America/Los_Angeles');
  await context.close();
});

test('a file named like a case file that is not one: the message fits it and shows next to the Open button', async ({ page, openApp }) => {
  const odd = path.join(process.env.E2E_DATA!, `Not really ${Date.now()}.casefile`);
  fs.writeFileSync(odd, 'Dear Mr. Dickson, this is a letter, not a case file. '.repeat(10));
  await openApp();
  await page.getByLabel('Case file to open').fill(odd);
  await page.getByRole('button', { name: 'Open case file' }).click();
  const openCard = page.getByRole('region', { name: 'Open a case file you already have' });
  const alert = openCard.getByRole('alert');
  await expect(alert).toContainText("has a case file's name, but what is inside is not a case file");
  await expect(alert).not.toContainText('pick a file that ends in .casefile');
  await expect(alert).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Start a new case file' }).getByRole('alert')).toHaveCount(0);
});

test('a pasted letter from the lawyer: asked before it is kept, and removable when kept by mistake', async ({ page, openApp, caseFilePath }) => {
  const letter =
    'OFFICE OF THE ATTORNEY GENERAL\nJune 1, 2021\n\nRe: Dickson v. Gomez, Case No. 1:17-cv-00294-DAD-BAM (PC)\n\nDear Mr. Dickson:\n\n' +
    "I write about the Court's order of May 24, 2021. I am available for a call next week through the litigation coordinator.\n\nSincerely,\nJane Roe";
  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Orders', exact: true }).click();
  await page.getByLabel("Or paste the order's words here").fill(letter);
  await page.getByRole('button', { name: 'Read this order' }).click();
  await expect(page.getByRole('alert')).toContainText('The app found nothing this paper asks anyone to do.');
  await page.getByRole('button', { name: 'Do not add it' }).click();
  await expect(page.getByText('No orders yet.')).toBeVisible();

  // Kept anyway, by mistake: then removed, and kept in the file's history.
  await page.getByRole('button', { name: 'Read this order' }).click();
  await page.getByRole('button', { name: 'Keep it anyway: it is a court order' }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible();
  await page.getByText('Remove this paper (added by mistake)').click();
  await page.getByLabel('Why are you removing it?').fill('It is a letter from the lawyer.');
  await page.getByRole('button', { name: 'Remove this paper', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Orders from the court' })).toBeVisible();
  await expect(page.getByText('No orders yet.')).toBeVisible();
  await page.getByText('Removed papers (1)').click();
  await expect(page.locator('#main')).toContainText('It is a letter from the lawyer.');
});

test('practice mode: the demo with dates near today, labelled practice on screen and on its papers', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('button', { name: 'Open a practice case' }).click();
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Practice case: made-up papers, with dates moved to near today.');
  // Near today: nothing is "late by" years.
  await expect(page.locator('#main')).not.toContainText(/Late by \d{3,} days/);
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('PRACTICE CASE - NOT REAL - DO NOT FILE');
  await expect(page.getByRole('note')).toBeVisible();
});
