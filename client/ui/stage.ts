// The middle of the page: sigma's container, zoom buttons, the busy indicator, notices and counts.
import type { Controller } from '../app/controller';
import { h } from './dom';

/** The stage elements the application fills. */
export interface Stage {
  element: HTMLElement;
  container: HTMLElement;
}

function zoomControls(view: Controller): HTMLElement {
  const camera = () => view.sigma?.getCamera();
  const button = (text: string, title: string, testid: string, run: () => void) =>
    h(
      'button',
      { type: 'button', className: 'icon-button', title, 'aria-label': title, testid, onclick: run },
      text,
    );
  return h(
    'div',
    { className: 'zoom-controls' },
    button('+', 'Zoom in', 'zoom-in', () => void camera()?.animatedZoom({ duration: 250 })),
    button('−', 'Zoom out', 'zoom-out', () => void camera()?.animatedUnzoom({ duration: 250 })),
    button('⤢', 'Fit the graph', 'zoom-fit', () => void camera()?.animatedReset({ duration: 300 })),
  );
}

/** Builds the stage and keeps its overlays in step with the status and counts. */
export function createStage(view: Controller): Stage {
  const container = h('div', { className: 'sigma-container', testid: 'graph' });
  const busy = h('div', { className: 'busy', role: 'status', testid: 'busy', hidden: true });
  const noticeText = h('span', {});
  const notice = h(
    'div',
    { className: 'notice', role: 'alert', testid: 'notice', hidden: true },
    noticeText,
    h(
      'button',
      {
        type: 'button',
        className: 'icon-button',
        'aria-label': 'Dismiss',
        onclick: () => view.status.clearNotice(),
      },
      '×',
    ),
  );
  const counts = h('div', { className: 'counts', testid: 'counts' });
  const empty = h(
    'div',
    { className: 'empty-graph', hidden: true },
    h('strong', {}, 'Nothing to show'),
    h('span', {}, 'No actor passes the current filters. Widen the timeline or tick more relations.'),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  view.status.store.subscribe((status) => {
    busy.hidden = status.busy === null;
    busy.textContent = status.busy ?? '';
    notice.hidden = status.notice === null;
    notice.dataset.kind = status.notice?.kind ?? '';
    noticeText.textContent = status.notice?.text ?? '';
    clearTimeout(timer);
    if (status.notice && status.notice.kind !== 'error')
      timer = setTimeout(() => view.status.clearNotice(), 6000);
  });
  view.derived.subscribe(({ counts: c, truncated, density }) => {
    const edges = density.mode === 'pairs' ? 'aggregated links' : 'claims';
    counts.textContent = `${c.shownActors} of ${c.loadedActors} actors · ${c.shownClaims} of ${c.loadedClaims} ${edges}${truncated ? ' · cut by the server' : ''}`;
    empty.hidden = c.shownActors > 0 || c.loadedActors === 0;
  });
  const element = h(
    'main',
    { className: 'stage' },
    container,
    busy,
    notice,
    empty,
    counts,
    zoomControls(view),
  );
  return { element, container };
}
