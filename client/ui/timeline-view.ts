// The timeline: a histogram of claims over the months their dates cover (SVG) with a brush that sets the time filter, and the undated toggle.
import type { AppActions } from '../app/actions';
import { monthLabel } from '../graph/dates';
import {
  axisTicks,
  binsInView,
  binsOfRange,
  rangeOfBins,
  type BinInView,
  type Timeline,
  type TimelineBin,
} from '../graph/timeline';
import type { MonthRange, ViewFilters } from '../state/view-state';
import { h, replaceChildren, svg } from './dom';
import { miniButton, section } from './panel-section';

const WIDTH = 248;
const HEIGHT = 92;
/** Two rows under the bars: months, then years. */
const AXIS = 26;

/** How a bar reads on hover: claims dated in it, claims spread over it, and how many the graph shows. */
function barTitle(bin: TimelineBin, inView: BinInView): string {
  const round = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
  const parts = [`${bin.exact} dated in ${bin.label}`];
  if (bin.spanning > 0) parts.push(`${bin.spanning} dated more loosely (a year, a span) covering it, spread`);
  return `${bin.label}: ${parts.join('; ')}; ${round(inView.exact + inView.spread)} of ${round(bin.total)} shown`;
}

function bars(timeline: Timeline, filters: ViewFilters, inView: readonly BinInView[]): SVGElement[] {
  const { bins } = timeline;
  const max = Math.max(1, ...bins.map((bin) => bin.total));
  const step = WIDTH / Math.max(1, bins.length);
  const range = filters.time ? binsOfRange(bins, filters.time) : null;
  const plot = HEIGHT - AXIS;
  const scale = (value: number) => (value / max) * (plot - 4);
  const elements: SVGElement[] = [];
  if (range)
    elements.push(
      svg('rect', {
        class: 'brush',
        x: range[0] * step,
        y: 0,
        width: (range[1] - range[0] + 1) * step,
        height: plot,
      }),
    );
  bins.forEach((bin, index) => {
    const view = inView[index] ?? { exact: 0, spread: 0 };
    const x = index * step + Math.min(1, step * 0.15);
    const width = Math.max(1, step - Math.min(2, step * 0.3));
    const total = scale(bin.total);
    const exact = scale(view.exact);
    const spread = scale(view.spread);
    // Claims passing every filter but time that the brush leaves out: grey, above what the graph shows.
    const out = scale(bin.shown) - exact - spread;
    const title = svg('title');
    title.textContent = barTitle(bin, view);
    elements.push(
      svg(
        'rect',
        { class: 'bar-total', x, y: plot - total, width, height: total, 'data-bin': bin.from },
        title,
      ),
    );
    if (exact > 0)
      elements.push(
        svg('rect', { class: 'bar-shown', x, y: plot - exact, width, height: exact, 'data-bin': bin.from }),
      );
    if (spread > 0)
      elements.push(
        svg('rect', {
          class: 'bar-spread',
          x,
          y: plot - exact - spread,
          width,
          height: spread,
          'data-bin': bin.from,
        }),
      );
    if (out > 0.01)
      elements.push(
        svg('rect', {
          class: 'bar-out',
          x,
          y: plot - exact - spread - out,
          width,
          height: out,
          'data-bin': bin.from,
        }),
      );
  });
  const ticks = axisTicks(timeline);
  const text = (x: number, y: number, content: string, className: string) => {
    const anchor = x < 12 ? 'start' : x > WIDTH - 12 ? 'end' : 'middle';
    const element = svg('text', { x, y, 'text-anchor': anchor, class: className });
    element.textContent = content;
    return element;
  };
  for (const tick of ticks.months) {
    const x = tick.index * step;
    elements.push(
      svg('line', { class: 'axis-tick', x1: x, x2: x, y1: plot, y2: plot + (tick.label ? 3 : 2) }),
    );
    if (tick.label) elements.push(text(x + step / 2, plot + 11, tick.label, 'axis-label axis-month'));
  }
  for (const tick of ticks.years) {
    const x = tick.index * step;
    elements.push(svg('line', { class: 'axis-tick axis-year', x1: x, x2: x, y1: plot, y2: HEIGHT - 2 }));
    if (tick.label) elements.push(text(x + 2, HEIGHT - 3, tick.label, 'axis-label axis-year-label'));
  }
  return elements;
}

/** Builds the timeline section. */
export function createTimeline(actions: AppActions): HTMLElement {
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'timeline-chart',
    role: 'img',
    'aria-label': 'Claims by date; drag to choose a period',
  });
  const caption = h('div', { className: 'timeline-caption', testid: 'timeline-range' });
  const undated = h('input', { type: 'checkbox', testid: 'include-undated' });
  const undatedCount = h('span', { className: 'check-count' });
  const clear = miniButton(
    'clear',
    'Show every date',
    () => actions.view.setFilters({ time: null }),
    'timeline-clear',
  );
  let drag: { start: number; end: number } | null = null;
  // What each bar shows depends on the timeline and the brush only: computed again when either changes.
  let memo: { timeline: Timeline; range: MonthRange | null; result: BinInView[] } | null = null;
  const inViewOf = (timeline: Timeline, range: MonthRange | null) => {
    if (memo?.timeline !== timeline || memo.range?.from !== range?.from || memo.range?.to !== range?.to)
      memo = { timeline, range, result: binsInView(timeline, range) };
    return memo.result;
  };

  const binAt = (event: PointerEvent) => {
    const bins = actions.view.derived.get().timeline.bins;
    const box = chart.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * bins.length;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(x)));
  };
  const render = () => {
    const { timeline } = actions.view.derived.get();
    const filters = actions.view.store.get().filters;
    const shownFilters = drag
      ? { ...filters, time: rangeOfBins(timeline.bins, drag.start, drag.end) }
      : filters;
    const range = shownFilters.time;
    replaceChildren(chart as unknown as Element, ...bars(timeline, shownFilters, inViewOf(timeline, range)));
    const shown = timeline.claims.filter((claim) => claim.shown).length;
    caption.textContent =
      timeline.bins.length === 0
        ? 'No dated claim in the view.'
        : range
          ? `${monthLabel(range.from)} – ${monthLabel(range.to)}`
          : `All dates · ${shown} dated claims`;
    undated.checked = filters.includeUndated;
    undatedCount.textContent = String(timeline.undated.total);
  };
  chart.addEventListener('pointerdown', (event) => {
    if (actions.view.derived.get().timeline.bins.length === 0) return;
    chart.setPointerCapture(event.pointerId);
    const bin = binAt(event);
    drag = { start: bin, end: bin };
    render();
  });
  chart.addEventListener('pointermove', (event) => {
    if (!drag) return;
    drag.end = binAt(event);
    render();
  });
  chart.addEventListener('pointerup', () => {
    if (!drag) return;
    const time = rangeOfBins(actions.view.derived.get().timeline.bins, drag.start, drag.end);
    drag = null;
    actions.view.setFilters({ time });
  });
  undated.addEventListener('change', () => actions.view.setFilters({ includeUndated: undated.checked }));
  actions.view.store.subscribe(render);
  actions.view.derived.subscribe(render);
  render();
  const body = h(
    'div',
    { className: 'timeline', testid: 'timeline' },
    chart,
    caption,
    h(
      'label',
      { className: 'check-row undated' },
      undated,
      h('span', { className: 'check-text' }, 'Include undated claims'),
      undatedCount,
    ),
  );
  return section('Timeline', body, { actions: [clear] });
}
