import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { ROUTE_PRELOADS, type RoutePreload } from './src/app/route-preloads.ts';

/** Text the browser downloads; images and woff2 fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|ttf|otf)$/;
/** Below this, a compressed file saves less than a packet. */
const MIN_BYTES = 1024;

/** Within 2% of brotli's best (11) in a quarter of the time: 11 took 10 s of the build for 11 KB less. */
const BROTLI_QUALITY = 10;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `x.br` and `x.gz` beside each output file that compresses, at levels too slow for each
 * request but cheap once per build: the BFF sends them to browsers that take them.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'chime-console:precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    writeBundle: async (_options, bundle) => {
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('.vite/'));
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const bytes = await readFile(path);
          if (bytes.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
            }),
            gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/** Where the fonts taken out of the global styles are written, for the build to emit as assets. */
const FONT_DIR = fileURLToPath(new URL('./node_modules/.cache/fonts/', import.meta.url));
const FONT_FACE = /@font-face\s*\{[^}]*?font-weight:\s*(\d+);\s*font-style:\s*(\w+);\s*src:\s*url\('data:font\/woff2;base64,([^']+)'\)/g;
/** The faces a page paints with before anyone interacts: body text and headings. */
const PRELOADED_FACES = ['open-sans-400-normal', 'open-sans-700-normal'];

/**
 * Cloudscape's global styles inline all eight Open Sans faces (≈140 KB compressed), which made every
 * first visit download them before any script could run. As files, the browser fetches only the
 * faces a page uses; the two every page uses are preloaded with the entry.
 */
function fontFiles(): Plugin {
  let base = '/';
  return {
    name: 'chime-console:font-files',
    apply: 'build',
    // Before Vite's CSS plugin, which then resolves the file URLs and emits them as hashed assets.
    enforce: 'pre',
    configResolved: (config) => {
      base = config.base;
    },
    transform: (css, id) => {
      if (!/[\\/]@cloudscape-design[\\/]global-styles[\\/]index\.css$/.test(id)) return null;
      mkdirSync(FONT_DIR, { recursive: true });
      return css.replace(FONT_FACE, (face: string, weight: string, style: string, data: string) => {
        const file = join(FONT_DIR, `open-sans-${weight}-${style}.woff2`);
        writeFileSync(file, Buffer.from(data, 'base64'));
        return face.replace(/url\('data:[^']+'\)/, `url('${relative(dirname(id), file)}')`);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        Object.values(bundle ?? {})
          .filter(
            (output) => output.type === 'asset' && output.names.some((name) => PRELOADED_FACES.includes(name.replace(/\.woff2$/, ''))),
          )
          .map((font) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${font.fileName}` },
            injectTo: 'head',
          })),
    },
  };
}

/**
 * The entry and the frame of every signed-in page: the layout (and its error page) the router
 * requests as lazy chunks, and the page layout (Cloudscape's AppLayout) every route's chunk imports.
 */
const SHELL_MODULES = [
  './src/main.tsx',
  './src/app/layout/require-session.tsx',
  './src/app/layout/route-error.tsx',
  './src/app/layout/page-layout.tsx',
].map((module) => fileURLToPath(new URL(module, import.meta.url)));

/** The modules `roots` import statically, directly or through others, themselves included. */
function staticClosure(roots: readonly string[], ctx: Rolldown.ChunkingContext): Set<string> {
  const closure = new Set<string>();
  const visit = (id: string) => {
    if (closure.has(id)) return;
    closure.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return closure;
}

/**
 * One chunk for the shell. Left to itself the bundler cut what every signed-in page needs before it
 * paints into some 30 files (one per set of routes sharing them), and on HTTP/1.1's six connections
 * each costs a turn: on the bench's loaded machine the last of them arrived ~430 ms into a cold
 * load, the one file ~150 ms. The entry imports it, so it downloads with the entry, and it adds
 * nothing to a first visit: index.html named all of those files already.
 */
function shellChunk(): Rolldown.CodeSplittingGroup {
  let shell: Set<string> | undefined;
  return {
    debugName: 'shell',
    name: (id, ctx) => ((shell ??= staticClosure(SHELL_MODULES, ctx)).has(id) ? 'shell' : null),
  };
}

/** A chunk's files and those of everything it imports statically: what the browser needs before it runs. */
function chunkFiles(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, files = { js: new Set<string>(), css: new Set<string>() }) {
  if (files.js.has(chunk.fileName)) return files;
  files.js.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) files.css.add(css);
  for (const imported of chunk.imports) {
    const next = bundle[imported];
    if (next?.type === 'chunk') chunkFiles(bundle, next, files);
  }
  return files;
}

const PRERENDER_DIR = fileURLToPath(new URL('./node_modules/.cache/prerender/', import.meta.url));

/**
 * The shells of the pages that ask for one: a server build of src/app/prerender.tsx (Cloudscape's
 * components render there; its class names are fixed in the package, so they match the client's
 * stylesheets), run once here. Not shipped: the output stays in the cache.
 */
async function renderShells(paths: string[]): Promise<Map<string, string>> {
  if (paths.length === 0) return new Map();
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    resolve: { alias: { '@': join(root, 'src') } },
    // Bundled whole: Cloudscape's modules import their stylesheets, which Node cannot.
    ssr: { noExternal: true },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { ssr: 'src/app/prerender.tsx', outDir: PRERENDER_DIR, emptyOutDir: true, target: 'node22', minify: false },
  });
  const { renderShell } = (await import(pathToFileURL(join(PRERENDER_DIR, 'prerender.js')).href)) as {
    renderShell: (path: string) => string;
  };
  return new Map(paths.map((path) => [path, renderShell(path)]));
}

/**
 * Writes `.vite/route-preloads.json` (not served: the BFF reads it at start): for each page of
 * ROUTE_PRELOADS, the files of its route chunk that index.html does not already name, its first
 * request, and its prerendered shell if it asks for one.
 */
function routePreloads(): Plugin {
  let base = '/';
  return {
    name: 'chime-console:route-preloads',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    async generateBundle(_options, bundle) {
      const shells = await renderShells(ROUTE_PRELOADS.filter((page) => page.shell).map((page) => page.path));
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (entry === undefined) throw new Error('the build has no entry chunk');
      const entryFiles = chunkFiles(bundle, entry);
      const preloads: RoutePreload[] = ROUTE_PRELOADS.map(({ path, module, request }) => {
        const id = fileURLToPath(new URL(`./${module}`, import.meta.url));
        const chunk = chunks.find((output) => output.facadeModuleId === id);
        if (chunk === undefined) throw new Error(`no chunk is the route module ${module}`);
        const { js, css } = chunkFiles(bundle, chunk);
        const url = (file: string) => `${base}${file}`;
        return {
          path,
          modules: [...js].filter((file) => !entryFiles.js.has(file)).map(url),
          styles: [...css].filter((file) => !entryFiles.css.has(file)).map(url),
          request,
          shell: shells.get(path),
        };
      });
      this.emitFile({ type: 'asset', fileName: '.vite/route-preloads.json', source: JSON.stringify(preloads) });
    },
  };
}

// `vite` (dev) proxies the API to a BFF started with `npm start`; the production build is served by the BFF itself.
export default defineConfig({
  plugins: [react(), fontFiles(), routePreloads(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': process.env.BFF_URL ?? 'http://127.0.0.1:8080' } },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { codeSplitting: { groups: [shellChunk()] } } },
  },
});
