import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { api, expect, test } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

/** The web shell is shared: make this test's own case and open the app on it. */
async function openOn(page: Page, make: () => Promise<unknown>) {
  await make();
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
}

async function pdfText(file: string): Promise<{ text: string; pages: number; size: number[] }> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const out: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      out.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    }
    const [x0, y0, x1, y1] = (await doc.getPage(1)).view;
    return { text: out.join(' ').replace(/\s+/g, ' '), pages: doc.numPages, size: [x1 - x0, y1 - y0] };
  } finally {
    await doc.destroy();
  }
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include('#main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('demo case: preview the joint statement, change a sentence with the keyboard, save as PDF; the file has the change', async ({ page, request, caseFilePath }) => {
  await openOn(page, () => api(request, 'case.createDemo', { path: caseFilePath }));
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your part of the joint statement', level: 1 })).toBeVisible();
  const paper = page.getByRole('article', { name: 'Preview of the paper' });
  await expect(paper).toContainText("JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)");
  await expect(paper).toContainText('They talked by telephone on June 3, 2021');
  await expect(paper).toContainText('/s/ Christopher Dickson (demo)');
  await expect(page.getByRole('region', { name: 'Check these before you send it' })).toContainText('This is the demo case');
  await expectAccessible(page);

  // Keyboard only: focus "Change this part" for (a), press Enter, type, Save.
  const change = page.getByRole('button', { name: 'Change this part: (a) The conference' });
  await change.focus();
  await page.keyboard.press('Enter');
  const box = page.getByLabel('Your words for “(a) The conference”');
  await expect(box).toBeFocused();
  const mine = 'Counsel for Defendants called Plaintiff at the prison on June 3, 2021, and we talked for twenty-five minutes.';
  await box.fill(mine);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved your words.' })).toBeVisible();
  await expect(paper).toContainText(mine);
  await expect(paper).not.toContainText('They talked by telephone on June 3, 2021');
  await expect(paper.getByText('Your words')).toBeVisible();

  // The words are kept in the case file: still there after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText(mine);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('joint-statement-dickson-v-gomez.pdf');
  const saved = path.join(process.env.E2E_DATA!, `statement-${Date.now()}.pdf`);
  await download.saveAs(saved);
  expect(fs.existsSync(saved)).toBe(true);
  const pdf = await pdfText(saved);
  expect(pdf.size).toEqual([612, 792]);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  expect(pdf.text).toContain('we talked for twenty-five minutes.');
  expect(pdf.text).toContain('DECLARATION OF SERVICE BY MAIL');
  await expect(page.getByRole('status').filter({ hasText: 'Saved joint-statement-dickson-v-gomez.pdf' })).toBeVisible();

  // Word and text too.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as Word (DOCX)' }).click()]);
  expect(docx.suggestedFilename()).toBe('joint-statement-dickson-v-gomez.docx');
  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as text' }).click()]);
  const txtFile = path.join(process.env.E2E_DATA!, `statement-${Date.now()}.txt`);
  await txt.saveAs(txtFile);
  expect(fs.readFileSync(txtFile, 'utf8').replace(/\s+/g, ' ')).toContain('we talked for twenty-five minutes.');

  // Back to the app's words.
  await page.getByRole('button', { name: 'Reset to generated text: (a) The conference' }).click();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('They talked by telephone on June 3, 2021');
  await expect(page.getByRole('button', { name: 'Change this part: (a) The conference' })).toBeFocused();
});

test('no call logged: the statement says so and the screen warns; the letter can be logged as sent', async ({ page, request, caseFilePath }) => {
  const order = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
  await openOn(page, async () => {
    await api(request, 'case.create', { path: caseFilePath, caption: { side: 'plaintiff', partyName: 'Pat Doe', counsel: { name: 'Sam Lee' } } });
    await api(request, 'orders.add', { source: { name: 'order.txt', text: order } });
    await api(request, 'requests.add', { setType: 'rfp', setNumber: 1, number: 2, description: 'Medical records', position: 'They show the injury.' });
  });
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Check these before you send it' })).toContainText('Your contact log has no phone call, video call or meeting');
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('The parties have not yet met and conferred');

  await page.getByLabel('Use pleading paper (28 numbered lines down the left side)').check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByLabel('Use pleading paper (28 numbered lines down the left side)')).toBeChecked();

  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  await expect(page.getByRole('heading', { name: "A letter to the other side's lawyer", level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('Dear Sam Lee:');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'I sent this letter (add it to my log)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your contact log as entry' })).toBeVisible();

  await page.getByRole('button', { name: 'Contact log report' }).click();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('Letter sent');
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('Each one still matches its fingerprint');
});

test('checklist: boxes to tick that are remembered, print, PDF and calendar files', async ({ page, request, caseFilePath }) => {
  await openOn(page, () => api(request, 'case.createDemo', { path: caseFilePath }));
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Checklist: what the court asks, and by when', level: 1 })).toBeVisible();
  await expect(page.locator('#main')).toContainText('This is not legal advice.');
  // The demo's logged call already meets "must call you", so that box starts ticked.
  await expect(page.getByRole('checkbox', { name: /must call you or set up an in-person meeting/ })).toBeChecked();
  const box = page.getByRole('checkbox', { name: /must meet and confer in good faith/ });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(page.getByRole('status').filter({ hasText: 'Marked done.' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /must meet and confer in good faith/ })).toBeChecked();
  await expectAccessible(page);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('checklist-dickson-v-gomez.pdf');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click()]);
  const icsFile = path.join(process.env.E2E_DATA!, `deadlines-${Date.now()}.ics`);
  await ics.saveAs(icsFile);
  const text = fs.readFileSync(icsFile, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  // The demo's two Joint Statement readings (7 days after the June 3 conference; 30 days after mail
  // service) both go in the calendar on the earlier, safe date (issue 10, item 8): never June 28.
  expect(text).toContain('DTSTART;VALUE=DATE:20210610');
  expect(text).not.toContain('DTSTART;VALUE=DATE:20210628');

  // Print: the browser's print with print styles (navigation hidden).
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Case sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /must call you or set up an in-person meeting/ })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // The real print dialog cannot be driven headless: count the calls instead.
  await page.evaluate(() => {
    const w = globalThis as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => {
      w.printed++;
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(1);
});

test('names in other scripts stay in the suggested file name, and Chromium saves the file under it', async ({ page, request, caseFilePath }) => {
  const order = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
  await openOn(page, async () => {
    await api(request, 'case.create', { path: caseFilePath, caption: { plaintiffs: ['王小明'], defendants: ['محمد أحمد'], side: 'plaintiff', partyName: '王小明' } });
    await api(request, 'orders.add', { source: { name: 'order.txt', text: order } });
  });
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your part of the joint statement', level: 1 })).toBeVisible();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as Word (DOCX)' }).click()]);
  expect(docx.suggestedFilename()).toBe('joint-statement-王小明-v-أحمد.docx');
  const saved = path.join(fs.mkdtempSync(path.join(process.env.E2E_DATA!, 'names-')), docx.suggestedFilename());
  await docx.saveAs(saved);
  expect(fs.readdirSync(path.dirname(saved))).toEqual(['joint-statement-王小明-v-أحمد.docx']);
  expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByRole('status').filter({ hasText: 'Saved joint-statement-王小明-v-أحمد.docx' })).toBeVisible();
});
