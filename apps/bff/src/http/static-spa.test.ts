import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

describe('serving the built SPA', () => {
  let bff: TestBff;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spa-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Chime Console</title>');
    await writeFile(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
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
});
