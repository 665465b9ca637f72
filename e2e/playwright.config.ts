import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const e2eDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(e2eDir, '..');
const port = Number(process.env.E2E_PORT ?? 3100);

// One fresh data folder per run, so the demo is seeded anew. The runner's workers inherit the
// variable and so agree on the folder; only the first process clears folders of earlier runs.
if (!process.env.OUTFALL_E2E_DATA_DIR) {
  for (const entry of existsSync(e2eDir) ? readdirSync(e2eDir) : []) {
    if (entry.startsWith('.data-')) rmSync(join(e2eDir, entry), { recursive: true, force: true });
  }
  process.env.OUTFALL_E2E_DATA_DIR = join(e2eDir, `.data-${Date.now()}`);
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: join(e2eDir, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'npm run build:web && npm run start:server',
    cwd: repoRoot,
    url: `http://localhost:${port}/api/health`,
    env: {
      PORT: String(port),
      DATA_DIR: process.env.OUTFALL_E2E_DATA_DIR,
      OUTFALL_DEMO: '1',
      // The lab-import flow imports Acme Plating's June file itself, so the demo leaves it out.
      OUTFALL_DEMO_LAB_IMPORT: '0',
      LOG_LEVEL: 'warn',
    },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
