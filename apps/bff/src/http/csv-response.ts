import { pipeline } from 'node:stream/promises';
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
 * it as whole. When the client goes away, the pipeline stops reading and closes the rows.
 */
export async function writeCsv(res: Response, { filename, columns, rows }: CsvFile): Promise<void> {
  const iterator = toAsyncIterator(rows);
  const first = await iterator.next();
  res.status(200).type('text/csv').attachment(filename);
  let failure: Error | undefined;
  // A failing read ends the rows instead of failing the pipeline, which would destroy the response
  // before the rows read so far and the incomplete line reach it.
  async function* rowsFromFirst() {
    try {
      if (first.done === true) return;
      yield first.value;
      yield* iterator;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
  }
  const csv = stringify({ header: true, columns: [...columns], cast: { string: neutraliseFormula } });
  try {
    await pipeline(rowsFromFirst(), csv, res, { end: false });
  } catch (error) {
    // No read outlives the request: the pipeline settles as soon as the response closes, maybe before
    // it has closed the rows, and does not start at all when the client left during the first read.
    await iterator.return(undefined);
    if (res.destroyed) return; // the client went away
    throw error;
  }
  if (failure === undefined) res.end();
  else res.write(`${INCOMPLETE_LINE}\n`, () => res.destroy(failure));
}

/** The last line of a file cut short by a failure: a spreadsheet shows it; a program sees the cut connection. */
export const INCOMPLETE_LINE = '# ERROR: the export stopped early because of a server error; this file is incomplete.';

async function* toAsyncIterator<T>(rows: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  for await (const row of rows) yield row;
}
