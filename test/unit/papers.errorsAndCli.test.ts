/** Papers with no case open or no order yet, and `cli export` writing files that open again. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { makeApi, ok, outDir, PAPERS, prisonerCase, root } from '../support/paperCase.js';
import { docxText, readPdf } from '../support/readPapers.js';

describe('errors and the command line', () => {
  test('no case open: a plain message', async () => {
    const { api } = makeApi();
    const r = await api.call('papers.preview', { paper: 'joint-statement' });
    assert.equal(!r.ok && r.error.code, 'no-case-open');
    const bad = await api.call('papers.export', { paper: 'joint-statement', format: 'rtf' as 'pdf' });
    assert.equal(!bad.ok && bad.error.code, 'bad-input');
  });

  test('a case with no order yet still drafts, and says to add the order', async () => {
    const { api, file } = makeApi();
    ok(await api.call('case.create', { path: file('empty.casefile'), caption: { partyName: 'Pat Doe', side: 'defendant' } }));
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    assert.equal(p.orderId, null);
    assert.ok(p.warnings.some((w) => w.startsWith('No court order is in this case file yet')));
    assert.match(p.parts[0].text, /^Defendant Pat Doe has no lawyer/);
    const cal = ok(await api.call('papers.exportCalendar', {}));
    assert.equal(cal.events, 0);
    for (const paper of PAPERS) ok(await api.call('papers.export', { paper, format: 'pdf' }));
  });

  test('cli export joint-statement|log|checklist|letter|calendar write files that open', async () => {
    const s = await prisonerCase();
    await s.api.close();
    const out = outDir('papers-cli');
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const pdf = path.join(out, 'statement.pdf');
    let r = run(['export', 'joint-statement', s.file, '--format', 'pdf', '--out', pdf]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Saved .*statement\.pdf/);
    const read = await readPdf(new Uint8Array(fs.readFileSync(pdf)));
    assert.ok(read.text.includes('/s/ Christopher Dickson'));
    r = run(['export', 'log', s.file, '--out', path.join(out, 'log.txt'), '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).path, path.join(out, 'log.txt'));
    assert.ok(fs.readFileSync(path.join(out, 'log.txt'), 'utf8').includes('What the check and the fingerprints show'));
    r = run(['export', 'checklist', s.file, '--format', 'docx', '--out', path.join(out, 'checklist.docx')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(docxText(new Uint8Array(fs.readFileSync(path.join(out, 'checklist.docx')))).includes('What the court asks, and by when'));
    r = run(['export', 'letter', s.file, '--format', 'txt', '--out', path.join(out, 'letter.txt')]);
    assert.equal(r.status, 0, r.stderr);
    r = run(['export', 'calendar', s.file, '--out', path.join(out, 'deadlines.ics')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(out, 'deadlines.ics'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n'));
    r = run(['export', 'joint-statement', s.file, '--format', 'odt', '--out', path.join(out, 'x.odt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Use --format docx, pdf or txt/);
    r = run(['export', 'joint-statement', s.file, '--out', s.file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /write over the case file/);
  });
});
