// GEXF and GraphML of the view: well-formed XML with every shown actor and claim, positions and colours.
import { elementsNS, parseStrictXml } from '../../support/strict-xml';
import { writeGexf } from '../../../client/export/gexf';
import { writeGraphml } from '../../../client/export/graphml';
import { legendOf } from '../../../client/export/legend';
import { viewModel } from '../../../client/export/view-model';
import { hexToRgb, xmlEscape } from '../../../client/export/xml';
import { defaultViewState } from '../../../client/state/view-state';
import { sampleGraph } from './fixtures';
import { renderData } from './render-helpers';

function model() {
  const data = sampleGraph();
  data.mergeNodeAttributes('a', { label: 'A & <Co> "quoted"', description: 'Tab\there \u0001 control' });
  const { rendered } = renderData(data);
  return { model: viewModel(rendered, data, 'The whole graph'), rendered };
}

describe('GEXF', () => {
  it('when written, then it parses with one node and edge per shown element, with viz positions and colours', () => {
    const { model: view, rendered } = model();
    const document = parseStrictXml(writeGexf(view, '2026-01-02T00:00:00.000Z'));
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
});

describe('GraphML', () => {
  it('when written, then it parses with one node and edge per shown element and x, y, colour keys', () => {
    const { model: view, rendered } = model();
    const document = parseStrictXml(writeGraphml(view));
    const ns = 'http://graphml.graphdrawing.org/xmlns';
    expect(elementsNS(document, ns, 'node')).toHaveLength(rendered.order);
    expect(elementsNS(document, ns, 'edge')).toHaveLength(rendered.size);
    const keys = elementsNS(document, ns, 'key').map(
      (key) => `${key.getAttribute('for')}:${key.getAttribute('attr.name')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining(['node:x', 'node:y', 'node:color', 'edge:relation', 'edge:sourceId']),
    );
  });
});

describe('XML helpers', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell'],
  ])('when escaping %p, then it reads %p', (text, escaped) => {
    expect(xmlEscape(text)).toBe(escaped);
  });

  it.each([
    ['#4e79a7', { r: 78, g: 121, b: 167 }],
    ['#fff', { r: 255, g: 255, b: 255 }],
    ['red', { r: 153, g: 153, b: 153 }],
  ])('when %s is split, then it gives %j', (hex, rgb) => {
    expect(hexToRgb(hex)).toEqual(rgb);
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
