import { defineConfig } from '@playwright/test';
import { BFF_URL, EMULATOR_PORT, BFF_PORT } from './support/ports.ts';

/** Real Chromium (Debian's) against the real BFF serving the built SPA, on the real emulator with demo data. */
export default defineConfig({
  testDir: './tests',
  // One BFF and one emulator hold shared state; tests make their own accounts where they change things.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Per port, so that two runs on one machine do not clear each other's results.
  outputDir: `../test-results/e2e-${BFF_PORT}`,
  use: {
    baseURL: BFF_URL,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    // Cloudscape drops its transitions for reduced motion: axe then never samples the colours of a
    // notification halfway through fading in (a contrast failure that depended on timing).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node support/e2e-server.ts',
    url: `${BFF_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Two attempts per job chunk, so a journey can see items fail and retry them without waiting out
    // backoffs. The directory sweep runs as in the demo: once at start, then every 5 minutes; journeys
    // that settle invitations in the emulator read them back with Refresh at a moment of their choosing.
    env: {
      PORT: String(BFF_PORT),
      CHIME_EMULATOR_PORT: String(EMULATOR_PORT),
      LOG_LEVEL: 'warn',
      JOB_MAX_ATTEMPTS: '2',
    },
  },
});
