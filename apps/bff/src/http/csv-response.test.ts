import assert from 'node:assert/strict';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import express from 'express';
import { neutraliseFormula, writeCsv } from './csv-response.ts';

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
        res.type('text/csv');
        written = writeCsv(res, ['id', 'text'], rows());
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
});
