// The dyad view: two actors' relation over time as stacked monthly bars by side, curated and unchecked apart.
import type { AppActions } from '../app/actions';
import { describeError } from '../app/status';
import { api } from '../api/client';
import type { Dyad } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import {
  DYAD_ROWS,
  dyadKeys,
  layoutDyad,
  type DyadBar,
  type DyadLayout,
  type DyadRow,
} from '../graph/dyad-bars';
import { formatClaimDate, monthLabel } from '../graph/dates';
import { pagedClaims } from './claim-pages';
import { h, replaceChildren, svg, swatch } from './dom';
import { createSearchBox } from './search-box';

const ROW_TITLE: Record<DyadRow, string> = {
  curated: 'Curated (checked by a person)',
  unchecked: 'Imported or extracted (unchecked)',
};
const LEFT = 8;
const AXIS = 22;
const GAP = 26;
/** Wide enough for the rows' titles and a month's label, however few months the dyad spans. */
const MIN_WIDTH = 320;

/** A bar's period in words. */
function periodText(period: string): string {
  return /^\d{4}$/.test(period) ? `${period} (dated only by the year)` : monthLabel(period);
}

/** The chart: one row per origin group, a column per month, year-dated claims as a band under their year. */
function chart(layout: DyadLayout, onPick: (bar: DyadBar) => void): SVGSVGElement {
  const { monthWidth, rowHeight } = VIEWER_SETTINGS.dyadChart;
  const width = Math.max(MIN_WIDTH, LEFT * 2 + layout.months.length * monthWidth);
  const height = DYAD_ROWS.length * (rowHeight + GAP) + AXIS;
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: 'dyad-svg',
    role: 'img',
  });
  DYAD_ROWS.forEach((row, index) => {
    const top = index * (rowHeight + GAP) + GAP - 8;
    const scale = layout.max[row] > 0 ? (rowHeight - 4) / layout.max[row] : 0;
    const label = svg('text', { x: LEFT, y: top - 6, class: 'dyad-row-label' });
    label.textContent = `${ROW_TITLE[row]}${layout.max[row] === 0 ? ': none' : ''}`;
    root.append(
      label,
      svg('line', {
        x1: LEFT,
        x2: width - LEFT,
        y1: top + rowHeight,
        y2: top + rowHeight,
        class: 'dyad-baseline',
      }),
    );
    for (const bar of layout.bars.filter((item) => item.row === row)) {
      const x = LEFT + bar.start * monthWidth + (bar.year ? 0 : 1);
      const barWidth = (bar.end - bar.start) * monthWidth - (bar.year ? 0 : 2);
      const group = svg('g', {
        class: `dyad-bar${bar.year ? ' dyad-year' : ''}`,
        'data-period': bar.period,
        'data-row': row,
        'data-claims': bar.claims,
        tabindex: 0,
        role: 'button',
      });
      const title = svg('title');
      title.textContent = `${periodText(bar.period)}: ${bar.claims} claim${bar.claims === 1 ? '' : 's'} (${bar.segments
        .map((segment) => `${segment.claims} ${segment.label}`)
        .join(', ')}). Click to list them.`;
      group.append(title);
      for (const segment of bar.segments) {
        const y = top + rowHeight - segment.y1 * scale;
        group.append(
          svg('rect', {
            x,
            y,
            width: barWidth,
            height: Math.max(1, (segment.y1 - segment.y0) * scale),
            fill: segment.colour,
            'data-key': segment.key,
          }),
        );
      }
      group.addEventListener('click', () => onPick(bar));
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') onPick(bar);
      });
      root.append(group);
    }
  });
  // Years under the last row, at each January (and at the first month).
  const axisY = height - 6;
  layout.months.forEach((month, index) => {
    if (index !== 0 && !month.endsWith('-01')) return;
    const text = svg('text', { x: LEFT + index * monthWidth, y: axisY, class: 'dyad-axis' });
    text.textContent = month.endsWith('-01') ? month.slice(0, 4) : monthLabel(month);
    root.append(
      text,
      svg('line', {
        x1: LEFT + index * monthWidth,
        x2: LEFT + index * monthWidth,
        y1: 0,
        y2: axisY - 12,
        class: 'dyad-tick',
      }),
    );
  });
  return root;
}

function legend(layout: DyadLayout): HTMLElement {
  const used = new Set(layout.bars.flatMap((bar) => bar.segments.map((segment) => segment.key)));
  return h(
    'div',
    { className: 'dyad-legend', testid: 'dyad-legend' },
    layout.keys
      .filter((key) => used.has(key.key))
      .map((key) =>
        h('span', { className: 'legend-item', 'data-key': key.key }, swatch(key.colour, 'line'), key.label),
      ),
    h(
      'span',
      { className: 'legend-item muted' },
      h('span', { className: 'dyad-year-swatch' }),
      'dated only by the year: spread over it',
    ),
  );
}

/** Builds the (hidden) dyad overlay and sets `actions.openDyad`. */
export function createDyadView(actions: AppActions): HTMLElement {
  const { view } = actions;
  const chosen: [string | null, string | null] = [null, null];
  const summary = h('p', { className: 'dyad-summary', testid: 'dyad-summary' });
  const body = h('div', { className: 'dyad-chart', testid: 'dyad-chart' });
  const claims = h('div', { className: 'dyad-claims', testid: 'dyad-claims-panel' });
  let generation = 0;
  const box = (index: 0 | 1) =>
    createSearchBox({
      testid: `dyad-${index === 0 ? 'a' : 'b'}`,
      placeholder: index === 0 ? 'One actor…' : 'Compare with…',
      label: index === 0 ? 'First actor of the dyad' : 'Second actor of the dyad',
      kindColours: view.kindColours,
      onChoose: (hit) => {
        view.names.remember(hit.id, hit.name);
        chosen[index] = hit.id;
        void show();
      },
    });
  const boxes = [box(0), box(1)] as const;
  const overlay = h(
    'section',
    { className: 'dyad-overlay', testid: 'dyad-view', hidden: true, 'aria-label': 'Two actors over time' },
    h(
      'header',
      { className: 'dyad-header' },
      h('h2', {}, 'Over time'),
      boxes[0].element,
      h('span', { className: 'muted' }, 'and'),
      boxes[1].element,
      h(
        'button',
        {
          type: 'button',
          className: 'icon-button close',
          'aria-label': 'Close',
          testid: 'dyad-close',
          onclick: () => (overlay.hidden = true),
        },
        '×',
      ),
    ),
    summary,
    body,
    claims,
  );

  const pick = (a: string, b: string, bar: DyadBar) => {
    for (const element of body.querySelectorAll('.dyad-bar.picked')) element.classList.remove('picked');
    body
      .querySelector(`.dyad-bar[data-period="${bar.period}"][data-row="${bar.row}"]`)
      ?.classList.add('picked');
    replaceChildren(
      claims,
      h('h3', { className: 'claims-heading', testid: 'dyad-period' }, periodText(bar.period)),
      pagedClaims(
        actions,
        (offset, limit) =>
          api.claims({ source: a, target: b, bothWays: true, period: bar.period, offset, limit }),
        'dyad-claims',
      ),
    );
  };

  const draw = (dyad: Dyad) => {
    const [a, b] = dyad.actors;
    const layout = layoutDyad(dyad, dyadKeys(view.meta.sides, view.meta.families));
    const range =
      layout.months.length > 0
        ? `, ${formatClaimDate(layout.months[0] ?? null)} to ${formatClaimDate(layout.months.at(-1) ?? null)}`
        : '';
    summary.textContent = `${dyad.total.toLocaleString('en')} claims between ${a.name} and ${b.name}, both ways${range}${
      layout.undated > 0 ? ` (${layout.undated} undated, not drawn)` : ''
    }.`;
    replaceChildren(
      body,
      legend(layout),
      layout.months.length > 0
        ? h(
            'div',
            { className: 'dyad-scroll' },
            chart(layout, (bar) => pick(a.id, b.id, bar)),
          )
        : h('p', { className: 'empty-state' }, 'No dated claim links them.'),
    );
    const scroller = body.querySelector('.dyad-scroll');
    if (scroller) scroller.scrollLeft = scroller.scrollWidth;
  };

  const show = async () => {
    const [a, b] = chosen;
    generation += 1;
    const mine = generation;
    replaceChildren(claims);
    if (!a || !b || a === b) {
      overlay.dataset.state = 'choosing';
      summary.textContent =
        a === b && a ? 'Choose two different actors.' : 'Choose two actors to see their relation over time.';
      replaceChildren(body);
      if (a && !b) boxes[1].input.focus();
      return;
    }
    overlay.dataset.state = 'loading';
    summary.textContent = 'Loading…';
    try {
      const dyad = await api.dyad(a, b);
      if (mine !== generation) return;
      draw(dyad);
      overlay.dataset.state = 'ready';
    } catch (error) {
      if (mine !== generation) return;
      summary.textContent = `The dyad could not be loaded: ${describeError(error)}`;
      overlay.dataset.state = 'error';
    }
  };

  actions.openDyad = (a, b) => {
    chosen[0] = a ?? null;
    chosen[1] = b ?? null;
    boxes.forEach((item, index) => {
      const id = chosen[index];
      item.input.value = id ? view.names.name(id) : '';
      item.chosen = null;
    });
    overlay.hidden = false;
    void show();
  };
  return overlay;
}
