import '@cloudscape-design/global-styles/index.css';
// First (modules run in import order): creating the router requests the current route's code and
// data while React DOM and Cloudscape are still evaluating, instead of after.
import { router } from './app/router.tsx';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { queryClient } from './app/query-client.ts';
import { sessionQueryOptions } from './features/auth/api/get-session.ts';
import { applyStoredPreferences } from './lib/preferences.ts';

/**
 * Resolves once the first render can be the whole page: the route's lazy modules loaded and the
 * session known. Until then a page served with a prerendered shell (see src/app/prerender.tsx) keeps
 * showing it; rendering earlier would replace it with a spinner (the first commit replaces #root's
 * children), a flash where the shell was meant to be still.
 */
async function pageReady(): Promise<void> {
  const initialized = new Promise<void>((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  // The router's loader started this request; a failure is the page's to show once it renders.
  await Promise.all([initialized, queryClient.query(sessionQueryOptions()).catch(() => undefined)]);
}

applyStoredPreferences();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Without a shell there is nothing to keep on screen: render at once, spinner and all.
if (root.hasChildNodes()) void pageReady().then(render);
else render();
