// The console's editor: Neo4j's CodeMirror 6 Cypher support (highlighting, autocompletion from the vocabulary).
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';

/** The little the console needs from the editor. */
export interface QueryEditor {
  value(): string;
  setValue(text: string): void;
  focus(): void;
  /** Puts the cursor at a (1-based) line and column, e.g. where a syntax error is. */
  goTo(line: number, column: number): void;
  onRun(run: () => void): void;
  /** Closes the completion popup, e.g. when the query runs. */
  closeCompletions(): void;
}

function isWrapped(value: EditorApi | { editor: EditorApi }): value is { editor: EditorApi } {
  return !('codemirror' in value);
}

/** Creates the editor in `parent`; `relationTypes` feed autocompletion. */
export function createQueryEditor(
  parent: HTMLElement,
  initial: string,
  relationTypes: string[],
): QueryEditor {
  // The typings say it returns the API; version 1.0.3 returns `{ editor: api }` (as its README says).
  const created: EditorApi | { editor: EditorApi } = createCypherEditor(parent, {
    value: initial,
    autofocus: false,
    lineNumbers: true,
    lineWrapping: true,
    theme: 'light',
    placeholder: 'MATCH (a:Actor)-[claim]->(b:Actor) RETURN a, claim, b LIMIT 50',
    schema: {
      labels: [':Actor', ':Source'],
      relationshipTypes: relationTypes.map((type) => `:${type}`),
      propertyKeys: [
        'id',
        'name',
        'kind',
        'aliases',
        'summary',
        'date',
        'certainty',
        'assertedBy',
        'sourceId',
        'quote',
        'paragraph',
        'title',
        'publisher',
      ],
    },
  });
  const editor = isWrapped(created) ? created.editor : created;
  let runner: (() => void) | null = null;
  editor.onKeyDown((event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runner?.();
    }
  });
  return {
    value: () => editor.codemirror.state.doc.toString(),
    setValue: (text) => {
      const view = editor.codemirror;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => editor.focus(),
    goTo: (line, column) => {
      editor.setPosition({ line, column: Math.max(0, column - 1) });
      editor.focus();
    },
    onRun: (run) => {
      runner = run;
    },
    closeCompletions: () => editor.setAutocompleteOpen(false),
  };
}
