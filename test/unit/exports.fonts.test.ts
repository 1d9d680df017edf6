/** The font the papers use: shipped with its licence, and found through CASEFILE_ASSETS_DIR when set. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fontsDir } from '../../src-main/core/exports/fonts.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-exports-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('fonts', () => {
  test('the font ships in assets/fonts with its licence', () => {
    const dir = fontsDir();
    for (const f of ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf', 'LiberationSerif-Italic.ttf', 'LICENSE-LiberationSerif.txt']) {
      assert.ok(fs.existsSync(path.join(dir, f)), f);
    }
    assert.match(fs.readFileSync(path.join(dir, 'LICENSE-LiberationSerif.txt'), 'utf8'), /SIL OPEN FONT LICENSE Version 1\.1/);
  });
  test('CASEFILE_ASSETS_DIR overrides where fonts are found', () => {
    const saved = process.env.CASEFILE_ASSETS_DIR;
    try {
      const alt = path.join(tmp, 'assets');
      fs.mkdirSync(path.join(alt, 'fonts'), { recursive: true });
      fs.copyFileSync(path.join(root, 'assets/fonts/LiberationSerif-Regular.ttf'), path.join(alt, 'fonts/LiberationSerif-Regular.ttf'));
      process.env.CASEFILE_ASSETS_DIR = alt;
      assert.equal(fontsDir(), path.join(alt, 'fonts'));
      process.env.CASEFILE_ASSETS_DIR = path.join(tmp, 'nowhere');
      assert.throws(() => fontsDir(), /font \(LiberationSerif-Regular\.ttf\) was not found/);
    } finally {
      if (saved === undefined) delete process.env.CASEFILE_ASSETS_DIR;
      else process.env.CASEFILE_ASSETS_DIR = saved;
    }
  });
});
