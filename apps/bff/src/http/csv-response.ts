import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/** Cells a spreadsheet would run as a formula (OWASP's list: = + - @ tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixed with a quote, which spreadsheets show as text and do not evaluate. */
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * The one CSV writer: streams `rows` to `res` (headers already set) with the header line, holding
 * one row at a time, paced by the client's reading. Stops reading `rows` when the client goes away,
 * since a 'drain' would then never come. A failure after the first byte cuts the connection, which
 * tells the client the file is incomplete.
 */
export async function writeCsv(res: Response, columns: readonly string[], rows: AsyncIterable<object> | Iterable<object>): Promise<void> {
  const csv = stringify({ header: true, columns: [...columns], cast: { string: neutraliseFormula } });
  csv.pipe(res);
  try {
    for await (const row of rows) {
      if (!csv.write(row) && !(await drainedOrGone(csv, res))) break;
    }
    csv.end();
  } catch (error) {
    csv.destroy();
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** True when the CSV stream drained; false when the client disconnected first. */
function drainedOrGone(csv: NodeJS.EventEmitter, res: Response): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const settle = (drained: boolean) => () => {
      csv.off('drain', onDrain);
      res.off('close', onGone);
      res.off('error', onGone);
      resolve(drained);
    };
    const onDrain = settle(true);
    const onGone = settle(false);
    csv.once('drain', onDrain);
    res.once('close', onGone);
    res.once('error', onGone);
  });
}
