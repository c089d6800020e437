import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_OUT_DIR let several checkouts or agents run the browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173);
const outDirectory = process.env['E2E_OUT_DIR'] ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium where it is installed (CI, our machines); Playwright's own browser elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  outputDir:
    process.env['E2E_OUT_DIR'] === undefined ? 'test-results' : `${outDirectory}-test-results`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      ...(systemChromium === undefined ? {} : { executablePath: systemChromium }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite build --logLevel error --outDir ${outDirectory} && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDirectory}`,
    url: baseURL,
    // A server left running would serve an older build than the code under test.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
