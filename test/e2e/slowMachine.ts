import { expect, type Locator, type Page, type Response } from '@playwright/test';

/** How long a busy machine holds an answer back here: longer than the few frames a screen needs to draw. */
const HELD_MS = 1500;

/**
 * Answer one API method late, as CI's busy machine does. Not a mock: the real web shell answers,
 * later. The promise it gives back settles once the first held answer has reached the page.
 */
export async function slowAnswers(page: Page, method: string): Promise<void> {
  await page.route(`**/api/${method}`, async (route) => {
    await new Promise((done) => setTimeout(done, HELD_MS));
    await route.continue();
  });
}

/** The next answer to `method` that reaches the page. Start waiting before the screen asks. */
export const answerTo = (page: Page, method: string): Promise<Response> => page.waitForResponse((r) => r.url().endsWith(`/api/${method}`));

/** Where an element is on the page (not in the window), to see whether it moved. */
export const pageTop = (control: Locator): Promise<number> => control.evaluate((el) => el.getBoundingClientRect().top + window.scrollY, undefined, { timeout: 5000 });

/**
 * The control shows, then what comes late (`arrived`) shows too: the control must be where it
 * first appeared. `arrived` is what the held-back answer brings, so this waits for state, not time.
 */
export async function staysPut(control: Locator, arrived: Locator): Promise<void> {
  await expect(control).toBeVisible();
  const first = await pageTop(control);
  await expect(arrived).toBeVisible();
  expect(await pageTop(control), 'the control moved after it showed').toBe(first);
}
