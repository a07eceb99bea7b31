import { readdirSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { routePages } from './route-preloads.ts';

/** What the build writes beside each file that compresses (apps/web/vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The URL paths of the precompressed files, read once: a build does not change under a running server. */
function precompressedPaths(staticDir: string): Set<string> {
  const files = readdirSync(staticDir, { recursive: true, encoding: 'utf8' });
  return new Set(
    files.filter((file) => ENCODINGS.some(({ suffix }) => file.endsWith(suffix))).map((file) => `/${file.split(sep).join('/')}`),
  );
}

/**
 * The file to send for `path`: its brotli or gzip twin when there is one and the request takes it
 * (brotli first: smaller, and browsers list gzip first), with the headers that say so; else `path`.
 * Content-Type stays the original file's, and Content-Length comes from the file sent.
 */
function negotiate(req: Request, res: Response, path: string, precompressed: ReadonlySet<string>): string {
  const twins = ENCODINGS.filter(({ suffix }) => precompressed.has(`${path}${suffix}`));
  if (twins.length === 0) return path;
  res.vary('Accept-Encoding');
  const chosen = twins.find(({ name }) => req.acceptsEncodings(name) === name);
  if (chosen === undefined) return path;
  res.setHeader('Content-Encoding', chosen.name);
  res.type(extname(path));
  return `${path}${chosen.suffix}`;
}

/**
 * Serves the built SPA: hashed assets cached for a year, index.html never cached, and any other
 * GET that wants HTML answered with index.html so deep links work; each precompressed when the
 * browser takes it. The config has checked that `staticDir` holds index.html.
 */
export function spaRouter(staticDir: string): Router {
  const router = Router();
  const precompressed = precompressedPaths(staticDir);
  const pageHtml = routePages(staticDir);
  const encoded: RequestHandler = (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const path = negotiate(req, res, req.path, precompressed);
      if (path !== req.path) req.url = `${path}${req.url.slice(req.path.length)}`;
    }
    next();
  };
  router.use(encoded);
  router.use('/assets', express.static(join(staticDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(staticDir, { index: false, maxAge: '1h' }));
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    const page = pageHtml(req.path, req.url.includes('?'));
    if (page === undefined) {
      res.sendFile(join(staticDir, negotiate(req, res, '/index.html', precompressed)));
      return;
    }
    res.vary('Accept-Encoding');
    const encoding = ENCODINGS.find(({ name }) => req.acceptsEncodings(name) === name)?.name;
    if (encoding !== undefined) res.setHeader('Content-Encoding', encoding);
    res.type('html').send(page[encoding ?? 'identity']);
  };
  router.use(fallback);
  return router;
}
