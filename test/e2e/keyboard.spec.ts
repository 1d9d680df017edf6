/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const orderText = fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/demo/order.txt'), 'utf8');

/** What has the keyboard now, in words, for failure messages. */
const focusedWords = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing: the page itself)';
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${name.trim().slice(0, 60)}`;
  });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Press Tab (or Shift+Tab) until the target has the keyboard. Fails if it never gets there: a trap or a missing stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  await target.waitFor();
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (seen.length < 12) seen.push(await focusedWords(page));
  }
  if (await isFocused(target)) return;
  throw new Error(`Tab never reached the target. First stops: ${seen.join(' | ')}; last: ${await focusedWords(page)}`);
}

/** The element with the keyboard shows it: an outline or a ring, not just a colour change. */
async function expectFocusVisible(page: Page, where: string) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none' : `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow };
  });
  expect(style.outline !== 'none' || style.shadow !== 'none', `focus is visible on ${where} (${await focusedWords(page)})`).toBe(true);
}

const side = (page: Page, name: string) => page.getByRole('navigation', { name: 'Case sections' }).getByRole('button', { name, exact: true });

test('keyboard only: read an order into a new case file, read what it asks, log a call, save the joint statement', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await expect(page.getByRole('heading', { name: 'Pro Se Case File', level: 1 })).toBeVisible();

  // The first Tab reaches the skip link; it takes the keyboard to the screen.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page, 'the skip link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // "I have a court order": paste its words and let the app read it.
  await tabTo(page, page.getByLabel("Or paste the order's words here"));
  await expectFocusVisible(page, 'the order text box');
  await page.keyboard.insertText(orderText);
  const read = page.getByRole('button', { name: 'Read this order' });
  await tabTo(page, read);
  await expectFocusVisible(page, '"Read this order"');
  await page.keyboard.press('Enter');
  // The form that had the keyboard is gone: the keyboard goes on to what the app found.
  await expect(page.getByRole('heading', { name: 'What the app found — please check' })).toBeFocused();

  // Save the new case file where this test keeps its files.
  await tabTo(page, page.getByLabel('Where to save your case file'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(caseFilePath);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?', level: 1 })).toBeVisible();
  await expect(page.locator('main')).toBeFocused();

  // Read the order: the first thing it asks, its words in the order, and a court word explained.
  const show = page.getByRole('button', { name: 'Show in the order' }).first();
  await tabTo(page, show);
  await expectFocusVisible(page, '"Show in the order"');
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.quote--flash')).toBeVisible();
  const words = page.getByRole('region', { name: 'Text of the order' });
  await tabTo(page, words);
  await expectFocusVisible(page, "the order's own words");
  const before = await words.evaluate((el) => el.scrollTop);
  await page.keyboard.press('PageDown');
  await expect.poll(() => words.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await tabTo(page, words.locator('button.term').first());
  await expectFocusVisible(page, 'an underlined court word');
  await expect(page.locator('.word-help')).toContainText(':');

  // Log a call.
  await tabTo(page, side(page, 'Contact log'), { back: true, max: 200 });
  await expectFocusVisible(page, 'the side list');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Contact log', level: 1 })).toBeVisible();
  const logButton = page.getByRole('button', { name: 'Log a call or letter' });
  await tabTo(page, logButton);
  await expectFocusVisible(page, '"Log a call or letter"');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What kind of contact?')).toBeFocused();
  await expect(page.getByLabel('What kind of contact?')).toHaveValue('phone-call');
  // When it happened is never filled in for you: type it, one part after the other.
  await tabTo(page, page.getByRole('textbox', { name: 'Date', exact: true }));
  await page.keyboard.type('06032021', { delay: 20 });
  await tabTo(page, page.getByRole('textbox', { name: 'Time', exact: true }));
  await page.keyboard.type('0215PM', { delay: 20 });
  await tabTo(page, page.getByLabel('How long, in minutes'));
  await page.keyboard.type('15');
  await tabTo(page, page.getByLabel('Who took part (one per line)'));
  await page.keyboard.type('Defense counsel');
  await tabTo(page, page.getByLabel('Notes', { exact: true }));
  await page.keyboard.type('We talked about the requests in my motion to compel.');
  await tabTo(page, page.getByRole('button', { name: 'Save to log' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the log as entry' })).toBeVisible();
  await expect(logButton).toBeFocused();
  await expect(page.getByTestId('timeline-count')).toHaveText('1 entry in the log.');
  await expect(page.locator('.entries')).toContainText('We talked about the requests in my motion to compel.');

  // Save the joint statement as a PDF.
  await tabTo(page, side(page, 'Joint statement'), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your part of the joint statement', level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('15 minutes');
  const pdf = page.getByRole('button', { name: 'Save as PDF' });
  await expect(pdf).toBeEnabled();
  await tabTo(page, pdf);
  await expectFocusVisible(page, '"Save as PDF"');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'Look for it in your Downloads folder' })).toBeVisible();
  // The keyboard is still on the button, ready for the next one.
  await expect(pdf).toBeFocused();
});

test('keyboard only: A+ and A− keep the keyboard at their limits', async ({ page, openApp, request }) => {
  await openApp();
  const bigger = page.getByRole('button', { name: 'Bigger text' });
  const smaller = page.getByRole('button', { name: 'Smaller text' });
  const size = page.getByRole('group', { name: 'Text size' });
  try {
    await tabTo(page, bigger);
    await expectFocusVisible(page, 'A+');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
    await expect(size).toContainText('200%');
    await expect(bigger).toBeFocused();
    await expect(bigger).toHaveAttribute('aria-disabled', 'true');
    await tabTo(page, smaller, { back: true });
    for (let i = 0; i < 8; i++) await page.keyboard.press('Space');
    await expect(size).toContainText('90%');
    await expect(smaller).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(bigger).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(size).toContainText('100%');
  } finally {
    // The setting is kept for the whole shared web shell: leave it as other tests expect it.
    await request.post('/api/settings.setTextSize', { data: { textSize: 1 }, headers: { 'X-Casefile-Token': process.env.E2E_TOKEN! } });
  }
});

test('keyboard only: going up and into folders to find a case file keeps the keyboard in the list', async ({ page, openApp }) => {
  await openApp();
  const files = page.getByRole('navigation', { name: 'Files in this folder' });
  const up = files.getByRole('button', { name: '↑ Up one folder' });
  const folder = path.basename(process.env.E2E_DATA!);
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await expect(files.getByRole('button', { name: folder })).toBeVisible();
  await expect(files.getByRole('button').first()).toBeFocused();
  await tabTo(page, files.getByRole('button', { name: folder }));
  await page.keyboard.press('Enter');
  await expect(files).toContainText(process.env.E2E_DATA!);
  await expect(up).toBeFocused();
});

test('keyboard only: when a pressed button goes away, the keyboard stays close by', async ({ page, request, caseFilePath }) => {
  const res = await request.post('/api/case.createDemo', { data: { path: caseFilePath }, headers: { 'X-Casefile-Token': process.env.E2E_TOKEN! } });
  expect((await res.json()).ok).toBe(true);
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?", level: 1 })).toBeVisible();

  // An order: open it from the list, mark a requirement done and not done, change its wording.
  await tabTo(page, side(page, 'Orders'));
  await page.keyboard.press('Enter');
  const open = page.locator('.order-list li').getByRole('button');
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const card = page.locator('.req-card').first();
  await tabTo(page, card.getByRole('button', { name: 'Mark done' }));
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Not done yet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Mark done' })).toBeFocused();
  const wording = card.getByRole('button', { name: 'Change the wording' });
  await tabTo(page, card.getByText('More choices'));
  await page.keyboard.press('Enter');
  await tabTo(page, wording);
  await page.keyboard.press('Enter');
  await tabTo(page, card.getByLabel('Your wording'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Talk with the other side about my requests.');
  await tabTo(page, card.getByRole('button', { name: 'Save wording' }));
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { name: 'Talk with the other side about my requests.' })).toBeVisible();
  await expect(wording).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: '← All orders' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // "Cancel this call" asks first; "No, keep them" goes back to it.
  await tabTo(page, side(page, 'Contact log'), { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Start a call' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('How are you talking?')).toBeFocused();
  const cancel = page.getByRole('button', { name: 'Cancel this call' });
  await tabTo(page, cancel);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'No, keep them' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, throw them away' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Log a call or letter' })).toBeFocused();

  // "Put this copy back" asks first; "No" goes back to it.
  await tabTo(page, side(page, 'Backups'), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table')).toBeVisible();
  const restore = page.getByRole('button', { name: /^Put this copy back/ }).first();
  await tabTo(page, restore);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'No', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(restore).toBeFocused();

  // Checking the log keeps the keyboard on the button while it works.
  await tabTo(page, side(page, 'Contact log'), { back: true });
  await page.keyboard.press('Enter');
  const check = page.getByRole('button', { name: 'Check the log', exact: true });
  await tabTo(page, check, { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('verify-result')).toContainText('Every saved version checks out');
  await expect(check).toBeFocused();
});
