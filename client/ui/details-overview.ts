// The details panel when nothing is selected: what is shown, where it comes from, and how to explore it.
import type { AppActions } from '../app/actions';
import { formatClaimDate } from '../graph/dates';
import { describeFilters, describeScope } from '../state/describe';
import { sourceTitle } from './claim-card';
import { h, replaceChildren } from './dom';
import type { SourceSummary } from '../api/types';

/** When meta lists only some sources, the overview lists at most this many of the shown claims' sources. */
const SHOWN_SOURCES_LISTED = 30;

/** One source of the list: its title, publisher, date and shown claims (its id until its summary arrives). */
function sourceItem(actions: AppActions, id: string, shown: number): HTMLElement {
  const { view } = actions;
  const item = h('li', {});
  const fill = (source: SourceSummary | null) =>
    replaceChildren(
      item,
      sourceTitle(id, source?.title ?? id, {
        openSource: (open) => view.select({ kind: 'source', id: open }),
      }),
      h(
        'span',
        { className: 'source-meta' },
        [
          source?.publisher,
          source?.published ? formatClaimDate(source.published) : null,
          `${shown} claims shown`,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
  const source = view.sources.get(id);
  fill(source);
  if (!source) view.sources.whenKnown(id, fill);
  return item;
}

/**
 * Every source meta lists with the claims of each shown; when it lists only some, the sources of the shown claims,
 * those with the most first.
 */
function sourceList(actions: AppActions, perSource: Map<string, number>): HTMLElement {
  const { meta } = actions.view;
  const list = h('ul', { className: 'source-list', testid: 'overview-sources' });
  if (meta.sourcesTruncated !== true) {
    for (const source of meta.sources)
      list.append(sourceItem(actions, source.id, perSource.get(source.id) ?? 0));
    return list;
  }
  const shown = [...perSource].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  for (const [id, claims] of shown.slice(0, SHOWN_SOURCES_LISTED))
    list.append(sourceItem(actions, id, claims));
  const more = shown.length - SHOWN_SOURCES_LISTED;
  if (more > 0) list.append(h('li', { className: 'muted' }, `and ${more.toLocaleString('en')} more`));
  return list;
}

/** Builds the overview. */
export function overviewView(actions: AppActions): HTMLElement {
  const { view, loader } = actions;
  const state = view.store.get();
  const { counts, truncated } = view.derived.get();
  const perSource = new Map<string, number>();
  view.rendered.forEachEdge((edge) => {
    const source = view.data.getEdgeAttribute(edge, 'sourceId');
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
  });
  const filters = describeFilters(state.filters);
  return h(
    'div',
    { className: 'details-overview' },
    h('div', { className: 'details-kicker' }, 'Overview'),
    h(
      'h2',
      { className: 'details-title' },
      describeScope(state.scope, (id) => view.names.name(id)),
    ),
    h(
      'div',
      { className: 'stat-row' },
      h(
        'div',
        { className: 'stat' },
        h('strong', {}, String(counts.shownActors)),
        h('span', {}, 'actors shown'),
      ),
      h(
        'div',
        { className: 'stat' },
        h('strong', {}, String(counts.shownClaims)),
        h('span', {}, 'claims shown'),
      ),
      h(
        'div',
        { className: 'stat' },
        h('strong', {}, String(perSource.size)),
        h('span', {}, 'sources shown'),
      ),
    ),
    counts.shownActors < counts.loadedActors || counts.shownClaims < counts.loadedClaims
      ? h(
          'p',
          { className: 'muted' },
          `Loaded: ${counts.loadedActors} actors, ${counts.loadedClaims} claims.`,
        )
      : null,
    truncated
      ? h('p', { className: 'warning-text' }, 'The server cut this graph to its best connected actors.')
      : null,
    filters.length > 0
      ? h(
          'ul',
          { className: 'filter-summary' },
          filters.map((line) => h('li', {}, line)),
        )
      : null,
    state.scope.kind !== 'all'
      ? h(
          'button',
          {
            type: 'button',
            className: 'button',
            testid: 'show-all',
            onclick: () => void loader.scope({ kind: 'all' }),
          },
          'Back to the whole graph',
        )
      : null,
    h('h3', { className: 'claims-heading' }, 'Corroboration'),
    h(
      'p',
      { className: 'muted' },
      `${view.corroboration.events.length} event${view.corroboration.events.length === 1 ? ' is' : 's are'} told by two or more sources. `,
      h(
        'button',
        {
          type: 'button',
          className: 'mini-button',
          testid: 'show-corroborated',
          title: 'List them and highlight their claims on the graph',
          onclick: () => view.select({ kind: 'events' }),
        },
        'show them',
      ),
    ),
    h('h3', { className: 'claims-heading' }, 'Sources'),
    sourceList(actions, perSource),
    h(
      'div',
      { className: 'hint' },
      h('strong', {}, 'Explore: '),
      'click an actor for its claims and their evidence, click a link for the claims it stands for, double-click an actor to load its neighbours. Drag on the timeline to choose a period.',
    ),
  );
}
