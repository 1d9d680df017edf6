import { defineConfig } from '@playwright/test';

// The desktop shell's e2e: runs where an Electron binary exists, skips with its reason elsewhere.
export default defineConfig({
  testDir: 'test/e2e-electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
