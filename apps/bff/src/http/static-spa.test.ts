import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

/** Node's fetch decodes the body itself; the headers still say how it came. */
const get = (url: string, acceptEncoding: string) => fetch(url, { headers: { 'accept-encoding': acceptEncoding, accept: 'text/html' } });

describe('serving the built SPA', () => {
  let bff: TestBff;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spa-'));
    await mkdir(join(dir, 'assets'));
    const files = { 'index.html': '<!doctype html><title>Chime Console</title>', 'assets/app-abc123.js': SCRIPT };
    for (const [file, text] of Object.entries(files)) {
      await writeFile(join(dir, file), text);
      // The build's twins, as apps/web/vite.config.ts writes them.
      await writeFile(join(dir, `${file}.br`), brotliCompressSync(text));
      await writeFile(join(dir, `${file}.gz`), gzipSync(text));
    }
    await writeFile(join(dir, 'assets', 'plain-abc123.txt'), 'no twins');
    bff = await startTestBff({ staticDir: dir });
  });
  after(async () => {
    await bff.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year and never caches index.html', async () => {
    const asset = await fetch(`${bff.url}/assets/app-abc123.js`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    const missing = await fetch(`${bff.url}/assets/gone.js`);
    assert.equal(missing.status, 404);
  });

  it('answers a deep link with index.html, and leaves /api to the API', async () => {
    const page = await fetch(`${bff.url}/accounts/abc/users?status=Pending`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.match(await page.text(), /Chime Console/);
    const api = await fetch(`${bff.url}/api/nothing`, { headers: { accept: 'text/html' } });
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('answers HEAD on a page as GET would, without a body (uptime checks, link checkers)', async () => {
    const head = await fetch(`${bff.url}/`, { method: 'HEAD', headers: { accept: 'text/html' } });
    assert.equal(head.status, 200);
    assert.match(head.headers.get('content-type') ?? '', /text\/html/);
  });

  it('sends the brotli twin to a browser that takes it, even listed after gzip, with the original type and the length of the twin', async () => {
    const asset = await get(`${bff.url}/assets/app-abc123.js`, 'gzip, deflate, br, zstd');
    assert.equal(asset.status, 200);
    assert.equal(asset.headers.get('content-encoding'), 'br');
    assert.match(asset.headers.get('vary') ?? '', /accept-encoding/i);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.equal(Number(asset.headers.get('content-length')), brotliCompressSync(SCRIPT).length);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(await asset.text(), SCRIPT);
  });

  it('sends the gzip twin when brotli is not taken, or refused with q=0', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip', 'gzip;q=0.5, deflate']) {
      const asset = await get(`${bff.url}/assets/app-abc123.js`, acceptEncoding);
      assert.equal(asset.headers.get('content-encoding'), 'gzip', acceptEncoding);
      assert.equal(Number(asset.headers.get('content-length')), gzipSync(SCRIPT).length, acceptEncoding);
      assert.equal(await asset.text(), SCRIPT);
    }
  });

  it('sends the file as built when no encoding is taken, still saying that the answer varies by it', async () => {
    for (const acceptEncoding of ['identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const asset = await get(`${bff.url}/assets/app-abc123.js`, acceptEncoding);
      assert.equal(asset.status, 200);
      assert.equal(asset.headers.get('content-encoding'), null, acceptEncoding);
      assert.match(asset.headers.get('vary') ?? '', /accept-encoding/i);
      assert.equal(Number(asset.headers.get('content-length')), SCRIPT.length);
    }
  });

  it('sends index.html precompressed too, for a deep link, uncached', async () => {
    const page = await get(`${bff.url}/accounts?status=Pending`, 'gzip, br');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-encoding'), 'br');
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    assert.match(await page.text(), /Chime Console/);
  });

  it('sends a file without twins as is, with no Vary', async () => {
    const plain = await get(`${bff.url}/assets/plain-abc123.txt`, 'gzip, br');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.headers.get('vary'), null);
  });
});
