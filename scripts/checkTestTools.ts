/**
 * `npm test` runs this first. The tests need two programs from outside npm: Debian's Chromium
 * (the end-to-end tests use the real screens in it) and poppler-utils (pdftoppm and pdftotext
 * read back the PDFs the app makes). When one is missing, this says so in one line with the
 * command that installs them, instead of failing halfway through a long run.
 */
import fs from 'node:fs';
import path from 'node:path';

function isProgram(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const onPath = (name: string): boolean => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isProgram(path.join(dir, name)));

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
