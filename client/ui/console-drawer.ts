// The bottom drawer: the Cypher console (editor, examples one click away, run) and its table or error.
import type { AppActions } from '../app/actions';
import { EXAMPLES } from '../console/example-files';
import type { QueryEditor } from '../console/cypher-editor';
import { errorView, resultView } from '../console/results-table';
import { h, replaceChildren } from './dom';

/** A plain textarea when the Cypher editor cannot load. */
function textareaEditor(parent: HTMLElement, initial: string): QueryEditor {
  const area = h('textarea', { className: 'plain-editor', spellcheck: 'false' });
  area.value = initial;
  parent.append(area);
  let runner: (() => void) | null = null;
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) runner?.();
  });
  return {
    value: () => area.value,
    setValue: (text) => (area.value = text),
    focus: () => area.focus(),
    goTo: () => area.focus(),
    onRun: (run) => (runner = run),
    closeCompletions: () => undefined,
  };
}

/** Builds the drawer; the editor (a large bundle) loads when the console first opens. */
export function createConsoleDrawer(actions: AppActions): HTMLElement {
  const editorHost = h('div', { className: 'editor-host', testid: 'cypher-editor' });
  const results = h(
    'div',
    { className: 'console-results', testid: 'cypher-results', 'aria-live': 'polite' },
    h(
      'p',
      { className: 'muted' },
      'Run a query to see its rows here; its nodes and relationships are drawn on the graph.',
    ),
  );
  const run = h(
    'button',
    { type: 'button', className: 'button primary', testid: 'cypher-run', disabled: true },
    'Run',
  );
  const examples = h(
    'div',
    { className: 'examples' },
    h('span', { className: 'field-label' }, 'Examples'),
    EXAMPLES.map((example) =>
      h(
        'button',
        {
          type: 'button',
          className: 'chip',
          title: example.description,
          testid: `cypher-example-${example.name}`,
          onclick: () => editor?.setValue(example.query),
        },
        example.title,
      ),
    ),
  );
  const toggle = h(
    'button',
    { type: 'button', className: 'drawer-toggle', testid: 'console-toggle', 'aria-expanded': 'false' },
    'Cypher console',
  );
  const drawer = h(
    'section',
    { className: 'drawer', 'data-open': 'false', 'aria-label': 'Cypher console' },
    h(
      'div',
      { className: 'drawer-bar' },
      toggle,
      h(
        'span',
        { className: 'muted drawer-hint' },
        'Read-only Cypher over the whole database · Ctrl+Enter runs',
      ),
    ),
    h(
      'div',
      { className: 'drawer-body' },
      h(
        'div',
        { className: 'console-input' },
        examples,
        editorHost,
        h('div', { className: 'button-row' }, run),
      ),
      results,
    ),
  );
  let editor: QueryEditor | null = null;
  let loading: Promise<void> | null = null;

  const ensureEditor = () =>
    (loading ??= import('../console/cypher-editor')
      .then(({ createQueryEditor }) =>
        createQueryEditor(
          editorHost,
          EXAMPLES[0]?.query ?? '',
          actions.view.meta.relations.map((relation) => relation.type),
        ),
      )
      .catch((error: unknown) => {
        console.warn('The Cypher editor could not start; using a plain text area.', error);
        editorHost.replaceChildren();
        return textareaEditor(editorHost, EXAMPLES[0]?.query ?? '');
      })
      .then((created) => {
        editor = created;
        editor.onRun(() => void execute());
        run.disabled = false;
        editorHost.dataset.ready = 'true';
      }));

  async function execute(): Promise<void> {
    if (!editor || run.disabled) return;
    const text = editor.value().trim();
    if (!text) return;
    // A query that runs is finished: suggestions for it would only cover the results.
    editor.closeCompletions();
    run.disabled = true;
    results.dataset.state = 'running';
    replaceChildren(results, h('p', { className: 'loading-text' }, 'Running…'));
    try {
      const result = await actions.view.status.run('Running the query…', () => actions.loader.query(text));
      replaceChildren(results, resultView(result, result.graph.nodes.length > 0));
      results.dataset.state = 'done';
    } catch (error) {
      actions.view.status.clearNotice();
      replaceChildren(
        results,
        errorView(error, (line, column) => editor?.goTo(line, column)),
      );
      results.dataset.state = 'error';
    } finally {
      run.disabled = false;
    }
  }

  actions.toggleConsole = (open) => {
    const next = open ?? drawer.dataset.open !== 'true';
    drawer.dataset.open = String(next);
    toggle.setAttribute('aria-expanded', String(next));
    document.body.classList.toggle('console-open', next);
    if (next) void ensureEditor();
  };
  toggle.addEventListener('click', () => actions.toggleConsole());
  run.addEventListener('click', () => void execute());
  return drawer;
}
