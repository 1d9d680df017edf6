/**
 * `npm test` runs this first, with plain `node` (nothing from node_modules is needed to run it).
 * The tests need what `npm ci` installs, and two programs from outside npm: Debian's Chromium
 * (the end-to-end tests use the real screens in it) and poppler-utils (pdftoppm and pdftotext
 * read back the PDFs the app makes). When one is missing, this says so in one line with the
 * command that installs it, instead of failing halfway through a long run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} file */
function isProgram(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @param {string} name */
const onPath = (name) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isProgram(path.join(dir, name)));

if (!fs.existsSync(path.join(root, 'node_modules', 'tsx', 'package.json'))) {
  console.error('npm test needs the packages npm installs, not found in this folder. Install with: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci, then run npm test again.');
  process.exit(1);
}

// The same browser playwright.config.ts starts.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [...(isProgram(chromium) ? [] : ['chromium']), ...['pdftoppm', 'pdftotext'].filter((p) => !onPath(p))];

if (missing.length > 0) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.error(
    `npm test needs ${missing.join(', ')}, not found on this computer. Install with: ${sudo}apt-get update && ${sudo}apt-get install -y chromium poppler-utils (Debian or Ubuntu), then run npm test again.`,
  );
  process.exit(1);
}
