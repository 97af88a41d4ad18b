// The viewer's edges speak the vocabulary: arrowless symmetric types, colour by side, unchecked origins apart.
import { runPipeline } from '../../../client/app/pipeline';
import { viewGraph, viewHeader } from '../../../client/export/view-graph';
import { dataGraphFrom } from '../../../client/graph/data-graph';
import { createRenderedGraph } from '../../../client/graph/graph-types';
import { seedPositions } from '../../../client/graph/seed-layout';
import { syncRendered, towardsWhite } from '../../../client/graph/visuals';
import {
  hiddenShare,
  setTypesHidden,
  sideColoursOf,
  typesByFamily,
  typesOfSide,
} from '../../../client/graph/vocabulary';
import { defaultViewState, type ViewState } from '../../../client/state/view-state';
import { OWN_COLOURS, writeGexf } from '../../../server/export/gexf';
import { writeGraphml } from '../../../server/export/graphml';
import { vocabulary } from '../../../server/services/meta-service';
import { served } from './fixtures';
import { KIND_COLOURS } from './render-helpers';

const meta = vocabulary();
const RELATION_COLOURS = Object.fromEntries(meta.relations.map((r) => [r.type, r.colour]));
const SIDE_COLOURS = sideColoursOf(meta);
const SYMMETRIC = new Set(meta.relations.filter((r) => r.symmetric).map((r) => r.type));
const sideColour = (side: string) => meta.sides.find((item) => item.side === side)?.colour;

/** a meets b (curated, twice), a threatens c (imported from ICEWS), c allied with b, b distrusts c. */
function data() {
  return dataGraphFrom(
    served([
      ['ab1', 'a', 'b', {}, 'MEETS'],
      ['ab2', 'a', 'b', {}, 'MEETS'],
      ['ac', 'a', 'c', { origin: 'icews', eventId: '1', cameoCode: '138', goldstein: -7 }, 'THREATENS'],
      ['cb', 'c', 'b', {}, 'ALLIED_WITH'],
      ['bd', 'b', 'd', {}, 'DISTRUSTS'],
    ]),
  );
}

function render(state: Partial<ViewState> = {}) {
  const graph = data();
  const output = runPipeline({
    data: graph,
    state: { ...defaultViewState(), ...state },
    positions: seedPositions(graph.nodes(), new Map(), (id) => graph.neighbors(id)),
    paths: [],
    kindColours: KIND_COLOURS,
    relationColours: RELATION_COLOURS,
    sideColours: SIDE_COLOURS,
    symmetricTypes: SYMMETRIC,
  });
  const rendered = createRenderedGraph();
  syncRendered(rendered, output.attributes);
  return { data: graph, rendered };
}

describe('edges and the vocabulary', () => {
  it.each([
    ['ab1', 'curvedLine', false],
    ['cb', 'line', false],
    ['ac', 'arrow', true],
    ['bd', 'arrow', true],
  ])('when claim %s is drawn, then its program is %s (directed: %s)', (edge, type, directed) => {
    expect(render().rendered.getEdgeAttributes(edge)).toMatchObject({ type, directed });
  });

  it.each([
    ['ab1', 'verbal-cooperation'],
    ['cb', null],
    ['bd', null],
  ])(
    'when edges are coloured by side, then %s takes the colour of side %s or its family grey',
    (edge, side) => {
      const { rendered } = render({ edgeColourBy: 'side' });
      const relation = rendered.getEdgeAttribute(edge, 'relation');
      const family = meta.relations.find((r) => r.type === relation)?.family;
      const grey = meta.families.find((item) => item.family === family)?.sideColour;
      expect(rendered.getEdgeAttribute(edge, 'color')).toBe(side ? sideColour(side) : grey);
      expect(rendered.getEdgeAttribute(edge, 'color')).not.toBe(RELATION_COLOURS[relation]);
    },
  );

  it('when a claim was imported, then it is drawn thinner and lighter than a curated one of its kind', () => {
    const { rendered } = render({ edgeColourBy: 'side' });
    const imported = rendered.getEdgeAttributes('ac');
    expect(imported.origin).toBe('icews');
    expect(imported.color).toBe(towardsWhite(sideColour('verbal-conflict') as string, 0.45));
    expect(imported.size).toBeLessThan(rendered.getEdgeAttribute('bd', 'size'));
  });

  it('when imported claims are hidden by origin, then only the curated ones are drawn', () => {
    const filters = { ...defaultViewState().filters, hiddenOrigins: ['icews'] };
    expect(render({ filters }).rendered.edges().sort()).toEqual(['ab1', 'ab2', 'bd', 'cb']);
  });

  it('when the view is exported, then symmetric claims are undirected edges in GEXF and GraphML', () => {
    const { data: graph, rendered } = render();
    const view = viewGraph(rendered, graph);
    const header = viewHeader(view, 'view', [], new Date('2026-01-02T00:00:00.000Z'));
    const gexf = writeGexf(view, header, OWN_COLOURS);
    expect(gexf).toContain('defaultedgetype="mixed"');
    expect(gexf).toMatch(/<edge id="cb"[^>]* type="undirected"/);
    expect(gexf).toMatch(/<edge id="ac"[^>]* type="directed"/);
    const graphml = writeGraphml(view, header);
    expect(graphml).toMatch(/<edge id="ab1"[^>]* directed="false"/);
    expect(graphml).not.toMatch(/<edge id="bd"[^>]* directed=/);
  });
});

describe('the vocabulary grouped for the legend', () => {
  it('when types are grouped by family, then every type is in exactly one family, in family order', () => {
    const groups = typesByFamily(meta);
    expect(groups.map((group) => group.family)).toEqual(['event', 'stance', 'tie', 'intent']);
    expect(groups.flatMap((group) => group.relations.map((r) => r.type)).sort()).toEqual(
      meta.relations.map((r) => r.type).sort(),
    );
  });

  it.each([
    [[], ['MEETS', 'VISITS'], 'none'],
    [['MEETS'], ['MEETS', 'VISITS'], 'some'],
    [['MEETS', 'VISITS', 'LEADS'], ['MEETS', 'VISITS'], 'all'],
  ])('when %j are hidden, then the set %j is hidden: %s', (hidden, types, share) => {
    expect(hiddenShare(hidden, types)).toBe(share);
  });

  it('when a side is hidden and shown again, then only its event types come and go', () => {
    const conflict = typesOfSide(meta, 'material-conflict');
    expect(conflict).toEqual(expect.arrayContaining(['ATTACKS', 'SANCTIONS']));
    const hidden = setTypesHidden(['LEADS'], conflict, false);
    expect(hidden.sort()).toEqual(['LEADS', ...conflict].sort());
    expect(setTypesHidden(hidden, conflict, true)).toEqual(['LEADS']);
  });
});
