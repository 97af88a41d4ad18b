// The CSV export: a zip of RFC 4180 files, unzipped with fflate and read back with a strict CSV parser.
import { strFromU8, unzipSync } from 'fflate';
import { csvField, csvText, writeCsvZip } from '../../../server/export/csv';
import { exportSnapshot } from '../../../server/export/export-snapshot';
import { csvObjects, parseCsv } from '../../support/rfc4180';
import { sampleGraph, sampleHeader, textAttributes } from '../../support/sample-graph';

function unzipped(): Record<string, string> {
  const { body, contentType, extension } = exportSnapshot(sampleGraph(), 'csv', sampleHeader());
  expect(Buffer.isBuffer(body)).toBe(true);
  expect([contentType, extension]).toEqual(['application/zip', 'zip']);
  const files = unzipSync(new Uint8Array(body as Buffer));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('CSV export', () => {
  it('when the sample is exported, then the zip holds the README and the nodes, edges and sources tables', () => {
    expect(Object.keys(unzipped()).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv', 'sources.csv']);
  });

  it('when nodes.csv is parsed, then its header lists the actor columns then the extra ones', () => {
    const [header] = parseCsv(unzipped()['nodes.csv'] as string);

    expect(header).toEqual([
      'key',
      'label',
      'kind',
      'aliases',
      'description',
      'unnamed',
      'degree',
      'x',
      'y',
      'size',
      'color',
      'highlighted',
    ]);
  });

  it('when edges.csv is parsed, then its header lists the claim columns in order then the extra ones', () => {
    const [header] = parseCsv(unzipped()['edges.csv'] as string);

    expect(header).toEqual([
      'key',
      'source',
      'target',
      'type',
      'label',
      'date',
      'dateEnd',
      'sourceId',
      'certainty',
      'assertedBy',
      'paragraph',
      'quote',
      'summary',
      'origin',
      'score',
    ]);
  });

  it('when nodes.csv is parsed, then each row equals its actor, lists joined with "|"', () => {
    const rows = csvObjects(unzipped()['nodes.csv'] as string);

    expect(rows).toEqual(
      sampleGraph().nodes.map((node) => {
        const values = textAttributes(node.attributes);
        if (values.aliases === '') delete values.aliases;
        return { key: node.key, ...values };
      }),
    );
  });

  it('when edges.csv is parsed, then each claim is a row of its own, parallel ones and line ends included', () => {
    const rows = csvObjects(unzipped()['edges.csv'] as string);

    expect(rows).toEqual(
      sampleGraph().edges.map((edge) => ({
        key: edge.key,
        source: edge.source,
        target: edge.target,
        ...textAttributes(edge.attributes),
      })),
    );
    expect(rows.filter((row) => row.source === 'kim-jong-un' && row.target === 'xi-jinping')).toHaveLength(2);
  });

  it('when sources.csv is parsed, then each source is a row with its authors joined with "|"', () => {
    const rows = csvObjects(unzipped()['sources.csv'] as string);

    expect(rows).toEqual([
      {
        id: 'yonhap-2018-03-28',
        title: 'Kim "goes" to Beijing & back, <again>',
        publisher: 'Yonhap',
        published: '2018-03-28',
        authors: 'Lee, Min-ji|Park Ji-won',
        url: 'https://example.org/news?id=1&lang=en',
      },
      { id: 'kcna-2018-05-09', title: '조선중앙통신 report', publisher: 'KCNA' },
    ]);
  });

  it('when the README is read, then it tells the date, the selection and the counts', () => {
    const readme = unzipped()['README.txt'] as string;

    expect(readme).toContain('Generated: 2026-11-22T09:30:00.000Z');
    expect(readme).toContain('5 actors, 5 claims, 2 sources');
    expect(readme).toContain('truncated');
  });

  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['line\nend', '"line\nend"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['  spaces kept  ', '  spaces kept  '],
    ['김정은', '김정은'],
  ])('when a field is %j, then it is written as %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('when rows with awkward fields are written, then the strict parser reads the same rows', () => {
    const rows = [
      ['a', 'b,c', '"d"'],
      ['', 'multi\r\nline', "it's"],
    ];

    expect(parseCsv(csvText(rows))).toEqual(rows);
  });

  it('when the snapshot is exported twice, then the two zips are byte for byte the same', () => {
    expect(
      writeCsvZip(sampleGraph(), sampleHeader()).equals(writeCsvZip(sampleGraph(), sampleHeader())),
    ).toBe(true);
  });
});
