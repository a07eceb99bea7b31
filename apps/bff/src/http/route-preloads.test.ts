import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

const INDEX = '<!doctype html><html><head><title>Chime Console</title></head><body><div id="root"></div></body></html>';
const SHELL = '<main><h1>Accounts</h1><p>Loading accounts</p></main>';
/** As apps/web/vite.config.ts writes it. */
const PRELOADS = [
  {
    path: '/accounts',
    modules: ['/assets/accounts-abc.js', '/assets/table-abc.js'],
    styles: ['/assets/table-abc.css'],
    request: '/api/accounts?pageSize=50',
    shell: SHELL,
  },
];

const page = (url: string, acceptEncoding = 'gzip, deflate, br') =>
  fetch(url, { headers: { accept: 'text/html', 'accept-encoding': acceptEncoding } });

const REQUEST_LINK = '<link rel="preload" href="/api/accounts?pageSize=50" as="fetch" crossorigin="anonymous">';

describe("index.html names a page's route chunks and first request", () => {
  let bff: TestBff;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spa-'));
    await mkdir(join(dir, '.vite'));
    await writeFile(join(dir, 'index.html'), INDEX);
    await writeFile(join(dir, '.vite', 'route-preloads.json'), JSON.stringify(PRELOADS));
    bff = await startTestBff({ staticDir: dir });
  });
  after(async () => {
    await bff.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('when /accounts is opened, then its head preloads its chunks, its stylesheets and its first request', async () => {
    const response = await page(`${bff.url}/accounts`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.match(response.headers.get('vary') ?? '', /accept-encoding/i);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(head.includes(REQUEST_LINK), html);
    assert.ok(head.includes('<link rel="modulepreload" crossorigin href="/assets/accounts-abc.js">'), html);
    assert.ok(head.includes('<link rel="modulepreload" crossorigin href="/assets/table-abc.js">'), html);
    assert.ok(head.includes('<link rel="stylesheet" crossorigin href="/assets/table-abc.css">'), html);
  });

  it('when /accounts is opened with a query, then its head preloads its chunks but not the default request, which the page will not make', async () => {
    const html = await (await page(`${bff.url}/accounts?namePrefix=Acme`)).text();
    assert.ok(html.includes('/assets/accounts-abc.js'));
    assert.ok(!html.includes('/api/accounts'), html);
  });

  it('when the browser takes gzip only, or no encoding, then it gets the same page in that form', async () => {
    const gzip = await page(`${bff.url}/accounts/`, 'gzip');
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    assert.ok((await gzip.text()).includes(REQUEST_LINK));
    const identity = await page(`${bff.url}/accounts`, 'identity');
    assert.equal(identity.headers.get('content-encoding'), null);
    const html = await identity.text();
    assert.equal(Number(identity.headers.get('content-length')), Buffer.byteLength(html));
    assert.ok(html.includes(REQUEST_LINK));
  });

  it('when /accounts is opened, with or without a query, then its prerendered shell is in #root, painted before the app runs', async () => {
    for (const path of ['/accounts', '/accounts?namePrefix=Acme']) {
      const html = await (await page(`${bff.url}${path}`)).text();
      assert.ok(html.includes(`<div id="root">${SHELL}</div>`), html);
    }
  });

  it('when another page is opened, then it gets index.html as built', async () => {
    for (const path of ['/', '/jobs', '/accounts/123']) {
      assert.equal(await (await page(`${bff.url}${path}`)).text(), INDEX, path);
    }
  });
});
