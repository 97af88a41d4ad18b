// Text in the XML exports: every character XML can carry survives a real parser, the others are dropped.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { SerializedGraph } from '../../../server/api/types';
import { writeGexf } from '../../../server/export/gexf';
import { writeGraphml } from '../../../server/export/graphml';
import { escapeXml, xmlSafe } from '../../../server/export/xml';
import { readWithNetworkx } from '../../support/networkx';
import { sampleHeader } from '../../support/sample-graph';
import { parseStrictXml } from '../../support/strict-xml';

function graphWithText(text: string): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      { key: 'a&<"\'>', attributes: { label: text, kind: 'person', aliases: [text] } },
      { key: 'b', attributes: { label: 'B', kind: 'state', aliases: [] } },
    ],
    edges: [
      {
        key: 'c"1\'',
        source: 'a&<"\'>',
        target: 'b',
        attributes: {
          type: 'VISITS',
          label: 'visits',
          date: null,
          dateEnd: null,
          sourceId: 's',
          summary: text,
          certainty: 'fact',
          assertedBy: null,
          paragraph: null,
          quote: text,
          origin: 'curated',
        },
      },
    ],
  };
}

const WRITERS = [
  ['GEXF', writeGexf, (text: string) => parseGexf(Graph, text)],
  ['GraphML', writeGraphml, (text: string) => parseGraphml(Graph, text)],
] as const;

const TEXTS: Array<[string, string, string]> = [
  ['markup characters', `<tag attr="x"> & 'quoted' ]]> --> <!-- `, `<tag attr="x"> & 'quoted' ]]> --> <!-- `],
  ['line ends and tabs', 'one\ntwo\r\nthree\rfour\tfive  six', 'one\ntwo\r\nthree\rfour\tfive  six'],
  ['Korean, Chinese and an emoji', '김정은 习近平 🚀', '김정은 习近平 🚀'],
  ['control characters', 'bell\u0007 nul\u0000 esc\u001b vt\u000b end', 'bell nul esc vt end'],
  ['non-characters and lone surrogates', 'a\uFFFEb\uFFFFc\uD800d\uDC00e', 'abcde'],
];

describe('XML escaping', () => {
  it.each(TEXTS)(
    'when a text holds %s, then escapeXml output parses back to the XML-safe text',
    (_what, text, expected) => {
      const document = parseStrictXml(`<r a="${escapeXml(text)}">${escapeXml(text)}</r>`);

      expect(xmlSafe(text)).toBe(expected);
      expect(document.documentElement?.getAttribute('a')).toBe(expected);
      expect(document.documentElement?.textContent).toBe(expected);
    },
  );

  describe.each(WRITERS)('in %s', (_format, write, parse) => {
    it.each(TEXTS)(
      'when labels, ids and claims hold %s, then a strict parser and graphology read them back',
      (_what, text, expected) => {
        const written = write(graphWithText(text), sampleHeader());
        parseStrictXml(written);
        const graph = parse(written);

        expect(graph.nodes()).toEqual(['a&<"\'>', 'b']);
        expect(graph.getNodeAttribute('a&<"\'>', 'label')).toBe(expected);
        expect(graph.getEdgeAttribute('c"1\'', 'summary')).toBe(expected);
        expect(graph.getEdgeAttribute('c"1\'', 'quote')).toBe(expected);
      },
    );
  });

  it.each([
    ['gexf', writeGexf],
    ['graphml', writeGraphml],
  ] as const)(
    'when networkx reads a %s file with awkward text, then it gets the XML-safe text',
    (format, write) => {
      const [, text, expected] = TEXTS[3] as [string, string, string];
      const read = readWithNetworkx(format, write(graphWithText(`${text} <&> "'" 김정은\n`), sampleHeader()));

      expect(read.nodes[0]?.label).toBe(`${expected} <&> "'" 김정은\n`);
      expect(read.edges[0]?.summary).toBe(`${expected} <&> "'" 김정은\n`);
    },
  );
});
