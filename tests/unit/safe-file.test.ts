// The file guards importers share: UTF-8 checked in any chunking with the bad byte's offset, real paths kept
// inside their folder, sizes refused before reading.
import { mkdtemp, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  FileRefusedError,
  Utf8StreamValidator,
  checkFile,
  decodeUtf8,
  readTextFile,
  resolveInside,
  validUtf8Length,
} from '../../server/ingest/safe-file';

interface BadBytes {
  name: string;
  bytes: number[];
  refusal: FileRefusedError['refusal'];
  offset: number;
}

const A = 0x41;
const EURO = [0xe2, 0x82, 0xac];

const BAD_BYTES: BadBytes[] = [
  { name: 'a byte never used in UTF-8', bytes: [A, ...EURO, 0xff, A], refusal: 'invalid-utf-8', offset: 4 },
  { name: 'a lone continuation byte', bytes: [A, 0x80], refusal: 'invalid-utf-8', offset: 1 },
  {
    name: 'a character cut short before another',
    bytes: [A, 0xe2, 0x82, A],
    refusal: 'invalid-utf-8',
    offset: 1,
  },
  {
    name: 'a character cut short by the end',
    bytes: [A, ...EURO, 0xe2, 0x82],
    refusal: 'invalid-utf-8',
    offset: 4,
  },
  { name: 'an overlong encoding', bytes: [A, 0xc0, 0x80], refusal: 'invalid-utf-8', offset: 1 },
  { name: 'an encoded surrogate', bytes: [A, 0xed, 0xa0, 0x80], refusal: 'invalid-utf-8', offset: 1 },
  {
    name: 'a code point above U+10FFFF',
    bytes: [0xf4, 0x90, 0x80, 0x80],
    refusal: 'invalid-utf-8',
    offset: 0,
  },
  {
    name: 'a bad sequence after a real U+FFFD',
    bytes: [0xef, 0xbf, 0xbd, A, 0xef, 0xbf, A],
    refusal: 'invalid-utf-8',
    offset: 4,
  },
  { name: 'a UTF-16 little-endian mark', bytes: [0xff, 0xfe, A, 0], refusal: 'utf-16', offset: 0 },
  { name: 'a UTF-16 big-endian mark', bytes: [0xfe, 0xff, 0, A], refusal: 'utf-16', offset: 0 },
  { name: 'a NUL byte', bytes: [A, A, 0, A], refusal: 'nul-byte', offset: 2 },
];

/** Pushes `bytes` through a validator in chunks of `size` bytes; returns the text or the refusal. */
function streamed(bytes: number[], size: number): string | FileRefusedError {
  const validator = new Utf8StreamValidator('data/x.tsv');
  let text = '';
  try {
    for (let start = 0; start < bytes.length; start += size)
      text += validator.push(Uint8Array.from(bytes.slice(start, start + size)));
    return text + validator.end();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
}

async function tempFolder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'actorgraph-safe-file-'));
}

describe('UTF-8 checks', () => {
  it.each(BAD_BYTES.flatMap((row) => [1, 2, 3, 64].map((chunk) => ({ ...row, chunk }))))(
    'when a stream has $name (chunks of $chunk bytes), then it is refused at byte $offset',
    ({ bytes, chunk, refusal, offset }) => {
      const result = streamed(bytes, chunk);
      // A one-byte first chunk cannot tell a UTF-16 mark from an invalid byte; the offset is the same.
      const expected = refusal === 'utf-16' && chunk === 1 ? 'invalid-utf-8' : refusal;
      expect(result).toBeInstanceOf(FileRefusedError);
      expect(result).toMatchObject({ file: 'data/x.tsv', refusal: expected, byteOffset: offset });
      expect((result as FileRefusedError).message).toMatch(/^data\/x\.tsv: .*: expected /);
    },
  );

  it.each([1, 2, 5, 4096])(
    'when valid text with a UTF-8 byte order mark arrives in chunks of %i bytes, then it decodes without the mark',
    (chunk) => {
      const bytes = [...Buffer.from('\ufeffKim Jong-un — 김정은 🙂\n')];
      expect(streamed(bytes, chunk)).toBe('Kim Jong-un — 김정은 🙂\n');
    },
  );

  it('when a whole file has a bad byte, then the refusal gives its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: é '), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(() => decodeUtf8('f.yaml', bytes)).toThrow(
      /^f\.yaml: is not valid UTF-8 at byte 11 \(byte 0xff\)/,
    );
    try {
      decodeUtf8('f.yaml', bytes);
    } catch (error) {
      expect(error).toMatchObject({ byteOffset: 11, place: { line: 2, column: 6 } });
    }
  });

  it('when bytes hold a bad sequence, then validUtf8Length is the length of what comes before it', () => {
    expect(validUtf8Length(Uint8Array.from([A, ...EURO]))).toBe(4);
    expect(validUtf8Length(Uint8Array.from([A, ...EURO, 0xff, A]))).toBe(4);
  });
});

describe('file checks', () => {
  it('when a link stays inside the folder, then it is followed; when it leaves, it is refused', async () => {
    const root = await tempFolder();
    const folder = path.join(root, 'data');
    await mkdir(path.join(folder, 'archive'), { recursive: true });
    await writeFile(path.join(folder, 'archive', 'a.yaml'), 'a: 1\n');
    await writeFile(path.join(root, 'secret.yaml'), 'secret: 1\n');
    await symlink(path.join('archive', 'a.yaml'), path.join(folder, 'inside.yaml'));
    await symlink(path.join('..', 'secret.yaml'), path.join(folder, 'outside.yaml'));
    await symlink(root, path.join(folder, 'up'));
    const guards = { folder, maxBytes: 100 };
    expect(await readTextFile(path.join(folder, 'inside.yaml'), guards)).toBe('a: 1\n');
    await expect(readTextFile(path.join(folder, 'outside.yaml'), guards)).rejects.toMatchObject({
      refusal: 'outside-folder',
    });
    await expect(resolveInside(folder, path.join(folder, 'up', 'secret.yaml'))).rejects.toThrow(
      /up\/secret\.yaml: leads outside .*data \(to .*secret\.yaml\): expected links to stay inside the folder/,
    );
  });

  it('when a folder is a sibling whose name starts like the data folder, then it counts as outside', async () => {
    const root = await tempFolder();
    await mkdir(path.join(root, 'data'));
    await mkdir(path.join(root, 'data-other'));
    await writeFile(path.join(root, 'data-other', 'x.yaml'), 'x: 1\n');
    await symlink(path.join(root, 'data-other', 'x.yaml'), path.join(root, 'data', 'x.yaml'));
    await expect(
      checkFile(path.join(root, 'data', 'x.yaml'), { folder: path.join(root, 'data'), maxBytes: 100 }),
    ).rejects.toMatchObject({ refusal: 'outside-folder' });
  });

  it.each([
    { name: 'at the limit', size: 100, refused: false },
    { name: 'one byte over the limit', size: 101, refused: true },
    { name: 'of 4 GiB (sparse, never read)', size: 4 * 1024 ** 3, refused: true },
  ])('when a file is $name, then the size check says so before reading it', async ({ size, refused }) => {
    const folder = await tempFolder();
    const file = path.join(folder, 'big.tsv');
    await writeFile(file, '');
    await truncate(file, size);
    const checked = checkFile(file, { folder, maxBytes: 100 });
    if (refused) await expect(checked).rejects.toMatchObject({ refusal: 'too-large' });
    else await expect(checked).resolves.toMatchObject({ size });
  });
});
