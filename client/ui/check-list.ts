// A filter's list of checkboxes, one per value, each with the count of loaded claims or actors it holds.
import type { AppActions } from '../app/actions';
import { toggleHidden } from '../graph/filters';
import type { LoadedCounts } from '../graph/loaded-counts';
import type { ViewFilters } from '../state/view-state';
import { h, replaceChildren, swatch } from './dom';
import { miniButton } from './panel-section';

export type HiddenKey =
  'hiddenTypes' | 'hiddenOrigins' | 'hiddenKinds' | 'hiddenCertainties' | 'hiddenSources';

/** One checkbox row of a filter list. */
export interface Row {
  value: string;
  text: string;
  title?: string;
  detail?: string;
  colour?: string;
  shape?: 'dot' | 'line';
}

export function checkList(actions: AppActions, key: HiddenKey, initialRows: Row[], testid: string) {
  let rows = initialRows;
  /** What the list last showed, to show new rows with. */
  let shown: { filters: ViewFilters; counts: LoadedCounts } | null = null;
  const list = h('ul', { className: 'check-list', testid });
  const render = (filters: ViewFilters, counts: LoadedCounts) => {
    shown = { filters, counts };
    replaceChildren(
      list,
      rows.map((row) => {
        const checked = !filters[key].includes(row.value);
        const box = h('input', {
          type: 'checkbox',
          checked,
          value: row.value,
          'data-filter': key,
          onchange: (event: Event) => {
            const visible = (event.target as HTMLInputElement).checked;
            actions.view.setFilters({
              [key]: toggleHidden(actions.view.store.get().filters[key], row.value, visible),
            });
          },
        });
        const count = counts[key].get(row.value) ?? 0;
        return h(
          'li',
          { className: `check-row${checked ? '' : ' off'}${count === 0 ? ' empty' : ''}`, title: row.title },
          h(
            'label',
            {},
            box,
            row.colour ? swatch(row.colour, row.shape) : null,
            h('span', { className: 'check-text' }, row.text, row.detail ? h('small', {}, row.detail) : null),
            h('span', { className: 'check-count' }, String(count)),
          ),
        );
      }),
    );
  };
  const setAll = (visible: boolean) =>
    actions.view.setFilters({ [key]: visible ? [] : rows.map((row) => row.value) } as Partial<ViewFilters>);
  const buttons = [
    miniButton('all', 'Show all', () => setAll(true), `${testid}-all`),
    miniButton('none', 'Hide all', () => setAll(false), `${testid}-none`),
  ];
  /** Shows other rows (a search's answer). */
  const setRows = (next: Row[]) => {
    rows = next;
    if (shown) render(shown.filters, shown.counts);
  };
  return { list, render, buttons, setRows };
}
