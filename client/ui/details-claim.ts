// The details of a selected edge: the claim and every other claim between the same two actors.
import type { AppActions } from '../app/actions';
import { h } from './dom';
import { claimCard } from './claim-card';
import { cardContext } from './details-context';
import { dyadButtonRow, linkHeading } from './details-link';

/** Builds the claim view from the loaded data graph. */
export function claimView(actions: AppActions, claimId: string): HTMLElement {
  const { data } = actions.view;
  if (!data.hasEdge(claimId))
    return h('p', { className: 'empty-state' }, 'This claim is no longer in the view.');
  const [source, target] = data.extremities(claimId);
  const claim = data.getEdgeAttributes(claimId);
  // graphology lists the edges between two nodes in both directions.
  const others = data
    .edges(source, target)
    .filter((edge) => edge !== claimId)
    .sort();
  return h(
    'div',
    { className: 'details-claim', 'data-claim': claimId },
    linkHeading(actions, 'Claim', { source, label: claim.label, target }),
    dyadButtonRow(actions, source, target),
    claimCard({ ...claim, id: claimId }, cardContext(actions, claimId, true)),
    others.length > 0
      ? [
          h('h3', { className: 'claims-heading' }, `Other claims between them (${others.length})`),
          others.map((edge) => {
            const other = data.getEdgeAttributes(edge);
            const [from, to] = data.extremities(edge);
            return h(
              'div',
              { className: 'claim-group' },
              h(
                'div',
                { className: 'group-title' },
                h(
                  'span',
                  { className: 'muted' },
                  `${actions.view.names.name(from)} ${other.label} ${actions.view.names.name(to)}`,
                ),
              ),
              claimCard({ ...other, id: edge }, cardContext(actions, edge)),
            );
          }),
        ]
      : null,
  );
}
