import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Unit and component tests sit beside their modules; the build never sees them (nothing in the app imports a test).
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/testing/setup-tests.ts'],
      reporters: ['dot'],
      // Each file gets a fresh module graph and DOM, so no test leaks state (a query cache, a mock) into another.
      isolate: true,
    },
  }),
);
