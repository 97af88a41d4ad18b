// What the panels of a link share (one claim, or an aggregated edge): the "A relation B" heading with its actors
// as links, and the "Over time" button.
import type { AppActions } from '../app/actions';
import { actorLink } from './claim-card';
import { h } from './dom';

/** A link's kicker, then its title "source relation target", each actor a link that selects it. */
export function linkHeading(
  actions: AppActions,
  kicker: string,
  ends: { source: string; label: string; target: string },
): HTMLElement[] {
  const link = (id: string) =>
    actorLink(actions.view.names.name(id), () => void actions.loader.choose(id).catch(() => undefined));
  return [
    h('div', { className: 'details-kicker' }, kicker),
    h(
      'h2',
      { className: 'details-title sentence' },
      link(ends.source),
      h('span', { className: 'relation' }, ` ${ends.label} `),
      link(ends.target),
    ),
  ];
}

/** The "Over time" button of a link's panel: the dyad of its two actors, both ways, every type. */
export function dyadButtonRow(actions: AppActions, source: string, target: string): HTMLElement {
  return h(
    'div',
    { className: 'button-row' },
    h(
      'button',
      {
        type: 'button',
        className: 'button',
        testid: 'dyad-from-edge',
        title: 'Their relation over time, both ways, every type',
        onclick: () => actions.openDyad(source, target),
      },
      'Over time',
    ),
  );
}
