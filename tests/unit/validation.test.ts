// Bad data files: one row per mistake, each must be reported with its file, line and what was expected.
import { mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CorpusValidationError, type DataIssue } from '../../server/ingest/data-issue';
import { readCorpus } from '../../server/ingest/read-corpus';
import { copyCorpus, type CorpusCopy } from '../support/corpus-copy';

const SUMMIT = 'sources/gazette-2020-01-02-summit.yaml';
const REVIEW = 'sources/review-2020-02-analysis.yaml';

interface BadInput {
  name: string;
  change: (corpus: CorpusCopy) => Promise<void>;
  file: string;
  line?: number;
  message: RegExp;
}

const BAD_INPUTS: BadInput[] = [
  {
    name: 'a YAML syntax error',
    change: (c) => c.edit('actors.yaml', 'kind: state\n  - id: southland', 'kind: [state\n  - id: southland'),
    file: 'actors.yaml',
    message: /not valid YAML/,
  },
  {
    name: 'a missing required field',
    change: (c) => c.edit(SUMMIT, '    summary: Alice Leader heads Northland.\n', ''),
    file: SUMMIT,
    line: 8,
    message: /claims\[0\]\.summary: missing summary: expected a summary/,
  },
  {
    name: 'an unknown field',
    change: (c) => c.edit('actors.yaml', '    kind: state\n', '    kind: state\n    colour: red\n'),
    file: 'actors.yaml',
    line: 11,
    message: /actors\[1\]\.colour: unknown field "colour"/,
  },
  {
    name: 'an unknown actor in a claim',
    change: (c) => c.edit(SUMMIT, 'to: southland', 'to: westland'),
    file: SUMMIT,
    line: 20,
    message: /claims\[1\]\.to: unknown actor "westland": expected an id from actors\.yaml/,
  },
  {
    name: 'an unknown actor asserting a claim',
    change: (c) =>
      c.edit(
        REVIEW,
        'assertedBy: bob-analyst\n    summary: Northland',
        'assertedBy: eve\n    summary: Northland',
      ),
    file: REVIEW,
    line: 23,
    message: /claims\[1\]\.assertedBy: unknown actor "eve"/,
  },
  {
    name: 'an unknown relation type',
    change: (c) => c.edit(SUMMIT, 'type: VISITS', 'type: INVADES'),
    file: SUMMIT,
    line: 18,
    message: /claims\[1\]\.type: found "INVADES": expected a relation type: one of .*\bMEETS\b/,
  },
  {
    name: 'an imported claim without its provenance',
    change: (c) => c.edit(SUMMIT, '    evidence:\n      paragraph: 1\n', '    origin: icews\n'),
    file: SUMMIT,
    message:
      /claims\[0\]\.provenance: missing provenance: expected the coded event this icews claim comes from/,
  },
  {
    name: 'an unknown origin',
    change: (c) => c.edit(SUMMIT, '    type: VISITS', '    origin: hearsay\n    type: VISITS'),
    file: SUMMIT,
    message: /claims\[1\]\.origin: .*expected an origin: one of curated, icews, gdelt, extracted/,
  },
  {
    name: 'a country that is not an alpha-3 code',
    change: (c) => c.edit('actors.yaml', 'kind: state\n', 'kind: state\n    country: Northland\n'),
    file: 'actors.yaml',
    message: /country: .*expected an ISO 3166-1 alpha-3 country code/,
  },
  {
    name: 'a country code no state has',
    change: (c) => c.edit('actors.yaml', 'kind: state\n', 'kind: state\n    country: XNL\n'),
    file: 'actors.yaml',
    line: 11,
    message: /actors\[1\]\.country: unknown country code "XNL": expected the ISO 3166-1 alpha-3 code/,
  },
  {
    name: 'a duplicate actor id',
    change: (c) => c.edit('actors.yaml', 'id: southland', 'id: northland'),
    file: 'actors.yaml',
    line: 11,
    message: /actors\[2\]\.id: duplicate actor id "northland": already used at .*actors\[1\]/,
  },
  {
    name: 'a duplicate claim id across files',
    change: (c) => c.edit(REVIEW, 'id: bob-assesses-alice', 'id: alice-leads-northland'),
    file: REVIEW,
    line: 7,
    message: /claims\[0\]\.id: duplicate claim id "alice-leads-northland": already used at .*gazette/,
  },
  {
    name: 'an impossible date',
    change: (c) => c.edit(SUMMIT, 'date: 2019-12-30', 'date: 2019-02-30'),
    file: SUMMIT,
    line: 21,
    message: /claims\[1\]\.date: "2019-02-30" is not a real date: day 30 does not exist in 2019-02/,
  },
  {
    name: 'a malformed date',
    change: (c) => c.edit(SUMMIT, 'date: 2019-12-30', 'date: 30/12/2019'),
    file: SUMMIT,
    line: 21,
    message: /claims\[1\]\.date: found "30\/12\/2019": expected a date: YYYY, YYYY-MM or YYYY-MM-DD/,
  },
  {
    name: 'an end date before the start',
    change: (c) => c.edit(SUMMIT, 'dateEnd: 2019-12-31', 'dateEnd: 2019-12-01'),
    file: SUMMIT,
    line: 22,
    message: /claims\[1\]\.dateEnd: "2019-12-01" is before date "2019-12-30"/,
  },
  {
    name: 'an empty actor name',
    change: (c) => c.edit('actors.yaml', 'name: Northland', 'name: "  "'),
    file: 'actors.yaml',
    line: 9,
    message: /actors\[1\]\.name: found " {2}": expected a name, not an empty text/,
  },
  {
    name: 'an actor kind outside the list',
    change: (c) => c.edit('actors.yaml', 'kind: state\n  - id: southland', 'kind: city\n  - id: southland'),
    file: 'actors.yaml',
    line: 10,
    message: /actors\[1\]\.kind: found "city": expected a kind: one of person, state/,
  },
  {
    name: 'an id that is not a slug',
    change: (c) => c.edit('actors.yaml', 'id: bob-analyst', 'id: Bob Analyst'),
    file: 'actors.yaml',
    line: 15,
    message: /actors\[3\]\.id: found "Bob Analyst": expected a actor id: lower-case letters/,
  },
  {
    name: 'a claim from an actor to itself',
    change: (c) => c.edit(SUMMIT, 'to: southland', 'to: alice-leader'),
    file: SUMMIT,
    line: 20,
    message: /claims\[1\]\.to: "alice-leader" is also "from"/,
  },
  {
    name: 'a relation between kinds its type does not allow',
    change: (c) =>
      c.edit(SUMMIT, 'from: alice-leader\n    to: northland', 'from: southland\n    to: northland'),
    file: SUMMIT,
    line: 10,
    message: /claims\[0\]\.from: "southland" is a state: LEADS expects from be one of person/,
  },
  {
    name: 'a fact attributed to someone',
    change: (c) =>
      c.edit(
        SUMMIT,
        '    certainty: fact\n    summary: Alice Leader heads',
        '    certainty: fact\n    assertedBy: bob-analyst\n    summary: Alice Leader heads',
      ),
    file: SUMMIT,
    line: 14,
    message: /claims\[0\]\.assertedBy: found "bob-analyst": a claim of certainty "fact" is the source's own/,
  },
  {
    name: 'an attributed claim without its author',
    change: (c) =>
      c.edit(
        SUMMIT,
        'certainty: fact\n    summary: Alice Leader heads',
        'certainty: claim\n    summary: Alice Leader heads',
      ),
    file: SUMMIT,
    message: /claims\[0\]\.assertedBy: missing: a claim of certainty "claim" must say whose account it is/,
  },
  {
    name: 'a quote longer than a few words',
    change: (c) =>
      c.edit(
        SUMMIT,
        'quote: crossed the border',
        'quote: one two three four five six seven eight nine ten eleven twelve thirteen',
      ),
    file: SUMMIT,
    line: 27,
    message: /claims\[1\]\.evidence\.quote: .*expected a quote of at most 12 words/,
  },
  {
    name: 'a paragraph that is not a positive whole number',
    change: (c) => c.edit(SUMMIT, 'paragraph: 2', 'paragraph: 0'),
    file: SUMMIT,
    line: 26,
    message: /claims\[1\]\.evidence\.paragraph: found 0: expected a paragraph number from 1/,
  },
  {
    name: 'a source whose id does not match its file name',
    change: (c) => c.edit(REVIEW, 'id: review-2020-02-analysis', 'id: review-2020-03-analysis'),
    file: REVIEW,
    line: 2,
    message:
      /source\.id: "review-2020-03-analysis" does not match the file name "review-2020-02-analysis\.yaml"/,
  },
  {
    name: 'a file that is not a mapping at all',
    change: (c) => c.write(REVIEW, '- just\n- a list\n'),
    file: REVIEW,
    line: 1,
    message: /expected object|expected/,
  },
  {
    name: 'a missing actor registry',
    change: (c) => c.remove('actors.yaml'),
    file: 'actors.yaml',
    message: /missing: expected the actor registry here/,
  },
];

async function issuesFor(change: BadInput['change']): Promise<{ dir: string; issues: readonly DataIssue[] }> {
  const corpus = await copyCorpus('small');
  await change(corpus);
  try {
    await readCorpus(corpus.dir);
  } catch (error) {
    if (error instanceof CorpusValidationError) return { dir: corpus.dir, issues: error.issues };
    throw error;
  }
  throw new Error('the corpus was accepted');
}

describe('corpus validation', () => {
  it('when the fixture corpus is intact, then it reads with every actor, source and claim', async () => {
    const corpus = await copyCorpus('small');
    const read = await readCorpus(corpus.dir);
    expect([read.actors.length, read.sources.length, read.claims.length]).toEqual([4, 2, 4]);
    expect(read.claims.find((claim) => claim.id === 'alice-leads-northland')).toMatchObject({
      date: '2020',
      sourceId: 'gazette-2020-01-02-summit',
    });
  });

  it('when files start with a UTF-8 byte order mark, then they read as without it', async () => {
    const corpus = await copyCorpus('small');
    for (const file of ['actors.yaml', SUMMIT]) {
      const target = path.join(corpus.dir, file);
      await writeFile(target, `\ufeff${await readFile(target, 'utf8')}`);
    }
    const read = await readCorpus(corpus.dir);
    expect([read.actors.length, read.sources.length, read.claims.length]).toEqual([4, 2, 4]);
    expect(read.actors[0]?.id).toBe('alice-leader');
  });

  it('when a source file is a link to a file elsewhere inside the data folder, then it is followed', async () => {
    const corpus = await copyCorpus('small');
    await mkdir(path.join(corpus.dir, 'archive'));
    await rename(path.join(corpus.dir, REVIEW), path.join(corpus.dir, 'archive', 'review.yaml'));
    await symlink(path.join('..', 'archive', 'review.yaml'), path.join(corpus.dir, REVIEW));
    const read = await readCorpus(corpus.dir);
    expect(read.sources.map((source) => source.id)).toContain('review-2020-02-analysis');
  });

  it('when the limits are lowered, then a field over them is refused with the setting to change', async () => {
    const corpus = await copyCorpus('small');
    const limits = { maxFileBytes: 10_000, maxTextChars: 40, maxNameChars: 10 };
    const failure = readCorpus(corpus.dir, { limits });
    await expect(failure).rejects.toThrow(
      /summit\.yaml:24:14 claims\[1\]\.summary: found "Alice Leader travelled to Southland for two days\.": expected at most 40 characters \(DATA_MAX_TEXT_CHARS/,
    );
    await expect(failure).rejects.toThrow(
      /actors\.yaml:4:11 actors\[0\]\.name: .*expected at most 10 characters \(DATA_MAX_NAME_CHARS/,
    );
    const small = readCorpus(corpus.dir, { limits: { ...limits, maxFileBytes: 100 } });
    await expect(small).rejects.toThrow(
      /actors\.yaml: is 0\.\d KiB \(\d+ bytes\): expected at most 0\.1 KiB \(100 bytes\)/,
    );
  });

  it.each(BAD_INPUTS)(
    'when a file has $name, then the error names the file, the place and what was expected',
    async (row) => {
      const { dir, issues } = await issuesFor(row.change);
      const issue = issues.find(
        (candidate) =>
          row.message.test(candidate.message) || row.message.test(`${candidate.path}: ${candidate.message}`),
      );
      expect(issue).toBeDefined();
      expect(issue?.file).toBe(path.join(dir, row.file));
      if (row.line !== undefined) expect(issue?.line).toBe(row.line);
    },
  );

  it('when several files have mistakes, then all of them are reported at once', async () => {
    const { issues } = await issuesFor(async (c) => {
      await c.edit(SUMMIT, 'type: VISITS', 'type: INVADES');
      await c.edit(REVIEW, 'date: 2020-01', 'date: 2020-13');
      await c.edit('actors.yaml', 'kind: person\n    aliases', 'kind: robot\n    aliases');
    });
    expect(issues.map((issue) => path.basename(issue.file)).sort()).toEqual([
      'actors.yaml',
      'gazette-2020-01-02-summit.yaml',
      'review-2020-02-analysis.yaml',
    ]);
  });
});
