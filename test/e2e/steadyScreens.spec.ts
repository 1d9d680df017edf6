import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures.js';
import { pageTop, slowAnswers, staysPut } from './slowMachine.js';

// Issue 12, item 5: "the app never races the person". On a busy machine each screen's answers
// come late. What they bring must not push a button down after it showed: a person (or a test)
// aiming at it would click whatever slid under the pointer instead.

const side = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The demo case, open at "What's next?" with every answer on time so far. */
async function openDemo(page: Page, request: Parameters<typeof api>[0], caseFilePath: string): Promise<void> {
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
}

test('Orders: the list of orders comes with the form below it, so "Read this order" never moves', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'orders.list');
  await side(page, 'Orders').click();
  await staysPut(page.getByRole('button', { name: 'Read this order' }), page.locator('.order-list').getByRole('button'));
});

test('Requests: the requests come with the form below them, so "Add request" never moves', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'requests.list');
  await side(page, 'Requests at issue').click();
  await staysPut(page.getByRole('button', { name: 'Add request' }), page.locator('.request-list li').first());
});

test('Joint statement: what to do with the paper comes with the buttons below it, on opening and on changing paper', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'papers.preview');
  await side(page, 'Joint statement').click();
  const pdf = page.getByRole('button', { name: 'Save as PDF' });
  const preview = page.getByRole('article', { name: 'Preview of the paper' });
  await staysPut(pdf, preview);
  await expect(pdf).toBeEnabled();

  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  await expect(page.getByRole('heading', { name: "A letter to the other side's lawyer", level: 1 })).toBeVisible();
  await staysPut(page.getByRole('button', { name: 'I sent this letter (add it to my log)' }), preview);
});

test('Checklist: the case line comes with the buttons below it, so "Print" never moves', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'papers.checklist');
  await side(page, 'Checklist').click();
  await staysPut(page.getByRole('button', { name: 'Print' }), page.getByTestId('checklist-case'));
});

test('Backups: a backup that failed is said with the button below it, not above it a moment later', async ({ page, request, caseFilePath }) => {
  // A file where the backups folder should be: no backup can be made, for root too.
  const folder = path.join(path.dirname(caseFilePath), `${path.basename(caseFilePath, '.casefile')} backups`);
  fs.writeFileSync(folder, 'not a folder');
  try {
    await openDemo(page, request, caseFilePath);
    await slowAnswers(page, 'backups.list');
    await side(page, 'Backups').click();
    await staysPut(page.getByRole('button', { name: 'Make a backup now' }), page.getByText('The last backup did not work'));
  } finally {
    fs.rmSync(folder, { force: true });
  }
});

test('Help: "Leave this computer" shows with what the app keeps here, not above a button a moment later', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  // Backups kept in the app's own folder make the choice above the button say more.
  await api(request, 'backups.setLocation', { location: 'app-data' });
  await api(request, 'backups.makeNow', {});
  await slowAnswers(page, 'computer.footprint');
  await side(page, 'Help').click();
  await staysPut(page.getByRole('button', { name: 'Leave this computer' }), page.getByText(/in the app's folder on this computer/));
});

test('Start screen: the folder list and recent files come with what is below them, so "Open a practice case" never moves', async ({ page, openApp }) => {
  await slowAnswers(page, 'files.list');
  await slowAnswers(page, 'recent.list');
  await openApp();
  await staysPut(page.getByRole('button', { name: 'Open a practice case' }), page.getByRole('navigation', { name: 'Files in this folder' }));
});

test('a bigger text size kept on this computer is there from the first screen, not a moment after it', async ({ page, request, caseFilePath }) => {
  await api(request, 'settings.setTextSize', { textSize: 1.3 });
  try {
    await api(request, 'case.createDemo', { path: caseFilePath });
    await slowAnswers(page, 'settings.get');
    await page.goto(`/?token=${process.env.E2E_TOKEN}`);
    // At 130% the side list folds away behind one button: the screen's heading is what stays in view.
    await staysPut(page.getByRole('heading', { name: "What's next?" }), page.getByRole('group', { name: 'Text size' }).getByText('130%'));
  } finally {
    await api(request, 'settings.setTextSize', { textSize: 1 });
  }
});

test('"Leaving a shared computer?" lands on the leaving steps however late Help\'s words come', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'help.texts');
  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  const heading = page.getByRole('heading', { name: 'On a library or shared computer' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // Again, with Help's words already read: the keyboard still ends on the steps, not on the top of the screen.
  await side(page, "What's next").click();
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await expect(page.locator('main#main')).toBeFocused();
  await page.getByRole('button', { name: 'Leaving a shared computer?' }).click();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('Help: the keyboard goes to the screen on the first visit, while its words are still coming', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'help.texts');
  await side(page, 'Help').click();
  await expect(page.locator('main#main')).toBeFocused();
  await staysPut(page.getByRole('heading', { name: 'Where can I get help?', level: 1 }), page.getByRole('heading', { name: 'What this app is' }));
});

test('an order: its words show with the court words already underlined, so the lines do not reflow a moment later', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await slowAnswers(page, 'help.glossary');
  await side(page, 'Orders').click();
  await page.locator('.order-list').getByRole('button').first().click();
  await staysPut(page.locator('.order-text mark').nth(3), page.locator('.order-text button.term').first());
});

test('the deadline banner is read before the next screen shows, so it never changes under the new screen a moment later', async ({ page, request, caseFilePath }) => {
  await openDemo(page, request, caseFilePath);
  await expect(page.getByText('A deadline has passed.')).toBeVisible();
  // The dates change where this screen does not see it (as a log entry, a restored backup or midnight can): every late one is done.
  const upcoming = await api(request, 'deadlines.upcoming', {});
  for (const i of upcoming.items as { orderId: number; requirementId: string; daysLeft: number | null; status: string }[]) {
    if (i.daysLeft !== null && i.daysLeft < 0 && i.status !== 'done') await api(request, 'orders.setRequirement', { orderId: i.orderId, requirementId: i.requirementId, status: 'done' });
  }
  await slowAnswers(page, 'deadlines.upcoming');
  await side(page, 'Orders').click();
  await expect(page.getByRole('heading', { name: 'Orders from the court', level: 1 })).toBeVisible();
  const checklist = side(page, 'Checklist');
  const first = await pageTop(checklist);
  await expect(page.getByText('A deadline has passed.')).toBeHidden();
  expect(await pageTop(checklist), 'the side list moved after the screen showed').toBe(first);
});
