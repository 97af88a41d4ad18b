// A small hand-made snapshot with awkward content, for the export tests: quotes, `&`, `<`, apostrophes, Korean,
// line ends, parallel claims, an actor without aliases, claims with null dates and quotes, non-exportable extras.
import type { SerializedGraph } from '../../server/api/types';
import type { SnapshotHeader } from '../../server/export/export-snapshot';

/** Attribute names in the sample whose values no export carries (objects): they must be left out. */
export const NON_EXPORTABLE = ['layout', 'meta'] as const;

/** A claim summary that would end a Cypher statement and wipe the database if it were not a string literal. */
export const CYPHER_INJECTION = "Second summit'; MATCH (n) DETACH DELETE n; // \\' \"";

/** The sample graph: 5 actors and 5 claims, two of them parallel (Kim Jong-un meets Xi Jinping twice). */
export function sampleGraph(): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { selection: { actors: ['kim-jong-un'], depth: 1 }, truncated: true },
    nodes: [
      {
        key: 'kim-jong-un',
        attributes: {
          label: 'Kim Jong-un',
          kind: 'person',
          aliases: ['김정은', 'Kim Jong Un', 'Marshal "Kim"'],
          description: 'Leader of <North Korea> & chairman of the "WPK"; the \'Respected Comrade\'.',
          degree: 12,
          x: 10.5,
          y: -3.25,
          size: 8,
          color: '#ff0000',
        },
      },
      {
        key: 'xi-jinping',
        attributes: {
          label: 'Xi Jinping',
          kind: 'person',
          aliases: ['习近平'],
          degree: 3,
          x: 0,
          y: 7,
          size: 5,
        },
      },
      {
        key: 'dprk',
        attributes: {
          label: "Democratic People's Republic of Korea",
          kind: 'state',
          aliases: ['North Korea', 'DPRK', '조선'],
          highlighted: true,
          layout: { pinned: true, cluster: 2 },
        },
      },
      {
        key: 'us-state-department',
        attributes: {
          label: 'U.S. Department of State, "Foggy Bottom" & <friends>',
          kind: 'organisation',
          aliases: [],
        },
      },
      {
        key: 'an-analyst',
        attributes: { label: 'an analyst', kind: 'person', aliases: [], unnamed: true },
      },
    ],
    edges: [
      {
        key: 'kim-meets-xi-2018-03',
        source: 'kim-jong-un',
        target: 'xi-jinping',
        attributes: {
          type: 'MEETS',
          label: 'meets',
          date: '2018-03-26',
          dateEnd: '2018-03-28',
          sourceId: 'yonhap-2018-03-28',
          summary: 'Kim Jong-un met Xi Jinping in Beijing,\non his first trip abroad as leader.',
          certainty: 'fact',
          assertedBy: null,
          paragraph: 3,
          quote: 'He said: "It\'s my duty" & <more>, 김정은 said.',
          origin: 'curated',
        },
      },
      {
        key: 'kim-meets-xi-2018-05',
        source: 'kim-jong-un',
        target: 'xi-jinping',
        attributes: {
          type: 'MEETS',
          label: 'meets',
          date: '2018-05',
          dateEnd: null,
          sourceId: 'kcna-2018-05-09',
          summary: CYPHER_INJECTION,
          certainty: 'claim',
          assertedBy: 'KCNA',
          paragraph: null,
          quote: null,
          origin: 'curated',
        },
      },
      {
        key: 'kim-leads-dprk',
        source: 'kim-jong-un',
        target: 'dprk',
        attributes: {
          type: 'LEADS',
          label: 'leads',
          date: null,
          dateEnd: null,
          sourceId: 'yonhap-2018-03-28',
          summary: 'Kim Jong-un leads the DPRK.',
          certainty: 'fact',
          assertedBy: null,
          paragraph: 1,
          quote: null,
          origin: 'curated',
          score: 0.75,
          meta: { reviewed: true },
        },
      },
      {
        key: 'analyst-assesses-kim',
        source: 'an-analyst',
        target: 'kim-jong-un',
        attributes: {
          type: 'ASSESSES',
          label: 'assesses',
          date: '2019',
          dateEnd: '2020-02',
          sourceId: 'kcna-2018-05-09',
          summary: 'Tab\tseparated, with commas, "quotes" and a CRLF\r\nline end.',
          certainty: 'assessment',
          assertedBy: 'an analyst',
          paragraph: 12,
          quote: 'Sanctions bite',
          origin: 'curated',
        },
      },
      {
        key: 'state-sanctions-dprk',
        source: 'us-state-department',
        target: 'dprk',
        attributes: {
          type: 'SANCTIONS',
          label: 'sanctions',
          date: '2017-09-21',
          dateEnd: null,
          sourceId: 'yonhap-2018-03-28',
          summary: 'Backslashes C:\\new\\table stay; so does 🚀 outside the BMP.',
          certainty: 'fact',
          assertedBy: null,
          paragraph: 7,
          quote: null,
          origin: 'curated',
        },
      },
    ],
  };
}

/** The header of the sample snapshot. */
export function sampleHeader(): SnapshotHeader {
  return {
    generatedAt: '2026-11-22T09:30:00.000Z',
    selection: { actors: 'kim-jong-un', depth: '1', note: 'Kim & "Xi" <summit>' },
    sources: [
      {
        id: 'yonhap-2018-03-28',
        title: 'Kim "goes" to Beijing & back, <again>',
        publisher: 'Yonhap',
        published: '2018-03-28',
        authors: ['Lee, Min-ji', 'Park Ji-won'],
        url: 'https://example.org/news?id=1&lang=en',
      },
      {
        id: 'kcna-2018-05-09',
        title: '조선중앙통신 report',
        publisher: 'KCNA',
        published: null,
        authors: [],
      },
    ],
  };
}

/** The record without the named keys. */
export function omitKeys(
  record: Readonly<Record<string, unknown>>,
  ...names: string[]
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));
}

/** Attributes without the non-exportable ones and without nulls: what the formats without nulls carry. */
export function exportedAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).filter(
      ([name, value]) => value !== null && !(NON_EXPORTABLE as readonly string[]).includes(name),
    ),
  );
}

/** The attributes as text-only formats write them: lists joined with `|`, numbers and booleans as text. */
export function textAttributes(attributes: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(exportedAttributes(attributes)).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join('|') : String(value),
    ]),
  );
}
