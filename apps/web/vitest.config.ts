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
      // jsdom is set up once per worker instead of once per file (two thirds of the run otherwise);
      // each file still gets its own module graph and DOM.
      pool: 'vmThreads',
    },
  }),
);
