// The left panel's display options: size by, colour by, neighbourhood depth, actors without claims, layout again.
import type { AppActions } from '../app/actions';
import {
  COLOUR_BY,
  DEPTHS,
  EDGE_COLOUR_BY,
  SIZE_BY,
  defaultViewState,
  type Depth,
} from '../state/view-state';
import { h } from './dom';
import { section } from './panel-section';

const SIZE_LABELS = { degree: 'Degree (claims)', betweenness: 'Betweenness', pagerank: 'PageRank' } as const;
const COLOUR_LABELS = { kind: 'Actor kind', community: 'Louvain community' } as const;
const EDGE_COLOUR_LABELS = { type: 'Relation type', side: 'Side (cooperation to conflict)' } as const;

function select<T extends string | number>(
  testid: string,
  values: readonly T[],
  labels: (value: T) => string,
  onChange: (value: T) => void,
) {
  const element = h(
    'select',
    { testid, className: 'select' },
    values.map((value) => h('option', { value: String(value) }, labels(value))),
  );
  element.addEventListener('change', () => {
    const value = values.find((item) => String(item) === element.value);
    if (value !== undefined) onChange(value);
  });
  return element;
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { className: 'field' }, h('span', { className: 'field-label' }, label), control);
}

/** The "actors without claims" switch, with how many such actors the view hides. */
function isolatedSwitch(actions: AppActions): HTMLElement {
  const { view } = actions;
  const box = h('input', { type: 'checkbox', testid: 'show-isolated' });
  const count = h('span', { className: 'muted', testid: 'isolated-count' });
  box.addEventListener('change', () => view.setDisplay({ showIsolated: box.checked }));
  const sync = () => {
    box.checked = view.store.get().showIsolated;
    const hidden = view.derived.get().counts.hiddenIsolated;
    count.textContent = box.checked ? '' : `(${hidden} hidden)`;
  };
  view.store.subscribe(sync);
  view.derived.subscribe(sync);
  sync();
  return h(
    'label',
    { className: 'check-row wrap', title: 'Actors the loaded claims never mention, drawn as lone dots' },
    box,
    h('span', { className: 'check-text' }, 'Show actors without claims ', count),
  );
}

/** Builds the display section. */
export function createDisplayPanel(actions: AppActions): HTMLElement {
  const { view, loader } = actions;
  const sizeBy = select(
    'size-by',
    SIZE_BY,
    (value) => SIZE_LABELS[value],
    (value) => view.setDisplay({ sizeBy: value }),
  );
  const colourBy = select(
    'colour-by',
    COLOUR_BY,
    (value) => COLOUR_LABELS[value],
    (value) => view.setDisplay({ colourBy: value }),
  );
  const edgeColourBy = select(
    'edge-colour-by',
    EDGE_COLOUR_BY,
    (value) => EDGE_COLOUR_LABELS[value],
    (value) => view.setDisplay({ edgeColourBy: value }),
  );
  const depth = select<Depth>(
    'depth',
    DEPTHS,
    (value) => `${value} step${value > 1 ? 's' : ''}`,
    (value) => view.setDisplay({ depth: value }),
  );
  const relayout = h(
    'button',
    { type: 'button', className: 'button', testid: 'relayout', onclick: () => void loader.relayout() },
    'Lay out again',
  );
  const reset = h(
    'button',
    {
      type: 'button',
      className: 'button',
      testid: 'reset-filters',
      onclick: () => view.setFilters({ ...defaultViewState().filters }),
    },
    'Reset filters',
  );
  const sync = () => {
    const state = view.store.get();
    sizeBy.value = state.sizeBy;
    colourBy.value = state.colourBy;
    edgeColourBy.value = state.edgeColourBy;
    depth.value = String(state.depth);
  };
  view.store.subscribe(sync);
  sync();
  const body = h(
    'div',
    { className: 'display-options' },
    field('Size by', sizeBy),
    field('Colour by', colourBy),
    field('Colour edges by', edgeColourBy),
    field('Expand depth', depth),
    isolatedSwitch(actions),
    h('div', { className: 'button-row' }, relayout, reset),
  );
  return section('Display', body);
}
