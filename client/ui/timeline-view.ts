// The timeline: a histogram of claims by date (SVG) with a brush that sets the time filter, and the undated toggle.
import type { AppActions } from '../app/actions';
import { monthLabel } from '../graph/dates';
import { binsOfRange, rangeOfBins, type Timeline } from '../graph/timeline';
import type { ViewFilters } from '../state/view-state';
import { h, replaceChildren, svg } from './dom';
import { miniButton, section } from './panel-section';

const WIDTH = 248;
const HEIGHT = 78;
const AXIS = 16;

function bars(timeline: Timeline, filters: ViewFilters): SVGElement[] {
  const { bins } = timeline;
  const max = Math.max(1, ...bins.map((bin) => bin.total));
  const step = WIDTH / Math.max(1, bins.length);
  const range = filters.time ? binsOfRange(bins, filters.time) : null;
  const plot = HEIGHT - AXIS;
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
    const inRange = !range || (index >= range[0] && index <= range[1]);
    const x = index * step + Math.min(1, step * 0.15);
    const width = Math.max(1, step - Math.min(2, step * 0.3));
    const total = (bin.total / max) * (plot - 4);
    const shown = (bin.shown / max) * (plot - 4);
    const title = svg('title');
    title.textContent = `${bin.label}: ${bin.shown} of ${bin.total} claims`;
    elements.push(svg('rect', { class: 'bar-total', x, y: plot - total, width, height: total }, title));
    if (shown > 0)
      elements.push(
        svg('rect', { class: inRange ? 'bar-shown' : 'bar-out', x, y: plot - shown, width, height: shown }),
      );
  });
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (first && last) {
    const label = (x: number, text: string, anchor: string) => {
      const element = svg('text', { x, y: HEIGHT - 3, 'text-anchor': anchor, class: 'axis-label' });
      element.textContent = text;
      return element;
    };
    elements.push(label(0, first.label, 'start'), label(WIDTH, last.label, 'end'));
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
    replaceChildren(chart as unknown as Element, ...bars(timeline, shownFilters));
    const range = shownFilters.time;
    const shown = timeline.bins.reduce((sum, bin) => sum + bin.shown, 0);
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
