// File-level guards for every importer: the real path stays inside its folder, the size is under a limit, the
// bytes are UTF-8. Each refusal is a FileRefusedError that names the file and says what was expected.
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why a file was refused, for callers that handle some cases themselves. */
export type FileRefusal =
  | 'missing'
  | 'outside-folder'
  | 'not-a-file'
  | 'too-large'
  | 'unreadable'
  | 'utf-16'
  | 'nul-byte'
  | 'invalid-utf-8';

/** A file refused by a guard; `problem` says what is wrong without the file name, `message` with it. */
export class FileRefusedError extends Error {
  override name = 'FileRefusedError';
  constructor(
    readonly file: string,
    readonly refusal: FileRefusal,
    readonly problem: string,
    /** The byte offset of the first bad byte, for the encoding refusals. */
    readonly byteOffset?: number,
    /** Its line and column (in characters, from 1), when the whole file was at hand to count them. */
    readonly place?: { line: number; column: number },
  ) {
    super(`${file}: ${problem}`);
  }
}

/** A file that passed checkFile: its real path (read this one) and its size when checked. */
export interface CheckedFile {
  realPath: string;
  size: number;
  /** The file's identity when checked, to tell when another file took its place before it was opened. */
  ino: number;
  dev: number;
}

export interface FileGuards {
  /** The folder the file's real path must stay inside (links are followed, then compared). */
  folder: string;
  /** The largest size accepted, in bytes. */
  maxBytes: number;
}

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function formatBytes(bytes: number): string {
  const mib = bytes / 1024 ** 2;
  const readable = mib >= 1 ? `${mib.toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
  return `${readable} (${bytes.toLocaleString('en')} bytes)`;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** `inner` is `outer` or lies under it (both real, absolute paths). */
function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real path of `file` (every link resolved) when it lies inside the real path of `folder`; a
 * FileRefusedError ('outside-folder', or 'missing' for a link to nothing) otherwise. Links that stay inside the
 * folder are followed. Works for folders too.
 */
export async function resolveInside(folder: string, file: string): Promise<string> {
  const realFolder = await realpath(folder).catch((error: unknown) => {
    throw unreadable(folder, error);
  });
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT')
      throw new FileRefusedError(file, 'missing', 'not found (or a link to nothing): expected a file here');
    throw unreadable(file, error);
  }
  if (!isInside(realFolder, real)) {
    throw new FileRefusedError(
      file,
      'outside-folder',
      `leads outside ${folder} (to ${real}): expected links to stay inside the folder`,
    );
  }
  return real;
}

function unreadable(file: string, error: unknown): FileRefusedError {
  const code = errorCode(error);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new FileRefusedError(file, 'unreadable', `cannot be read (${why}): expected a readable file`);
}

function notAFile(file: string, isDirectory: boolean): FileRefusedError {
  return new FileRefusedError(
    file,
    'not-a-file',
    `is ${isDirectory ? 'a folder' : 'not a regular file'}: expected a file`,
  );
}

function changedMeanwhile(file: string): FileRefusedError {
  return new FileRefusedError(
    file,
    'unreadable',
    'changed while it was being read: expected it to stay as it is',
  );
}

function tooLarge(file: string, size: number, maxBytes: number): FileRefusedError {
  return new FileRefusedError(
    file,
    'too-large',
    `is ${formatBytes(size)}: expected at most ${formatBytes(maxBytes)}`,
  );
}

/**
 * Checks `file` before it is read: its real path lies inside `guards.folder`, it is a regular file and no larger
 * than `guards.maxBytes` (from its size on disk, so a huge file costs nothing). A streaming reader then reads
 * `realPath`, stops after `maxBytes` (the file may grow meanwhile) and decodes through a Utf8StreamValidator.
 */
export async function checkFile(file: string, guards: FileGuards): Promise<CheckedFile> {
  const realPath = await resolveInside(guards.folder, file);
  const stats = await stat(realPath).catch((error: unknown) => {
    throw unreadable(file, error);
  });
  if (!stats.isFile()) throw notAFile(file, stats.isDirectory());
  if (stats.size > guards.maxBytes) throw tooLarge(file, stats.size, guards.maxBytes);
  return { realPath, size: stats.size, ino: stats.ino, dev: stats.dev };
}

/**
 * Reads the bytes of `file` after checkFile's checks, never more than `guards.maxBytes` (plus one, to tell a
 * file that grew past the limit). Opened without blocking, so a named pipe is refused instead of waited on.
 */
export async function readFileBytes(file: string, guards: FileGuards): Promise<Uint8Array> {
  const checked = await checkFile(file, guards);
  const { realPath } = checked;
  const handle = await open(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    (error: unknown) => {
      throw unreadable(file, error);
    },
  );
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(file, stats.isDirectory());
    if (stats.ino !== checked.ino || stats.dev !== checked.dev) throw changedMeanwhile(file);
    const buffer = Buffer.alloc(Math.min(stats.size, guards.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > guards.maxBytes) throw tooLarge(file, Math.max(length, stats.size), guards.maxBytes);
    if (length === buffer.length) throw changedMeanwhile(file);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw unreadable(file, error);
  } finally {
    await handle.close();
  }
}

/**
 * The length, in bytes, of the longest prefix of `bytes` made of whole, valid UTF-8 characters before the first
 * ill-formed sequence; `bytes.length` when there is none (an incomplete character at the very end is not an
 * error here: the next chunk may complete it). Found by bisection with the platform's decoder.
 */
export function validUtf8Length(bytes: Uint8Array): number {
  const fails = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), {
        stream: true,
      });
      return false;
    } catch {
      return true;
    }
  };
  if (!fails(bytes.length)) return bytes.length;
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (fails(middle)) bad = middle;
    else good = middle;
  }
  // The good prefix may end in the first bytes of the ill-formed sequence: count only its whole characters.
  const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, good), {
    stream: true,
  });
  return Buffer.byteLength(whole, 'utf8');
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0')}`;
}

function invalidUtf8(file: string, offset: number, byte: number | undefined): FileRefusedError {
  const found = byte === undefined ? 'a character cut short by the end of the file' : `byte ${hex(byte)}`;
  return new FileRefusedError(
    file,
    'invalid-utf-8',
    `is not valid UTF-8 at byte ${offset} (${found}): expected UTF-8 text (save the file as UTF-8)`,
    offset,
  );
}

function nulByte(file: string, offset: number): FileRefusedError {
  return new FileRefusedError(
    file,
    'nul-byte',
    `has a NUL byte at byte ${offset}: expected text (a UTF-16 file has one in almost every other byte; save it as UTF-8)`,
    offset,
  );
}

/**
 * Decodes a file's UTF-8 chunks one after another, checking them as it goes, in constant memory: the byte offset
 * of the first bad byte is told even when it is far into a stream. A UTF-8 byte order mark is dropped; a UTF-16
 * one, a NUL byte or an ill-formed sequence throws a FileRefusedError naming `file` and the byte offset.
 */
export class Utf8StreamValidator {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes pushed so far. */
  private offset = 0;
  /** The last bytes pushed that the decoder holds: the start of a character the next chunk completes. */
  private pending: Uint8Array = new Uint8Array(0);
  private textStarted = false;

  constructor(readonly file: string) {}

  /** Checks and decodes the next chunk; returns its text (without a partial character at its end). */
  push(chunk: Uint8Array): string {
    if (this.offset === 0 && UTF16_BOMS.some((bom) => startsWith(chunk, bom))) {
      throw new FileRefusedError(
        this.file,
        'utf-16',
        'is encoded as UTF-16 (it starts with a UTF-16 byte order mark): expected UTF-8 (save the file as UTF-8)',
        0,
      );
    }
    const start = this.offset;
    const nul = chunk.indexOf(0);
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      const held = Buffer.concat([this.pending, chunk]);
      const heldStart = start - this.pending.length;
      const offset = heldStart + validUtf8Length(held);
      if (nul >= 0 && start + nul < offset) throw nulByte(this.file, start + nul);
      throw invalidUtf8(this.file, offset, held[offset - heldStart]);
    }
    if (nul >= 0) throw nulByte(this.file, start + nul);
    this.offset += chunk.length;
    // Valid UTF-8 encodes back to the same bytes: what the text does not account for, the decoder still holds.
    const stillHeld = this.pending.length + chunk.length - Buffer.byteLength(text, 'utf8');
    this.pending =
      stillHeld <= chunk.length
        ? chunk.slice(chunk.length - stillHeld)
        : Buffer.concat([this.pending, chunk]).subarray(-stillHeld);
    if (!this.textStarted && text.length > 0) {
      this.textStarted = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    return text;
  }

  /** Ends the stream: a character left incomplete at the end is an error. */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw invalidUtf8(this.file, this.offset - this.pending.length, undefined);
    }
  }
}

/** The line and column (from 1) of byte `offset` of `bytes`, which are valid UTF-8 before it. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/**
 * Decodes a whole file's bytes as UTF-8 with Utf8StreamValidator's checks; `file` names it in errors, which
 * also give the line and column of the bad byte.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const validator = new Utf8StreamValidator(file);
  try {
    return validator.push(bytes) + validator.end();
  } catch (error) {
    if (!(error instanceof FileRefusedError) || error.byteOffset === undefined) throw error;
    const { refusal, problem, byteOffset } = error;
    throw new FileRefusedError(file, refusal, problem, byteOffset, placeOfByte(bytes, byteOffset));
  }
}

/** Reads a whole text file with every guard: inside `guards.folder`, at most `guards.maxBytes`, valid UTF-8. */
export async function readTextFile(file: string, guards: FileGuards): Promise<string> {
  return decodeUtf8(file, await readFileBytes(file, guards));
}
