// Hostile and broken data files, one row each: every one must be refused, naming the file, before anything is
// written. The big ones are made here, in the test's temporary folder, never committed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, rename, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, type CorpusCopy } from './corpus-copy';

export const SUMMIT = 'sources/gazette-2020-01-02-summit.yaml';
export const REVIEW = 'sources/review-2020-02-analysis.yaml';

export interface HostileFile {
  name: string;
  /** Makes the copy hostile; `outside` is a folder outside the data folder that the row may use. */
  change: (corpus: CorpusCopy, outside: string) => Promise<void>;
  /** The file the issue names, relative to the data folder. */
  file: string;
  line?: number;
  message: RegExp;
}

const fixtureText = (file: string) => readFileSync(path.join(FIXTURES, 'small', file), 'utf8');

/**
 * A "billion laughs": `levels` anchors of nine aliases of the one before, under a `lol` key (lines 2 to
 * levels + 2), so the last stands for 9^levels texts; `use` is the line of the file that refers to it.
 */
function aliasBomb(levels: number, file: string, use: { after: string; line: string }): string {
  const lines = ['lol:', '  l0: &l0 lol'];
  for (let level = 1; level <= levels; level += 1)
    lines.push(
      `  l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  const text = fixtureText(file).replace(use.after, `${use.after}\n${use.line.replace('*', `*l${levels}`)}`);
  return `${lines.join('\n')}\n${text}`;
}

const bombInSource = (levels: number) =>
  aliasBomb(levels, REVIEW, { after: '  publisher: The Review', line: '  note: *' });
const bombInActors = (levels: number) =>
  aliasBomb(levels, 'actors.yaml', { after: '    name: Northland', line: '    description: *' });

/** The summit file with an ill-formed byte (0xc3 then "(") after "Gazétte ": its offset and the bytes. */
function invalidUtf8Summit(): { offset: number; bytes: Buffer } {
  const [before, after] = fixtureText(SUMMIT).split('The Gazette') as [string, string];
  const head = Buffer.from(`${before}The Gazétte `);
  return { offset: head.length, bytes: Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from(after)]) };
}

const INVALID_UTF8 = invalidUtf8Summit();

/** Moves `file` of the copy to `outside` and leaves a link to it in its place. */
async function moveOutAndLink(corpus: CorpusCopy, file: string, outside: string): Promise<void> {
  const moved = path.join(outside, path.basename(file));
  await rename(path.join(corpus.dir, file), moved);
  await symlink(moved, path.join(corpus.dir, file));
}

const at = (corpus: CorpusCopy, file: string) => path.join(corpus.dir, file);

const isRoot = process.getuid?.() === 0;

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'an alias bomb with more aliases than allowed in a source file',
    change: (c) => c.write(REVIEW, bombInSource(12)),
    file: REVIEW,
    line: 14,
    message: /more than 100 aliases \(\*name\): expected at most 100 in one file/,
  },
  {
    name: 'an alias bomb with more aliases than allowed in actors.yaml',
    change: (c) => c.write('actors.yaml', bombInActors(12)),
    file: 'actors.yaml',
    line: 14,
    message: /more than 100 aliases \(\*name\): expected at most 100 in one file/,
  },
  {
    name: 'an alias bomb of 9^9 texts within the alias limit in a source file',
    change: (c) => c.write(REVIEW, bombInSource(9)),
    file: REVIEW,
    line: 16,
    message: /source\.note: found \[\[\[\[\[\[\[\[\["lol","lol",.*\.\.\.: expected a note as text/,
  },
  {
    name: 'an alias bomb of 9^9 texts within the alias limit in actors.yaml',
    change: (c) => c.write('actors.yaml', bombInActors(9)),
    file: 'actors.yaml',
    line: 21,
    message: /actors\[1\]\.description: found \[\[\[\[\[\[\[\[\["lol",.*: expected a description as text/,
  },
  {
    name: 'a byte that is not UTF-8',
    change: (c) => writeFile(at(c, SUMMIT), INVALID_UTF8.bytes),
    file: SUMMIT,
    line: 4,
    message: new RegExp(
      `is not valid UTF-8 at byte ${INVALID_UTF8.offset} \\(byte 0xc3\\): expected UTF-8 text`,
    ),
  },
  {
    name: 'a UTF-16 file with its byte order mark',
    change: (c) => writeFile(at(c, REVIEW), Buffer.from(`\ufeff${fixtureText(REVIEW)}`, 'utf16le')),
    file: REVIEW,
    message: /is encoded as UTF-16 .*: expected UTF-8/,
  },
  {
    name: 'a UTF-16 actor registry without a byte order mark',
    change: (c) => writeFile(at(c, 'actors.yaml'), Buffer.from(fixtureText('actors.yaml'), 'utf16le')),
    file: 'actors.yaml',
    line: 1,
    message: /has a NUL byte at byte 1: expected text \(a UTF-16 file/,
  },
  {
    name: 'a source file that is a link to a file outside the data folder',
    change: (c, outside) => moveOutAndLink(c, REVIEW, outside),
    file: REVIEW,
    message:
      /leads outside .* \(to .*review-2020-02-analysis\.yaml\): expected links to stay inside the folder/,
  },
  {
    name: 'an actor registry that is a link to a file outside the data folder',
    change: (c, outside) => moveOutAndLink(c, 'actors.yaml', outside),
    file: 'actors.yaml',
    message: /leads outside .* \(to .*actors\.yaml\): expected links to stay inside the folder/,
  },
  {
    name: 'a sources folder that is a link to a folder outside the data folder',
    change: (c, outside) => moveOutAndLink(c, 'sources', outside),
    file: 'sources',
    message: /leads outside .* \(to .*sources\): expected links to stay inside the folder/,
  },
  {
    name: 'a .yaml link to a system folder',
    change: (c) => symlink('/etc', at(c, 'sources/evil.yaml')),
    file: 'sources/evil.yaml',
    message: /leads outside .* \(to \/etc\)/,
  },
  {
    name: 'a .yaml link to nothing',
    change: (c) => symlink('gone.yaml', at(c, 'sources/dangling.yaml')),
    file: 'sources/dangling.yaml',
    message: /not found \(or a link to nothing\): expected a file here/,
  },
  {
    name: 'a folder named like a source file',
    change: (c) => mkdir(at(c, 'sources/folder.yaml')),
    file: 'sources/folder.yaml',
    message: /is a folder: expected a file/,
  },
  {
    name: 'a named pipe named like a source file',
    change: async (c) => {
      execFileSync('mkfifo', [at(c, 'sources/pipe.yaml')]);
    },
    file: 'sources/pipe.yaml',
    message: /is not a regular file: expected a file/,
  },
  {
    name: 'a 2 GiB source file',
    change: (c) => truncate(at(c, REVIEW), 2 * 1024 ** 3),
    file: REVIEW,
    message: /is 2048\.0 MiB \(2,147,483,648 bytes\): expected at most 16\.0 MiB \(16,777,216 bytes\)/,
  },
  {
    name: 'a summary longer than the text limit',
    change: (c) => c.edit(SUMMIT, 'Alice Leader heads Northland.', 'x'.repeat(20_001)),
    file: SUMMIT,
    line: 14,
    message:
      /claims\[0\]\.summary: found "x+\.\.\." \(20,001 characters\): expected at most 20,000 characters \(DATA_MAX_TEXT_CHARS/,
  },
  {
    name: 'an actor name longer than the name limit',
    change: (c) => c.edit('actors.yaml', 'name: Southland', `name: ${'South'.repeat(61)}`),
    file: 'actors.yaml',
    line: 12,
    message:
      /actors\[2\]\.name: found "(South)+\.\.\." \(305 characters\): expected at most 300 characters \(DATA_MAX_NAME_CHARS/,
  },
  // Root reads any file whatever its permissions: this row can only be told apart as another user.
  ...(isRoot
    ? []
    : [
        {
          name: 'a source file nobody may read',
          change: (c: CorpusCopy) => chmod(at(c, REVIEW), 0o000),
          file: REVIEW,
          message: /cannot be read \(permission denied\): expected a readable file/,
        },
      ]),
];
