import assert from 'node:assert/strict';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import express from 'express';
import { errorHandler } from './error-handler.ts';
import { requestLogging, createLogger } from './logging.ts';
import { INCOMPLETE_LINE, neutraliseFormula, writeCsv } from './csv-response.ts';

describe('the CSV writer', () => {
  it('when a cell starts with = + - @ tab or carriage return, then it is prefixed with a quote; other cells are kept', () => {
    for (const cell of ['=1+2', '+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd']) assert.equal(neutraliseFormula(cell), `'${cell}`);
    for (const cell of ['Ada Abbott', 'a=b', '', "'=already"]) assert.equal(neutraliseFormula(cell), cell);
  });

  it(
    'when the client disconnects mid-file, then the writer stops reading rows and returns instead of waiting for a drain',
    { timeout: 20_000 },
    async () => {
      const produced = { rows: 0, closed: false };
      function* rows() {
        try {
          for (; produced.rows < 1_000_000; produced.rows++) yield { id: produced.rows, text: 'x'.repeat(1_000) };
        } finally {
          produced.closed = true;
        }
      }
      let written!: Promise<void>;
      let served!: () => void;
      const started = new Promise<void>((resolve) => (served = resolve));
      const app = express().get('/export', (_req, res) => {
        written = writeCsv(res, { filename: 'rows.csv', columns: ['id', 'text'], rows: rows() });
        served();
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const response = await new Promise<IncomingMessage>((resolve) => get(`http://127.0.0.1:${port}/export`, resolve));
        await started;
        await new Promise((resolve) => response.once('data', resolve));

        response.destroy();
        await written;

        assert.equal(produced.closed, true);
        assert.ok(produced.rows < 1_000_000, `${produced.rows} rows read`);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  );

  /** Serves `rows` as CSV through the BFF's own error handler, and reads the answer to its end or its cut. */
  async function served(rows: () => AsyncIterable<object>) {
    const app = express()
      .use(requestLogging(createLogger('silent')))
      .get('/export', (_req, res) => writeCsv(res, { filename: 'rows.csv', columns: ['id'], rows: rows() }))
      .use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await new Promise<IncomingMessage>((resolve) => get(`http://127.0.0.1:${port}/export`, resolve));
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      await new Promise((resolve) => response.once('close', resolve));
      return { status: response.statusCode, type: response.headers['content-type'], text, complete: response.complete };
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('when reading the first row fails, then the answer is a problem, not a 200 with an empty file', async () => {
    // eslint-disable-next-line require-yield -- the first read fails before any row
    const answer = await served(async function* () {
      await Promise.reject(new Error('database unavailable'));
    });

    assert.equal(answer.status, 500);
    assert.match(answer.type ?? '', /problem\+json/);
    assert.equal(answer.complete, true);
  });

  it('when reading fails after some rows, then the file ends with a line saying it is incomplete and the transfer is cut', async () => {
    const answer = await served(async function* () {
      yield await Promise.resolve({ id: 1 });
      yield { id: 2 };
      throw new Error('database unavailable');
    });

    assert.equal(answer.status, 200);
    assert.match(answer.text, /^id\n1\n2\n/);
    assert.ok(answer.text.includes(INCOMPLETE_LINE), answer.text);
    assert.equal(answer.complete, false, 'the chunked transfer never ended normally');
  });
});
