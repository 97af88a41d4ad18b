// The top bar's tools: the console toggle, the export menu, and opening a saved snapshot.
import type { AppActions } from '../app/actions';
import { h } from './dom';

function menuItem(
  testid: string,
  text: string,
  detail: string,
  run: () => Promise<void> | void,
  actions: AppActions,
  menu: HTMLDetailsElement,
) {
  return h(
    'button',
    {
      type: 'button',
      className: 'menu-item',
      role: 'menuitem',
      testid,
      onclick: () => {
        menu.open = false;
        void actions.view.status.run('Exporting…', async () => run()).catch(() => undefined);
      },
    },
    h('span', {}, text),
    h('small', {}, detail),
  );
}

/** Builds the tools. */
export function createToolbar(actions: AppActions): HTMLElement[] {
  const { exporter } = actions;
  const menu = h('details', { className: 'menu' }) as HTMLDetailsElement;
  menu.append(
    h('summary', { className: 'button', testid: 'export-menu' }, 'Export'),
    h(
      'div',
      { className: 'menu-list', role: 'menu' },
      menuItem(
        'export-png',
        'PNG image',
        'the view with its legend, twice the screen size',
        () => exporter.png(2),
        actions,
        menu,
      ),
      menuItem(
        'export-png-4x',
        'PNG image, large',
        'four times the screen size, for print',
        () => exporter.png(4),
        actions,
        menu,
      ),
      menuItem(
        'export-json',
        'JSON snapshot',
        'reopens this exact view',
        () => exporter.json(),
        actions,
        menu,
      ),
      menuItem(
        'export-gexf',
        'GEXF',
        'for Gephi: positions and colours',
        () => exporter.gexf(),
        actions,
        menu,
      ),
      menuItem(
        'export-graphml',
        'GraphML',
        'for yEd, Cytoscape, NetworkX',
        () => exporter.graphml(),
        actions,
        menu,
      ),
    ),
  );
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    className: 'visually-hidden',
    testid: 'load-snapshot',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void exporter.load(chosen).catch(() => undefined);
    file.value = '';
  });
  const open = h('label', { className: 'button', title: 'Open a saved JSON snapshot' }, 'Open…', file);
  const consoleButton = h(
    'button',
    { type: 'button', className: 'button', testid: 'console-open', onclick: () => actions.toggleConsole() },
    'Console',
  );
  const dyadButton = h(
    'button',
    {
      type: 'button',
      className: 'button',
      testid: 'dyad-open',
      title: 'Two actors over time: their claims month by month',
      onclick: () => {
        const { view } = actions;
        const selection = view.store.get().selection;
        if (selection.kind === 'actor') actions.openDyad(selection.id);
        else if (selection.kind === 'between') actions.openDyad(selection.a, selection.b);
        else if (selection.kind === 'claim' && view.data.hasEdge(selection.id))
          actions.openDyad(...view.data.extremities(selection.id));
        else actions.openDyad();
      },
    },
    'Over time…',
  );
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  return [dyadButton, consoleButton, menu, open];
}
