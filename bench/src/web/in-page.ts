/**
 * Scripts run inside the page. They are source text because the bench compiles for Node, without
 * the DOM's types; each is an expression Playwright evaluates (a promise is awaited).
 */

/** The latest largest-contentful-paint candidate: `{ startTime, element }`, or null when none was reported. */
export const READ_LCP = `new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    observer.disconnect();
    const element = last.element ? last.element.tagName.toLowerCase() + ' "' + (last.element.textContent || '').trim().slice(0, 30) + '"' : '?';
    resolve({ startTime: last.startTime, element });
  });
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => resolve(null), 3000);
})`;

/**
 * Bytes on the wire so far, from Resource Timing: `transferSize` is the encoded body plus the
 * response headers (0 for a cache hit). `{ total, count, byKind: { document, js, css, api, other } }`.
 */
export const READ_TRANSFER = `(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  const byKind = { document: 0, js: 0, css: 0, api: 0, other: 0 };
  for (const entry of entries) {
    const path = new URL(entry.name).pathname;
    const kind = entry.entryType === 'navigation' ? 'document' : path.startsWith('/api/') ? 'api' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : 'other';
    byKind[kind] += entry.transferSize;
  }
  return { total: Object.values(byKind).reduce((sum, bytes) => sum + bytes, 0), count: entries.length, byKind };
})()`;

/** Two frames later: what was rendered has been painted, and the paint's entries queued. */
export const AFTER_PAINT = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(true), 0))))`;

/** Starts recording Event Timing entries of 16 ms or more (the API's floor) into window.__benchEvents. */
export const START_EVENT_TIMING = `(() => {
  window.__benchEvents = [];
  const keep = (list) => { for (const entry of list.getEntries()) window.__benchEvents.push({ name: entry.name, duration: entry.duration }); };
  window.__benchObserver = new PerformanceObserver(keep);
  window.__benchObserver.observe({ type: 'event', durationThreshold: 16 });
  window.__benchKeep = keep;
  return true;
})()`;

/** Every entry recorded since START_EVENT_TIMING, those still queued included: `[{ name, duration }]`. */
export const READ_EVENT_TIMING = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
  window.__benchKeep({ getEntries: () => window.__benchObserver.takeRecords() });
  window.__benchObserver.disconnect();
  resolve(window.__benchEvents);
}, 50))))`;

/**
 * An init script: sets window.__usersRendered to the time (ms since navigation start) of the first
 * frame after the users table shows data rows (a loading or empty row has a single cell).
 */
export const WATCH_USERS_RENDER = `(() => {
  const rendered = () => Array.from(document.querySelectorAll('table[aria-label^="Users of"] tbody tr')).some((row) => row.cells.length > 2);
  const observer = new MutationObserver(() => {
    if (!rendered()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__usersRendered = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** Whether the accounts table shows data rows. */
export const ACCOUNTS_SHOWN = `Array.from(document.querySelectorAll('table[aria-label="Accounts"] tbody tr')).some((row) => row.cells.length > 2)`;

/** Whether the users table shows data rows. */
export const USERS_SHOWN = `Array.from(document.querySelectorAll('table[aria-label^="Users of"] tbody tr')).some((row) => row.cells.length > 2)`;

/**
 * Resolves once `expression` holds, checked every frame. Playwright's waitForFunction would `eval`
 * the text inside the page, which the BFF's Content-Security-Policy rightly forbids.
 */
export const untilTrue = (expression: string, timeoutMs = 30_000) => `new Promise((resolve, reject) => {
  const started = performance.now();
  const check = () => {
    if (${expression}) resolve(true);
    else if (performance.now() - started > ${timeoutMs}) reject(new Error('timed out waiting for: ' + ${JSON.stringify(expression)}));
    else requestAnimationFrame(check);
  };
  check();
})`;
