// Ingestion's reading of import folders: their actors join the registry, their sources the corpus, same rules.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CorpusValidationError } from '../../server/ingest/data-issue';
import { importFolders, readCorpus } from '../../server/ingest/read-corpus';
import { copyCorpus, type CorpusCopy } from '../support/corpus-copy';

const IMPORTED_ACTORS = `actors:
  - id: kim-yong-chol
    name: Kim Yong-chol
    kind: person
    country: PRK
`;

const IMPORTED_SOURCE = `source:
  id: icews-story-1
  title: ICEWS story 1 (Some Agency)
  publisher: Some Agency
  origin: icews
claims:
  - id: icews-10
    type: NEGOTIATES_WITH
    from: kim-yong-chol
    to: alice-leader
    date: 2018-06-01
    certainty: claim
    assertedBy: northland
    summary: Kim Yong-chol negotiates with Alice Leader.
    origin: icews
    provenance:
      eventId: '10'
      cameo: '046'
      cameoLabel: Engage in negotiation
`;

async function withImportFolder(name: string): Promise<CorpusCopy> {
  const corpus = await copyCorpus('small');
  await mkdir(path.join(corpus.dir, name, 'sources'), { recursive: true });
  await corpus.write(`${name}/actors.yaml`, IMPORTED_ACTORS);
  await corpus.write(`${name}/sources/icews-story-1.yaml`, IMPORTED_SOURCE);
  return corpus;
}

describe('import folders', () => {
  it('when a data folder has an import folder, then its actors and claims are read with the curated ones', async () => {
    const corpus = await withImportFolder('imported');
    const read = await readCorpus(corpus.dir);
    expect(read.actors.map((actor) => actor.id)).toContain('kim-yong-chol');
    expect(read.claims.find((claim) => claim.id === 'icews-10')).toMatchObject({
      from: 'kim-yong-chol',
      to: 'alice-leader',
      sourceId: 'icews-story-1',
      origin: 'icews',
    });
  });

  it('when folders are dot folders, sources/ or schema/, then they are not import folders', async () => {
    const corpus = await withImportFolder('icews-2018');
    await mkdir(path.join(corpus.dir, '.import-abc', 'sources'), { recursive: true });
    await mkdir(path.join(corpus.dir, 'schema', 'sources'), { recursive: true });
    expect(await importFolders(corpus.dir)).toEqual(['icews-2018']);
  });

  it('when an import folder reuses a curated actor id, then both places are named', async () => {
    const corpus = await withImportFolder('imported');
    await corpus.edit('imported/actors.yaml', 'id: kim-yong-chol', 'id: alice-leader');
    const failure = await readCorpus(corpus.dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorpusValidationError);
    expect((failure as Error).message).toMatch(
      /imported\/actors\.yaml:2:\d+ actors\[0\]\.id: duplicate actor id "alice-leader": already used at .*actors\.yaml actors\[0\]/,
    );
  });

  it('when an imported claim names an unknown actor, then it is reported in its file', async () => {
    const corpus = await withImportFolder('imported');
    await corpus.edit('imported/sources/icews-story-1.yaml', 'to: alice-leader', 'to: nobody');
    await expect(readCorpus(corpus.dir)).rejects.toThrow(
      /imported\/sources\/icews-story-1\.yaml:\d+:\d+ claims\[0\]\.to: unknown actor "nobody"/,
    );
  });
});

/** The source file above as the first entry of a collection, with a second source of one claim. */
const COLLECTION = `sources:
  - ${IMPORTED_SOURCE.trim().split('\n').join('\n    ')}
  - source:
      id: icews-story-2
      title: ICEWS story 2 (Other Agency)
      publisher: Other Agency
      origin: icews
    claims:
      - id: icews-11
        type: MEETS
        from: alice-leader
        to: kim-yong-chol
        date: 2018-06-01
        certainty: claim
        assertedBy: northland
        summary: Alice Leader meets Kim Yong-chol.
        origin: icews
        provenance:
          eventId: '11'
          cameo: '044'
          cameoLabel: Meet at a third location
`;

async function withCollection(): Promise<CorpusCopy> {
  const corpus = await copyCorpus('small');
  await mkdir(path.join(corpus.dir, 'imported', 'sources'), { recursive: true });
  await corpus.write('imported/actors.yaml', IMPORTED_ACTORS);
  await corpus.write('imported/sources/icews-2018-06-01.yaml', COLLECTION);
  return corpus;
}

describe('collections of imported sources', () => {
  it('when an import folder holds a collection, then each of its sources is read with its claims', async () => {
    const corpus = await withCollection();
    const read = await readCorpus(corpus.dir);
    expect(read.sources.map((source) => source.id)).toEqual(
      expect.arrayContaining(['icews-story-1', 'icews-story-2']),
    );
    expect(read.claims.find((claim) => claim.id === 'icews-11')).toMatchObject({
      from: 'alice-leader',
      sourceId: 'icews-story-2',
    });
  });

  const BAD_COLLECTIONS: Array<{ name: string; from: string; to: string; message: RegExp }> = [
    {
      name: 'an unknown actor in its second source',
      from: 'from: alice-leader',
      to: 'from: nobody',
      message: /icews-2018-06-01\.yaml:\d+:\d+ sources\[1\]\.claims\[0\]\.from: unknown actor "nobody"/,
    },
    {
      name: 'a date that does not exist in its first source',
      from: 'date: 2018-06-01',
      to: 'date: 2018-02-30',
      message: /icews-2018-06-01\.yaml:12:15 sources\[0\]\.claims\[0\]\.date: .*not a real date/,
    },
    {
      name: 'a claim id used twice',
      from: 'id: icews-11',
      to: 'id: icews-10',
      message:
        /sources\[1\]\.claims\[0\]\.id: duplicate claim id "icews-10": already used at .*icews-2018-06-01\.yaml sources\[0\] claims\[0\]/,
    },
    {
      name: 'a source id used twice',
      from: 'id: icews-story-2',
      to: 'id: icews-story-1',
      message:
        /sources\[1\]\.source\.id: duplicate source id "icews-story-1": already used at .*icews-2018-06-01\.yaml sources\[0\]/,
    },
  ];

  it.each(BAD_COLLECTIONS)(
    'when a collection has $name, then file, line and place are named',
    async (bad) => {
      const corpus = await withCollection();
      await corpus.edit('imported/sources/icews-2018-06-01.yaml', bad.from, bad.to);
      const failure = await readCorpus(corpus.dir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CorpusValidationError);
      expect((failure as Error).message).toMatch(bad.message);
    },
  );

  it("when a collection stands in the data folder's own sources/, then it is refused: curated sources have a file each", async () => {
    const corpus = await withCollection();
    await corpus.write('sources/many.yaml', COLLECTION.replace(/icews-/g, 'other-'));
    await expect(readCorpus(corpus.dir)).rejects.toThrow(
      /sources\/many\.yaml.*a collection of sources is read only in an import folder/,
    );
  });
});
