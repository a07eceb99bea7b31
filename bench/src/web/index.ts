import type { Suite } from '../lib/suite.ts';
import { bundleSize } from './bundle-size.ts';
import { pageMetrics } from './page-metrics.ts';

export const webSuite: Suite = {
  name: 'web',
  benchmarks: [
    { name: 'first-load JS and CSS of the production build (gzip)', run: bundleSize },
    { name: 'accounts LCP, users-filter INP and users-page render scaling in headless Chromium', run: pageMetrics },
  ],
};
