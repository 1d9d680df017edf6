/**
 * The PDF size limit, end to end in Chromium through the web shell: a 19.5 MB order is read
 * (before, the shell's request cap cut it off and the page said "The app is not running"), and a
 * file over the limit is stopped on the screen with the limit the app really enforces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAX_PDF_BYTES } from '../../src-main/core/orders/orderLimits.js';
import { paddedOrderPdf } from '../support/pdfFixtures.js';
import { createCase, expect, test } from './fixtures.js';

test('a 19.5 MB order PDF is read on the Orders screen; one over 20 MB gets the limit in words', async ({ page, openApp, caseFilePath }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(path.dirname(caseFilePath), 'pdf-size-'));
  const near = path.join(dir, 'order-19.5MB.pdf');
  fs.writeFileSync(near, await paddedOrderPdf(19.5 * 1024 * 1024));
  const over = path.join(dir, 'order-too-big.pdf');
  fs.writeFileSync(over, Buffer.concat([fs.readFileSync(near), Buffer.alloc(MAX_PDF_BYTES + 1 - fs.statSync(near).size, 0x20)]));

  await openApp();
  await createCase(page, caseFilePath);
  await page.getByRole('button', { name: 'Orders' }).click();
  const chooser = page.getByLabel("Choose the order's file (PDF or text)");

  await chooser.setInputFiles(over);
  await expect(page.getByRole('alert')).toHaveText('This file is too large to be a court order (over 20 MB).');

  await chooser.setInputFiles(near);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Read this order' }).click();
  await expect(page.getByRole('heading', { name: 'What does the order ask of me?' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/status report/i).first()).toBeVisible();
  await expect(page.getByText('The app is not running')).toHaveCount(0);
});
