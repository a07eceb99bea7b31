/** An address as read, before it is checked: the text and where it came from. */
export interface RawAddress {
  /** 1-based line of the pasted text or of the file, so a flag can point at it. */
  line: number;
  /** The uploaded file it came from; pasted text has none. */
  file?: string;
  text: string;
  /** Why the line gave no address at all (a CSV row with the email cell empty). */
  problem?: string;
}

/** A column name such as "email", "Email address", "E-mail", "work_email"; not an address gone wrong. */
const HEADER_NAME = /^[a-z _]*e-?mail[a-z _]*$/i;
/** Rows looked at to find the email column when the file has no header naming it. */
const SAMPLE_ROWS = 20;

interface Line {
  number: number;
  text: string;
}

function lines(text: string): Line[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line, index) => ({ number: index + 1, text: line }))
    .filter((line) => line.text.trim() !== '');
}

/** A header: no cell holds an address, and some cell names the email column ("email", "Email address"). */
const isHeader = (cells: readonly string[]) => !cells.some((cell) => cell.includes('@')) && cells.some((cell) => HEADER_NAME.test(cell));

/** One CSV line split into cells, with double quotes around cells (and "" inside them) understood. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (quoted) {
      if (char === '"' && line.charAt(index + 1) === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

function guessDelimiter(sample: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: sample.split(delimiter).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]?.delimiter ?? ',';
}

/** The first column where most sampled rows hold an address. */
function emailColumn(rows: readonly string[][]): number {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const width = Math.max(0, ...sample.map((cells) => cells.length));
  for (let column = 0; column < width; column++) {
    const hits = sample.filter((cells) => cells[column]?.includes('@') === true).length;
    if (hits * 2 >= sample.length) return column;
  }
  return 0;
}

/**
 * A table (an uploaded CSV, or cells pasted from a spreadsheet): a header row is skipped, and the
 * email column is the one the header names, or else the first one that holds addresses. One
 * address per row, each with its line number.
 */
export function readTable(text: string, file?: string, delimiter?: string): RawAddress[] {
  const all = lines(text);
  const split = delimiter ?? guessDelimiter(all[0]?.text ?? '');
  const rows = all.map((line) => ({ line, cells: splitCsvLine(line.text, split) }));
  const [first] = rows;
  const header = first !== undefined && isHeader(first.cells) ? first : undefined;
  const data = header ? rows.slice(1) : rows;
  const named = header?.cells.findIndex((cell) => HEADER_NAME.test(cell)) ?? -1;
  const column = named >= 0 ? named : emailColumn(data.map((row) => row.cells));
  const where = file === undefined ? {} : { file };
  return data.map(({ line, cells }) => {
    const cell = cells[column] ?? '';
    return cell === ''
      ? { line: line.number, ...where, text: line.text.trim(), problem: `no address in column ${column + 1}` }
      : { line: line.number, ...where, text: cell };
  });
}

/**
 * One line of a To: field split where a mail client separates recipients: at commas and semicolons
 * outside double quotes and angle brackets (`"Lee, Ana" <ana@example.com>` is one recipient).
 */
function splitRecipients(line: string): string[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  let bracketed = false;
  for (const char of line) {
    if (char === '"' && !bracketed) quoted = !quoted;
    else if (char === '<' && !quoted) bracketed = true;
    else if (char === '>' && !quoted) bracketed = false;
    if ((char === ',' || char === ';') && !quoted && !bracketed) {
      parts.push(part);
      part = '';
    } else part += char;
  }
  parts.push(part);
  return parts.map((text) => text.trim()).filter((text) => text !== '');
}

/**
 * The addresses of one recipient: the one in angle brackets when there is one (`Ana Lee
 * <ana@example.com>`, as Outlook and Gmail copy them), or else each word (addresses separated by spaces).
 */
function addressesOf(recipient: string): string[] {
  const bracketed = /<([^<>]*)>\s*$/.exec(recipient);
  if (bracketed) return [bracketed[1]?.trim() ?? ''];
  return recipient
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/^["'<(]+|["'>),]+$/g, ''));
}

/**
 * Pasted text: addresses separated by commas, semicolons, spaces or new lines (a spreadsheet
 * column, an email's To: line with display names). A first line that only names the column
 * ("Email address") is skipped; cells pasted from a spreadsheet (tab-separated) are read as a table.
 */
export function readPasted(text: string): RawAddress[] {
  if (text.includes('\t')) return readTable(text, undefined, '\t');
  const all = lines(text);
  const [first] = all;
  const body = first !== undefined && isHeader([first.text]) ? all.slice(1) : all;
  return body.flatMap((line) =>
    splitRecipients(line.text)
      .flatMap(addressesOf)
      .map((address) => ({ line: line.number, text: address })),
  );
}
