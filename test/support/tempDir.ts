import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** One fresh folder per call, removed when the test file ends. */
export function tempDir(label = 'casefile'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const sha256OfFile = async (file: string): Promise<string> => {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
};
