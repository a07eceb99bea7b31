import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// React checks that updates are wrapped in act() only when told it runs under tests; Testing Library says so itself only where the runner's globals are on.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Testing Library unmounts after each test by itself only where the runner's globals are on; here they are imported.
afterEach(() => {
  cleanup();
  // A stubbed global (the fake BFF's fetch) belongs to the test that stubbed it.
  vi.unstubAllGlobals();
});
