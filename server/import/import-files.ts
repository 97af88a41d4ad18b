// Every file the import reads, in one place: event files (tab-separated, plain or in a .zip as GDELT publishes
// them) streamed row by row through the guards of safe-file.ts (a regular file, a size limit, UTF-8 checked as it
// streams), and the data files it merges with.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { CorpusValidationError } from '../ingest/data-issue';
import { FileRefusedError, Utf8StreamValidator, checkFile } from '../ingest/safe-file';

/** One row of an event file: its line number (in the file inside, for a .zip) and its tab-separated fields. */
export interface EventRow {
  line: number;
  fields: string[];
}

/** The longest row read (a year of ICEWS has none above a few kilobytes); longer means it is not event data. */
const MAX_ROW_BYTES = 1 << 20;

/**
 * The largest event file read, on disk and, for a .zip, once inflated: a year of ICEWS is under 300 MB and a day
 * of GDELT 2.0 under 100 MB, so a larger file (or a zip that inflates past it) is not an event file.
 */
export const MAX_EVENT_FILE_BYTES = 8 * 1024 ** 3;

/** Thrown for a file that cannot be read as tab-separated rows at all: one issue, naming the file. */
function fileIssue(file: string, message: string): CorpusValidationError {
  return new CorpusValidationError([{ file, path: '', message }]);
}

/** Decodes a byte stream as UTF-8, refusing (with the byte offset) UTF-16, NUL bytes, bad bytes or too many bytes. */
function decodeUtf8Stream(file: string, maxBytes: number): Transform {
  const validator = new Utf8StreamValidator(file);
  let bytes = 0;
  const refuse = (error: unknown) =>
    error instanceof FileRefusedError ? fileIssue(file, `${error.problem}; not an event file`) : error;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes)
        return done(fileIssue(file, `holds more than ${maxBytes} bytes of text: expected an event file`));
      try {
        const text = validator.push(chunk);
        done(null, text.length > 0 ? text : undefined);
      } catch (error) {
        done(refuse(error) as Error);
      }
    },
    flush(done) {
      try {
        const text = validator.end();
        done(null, text.length > 0 ? text : undefined);
      } catch (error) {
        done(refuse(error) as Error);
      }
    },
  });
}

/** Unzips the one file of a .zip archive as it streams by (memory stays at one inflated chunk). */
function unzipOneFile(file: string): Transform {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  let entries = 0;
  const output: Transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        unzip.push(chunk);
        done();
      } catch (error) {
        done(fileIssue(file, `not a readable zip archive: ${(error as Error).message}`));
      }
    },
    flush(done) {
      try {
        unzip.push(new Uint8Array(0), true);
        done(entries === 0 ? fileIssue(file, 'no file inside: expected a zip holding one event file') : null);
      } catch (error) {
        done(fileIssue(file, `not a readable zip archive: ${(error as Error).message}`));
      }
    },
  });
  unzip.onfile = (entry: UnzipFile) => {
    entries += 1;
    if (entries > 1) {
      output.destroy(
        fileIssue(file, `holds more than one file ("${entry.name}"): expected a zip holding one event file`),
      );
      return;
    }
    entry.ondata = (error, chunk) => {
      if (error) output.destroy(fileIssue(file, `not a readable zip archive: ${error.message}`));
      else if (chunk.length > 0) output.push(chunk);
    };
    entry.start();
  };
  return output;
}

/**
 * Streams the rows of an event file, `.zip` or plain; `onBytes` hears how many bytes of the file were read so far
 * (for a progress bar; its size is what stat gives). Throws one issue when the file cannot be read as rows.
 */
export async function* readEventRows(
  file: string,
  onBytes?: (bytesRead: number) => void,
  maxBytes = MAX_EVENT_FILE_BYTES,
): AsyncGenerator<EventRow> {
  const stats = await stat(file).catch(() => undefined);
  if (!stats) throw fileIssue(file, 'not found: expected an event file');
  // An event file may be anywhere the user names: the folder guard is the file system's root.
  const checked = await checkFile(file, { folder: path.parse(path.resolve(file)).root, maxBytes }).catch(
    (error: unknown) => {
      throw error instanceof FileRefusedError
        ? fileIssue(file, error.problem.replace(/a file$/, 'an event file'))
        : error;
    },
  );
  const input = createReadStream(checked.realPath, { highWaterMark: 1 << 16, end: maxBytes });
  let bytesRead = 0;
  input.on('data', (chunk) => {
    bytesRead += chunk.length;
    onBytes?.(bytesRead);
  });
  const bytes: Readable = /\.zip$/i.test(file) ? input.pipe(unzipOneFile(file)) : input;
  if (bytes !== input) input.on('error', (error) => bytes.destroy(error));
  const text = bytes.pipe(decodeUtf8Stream(file, maxBytes));
  bytes.on('error', (error) => text.destroy(error));
  text.on('error', () => undefined);
  // Event files are tab-separated without quoting: a quote mark is part of a name, never a delimiter.
  const parser = text.pipe(
    parse({
      delimiter: '\t',
      quote: false,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      max_record_size: MAX_ROW_BYTES,
    }),
  );
  text.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>)
      yield { line: info.lines, fields: record };
  } catch (error) {
    if (error instanceof CorpusValidationError) throw error;
    const { code, message } = error as { code?: string; message: string };
    if (code === 'CSV_MAX_RECORD_SIZE')
      throw fileIssue(file, `a row longer than ${MAX_ROW_BYTES} bytes: expected tab-separated event rows`);
    throw fileIssue(file, `cannot be read as tab-separated rows: ${message}`);
  } finally {
    input.destroy();
  }
}

/** The text of a data file the import merges with, or undefined when there is none yet. */
export async function readDataFileText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/** The size of an event file in bytes (what a progress bar counts to), or undefined when it is not there. */
export async function eventFileSize(file: string): Promise<number | undefined> {
  return stat(file).then(
    (stats) => stats.size,
    () => undefined,
  );
}

/** The lines of one of the import's own spool files. */
export function readSpoolLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}
