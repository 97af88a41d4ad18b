// The right panel: the overview, an actor, a claim or paths, following the selection.
import type { AppActions } from '../app/actions';
import { describeError } from '../app/status';
import type { Selection } from '../state/view-state';
import { actorDetails, actorView } from './details-actor';
import { isPairClaim } from '../graph/aggregate';
import { betweenView } from './details-between';
import { claimView } from './details-claim';
import { pairView } from './details-pair';
import { overviewView } from './details-overview';
import { pathsView } from './details-paths';
import { eventsView } from './details-events';
import { sourceDetails, sourceView } from './details-source';
import { h, replaceChildren } from './dom';

/** Builds the details panel. */
export function createDetailsPanel(actions: AppActions): HTMLElement {
  const body = h('div', { className: 'details-body' });
  const close = h(
    'button',
    {
      type: 'button',
      className: 'icon-button close',
      title: 'Clear the selection',
      'aria-label': 'Clear the selection',
      testid: 'details-close',
      onclick: () => actions.view.select({ kind: 'none' }),
    },
    '×',
  );
  const panel = h(
    'aside',
    { className: 'details', testid: 'details-panel', 'aria-live': 'polite' },
    close,
    body,
  );
  let shown = '';
  let generation = 0;

  const render = async (force = false) => {
    const selection: Selection = actions.view.store.get().selection;
    const key = JSON.stringify(selection) + (selection.kind === 'paths' ? actions.view.paths.length : '');
    const same = key === shown;
    if (!force && same && selection.kind !== 'none') return;
    const scroll = same ? body.scrollTop : 0;
    shown = key;
    generation += 1;
    const mine = generation;
    close.hidden = selection.kind === 'none';
    panel.dataset.state = 'loading';
    if (selection.kind === 'none') replaceChildren(body, overviewView(actions));
    else if (selection.kind === 'claim') {
      const { data } = actions.view;
      const edge = data.hasEdge(selection.id) ? data.getEdgeAttributes(selection.id) : null;
      replaceChildren(
        body,
        edge && isPairClaim(edge) ? pairView(actions, selection.id, edge) : claimView(actions, selection.id),
      );
    } else if (selection.kind === 'between')
      replaceChildren(body, betweenView(actions, selection.a, selection.b));
    else if (selection.kind === 'paths')
      replaceChildren(body, pathsView(actions, selection.from, selection.to, actions.view.paths));
    else if (selection.kind === 'events') replaceChildren(body, eventsView(actions));
    else if (selection.kind === 'source') {
      if (!same) replaceChildren(body, h('p', { className: 'loading-text' }, 'Loading the source…'));
      try {
        const details = await sourceDetails(selection.id);
        if (mine !== generation) return;
        replaceChildren(body, sourceView(actions, details, selection));
      } catch (error) {
        if (mine !== generation) return;
        replaceChildren(
          body,
          h('p', { className: 'error-text' }, `This source could not be loaded: ${describeError(error)}`),
        );
      }
    } else {
      if (!same) replaceChildren(body, h('p', { className: 'loading-text' }, 'Loading the actor…'));
      try {
        const details = await actorDetails(selection.id);
        if (mine !== generation) return;
        replaceChildren(body, actorView(actions, details));
      } catch (error) {
        if (mine !== generation) return;
        replaceChildren(
          body,
          h('p', { className: 'error-text' }, `This actor could not be loaded: ${describeError(error)}`),
        );
      }
    }
    panel.dataset.state = 'ready';
    panel.dataset.selection = selection.kind;
    body.scrollTop = scroll;
    // Evidence in context: the paragraph a claim cites, in view.
    if (!same && selection.kind === 'source' && selection.paragraph)
      body.querySelector(`[data-paragraph="${selection.paragraph}"]`)?.scrollIntoView({ block: 'center' });
  };
  actions.view.store.subscribe(() => void render());
  actions.view.derived.subscribe(() => void render(true));
  void render(true);
  return panel;
}
