// The left panel's filters: relation types (the legend), actor kinds, certainty and source articles.
import type { AppActions } from '../app/actions';
import { toggleHidden } from '../graph/filters';
import { loadedCounts, type LoadedCounts } from '../graph/loaded-counts';
import type { ViewFilters } from '../state/view-state';
import { h, replaceChildren, swatch } from './dom';
import { miniButton, section } from './panel-section';

type HiddenKey = 'hiddenTypes' | 'hiddenKinds' | 'hiddenCertainties' | 'hiddenSources';

/** One checkbox row of a filter list. */
interface Row {
  value: string;
  text: string;
  title?: string;
  detail?: string;
  colour?: string;
  shape?: 'dot' | 'line';
}

function checkList(actions: AppActions, key: HiddenKey, rows: Row[], testid: string) {
  const list = h('ul', { className: 'check-list', testid });
  const render = (filters: ViewFilters, counts: LoadedCounts) => {
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
  return { list, render, buttons };
}

/** Builds the filter sections; they follow the state. */
export function createFiltersPanel(actions: AppActions): HTMLElement[] {
  const { meta } = actions.view;
  const types = checkList(
    actions,
    'hiddenTypes',
    meta.relations.map((relation) => ({
      value: relation.type,
      text: relation.label,
      title: `${relation.description} Direction: ${relation.direction}.`,
      colour: relation.colour,
      shape: 'line' as const,
    })),
    'filter-types',
  );
  const kinds = checkList(
    actions,
    'hiddenKinds',
    meta.actorKinds.map((kind) => ({
      value: kind.kind,
      text: kind.kind,
      title: kind.description,
      colour: kind.colour,
    })),
    'filter-kinds',
  );
  const certainty = checkList(
    actions,
    'hiddenCertainties',
    meta.certainties.map((item) => ({
      value: item.certainty,
      text:
        item.certainty === 'fact'
          ? 'facts'
          : item.certainty === 'claim'
            ? 'attributed claims'
            : "analysts' assessments",
      title: item.description,
    })),
    'filter-certainty',
  );
  const sources = checkList(
    actions,
    'hiddenSources',
    meta.sources.map((source) => ({
      value: source.id,
      text: source.title,
      detail: [source.publisher, source.published].filter(Boolean).join(' · '),
    })),
    'filter-sources',
  );
  const lists = [types, kinds, certainty, sources];
  const renderAll = () => {
    const counts = loadedCounts(actions.view.data);
    lists.forEach((item) => item.render(actions.view.store.get().filters, counts));
  };
  actions.view.store.subscribe(renderAll);
  actions.view.derived.subscribe(renderAll);
  renderAll();
  return [
    section('Relations', types.list, { testid: 'legend-relations', actions: types.buttons }),
    section('Actor kinds', kinds.list, { actions: kinds.buttons }),
    section('Certainty', certainty.list, { actions: certainty.buttons }),
    section('Sources', sources.list, { actions: sources.buttons, open: meta.sources.length <= 6 }),
  ];
}
