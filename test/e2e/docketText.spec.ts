import { AxeBuilder } from '@axe-core/playwright';
import { addOrderByPasting, createCase, expect, test } from './fixtures.js';

// A docket entry as people paste it from a court e-mail: a reset hearing, a due date, an excluded span.
const ENTRY =
  'EO: MINUTES: Final Pretrial Conference has been continued from 12/27/2004 10:00:00 AM to 02/22/2005 10:00:00 AM before DAE Motions due: 1/31/2005 Reponses due: 2/14/2005 Time excluded from 1/25/2005 to 3/22/2005. : by Judge David A. Ezra (bbb) (Entered: 11/22/2004)';

test('a docket entry is read: the court date to attend, the due dates, and every other date with its reason', async ({ page, openApp, caseFilePath }) => {
  await openApp();
  await createCase(page, caseFilePath);
  await addOrderByPasting(page, ENTRY);

  const conference = page.locator('article', { hasText: 'a court date to attend' });
  await expect(conference).toContainText(/final pretrial conference/i);
  await expect(conference.locator('blockquote')).toContainText('Final Pretrial Conference has been continued');
  await expect(conference).toContainText('February 22, 2005');
  await expect(page.locator('article', { hasText: 'Motions' }).first()).toContainText('January 31, 2005');

  const others = page.getByRole('region', { name: 'Other dates in this order' });
  await expect(others).toContainText('December 27, 2004');
  await expect(others).toContainText('The order changed or canceled it');
  await expect(others).toContainText('span of time');
  await expect(others).toContainText('put this on the court’s list');
  // Cards and the list quote the order's own words.
  await expect(others.locator('blockquote').first()).toBeVisible();

  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
