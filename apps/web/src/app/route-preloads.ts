/**
 * Pages whose code and first data the BFF names in index.html when it serves their path, so the
 * browser fetches them with the entry instead of after the entry has run and the router has started
 * them. `module` is the route's file (from apps/web); `request` is the page's first API call when its
 * URL has no query (the default view), which route-preloads.test.ts holds to what the page asks for.
 * `shell`: the build also renders the page's frame in its loading state (src/app/prerender.tsx)
 * into #root, so it paints from the HTML before the JS has arrived and run.
 */
export const ROUTE_PRELOADS = [
  { path: '/accounts', module: 'src/app/routes/accounts.tsx', request: '/api/accounts?pageSize=50', shell: true },
];

/** What the build writes for the BFF (`.vite/route-preloads.json`), per page: URLs, base included. */
export interface RoutePreload {
  path: string;
  modules: string[];
  styles: string[];
  request: string;
  /** HTML for #root: the page's frame, the same for everyone. */
  shell?: string;
}
