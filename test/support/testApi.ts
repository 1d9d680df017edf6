import path from 'node:path';
import { createApi, type CaseFileApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from './tempDir.js';

/** A real API over real files in a throwaway folder: the same object both shells use. */
export function testApi(): { api: CaseFileApi; dir: string; file: (name: string) => string } {
  const dir = tempDir('api');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  return { api, dir, file: (name) => path.join(dir, name) };
}
