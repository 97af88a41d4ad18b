// The top bar: brand, actor search, "how is X linked to Y", and the console, export and snapshot actions.
import type { AppActions } from '../app/actions';
import { VIEWER_SETTINGS } from '../config';
import { h } from './dom';
import { createSearchBox } from './search-box';

/** Builds the top bar. */
export function createTopBar(actions: AppActions, tools: HTMLElement[]): HTMLElement {
  const colours = actions.view.kindColours;
  const search = createSearchBox({
    testid: 'search-input',
    placeholder: 'Search an actor by name or alias…',
    label: 'Search actors',
    kindColours: colours,
    onChoose: (hit) => {
      actions.view.names.remember(hit.id, hit.name);
      void actions.loader.choose(hit.id).then(() => search.clear());
    },
  });
  const from = createSearchBox({
    testid: 'paths-from',
    placeholder: 'From…',
    label: 'Path from',
    kindColours: colours,
    onChoose: (hit) => actions.view.names.remember(hit.id, hit.name),
  });
  const to = createSearchBox({
    testid: 'paths-to',
    placeholder: 'To…',
    label: 'Path to',
    kindColours: colours,
    onChoose: (hit) => actions.view.names.remember(hit.id, hit.name),
  });
  const { default: defaultDepth, max: maxDepth } = VIEWER_SETTINGS.pathDepth;
  const depth = h(
    'select',
    {
      className: 'paths-depth',
      testid: 'paths-depth',
      'aria-label': 'Longest path searched, in steps',
      title: `Look for paths of at most this many claims (the server goes up to ${maxDepth})`,
    },
    Array.from({ length: maxDepth }, (_, index) =>
      h('option', { value: index + 1, selected: index + 1 === defaultDepth }, `≤ ${index + 1} steps`),
    ),
  );
  const run = h(
    'button',
    {
      className: 'button primary',
      type: 'submit',
      testid: 'paths-run',
      title: 'Show the shortest paths between the two actors',
    },
    'Link',
  );
  const form = h(
    'form',
    {
      className: 'paths-form',
      'aria-label': 'How is one actor linked to another',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!from.chosen || !to.chosen) {
          actions.view.status.notify('warning', 'Choose both actors from the suggestions first.');
          return;
        }
        const steps = Number(depth.value);
        void actions.loader
          .paths(from.chosen.id, to.chosen.id, steps === defaultDepth ? undefined : steps)
          .catch(() => undefined);
      },
    },
    h('span', { className: 'paths-label' }, 'How is'),
    from.element,
    h('span', { className: 'paths-label' }, 'linked to'),
    to.element,
    depth,
    run,
  );
  actions.onPathsRequested = (fromHit, toHit) => {
    from.input.value = fromHit.name;
    from.chosen = fromHit;
    to.input.value = toHit?.name ?? '';
    to.chosen = toHit;
    if (!toHit) to.input.focus();
  };
  return h(
    'header',
    { className: 'topbar' },
    h(
      'div',
      { className: 'brand' },
      h('span', { className: 'brand-mark', 'aria-hidden': 'true' }),
      'actorgraph',
    ),
    h('div', { className: 'topbar-search' }, search.element),
    form,
    h('div', { className: 'topbar-actions' }, ...tools),
  );
}
