// The Sources filter: a checkbox per source meta lists; when meta lists only some, a search box that asks the
// server for the others, their checkboxes shown above the list.
import type { AppActions } from '../app/actions';
import { describeError } from '../app/status';
import { api } from '../api/client';
import type { SourceSummary } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import type { LoadedCounts } from '../graph/loaded-counts';
import type { ViewFilters } from '../state/view-state';
import { debounce, latestOnly } from '../util/debounce';
import { checkList, type Row } from './check-list';
import { h } from './dom';

/** At most this many sources found per search. */
const FOUND_LIMIT = 20;

/** The section opens by itself when it lists at most this many sources. */
const OPEN_UP_TO = 6;

function sourceRow(source: SourceSummary): Row {
  return {
    value: source.id,
    text: source.title,
    detail: [source.publisher, source.published].filter(Boolean).join(' · '),
  };
}

/** The search of the sources meta does not list: a box, a line saying what it found, and their checkboxes. */
function sourceSearch(actions: AppActions) {
  const { view } = actions;
  const found = checkList(actions, 'hiddenSources', [], 'filter-sources-found');
  const status = h('p', { className: 'muted filter-note', testid: 'filter-sources-found-count' });
  const input = h('input', {
    type: 'search',
    className: 'search-input',
    placeholder: 'Search sources…',
    'aria-label': 'Search the sources by title, publisher or id',
    autocomplete: 'off',
    spellcheck: 'false',
    testid: 'filter-sources-search',
  });
  const search = latestOnly((q: string) => api.sources({ q, limit: FOUND_LIMIT }));
  const show = (sources: SourceSummary[], text: string) => {
    found.setRows(sources.map(sourceRow));
    status.textContent = text;
  };
  const lookUp = debounce(async (q: string) => {
    if (q.trim() === '') {
      show([], '');
      return;
    }
    try {
      const page = await search(q);
      if (!page) return;
      view.sources.add(page.sources);
      const total = `${page.total.toLocaleString('en')}${page.totalExact ? '' : '+'}`;
      show(
        page.sources,
        page.total > page.sources.length
          ? `${total} found; the first ${page.sources.length}:`
          : `${total} found`,
      );
    } catch (error) {
      show([], `The search failed: ${describeError(error)}`);
    }
  }, VIEWER_SETTINGS.searchDebounceMs);
  input.addEventListener('input', () => lookUp(input.value));
  const element = h('div', { className: 'source-search' }, input, status, found.list);
  return { element, render: found.render };
}

/** Builds the Sources filter: its element, its header buttons, and whether its section starts open. */
export function sourceFilter(actions: AppActions) {
  const { meta } = actions.view;
  const listed = checkList(actions, 'hiddenSources', meta.sources.map(sourceRow), 'filter-sources');
  const open = meta.sources.length <= OPEN_UP_TO;
  if (meta.sourcesTruncated !== true)
    return { element: listed.list, render: listed.render, buttons: listed.buttons, open };
  const search = sourceSearch(actions);
  const note = h(
    'p',
    { className: 'muted filter-note', testid: 'filter-sources-note' },
    `${meta.sources.length.toLocaleString('en')} of ${meta.counts.sources.toLocaleString('en')} sources listed ` +
      '(the curated, then the newest); search for the others.',
  );
  const element = h('div', { className: 'source-filter' }, search.element, note, listed.list);
  const render = (filters: ViewFilters, counts: LoadedCounts) => {
    search.render(filters, counts);
    listed.render(filters, counts);
  };
  return { element, render, buttons: listed.buttons, open };
}
