import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/** Cells a spreadsheet would run as a formula (OWASP's list: = + - @ tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixed with a quote, which spreadsheets show as text and do not evaluate. */
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

export interface CsvFile {
  /** The name the browser saves it under. */
  filename: string;
  columns: readonly string[];
  rows: AsyncIterable<object> | Iterable<object>;
}

/**
 * The one CSV writer: streams the rows to `res` with the header line, holding one row at a time,
 * paced by the client's reading. The first row is read before the 200 is committed, so a bad
 * filter or an unreachable dependency is still a proper problem answer. A failure after that ends
 * the file with a line that says it is incomplete, then cuts the connection so no client takes
 * it as whole. Stops reading when the client goes away, since a 'drain' would then never come.
 */
export async function writeCsv(res: Response, { filename, columns, rows }: CsvFile): Promise<void> {
  const iterator = toAsyncIterator(rows);
  const first = await iterator.next();
  res.status(200).type('text/csv').attachment(filename);
  const csv = stringify({ header: true, columns: [...columns], cast: { string: neutraliseFormula } });
  csv.pipe(res, { end: false });
  let failure: Error | undefined;
  try {
    for (let row = first; !row.done; row = await iterator.next()) {
      if (!csv.write(row.value) && !(await drainedOrGone(csv, res))) break;
    }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  } finally {
    await iterator.return(undefined);
  }
  csv.end();
  // Every row read so far reaches the client before the file is ended or marked incomplete.
  if (res.destroyed || !(await endedOrGone(csv, res))) return;
  if (failure === undefined) res.end();
  else res.write(`${INCOMPLETE_LINE}\n`, () => res.destroy(failure));
}

/** The last line of a file cut short by a failure: a spreadsheet shows it; a program sees the cut connection. */
export const INCOMPLETE_LINE = '# ERROR: the export stopped early because of a server error; this file is incomplete.';

async function* toAsyncIterator<T>(rows: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  for await (const row of rows) yield row;
}

/** True when the CSV stream has handed its last byte on; false when the client disconnected first. */
function endedOrGone(csv: NodeJS.ReadableStream, res: Response): Promise<boolean> {
  return new Promise((resolve) => {
    csv.once('end', () => {
      resolve(true);
    });
    res.once('close', () => {
      resolve(false);
    });
  });
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
