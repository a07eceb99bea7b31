import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { z } from 'zod';

/** What apps/web/vite.config.ts writes for the pages it names: their chunks, stylesheets and first request. */
const routePreloadsSchema = z.array(
  z.object({
    path: z.string().startsWith('/'),
    modules: z.array(z.string()),
    styles: z.array(z.string()),
    request: z.string(),
    /** The page's frame in its loading state, rendered at build time: the same HTML for everyone. */
    shell: z.string().optional(),
  }),
);

/** index.html for one page, as built and in the encodings the server may send it in. */
export interface PageHtml {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const encoded = (html: string): PageHtml => {
  const identity = Buffer.from(html);
  return {
    identity,
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    gzip: gzipSync(identity, { level: constants.Z_BEST_COMPRESSION }),
  };
};

const ROOT = '<div id="root"></div>';

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * index.html for each page the build names, with its prerendered shell in #root if it has one, and links that start its route chunks (and, opened
 * without a query, its first API request) as the document arrives: otherwise they wait for the
 * entry's files to arrive and run. The preloaded request is the one the page's fetch makes (same
 * URL, same-origin credentials), so the browser answers that fetch with it instead of asking twice.
 * Built once at start; `undefined` for a page with nothing to add.
 */
export function routePages(staticDir: string): (path: string, hasQuery: boolean) => PageHtml | undefined {
  const file = join(staticDir, '.vite', 'route-preloads.json');
  if (!existsSync(file)) return () => undefined;
  const index = readFileSync(join(staticDir, 'index.html'), 'utf8');
  const pages = new Map<string, { withRequest: PageHtml; withoutRequest: PageHtml }>();
  for (const { path, modules, styles, request, shell } of routePreloadsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))) {
    const links = [
      ...modules.map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
      ...styles.map((href) => `<link rel="stylesheet" crossorigin href="${attribute(href)}">`),
    ];
    // The shell paints as the HTML arrives; the app's first render replaces it with the page.
    const body = shell === undefined ? index : index.replace(ROOT, `<div id="root">${shell}</div>`);
    if (body === index && shell !== undefined) throw new Error('index.html has no empty <div id="root"></div> for the shell');
    const page = (tags: string[]) => encoded(body.replace('</head>', `${tags.join('')}</head>`));
    pages.set(path, {
      withRequest: page([`<link rel="preload" href="${attribute(request)}" as="fetch" crossorigin="anonymous">`, ...links]),
      withoutRequest: page(links),
    });
  }
  return (path, hasQuery) => {
    const page = pages.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
    return hasQuery ? page?.withoutRequest : page?.withRequest;
  };
}
