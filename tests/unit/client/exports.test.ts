// GEXF and GraphML of the view: well-formed XML with every shown actor and claim, positions and colours.
import { elementsNS, parseStrictXml } from '../../support/strict-xml';
import { legendOf } from '../../../client/export/legend';
import { viewGraph, viewHeader } from '../../../client/export/view-graph';
import { rgbOf } from '../../../server/export/attributes';
import { OWN_COLOURS, writeGexf } from '../../../server/export/gexf';
import { writeGraphml } from '../../../server/export/graphml';
import { defaultViewState } from '../../../client/state/view-state';
import { sampleGraph } from './fixtures';
import { renderData } from './render-helpers';

function model() {
  const data = sampleGraph();
  data.mergeNodeAttributes('a', { label: 'A & <Co> "quoted"', description: 'Tab\there \u0001 control' });
  const { rendered } = renderData(data);
  const graph = viewGraph(rendered, data);
  const header = viewHeader(graph, 'The whole graph', [], new Date('2026-01-02T00:00:00.000Z'));
  return { graph, header, rendered };
}

describe('GEXF', () => {
  it('when written, then it parses with one node and edge per shown element, with viz positions and colours', () => {
    const { graph, header, rendered } = model();
    const document = parseStrictXml(writeGexf(graph, header, OWN_COLOURS));
    const nodes = elementsNS(document, 'http://gexf.net/1.3', 'node');
    expect(nodes).toHaveLength(rendered.order);
    expect(elementsNS(document, 'http://gexf.net/1.3', 'edge')).toHaveLength(rendered.size);
    const a = nodes.find((node) => node.getAttribute('id') === 'a')!;
    expect(a.getAttribute('label')).toBe('A & <Co> "quoted"');
    const colour = a.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color')[0]!;
    expect([colour.getAttribute('r'), colour.getAttribute('g'), colour.getAttribute('b')]).toEqual([
      '78',
      '121',
      '167',
    ]);
    expect(a.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position')).toHaveLength(1);
  });

  it('when an actor is drawn in a colour of its own, then the view carries that colour and its metric, not the kind colour', () => {
    const { graph, header } = model();
    const a = graph.nodes.find((node) => node.key === 'a')!;
    a.attributes.color = '#010203';
    const document = parseStrictXml(writeGexf(graph, header, OWN_COLOURS));
    const node = elementsNS(document, 'http://gexf.net/1.3', 'node').find(
      (n) => n.getAttribute('id') === 'a',
    )!;
    const colour = node.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color')[0]!;
    expect([colour.getAttribute('r'), colour.getAttribute('g'), colour.getAttribute('b')]).toEqual([
      '1',
      '2',
      '3',
    ]);
    const values = Array.from(node.getElementsByTagNameNS('http://gexf.net/1.3', 'attvalue'));
    expect(values.map((value) => value.getAttribute('for'))).toContain('metric');
  });
});

describe('GraphML', () => {
  it('when written, then it parses with one node and edge per shown element and x, y, colour keys', () => {
    const { graph, header, rendered } = model();
    const document = parseStrictXml(writeGraphml(graph, header));
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    expect(elementsNS(document, ns, 'node')).toHaveLength(rendered.order);
    expect(elementsNS(document, ns, 'edge')).toHaveLength(rendered.size);
    const keys = elementsNS(document, ns, 'key').map(
      (key) => `${key.getAttribute('for')}:${key.getAttribute('attr.name')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining(['node:x', 'node:y', 'node:color', 'edge:type', 'edge:sourceId']),
    );
  });
});

describe('colours', () => {
  it.each([
    ['#4e79a7', { r: 78, g: 121, b: 167 }],
    ['#fff', { r: 255, g: 255, b: 255 }],
    ['red', undefined],
  ])('when %s is split, then it gives %j', (hex, rgb) => {
    expect(rgbOf(hex)).toEqual(rgb);
  });
});

describe('legend', () => {
  it('when the view shows people, states and four relations, then the legend lists them in vocabulary order', () => {
    const { rendered } = model();
    const legend = legendOf(
      rendered,
      {
        kinds: [
          { kind: 'person', colour: '#1' },
          { kind: 'state', colour: '#2' },
          { kind: 'group', colour: '#3' },
        ],
        relations: [
          { type: 'MEETS', label: 'meets', colour: '#a' },
          { type: 'VISITS', label: 'visits', colour: '#b' },
          { type: 'LEADS', label: 'leads', colour: '#c' },
        ],
      },
      defaultViewState().colourBy,
    );
    // The sample's fourth actor has no claim: it is not drawn, so it is not counted.
    expect(legend.nodes.map((entry) => [entry.text, entry.count])).toEqual([
      ['person', 1],
      ['state', 2],
    ]);
    expect(legend.edges.map((entry) => [entry.text, entry.count])).toEqual([
      ['meets', 2],
      ['visits', 1],
    ]);
  });
});
