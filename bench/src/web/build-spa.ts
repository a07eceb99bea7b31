import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WEB_DIR, WEB_DIST } from './paths.ts';

/** The LCP baseline: a static page of about the same visible size as the accounts page's header, no script. */
export const BASELINE_PAGE = 'bench-baseline.html';
const BASELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline</title>
<style>body{font-family:sans-serif;margin:24px}h1{font-size:28px}</style></head>
<body><h1>Accounts</h1><p>A static page served by the same BFF, for the same browser to load and paint.</p>
<label>Exact email <input type="search" aria-label="Exact email"></label></body></html>
`;

/**
 * `vite build` with a manifest (the first-load figures follow its import graph) into WEB_DIST,
 * plus the static baseline page served from the same directory by the BFF.
 */
let built: Promise<string> | undefined;

/** One build per bench run, shared by the benchmarks that need it. */
export function buildSpa(): Promise<string> {
  built ??= build();
  return built;
}

async function build(): Promise<string> {
  const vite = join(WEB_DIR, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', WEB_DIST, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
      cwd: WEB_DIR,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited ${String(code)}:\n${stderr}`));
    });
  });
  await writeFile(join(WEB_DIST, BASELINE_PAGE), BASELINE_HTML);
  return WEB_DIST;
}
