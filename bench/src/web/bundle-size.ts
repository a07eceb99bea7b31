import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../lib/figures.ts';
import { isRecord } from '../lib/json.ts';
import { buildSpa } from './build-spa.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The page a person lands on after sign-in: its lazy route chunk is part of the first load. */
const LANDING_ROUTE = 'src/app/routes/accounts.tsx';
const KB = 1024;

/** What index.html itself makes the browser fetch: the entry script, its modulepreloads, the stylesheets. */
function indexAssets(html: string): { js: string[]; css: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && tag.includes('type="module"')) js.push(attribute(tag, 'src') ?? '');
    if (tag.includes('rel="modulepreload"')) js.push(attribute(tag, 'href') ?? '');
    if (tag.includes('rel="stylesheet"')) css.push(attribute(tag, 'href') ?? '');
  }
  if (js.length === 0 || js.includes('') || css.includes(''))
    throw new Error(`index.html names no entry script or a malformed asset:\n${html}`);
  return { js, css };
}

/** A manifest chunk and everything it imports statically, as files; the browser needs them all before it runs. */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string, files = { js: new Set<string>(), css: new Set<string>() }) {
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`the build manifest has no ${key}`);
  if (files.js.has(`/${chunk.file}`)) return files;
  files.js.add(`/${chunk.file}`);
  for (const css of chunk.css ?? []) files.css.add(`/${css}`);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files);
  return files;
}

async function gzipSizes(dist: string, files: Iterable<string>): Promise<{ raw: number; gzip: number; count: number }> {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  for (const file of files) {
    const bytes = await readFile(join(dist, file));
    raw += bytes.length;
    // Level 6, what nginx, CloudFront and Express's compression use by default.
    gzip += gzipSync(bytes, { level: 6 }).length;
    count++;
  }
  return { raw, gzip, count };
}

const kb = (bytes: number) => bytes / KB;

/** First-load JS and CSS of the production build, gzipped file by file, against their budgets (400 KB of JS, 250 KB of CSS). */
export async function bundleSize(): Promise<Figure[]> {
  const dist = await buildSpa();
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const manifest: unknown = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'));
  if (!isRecord(manifest)) throw new Error('the build manifest is not an object');
  const chunks = manifest as Record<string, ManifestChunk>;

  const shell = indexAssets(html);
  const landing = staticClosure(chunks, LANDING_ROUTE, staticClosure(chunks, 'index.html'));
  for (const file of shell.js) landing.js.add(file);
  for (const file of shell.css) landing.css.add(file);

  const [shellJs, shellCss, landingJs, landingCss] = await Promise.all([
    gzipSizes(dist, shell.js),
    gzipSizes(dist, shell.css),
    gzipSizes(dist, landing.js),
    gzipSizes(dist, landing.css),
  ]);
  const describe = (sizes: { raw: number; count: number }) => `${sizes.count} files, ${kb(sizes.raw).toFixed(0)} KB before gzip`;
  return [
    {
      name: 'firstLoad.jsGzip',
      value: kb(shellJs.gzip),
      unit: 'KB',
      goal: { on: 'value', atMost: 400 },
      note: `index.html's entry script and modulepreloads, gzip -6 each: ${describe(shellJs)}`,
    },
    {
      name: 'firstLoad.cssGzip',
      value: kb(shellCss.gzip),
      unit: 'KB',
      goal: { on: 'value', atMost: 250 },
      note: `index.html's stylesheets: ${describe(shellCss)}`,
    },
    {
      name: 'firstLoad.accountsPageJsGzip',
      value: kb(landingJs.gzip),
      unit: 'KB',
      goal: { on: 'value', atMost: 400 },
      note: `the same plus the lazy accounts route and its static imports, all a first visit to /accounts runs: ${describe(landingJs)}`,
    },
    {
      name: 'firstLoad.accountsPageCssGzip',
      value: kb(landingCss.gzip),
      unit: 'KB',
      goal: { on: 'value', atMost: 250 },
      note: describe(landingCss),
    },
  ];
}
