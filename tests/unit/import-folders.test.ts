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
