// What changed between two versions of a data file, record by record, and the bounded memory of served versions.
import { describeChanges, fileChanges } from '../../../server/curation/file-changes';
import { ServedVersions } from '../../../server/curation/served-versions';

const SOURCE = `source:
  id: x
  title: Old title
claims:
  - id: c1
    summary: One
  - id: c2
    summary: Two
`;

describe('fileChanges', () => {
  it.each<[string, string, string, string, ReturnType<typeof fileChanges>]>([
    [
      'a claim edited',
      'sources/x.yaml',
      SOURCE.replace('summary: One', 'summary: Uno'),
      'claim c1 changed',
      { added: [], removed: [], changed: ['c1'] },
    ],
    [
      'a claim added',
      'sources/x.yaml',
      `${SOURCE}  - id: c3\n    summary: Three\n`,
      'claim c3 added',
      { added: ['c3'], removed: [], changed: [] },
    ],
    [
      'a claim removed',
      'sources/x.yaml',
      SOURCE.replace(/ {2}- id: c2\n.*\n/, ''),
      'claim c2 removed',
      { added: [], removed: ['c2'], changed: [] },
    ],
    [
      'a source field edited',
      'sources/x.yaml',
      SOURCE.replace('Old title', 'New title'),
      'source field title changed',
      { added: [], removed: [], changed: ['source.title'] },
    ],
    [
      'an actor added',
      'actors.yaml',
      'actors:\n  - id: a\n  - id: b\n',
      'actor b added',
      { added: ['b'], removed: [], changed: [] },
    ],
    [
      'an article text edited',
      'sources/x.txt',
      'Other words.',
      'the text changed',
      { added: [], removed: [], changed: ['text'] },
    ],
  ])('when %s, then the change is named', (_what, file, after, words, changes) => {
    const before =
      file === 'actors.yaml' ? 'actors:\n  - id: a\n' : file.endsWith('.txt') ? 'Words.' : SOURCE;
    const found = fileChanges(file, before, after);
    expect(found).toEqual(changes);
    expect(describeChanges(file, found!)).toBe(words);
  });

  it('when only a comment changed, then no record is named', () => {
    const changes = fileChanges('sources/x.yaml', SOURCE, `# a note\n${SOURCE}`);
    expect(changes).toEqual({ added: [], removed: [], changed: [] });
    expect(describeChanges('sources/x.yaml', changes!)).toBeNull();
  });

  it('when a version is not valid YAML, then the changes cannot be told', () => {
    expect(fileChanges('sources/x.yaml', SOURCE, 'claims: [')).toBeNull();
  });
});

describe('ServedVersions', () => {
  it('when more versions are served than it keeps, then the least recently used is forgotten', () => {
    const served = new ServedVersions({ versions: 2, characters: 1000 });
    served.remember('a.yaml', 'v1', 'one');
    served.remember('a.yaml', 'v2', 'two');
    expect(served.recall('a.yaml', 'v1')).toBe('one');
    served.remember('a.yaml', 'v3', 'three');
    expect([
      served.recall('a.yaml', 'v1'),
      served.recall('a.yaml', 'v2'),
      served.recall('a.yaml', 'v3'),
    ]).toEqual(['one', undefined, 'three']);
  });

  it('when the texts kept pass the character limit, then the oldest go', () => {
    const served = new ServedVersions({ versions: 10, characters: 6 });
    served.remember('a.yaml', 'v1', 'abcd');
    served.remember('a.yaml', 'v2', 'efgh');
    expect(served.recall('a.yaml', 'v1')).toBeUndefined();
    expect(served.recall('a.yaml', 'v2')).toBe('efgh');
  });
});
