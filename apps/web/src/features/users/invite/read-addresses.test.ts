import { describe, expect, it } from 'vitest';
import { readPasted, readTable, splitCsvLine } from './read-addresses.ts';

const texts = (addresses: readonly { text: string }[]) => addresses.map((address) => address.text);

describe('splitCsvLine', () => {
  it('splits on the delimiter and trims each cell', () => {
    expect(splitCsvLine(' Ana , ana@example.com ,admin', ',')).toEqual(['Ana', 'ana@example.com', 'admin']);
  });

  it('keeps a delimiter inside double quotes as text', () => {
    expect(splitCsvLine('"Lee, Ana",ana@example.com', ',')).toEqual(['Lee, Ana', 'ana@example.com']);
  });

  it('reads "" inside a quoted cell as one quote', () => {
    expect(splitCsvLine('"Ana ""Al"" Lee";ana@example.com', ';')).toEqual(['Ana "Al" Lee', 'ana@example.com']);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(splitCsvLine('a,,b,', ',')).toEqual(['a', '', 'b', '']);
  });
});

describe('readTable', () => {
  it('skips a header row and reads the column it names', () => {
    const read = readTable('Name,Email address,Role\nAna,ana@example.com,admin\nBo,bo@example.com,user\n');

    expect(read).toEqual([
      { line: 2, text: 'ana@example.com' },
      { line: 3, text: 'bo@example.com' },
    ]);
  });

  it.each(['email', 'E-mail', 'work_email', 'EMAIL ADDRESS'])('takes "%s" as a header naming the email column', (name) => {
    expect(texts(readTable(`id,${name}\n1,ana@example.com`))).toEqual(['ana@example.com']);
  });

  it('without a header, reads the first column where most rows hold an address', () => {
    const read = readTable('Ana,ana@example.com\nBo,bo@example.com\nCy,not an address');

    expect(texts(read)).toEqual(['ana@example.com', 'bo@example.com', 'not an address']);
    expect(read[0]?.line).toBe(1);
  });

  it('guesses a semicolon or tab delimiter from the first line', () => {
    expect(texts(readTable('name;email\nLee, Ana;ana@example.com'))).toEqual(['ana@example.com']);
    expect(texts(readTable('name\temail\nAna\tana@example.com'))).toEqual(['ana@example.com']);
  });

  it('reads quoted names holding the delimiter', () => {
    expect(texts(readTable('"Lee, Ana",ana@example.com\n"Bo, Jr.",bo@example.com'))).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('skips blank lines but keeps counting them, whatever the line endings', () => {
    const read = readTable('email\r\nana@example.com\r\n\r\n  \rbo@example.com\n');

    expect(read.map((address) => address.line)).toEqual([2, 5]);
  });

  it('flags a row whose email cell is empty, with the row as its text', () => {
    const read = readTable('name,email\nAna,ana@example.com\nBo,\n');

    expect(read[1]).toEqual({ line: 3, text: 'Bo,', problem: 'no address in column 2' });
  });

  it('records the file each address came from', () => {
    expect(readTable('ana@example.com', 'people.csv')).toEqual([{ line: 1, file: 'people.csv', text: 'ana@example.com' }]);
  });

  it('reads nothing from an empty file', () => {
    expect(readTable('')).toEqual([]);
    expect(readTable('\n\n')).toEqual([]);
  });
});

describe('readPasted', () => {
  it('splits on commas, semicolons, spaces and new lines', () => {
    const read = readPasted('ana@example.com, bo@example.com;cy@example.com\n dee@example.com  eve@example.com');

    expect(texts(read)).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com', 'dee@example.com', 'eve@example.com']);
    expect(read.map((address) => address.line)).toEqual([1, 1, 1, 2, 2]);
  });

  it('skips a first line that only names the column', () => {
    expect(texts(readPasted('Email address\nana@example.com\nbo@example.com'))).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('keeps a first line that holds an address', () => {
    expect(texts(readPasted('email@example.com\nana@example.com'))).toEqual(['email@example.com', 'ana@example.com']);
  });

  it('strips the double quotes a spreadsheet puts around a cell', () => {
    expect(texts(readPasted('"ana@example.com"\n"bo@example.com",'))).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('keeps repeats and malformed tokens for the check to flag', () => {
    expect(texts(readPasted('ana@example.com ANA@example.com nobody'))).toEqual(['ana@example.com', 'ANA@example.com', 'nobody']);
  });

  it('reads cells pasted from a spreadsheet (tab-separated) as a table', () => {
    const read = readPasted('Name\tEmail\nLee, Ana\tana@example.com\nBo\t');

    expect(read).toEqual([
      { line: 2, text: 'ana@example.com' },
      { line: 3, text: 'Bo', problem: 'no address in column 2' },
    ]);
  });

  it('reads nothing from blank text', () => {
    expect(readPasted('  \n ,; \n')).toEqual([]);
  });

  it('reads the address of a recipient with a display name, as Outlook and Gmail copy them', () => {
    expect(texts(readPasted('Ana Lee <ana@example.com>'))).toEqual(['ana@example.com']);
    expect(texts(readPasted('"Lee, Ana" <ana@example.com>'))).toEqual(['ana@example.com']);
  });

  it('reads a To: line of named recipients separated by commas or semicolons, and lines of them', () => {
    const read = readPasted(
      '"Lee, Ana" <ana@example.com>; Bo Diaz <bo@example.com>, cy@example.com\n"O\'Neil; Dee" <dee@example.com>;\nEve <eve@example.com>',
    );

    expect(texts(read)).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com', 'dee@example.com', 'eve@example.com']);
    expect(read.map((address) => address.line)).toEqual([1, 1, 1, 2, 3]);
  });

  it('keeps a recipient whose brackets hold no address for the check to flag', () => {
    expect(texts(readPasted('Ana Lee <ana at example>'))).toEqual(['ana at example']);
  });
});
