// The details of a selected aggregated edge: what it stands for, and its claims listed on demand, a page at a time.
import type { AppActions } from '../app/actions';
import { api } from '../api/client';
import type { PairClaim } from '../graph/aggregate';
import { formatClaimDate } from '../graph/dates';
import { pagedClaims } from './claim-pages';
import { dyadButtonRow, linkHeading } from './details-link';
import { h } from './dom';

/** Builds the view of the aggregated edge `key` (loaded in the data graph). */
export function pairView(actions: AppActions, key: string, pair: PairClaim): HTMLElement {
  const [source, target] = actions.view.data.extremities(key);
  const span =
    pair.date && pair.dateEnd && pair.date !== pair.dateEnd
      ? `${formatClaimDate(pair.date)} to ${formatClaimDate(pair.dateEnd)}`
      : pair.date
        ? formatClaimDate(pair.date)
        : 'undated';
  const facts = [
    `${pair.claims.toLocaleString('en')} claim${pair.claims === 1 ? '' : 's'}`,
    span,
    `${pair.sources} source${pair.sources === 1 ? '' : 's'}`,
    pair.origins.join(', '),
  ];
  // The claims are asked for only now, a page at a time: the graph carries their counts alone.
  const claims = pagedClaims(
    actions,
    (offset, limit) => api.claims({ source, target, types: [pair.type], offset, limit }),
    'pair-claims',
  );
  return h(
    'div',
    { className: 'details-pair', 'data-pair': key },
    linkHeading(actions, 'Aggregated link', { source, label: pair.label, target }),
    h('p', { className: 'pair-facts', testid: 'pair-facts' }, facts.join(' · ')),
    dyadButtonRow(actions, source, target),
    h('h3', { className: 'claims-heading' }, 'Claims'),
    claims,
  );
}
