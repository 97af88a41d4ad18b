// The left panel's filters: relation types by family (the legend), sides, origins, kinds, certainty and sources.
import type { AppActions } from '../app/actions';
import { loadedCounts, type LoadedCounts } from '../graph/loaded-counts';
import { hiddenShare, setTypesHidden, typesByFamily, typesOfSide } from '../graph/vocabulary';
import type { ViewFilters } from '../state/view-state';
import { checkList } from './check-list';
import { h, swatch } from './dom';
import { miniButton, section } from './panel-section';
import { sourceFilter } from './source-filter';

/**
 * A checkbox that shows or hides a set of types at once (a family, a side): checked when none is hidden,
 * indeterminate when some are.
 */
function typeSetToggle(actions: AppActions, types: readonly string[], testid: string) {
  const box = h('input', {
    type: 'checkbox',
    testid,
    onchange: (event: Event) => {
      const visible = (event.target as HTMLInputElement).checked;
      const hidden = actions.view.store.get().filters.hiddenTypes;
      actions.view.setFilters({ hiddenTypes: setTypesHidden(hidden, types, visible) });
    },
  }) as HTMLInputElement;
  const render = (filters: ViewFilters) => {
    const share = hiddenShare(filters.hiddenTypes, types);
    box.checked = share === 'none';
    box.indeterminate = share === 'some';
  };
  return { box, render };
}

/** The legend of relations: one group per family, with a toggle for the family and a row per type. */
function familyLegend(actions: AppActions) {
  const { meta } = actions.view;
  const descriptions = new Map(meta.families.map((family) => [family.family, family.description]));
  const groups = typesByFamily(meta)
    .filter((group) => group.relations.length > 0)
    .map((group) => {
      const toggle = typeSetToggle(
        actions,
        group.relations.map((relation) => relation.type),
        `filter-family-${group.family}`,
      );
      const types = checkList(
        actions,
        'hiddenTypes',
        group.relations.map((relation) => ({
          value: relation.type,
          text: relation.label,
          title:
            `${relation.description} Direction: ${relation.direction}.` +
            (relation.symmetric ? ' Symmetric: drawn without arrowhead.' : ''),
          detail: relation.event ? relation.event.cameo.map((code) => `CAMEO ${code}`).join(', ') : undefined,
          colour: relation.colour,
          shape: 'line' as const,
        })),
        'filter-types',
      );
      const element = h(
        'div',
        { className: 'family-group', 'data-family': group.family },
        h(
          'label',
          { className: 'family-title', title: descriptions.get(group.family) },
          toggle.box,
          h('span', {}, `${group.family}s`),
        ),
        types.list,
      );
      const render = (filters: ViewFilters, counts: LoadedCounts) => {
        toggle.render(filters);
        types.render(filters, counts);
      };
      return { element, render };
    });
  const list = h(
    'div',
    { className: 'family-legend', testid: 'legend-families' },
    ...groups.map((g) => g.element),
  );
  const render = (filters: ViewFilters, counts: LoadedCounts) =>
    groups.forEach((group) => group.render(filters, counts));
  const setAll = (visible: boolean) =>
    actions.view.setFilters({ hiddenTypes: visible ? [] : meta.relations.map((relation) => relation.type) });
  const buttons = [
    miniButton('all', 'Show all', () => setAll(true), 'filter-types-all'),
    miniButton('none', 'Hide all', () => setAll(false), 'filter-types-none'),
  ];
  return { list, render, buttons };
}

/** The sides of events, each toggling the event types it holds. */
function sideList(actions: AppActions) {
  const { meta } = actions.view;
  const rows = meta.sides.map((side) => {
    const types = typesOfSide(meta, side.side);
    const toggle = typeSetToggle(actions, types, `filter-side-${side.side}`);
    const element = h(
      'li',
      { className: 'check-row', title: side.description },
      h(
        'label',
        {},
        toggle.box,
        swatch(side.colour, 'line'),
        h('span', { className: 'check-text' }, side.side.replace('-', ' ')),
      ),
    );
    return { element, render: toggle.render };
  });
  const list = h(
    'ul',
    { className: 'check-list', testid: 'filter-sides' },
    ...rows.map((row) => row.element),
  );
  return { list, render: (filters: ViewFilters) => rows.forEach((row) => row.render(filters)) };
}

const ORIGIN_TEXT: Record<string, string> = {
  curated: 'curated (checked)',
  icews: 'imported from ICEWS',
  gdelt: 'imported from GDELT',
  extracted: 'extracted, unchecked',
};

/** Builds the filter sections; they follow the state. */
export function createFiltersPanel(actions: AppActions): HTMLElement[] {
  const { meta } = actions.view;
  const types = familyLegend(actions);
  const sides = sideList(actions);
  const origins = checkList(
    actions,
    'hiddenOrigins',
    meta.origins.map((origin) => ({
      value: origin.origin,
      text: ORIGIN_TEXT[origin.origin] ?? origin.origin,
      title: origin.description,
    })),
    'filter-origins',
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
  const sources = sourceFilter(actions);
  const lists = [types, origins, kinds, certainty, sources];
  const renderAll = () => {
    const counts = loadedCounts(actions.view.data);
    const { filters } = actions.view.store.get();
    lists.forEach((item) => item.render(filters, counts));
    sides.render(filters);
  };
  actions.view.store.subscribe(renderAll);
  actions.view.derived.subscribe(renderAll);
  renderAll();
  return [
    section('Relations', types.list, { testid: 'legend-relations', actions: types.buttons }),
    section('Event sides', sides.list, { testid: 'legend-sides' }),
    section('Origins', origins.list, { testid: 'legend-origins', actions: origins.buttons }),
    section('Actor kinds', kinds.list, { actions: kinds.buttons }),
    section('Certainty', certainty.list, { actions: certainty.buttons }),
    section('Sources', sources.element, { actions: sources.buttons, open: sources.open }),
  ];
}
