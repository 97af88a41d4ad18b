// The events two or more sources state: each with its sources' claims, and the graph highlighting them.
import type { AppActions } from '../app/actions';
import { formatClaimDate } from '../graph/dates';
import { actorLink, claimCard } from './claim-card';
import { cardContext } from './details-context';
import { h } from './dom';

/** Builds the list of corroborated events. */
export function eventsView(actions: AppActions): HTMLElement {
  const { view } = actions;
  const { events, truncated } = view.corroboration;
  const link = (id: string, name: string) =>
    actorLink(name, () => void actions.loader.choose(id).catch(() => undefined));
  return h(
    'div',
    { className: 'details-events' },
    h('div', { className: 'details-kicker' }, 'Corroboration'),
    h('h2', { className: 'details-title' }, `Events told by two or more sources (${events.length})`),
    h(
      'p',
      { className: 'muted' },
      'Claims of different sources on the same two actors, of the same type or PLOVER event type, whose dates overlap; highlighted on the graph.',
    ),
    truncated ? h('p', { className: 'warning-text' }, 'Only the first events are listed.') : null,
    events.length === 0 ? h('p', { className: 'empty-state' }, 'No event is told by two sources.') : null,
    events.map((event) => {
      const first = event.claims[0];
      return h(
        'section',
        { className: 'claim-type', 'data-event': event.id, testid: 'event' },
        h(
          'div',
          { className: 'group-title' },
          first
            ? h(
                'span',
                {},
                link(first.from.id, first.from.name),
                h('span', { className: 'muted' }, ` ${first.label} `),
                link(first.to.id, first.to.name),
              )
            : null,
          h(
            'span',
            { className: 'count', title: 'sources' },
            `${event.sourceCount} sources${event.dateFirst ? ` · ${formatClaimDate(event.dateFirst, event.dateLast)}` : ''}`,
          ),
        ),
        // The event is the corroboration: each card shows its own source's wording alone.
        event.claims.map((claim) =>
          claimCard(
            { ...claim, corroboration: undefined },
            { ...cardContext(actions, claim.id), corroboration: undefined },
          ),
        ),
      );
    }),
  );
}
