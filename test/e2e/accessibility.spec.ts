/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { createCase, expect, test } from './fixtures.js';

/** WCAG 2.0 and 2.1, levels A and AA: what DESIGN.md promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const orderText = fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/demo/order.txt'), 'utf8');

/** The whole page (top bar, banner, side list and the screen), not only #main. Only violations are gathered: it is faster. */
async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(found, `axe on ${where}`).toEqual([]);
}

async function makeDemo(request: APIRequestContext, filePath: string) {
  const res = await request.post('/api/case.createDemo', { data: { path: filePath }, headers: { 'X-Casefile-Token': process.env.E2E_TOKEN! } });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
}

const side = (page: Page, name: string) => page.getByRole('navigation', { name: 'Case sections' }).getByRole('button', { name, exact: true });

async function goTo(page: Page, section: string, heading: string | RegExp) {
  // On a narrow window or at big text the list is folded behind one button.
  const toggle = page.getByRole('button', { name: 'Show the list of sections' });
  if (await toggle.isVisible()) await toggle.click();
  await side(page, section).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** At 200% zoom the main content reflows: nothing needs a sideways scroll. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
  expect(scrollWidth, `sideways scroll on ${where}`).toBeLessThanOrEqual(clientWidth + 1);
}

test('a new case passes axe: welcome, "I have a court order", about your case, and empty screens', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await expect(page.getByRole('heading', { name: 'Pro Se Case File', level: 1 })).toBeVisible();
  await expectAccessible(page, 'welcome');

  // "I have a court order": paste the order, read it, see what the app found.
  await page.getByLabel("Or paste the order's words here").fill(orderText);
  await page.getByRole('button', { name: 'Read this order' }).click();
  await expect(page.getByRole('heading', { name: 'What the app found — please check' })).toBeVisible();
  await expectAccessible(page, 'welcome, what the app found in the order');
  await page.getByRole('button', { name: 'Start over' }).click();

  await createCase(page, caseFilePath);
  await expectAccessible(page, 'about your case');
  await goTo(page, "What's next", "What's next?");
  await expect(page.getByText('No deadlines yet.')).toBeVisible();
  await expectAccessible(page, "what's next (empty)");
  await goTo(page, 'Contact log', 'Contact log');
  await expect(page.getByTestId('timeline-count')).toHaveText('Nothing is logged yet.');
  await expectAccessible(page, 'contact log (empty)');
});

test('every screen of the demo case passes axe, with the forms open', async ({ page, request, caseFilePath }) => {
  await makeDemo(request, caseFilePath);
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?", level: 1 })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'By ' }).first()).toBeVisible();
  await expectAccessible(page, "what's next (demo)");

  await goTo(page, 'Orders', 'Orders from the court');
  await expect(page.locator('.order-list li')).toHaveCount(1);
  await expectAccessible(page, 'orders list (demo)');
  await page.locator('.order-list li').getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: "The order's own words" }).first()).toBeVisible();
  // With its parts open: how the date was counted, and changing the wording and date.
  const card = page.locator('.req-card').first();
  await card.getByText('How the app counted this date').click();
  await card.getByText('More choices').click();
  await card.getByRole('button', { name: 'Change the wording' }).click();
  await card.getByRole('button', { name: 'Set the date myself' }).click();
  await page.getByText('When and how you got this order').click();
  await expectAccessible(page, "an order's detail, with its forms open");

  await goTo(page, 'Requests at issue', 'Which requests are still in dispute?');
  await expect(page.locator('.request-item').first()).toBeVisible();
  await expectAccessible(page, 'requests at issue (demo)');

  // The contact log with the entry form open and showing a problem, an entry's history, and the log checked.
  await goTo(page, 'Contact log', 'Contact log');
  const first = page.locator('.entries > li').first();
  await first.getByRole('button', { name: /^History/ }).click();
  await expect(first.getByRole('region', { name: /History of entry/ })).toBeVisible();
  await page.getByRole('button', { name: 'Check the log', exact: true }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Every saved version checks out');
  await page.getByRole('button', { name: 'Log a call or letter' }).click();
  await expect(page.getByLabel('What kind of contact?')).toBeFocused();
  await page.getByLabel(/^RFP Set 1, No\. \d+/).first().check();
  await page.getByRole('button', { name: 'Add an agreement' }).click();
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('');
  await page.getByRole('button', { name: 'Save to log' }).click();
  await expect(page.getByRole('alert')).toContainText('Please give the date it happened.');
  await expectAccessible(page, 'contact log: entry form with a problem, history, check');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  // "Start a call" mode, with an entry's remove form open too.
  await page.getByRole('button', { name: 'Start a call' }).click();
  await expect(page.getByRole('heading', { name: 'Call in progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel this call' }).click();
  await first.getByRole('button', { name: /^Remove from log/ }).click();
  await expect(first.getByLabel('Why are you removing this entry?')).toBeFocused();
  await expectAccessible(page, 'contact log: start a call, remove form');
  await page.getByRole('button', { name: 'Yes, throw them away' }).click();

  await goTo(page, 'Joint statement', 'Your part of the joint statement');
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('JOINT STATEMENT');
  await page.getByRole('button', { name: /^Change this part: / }).first().click();
  await expectAccessible(page, 'joint statement, changing a part');
  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "A letter to the other side's lawyer" })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toBeVisible();
  await expectAccessible(page, 'letter');
  await page.getByRole('button', { name: 'Contact log report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your contact log, ready to print' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toBeVisible();
  await expectAccessible(page, 'contact log report');

  await goTo(page, 'Checklist', /^Checklist/);
  await expect(page.locator('.checklist-item').first()).toBeVisible();
  await expectAccessible(page, 'checklist (demo)');
  await goTo(page, 'Backups', 'Are my copies safe?');
  await page.getByRole('button', { name: 'Make a backup now' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: /^Put this copy back/ }).first().click();
  await expectAccessible(page, 'backups');
  await goTo(page, 'Glossary', 'What does this word mean?');
  await expect(page.locator('.glossary-entry').first()).toBeVisible();
  await expectAccessible(page, 'glossary');
  await goTo(page, 'Help', 'Where can I get help?');
  await expectAccessible(page, 'help');
});

/** Each main screen with its content showing, for a check to run on. */
async function eachMainScreen(page: Page, check: (where: string) => Promise<void>) {
  await goTo(page, "What's next", "What's next?");
  await expect(page.locator('.deadline-list li').first()).toBeVisible();
  await check("what's next");
  await goTo(page, 'About your case', 'About your case');
  await check('about your case');
  await goTo(page, 'Orders', /^(Orders from the court|What does the order ask of me\?)$/);
  if (await page.getByRole('button', { name: '← All orders' }).isVisible()) await page.getByRole('button', { name: '← All orders' }).click();
  await expect(page.locator('.order-list li')).toHaveCount(1);
  await check('orders');
  await page.locator('.order-list li').getByRole('button').click();
  await expect(page.locator('.req-card').first()).toBeVisible();
  await check("an order's detail");
  await goTo(page, 'Requests at issue', 'Which requests are still in dispute?');
  await expect(page.locator('.request-item').first()).toBeVisible();
  await check('requests at issue');
  await goTo(page, 'Contact log', 'Contact log');
  await expect(page.locator('.entries > li').first()).toBeVisible();
  await check('contact log');
  await goTo(page, 'Joint statement', 'Your part of the joint statement');
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('JOINT STATEMENT');
  await check('joint statement');
  await goTo(page, 'Checklist', /^Checklist/);
  await expect(page.locator('.checklist-item').first()).toBeVisible();
  await check('checklist');
  await goTo(page, 'Backups', 'Are my copies safe?');
  await expect(page.getByRole('table')).toBeVisible();
  await check('backups');
  await goTo(page, 'Glossary', 'What does this word mean?');
  await check('glossary');
}

test('at 200% zoom (a 640 px window), at 200% text, and at 400% zoom (320 px) no screen needs sideways scrolling', async ({ page, request, openApp, caseFilePath }) => {
  // 200% zoom of a 1280 px window is a 640 px window.
  await page.setViewportSize({ width: 640, height: 900 });
  await openApp();
  await expect(page.getByRole('heading', { name: 'Pro Se Case File', level: 1 })).toBeVisible();
  await expect(page.locator('.browser')).toBeVisible();
  await expectNoSidewaysScroll(page, 'welcome');

  await makeDemo(request, caseFilePath);
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?", level: 1 })).toBeVisible();
  await eachMainScreen(page, (where) => expectNoSidewaysScroll(page, `${where} at 640 px`));

  // The app's own A+ at its biggest (200%), on a 1280 px window: set as the button sets it, without changing the saved setting.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '2'));
  await eachMainScreen(page, (where) => expectNoSidewaysScroll(page, `${where} at 200% text`));

  // 400% zoom (WCAG reflow): 320 px.
  await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1'));
  await page.setViewportSize({ width: 320, height: 900 });
  await eachMainScreen(page, (where) => expectNoSidewaysScroll(page, `${where} at 320 px`));
});

test('with reduced motion the app renders and passes axe', async ({ page, request, caseFilePath }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await makeDemo(request, caseFilePath);
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
  await expect(page.getByRole('heading', { name: "What's next?", level: 1 })).toBeVisible();
  await expectAccessible(page, "what's next, reduced motion");
});

test('with high contrast (forced colors) the app renders and passes axe', async ({ page, request, caseFilePath }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await makeDemo(request, caseFilePath);
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  await expect(page.getByRole('heading', { name: "What's next?", level: 1 })).toBeVisible();
  await goTo(page, 'Orders', 'Orders from the court');
  await page.locator('.order-list li').getByRole('button').click();
  await expect(page.locator('.req-card').first()).toBeVisible();
  await expectAccessible(page, "an order's detail, forced colors");
  // The side list still shows which screen is open without colour.
  const currentOutline = await side(page, 'Orders').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(currentOutline).not.toBe('none');
});
