// The details of found paths: each path as a chain of actors and relations, with the claims along it.
import type { AppActions } from '../app/actions';
import type { FoundPath } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { h } from './dom';
import { actorLink, claimCard } from './claim-card';
import { cardContext } from './details-context';

function chain(actions: AppActions, path: FoundPath): HTMLElement {
  const { data, names } = actions.view;
  const parts: Array<HTMLElement> = [];
  path.actors.forEach((actor, index) => {
    parts.push(actorLink(names.name(actor), () => void actions.loader.choose(actor).catch(() => undefined)));
    const claim = path.claims[index];
    if (claim && data.hasEdge(claim)) {
      const forward = data.source(claim) === actor;
      const label = data.getEdgeAttribute(claim, 'label');
      parts.push(h('span', { className: 'path-step' }, forward ? `— ${label} →` : `← ${label} —`));
    }
  });
  return h('div', { className: 'path-chain' }, parts);
}

/** Builds the paths view. */
export function pathsView(
  actions: AppActions,
  from: string,
  to: string,
  paths: readonly FoundPath[],
): HTMLElement {
  const { names, data } = actions.view;
  const steps = paths[0]?.claims.length ?? 0;
  const search = actions.view.pathSearch;
  const depth = search?.maxDepth ?? VIEWER_SETTINGS.pathDepth.default;
  const { max } = VIEWER_SETTINGS.pathDepth;
  const deeper = depth < max ? ` Choose up to ${max} steps next to "Link" to look further.` : '';
  return h(
    'div',
    { className: 'details-paths', testid: 'paths-result' },
    h('div', { className: 'details-kicker' }, 'Paths'),
    h('h2', { className: 'details-title' }, `How ${names.name(from)} is linked to ${names.name(to)}`),
    paths.length === 0
      ? h(
          'p',
          { className: 'empty-state', testid: 'paths-none' },
          `No path links these two actors within ${depth} step${depth > 1 ? 's' : ''} (with the current data).${deeper}`,
        )
      : h(
          'p',
          { className: 'muted', testid: 'paths-summary' },
          `${paths.length} shortest path${paths.length > 1 ? 's' : ''} of ${steps} step${steps > 1 ? 's' : ''}, searched within ${depth}.`,
        ),
    search?.truncated && paths.length > 0
      ? h(
          'p',
          { className: 'muted path-note', testid: 'paths-truncated' },
          `There are more shortest paths than these ${paths.length}: the server stops at ${paths.length}.`,
        )
      : null,
    paths.map((path, index) =>
      h(
        'section',
        { className: 'path' },
        h('h3', { className: 'type-title' }, `Path ${index + 1}`),
        chain(actions, path),
        path.claims
          .filter((claim) => data.hasEdge(claim))
          .map((claim) =>
            claimCard({ ...data.getEdgeAttributes(claim), id: claim }, cardContext(actions, claim)),
          ),
      ),
    ),
  );
}
