import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { api, expect, test } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

async function pdfText(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(1)).getTextContent();
    return content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ');
  } finally {
    await doc.destroy();
  }
}

test('names in other scripts print as typed; a character no font has is named on screen after saving the PDF', async ({ page, request, caseFilePath }) => {
  const order = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
  await api(request, 'case.create', {
    path: caseFilePath,
    caption: { side: 'plaintiff', partyName: '王小明 / محمد أحمد', plaintiffs: ['王小明 / محمد أحمد'], defendants: ['Nguyễn Thị Ánh \u{1F600}'], counsel: { name: 'Sam Lee' } },
  });
  await api(request, 'orders.add', { source: { name: 'order.txt', text: order } });
  await page.goto(`/?token=${process.env.E2E_TOKEN}`);
  await expect(page.getByRole('heading', { name: "What's next?" })).toBeVisible();
  await page.getByRole('button', { name: 'Joint statement', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Preview of the paper' })).toContainText('王小明 / محمد أحمد');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PDF' }).click()]);
  const saved = path.join(process.env.E2E_DATA!, `names-${Date.now()}.pdf`);
  await download.saveAs(saved);
  const status = page.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}` });
  await expect(status).toContainText('The PDF cannot draw the character "\u{1F600}" (U+1F600) in the defendant\'s name');
  await expect(status).toContainText('The Word (.docx) and text files keep it as you typed.');
  const text = await pdfText(saved);
  expect(text).toContain('王小明 / محمد أحمد');
  expect(text).toContain('Nguyễn Thị Ánh ?');

  // The Word file has nothing to warn about: the status says only where the file went.
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as Word (DOCX)' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${docx.suggestedFilename()}` })).toHaveText(`Saved ${docx.suggestedFilename()}. Look for it in your Downloads folder.`);
});
