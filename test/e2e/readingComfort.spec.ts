import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures.js';

// Issue 12, items 14 and 15: reading comfortably at big text.
async function openDemoAt200(page: Page, request: Parameters<typeof api>[0], caseFilePath: string) {
  await api(request, 'settings.setTextSize', { textSize: 1 });
  await api(request, 'case.createDemo', { path: caseFilePath });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  const size = page.getByRole('group', { name: 'Text size' });
  await expect(size).toContainText('100%');
  for (const pct of ['115%', '130%', '150%', '175%', '200%']) {
    await page.getByRole('button', { name: 'Bigger text' }).click();
    await expect(size).toContainText(pct);
  }
}

// The text size is kept on this computer: put it back for the tests that follow.
test.afterEach(async ({ request }) => {
  await api(request, 'settings.setTextSize', { textSize: 1 });
});

test('at 200% text the side list folds away, the screen gets the width, and a card groups its choices', async ({ page, request, caseFilePath }) => {
  await openDemoAt200(page, request, caseFilePath);
  const width = page.viewportSize()!.width;
  const main = await page.locator('main').boundingBox();
  expect(main!.width).toBeGreaterThan(width * 0.9);
  await expect(page.getByRole('button', { name: 'Orders', exact: true })).toBeHidden();

  await page.getByRole('button', { name: 'Show the list of sections' }).click();
  await page.getByRole('button', { name: 'Orders', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show the list of sections' })).toHaveAttribute('aria-expanded', 'false');
  await page.locator('.order-list li').getByRole('button').click();
  const card = page.locator('.req-card').first();
  await expect(card).toBeVisible();
  expect(await card.locator('.req-actions button:visible').count()).toBeLessThanOrEqual(3);
  // The card's heading has room: several words a line, not one or two.
  const lines = await card.locator('h3').evaluate((h) => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight)));
  const words = (await card.locator('h3').innerText()).split(/\s+/).length;
  expect(words / lines).toBeGreaterThan(3);
  await card.getByText('More choices').click();
  await expect(card.getByRole('button', { name: 'Change the wording' })).toBeVisible();
});

test('the file name breaks only between words, lettered lists have no bullet, the letter keeps the address lines, no "., by"', async ({ page, request, caseFilePath }) => {
  const named = caseFilePath.replace(/[^/]+\.casefile$/, 'DICKSON v GOMEZ practice.casefile');
  await openDemoAt200(page, request, named);
  await page.getByRole('button', { name: 'Show the list of sections' }).click();
  // Each word of the name sits on one line: no word is cut in two.
  const cut = await page.locator('.case-name').evaluate((el) => {
    const text = el.textContent ?? '';
    const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const bad: string[] = [];
    for (let n = node.nextNode(); n; n = node.nextNode()) {
      const t = n.textContent ?? '';
      for (const m of t.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set(Array.from(r.getClientRects()).map((x) => Math.round(x.top)));
        if (tops.size > 1) bad.push(m[0]);
      }
    }
    return { text, bad };
  });
  expect(cut.text).toContain('DICKSON v GOMEZ practice.casefile');
  expect(cut.bad).toEqual([]);

  await page.getByRole('button', { name: 'Orders', exact: true }).click();
  await page.locator('.order-list li').getByRole('button').click();
  const item = page.locator('.req-items li').first();
  await expect(item).toHaveText(/^\((?:a|1)\) /);
  await expect(page.locator('.req-items').first()).toHaveCSS('list-style-type', 'none');

  await page.getByRole('button', { name: 'Show the list of sections' }).click();
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await page.getByRole('button', { name: "Letter to the other side's lawyer" }).click();
  const recipient = page.locator('[data-part="recipient"] .paper-p');
  await expect(recipient).toContainText('Demo Counsel');
  expect(await recipient.innerText()).toContain('Demo Counsel\nOffice of the Attorney General (demo)');

  await api(request, 'log.add', {
    entry: { kind: 'letter-sent', at: '2021-06-08T09:00', timeZone: 'America/Los_Angeles', followUps: [{ text: 'Ask about the reports that are missing.', dueDate: '2021-07-16' }] },
  });
  await page.getByRole('button', { name: 'Show the list of sections' }).click();
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await expect(page.locator('#main')).toContainText('Ask about the reports that are missing, by July 16, 2021');
  await expect(page.locator('#main')).not.toContainText('missing., by');
});
