// The all-or-nothing commit: a failure between two renames, or a crash, leaves the old files, byte for byte.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { commitFiles, JOURNAL_FILE, recoverInterruptedCommit } from '../../server/curation/atomic-commit';
import { snapshotFolder, startCurationApp } from '../support/curation';

const ROOT = path.resolve(__dirname, '..', '..');

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-commit-'));
  await mkdir(path.join(dir, 'sources'));
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

const OLD = { 'actors.yaml': 'actors: [] # old\n', 'sources/a.yaml': 'old a\n' };
const NEW = [
  { file: 'actors.yaml', text: 'actors: [] # new\n' },
  { file: 'sources/a.yaml', text: 'new a\n' },
  { file: 'sources/b.yaml', text: 'new b\n' },
];

describe('commitFiles', () => {
  it('when every rename succeeds, then every file is new and no temporary file, backup or journal is left', async () => {
    const dir = await folderWith(OLD);
    await commitFiles(dir, NEW);
    expect(await snapshotFolder(dir)).toEqual(
      Object.fromEntries(NEW.map(({ file, text }) => [file, Buffer.from(text).toString('base64')])),
    );
    await rm(dir, { recursive: true });
  });

  it('when the target of the second rename turns out to be a folder, then the first file is put back and nothing is left behind', async () => {
    const dir = await folderWith(OLD);
    const before = await snapshotFolder(dir);
    // actors.yaml is renamed first, then sources/b.yaml, whose place a folder takes just before.
    const order = [NEW[0]!, NEW[2]!, NEW[1]!];
    const failing = commitFiles(dir, order, {
      beforeRename: async (file, index) => {
        if (index === 1) await mkdir(path.join(dir, file));
      },
    });
    await expect(failing).rejects.toThrow();
    expect(await snapshotFolder(dir)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['actors.yaml', 'sources']);
    expect((await readdir(path.join(dir, 'sources'))).sort()).toEqual(['a.yaml', 'b.yaml']);
    await rm(dir, { recursive: true });
  });

  it('when the process dies between two renames, then recovery puts the old files back', async () => {
    const dir = await folderWith(OLD);
    const before = await snapshotFolder(dir);
    const script = [
      "const { commitFiles } = require('./server/curation/atomic-commit');",
      `commitFiles(${JSON.stringify(dir)}, ${JSON.stringify(NEW)}, { beforeRename: (_f, i) => { if (i === 2) process.exit(9); } });`,
    ].join('\n');
    const code = await new Promise<number>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT }, (error) =>
        resolve(error ? Number(error.code) : 0),
      ),
    );
    expect(code).toBe(9);
    // Mid-commit: two files replaced, a journal naming the backups.
    expect(await readFile(path.join(dir, 'sources', 'a.yaml'), 'utf8')).toBe('new a\n');
    expect(await readdir(dir)).toContain(JOURNAL_FILE);
    // sources/b.yaml was never renamed into place: only the two replaced files come back.
    expect((await recoverInterruptedCommit(dir)).sort()).toEqual(['actors.yaml', 'sources/a.yaml']);
    expect(await snapshotFolder(dir)).toEqual(before);
    expect(await recoverInterruptedCommit(dir)).toEqual([]);
    await rm(dir, { recursive: true });
  });
});

describe('POST /api/sources with a failure between two renames', () => {
  it('when the second rename fails, then the save answers 500 and every data file is as it was', async () => {
    let dataDir = '';
    const app = await startCurationApp({
      commitHooks: {
        beforeRename: async (file, index) => {
          if (index === 1) {
            await rm(path.join(dataDir, file), { force: true });
            await mkdir(path.join(dataDir, file));
          }
        },
      },
    });
    dataDir = app.corpus.dir;
    const before = await snapshotFolder(dataDir);
    const status = await request(app.app).get('/api/curation').expect(200);
    const failed = await request(app.app)
      .post('/api/sources')
      .send({
        source: {
          id: 'post-2020-05-05-note',
          title: 'A note',
          publisher: 'The Post',
          published: '2020-05-05',
        },
        text: 'A note\n\nAlice Leader wrote to Southland.',
        claims: [],
        actors: [{ id: 'dora-clerk', name: 'Dora Clerk', kind: 'person' }],
        versions: status.body.versions,
      })
      .expect(500);
    expect(failed.body.error.code).toBe('internal');
    // The second target (the source file) is now a folder the hook made; everything else is untouched.
    const after = await snapshotFolder(dataDir);
    expect(after).toEqual(before);
    expect(await readdir(path.join(dataDir, 'sources'))).not.toContain('post-2020-05-05-note.txt');
    await app.close();
  });
});
