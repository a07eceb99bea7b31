import type { Figure } from './figures.ts';

export interface Benchmark {
  name: string;
  /** Measures its figures and their baselines in the same run; throws when a result is wrong, not slow. */
  run: () => Promise<Figure[]>;
}

/** One results file, `bench/results/<name>.json`; bff, web and bulk suites plug in the same way. */
export interface Suite {
  name: string;
  benchmarks: Benchmark[];
}
