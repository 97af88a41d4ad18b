// The details of a bundle: every claim between two actors, both ways, in date order and grouped by year.
import type { AppActions } from '../app/actions';
import type { ClaimAttributes } from '../api/types';
import { isPairClaim } from '../graph/aggregate';
import { dateSpan } from '../graph/dates';
import { actorLink, claimCard } from './claim-card';
import { cardContext } from './details-context';
import { dyadButtonRow } from './details-link';
import { h } from './dom';

/** A claim's first day, or null when undated (sorted last). */
function firstDay(claim: ClaimAttributes): string | null {
  return dateSpan(claim.date, claim.dateEnd)?.first ?? null;
}

/** The drawn edges between `a` and `b`, oldest first, undated last. */
function edgesInOrder(actions: AppActions, a: string, b: string): string[] {
  const { data, rendered } = actions.view;
  const edges = rendered.hasNode(a) && rendered.hasNode(b) ? rendered.edges(a, b) : [];
  const day = (edge: string) => firstDay(data.getEdgeAttributes(edge)) ?? '9999';
  return edges.sort((x, y) => day(x).localeCompare(day(y)) || x.localeCompare(y));
}

/** One edge of the bundle: a claim's card, or an aggregated link the reader can open. */
function entry(actions: AppActions, edge: string): HTMLElement {
  const { view } = actions;
  const claim = view.data.getEdgeAttributes(edge);
  const [from, to] = view.data.extremities(edge);
  const sentence = `${view.names.name(from)} ${claim.label} ${view.names.name(to)}`;
  if (isPairClaim(claim))
    return h(
      'button',
      {
        type: 'button',
        className: 'button claim-group',
        onclick: () => view.select({ kind: 'claim', id: edge }),
      },
      `${sentence} · ${claim.claims.toLocaleString('en')} claims`,
    );
  return h(
    'div',
    { className: 'claim-group' },
    h('div', { className: 'group-title' }, h('span', { className: 'muted' }, sentence)),
    claimCard({ ...claim, id: edge }, cardContext(actions, edge)),
  );
}

/** Builds the view of every drawn claim between `a` and `b`. */
export function betweenView(actions: AppActions, a: string, b: string): HTMLElement {
  const { view } = actions;
  const edges = edgesInOrder(actions, a, b);
  const link = (id: string) =>
    actorLink(view.names.name(id), () => void actions.loader.choose(id).catch(() => undefined));
  const claims = edges.reduce((sum, edge) => {
    const claim = view.data.getEdgeAttributes(edge);
    return sum + (isPairClaim(claim) ? claim.claims : 1);
  }, 0);
  const byYear = new Map<string, string[]>();
  for (const edge of edges) {
    const year = firstDay(view.data.getEdgeAttributes(edge))?.slice(0, 4) ?? 'Undated';
    byYear.set(year, [...(byYear.get(year) ?? []), edge]);
  }
  return h(
    'div',
    { className: 'details-between', 'data-between': `${a},${b}` },
    h('div', { className: 'details-kicker' }, 'Claims between two actors'),
    h(
      'h2',
      { className: 'details-title sentence' },
      link(a),
      h('span', { className: 'relation' }, ' and '),
      link(b),
    ),
    h(
      'p',
      { className: 'pair-facts', testid: 'between-facts' },
      `${claims.toLocaleString('en')} claim${claims === 1 ? '' : 's'} shown, both ways`,
    ),
    dyadButtonRow(actions, a, b),
    [...byYear].map(([year, list]) => [
      h('h3', { className: 'claims-heading', 'data-year': year }, `${year} (${list.length})`),
      list.map((edge) => entry(actions, edge)),
    ]),
  );
}
