// The console's result: a summary line and the rows as a table, or the error in place with its position.
import { ApiError } from '../api/api-error';
import type { CypherResult } from '../api/types';
import { h } from '../ui/dom';
import { formatCell } from './cells';

const MAX_SHOWN_ROWS = 200;

/** The table of a result, with a line saying what the query returned and drew. */
export function resultView(result: CypherResult, drawn: boolean): HTMLElement {
  const { summary, columns, rows } = result;
  const graph = result.graph;
  const parts = [
    `${summary.rows} row${summary.rows === 1 ? '' : 's'}${summary.truncated ? ` (cut at ${summary.maxRows})` : ''}`,
    `${summary.elapsedMs} ms`,
    drawn
      ? `drawn: ${graph.nodes.length} nodes, ${graph.edges.length} relationships`
      : 'no node to draw: the graph is unchanged',
  ];
  const table =
    columns.length === 0
      ? h('p', { className: 'muted' }, 'The query returned no column.')
      : h(
          'table',
          { className: 'results-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              columns.map((column) => h('th', {}, column)),
            ),
          ),
          h(
            'tbody',
            {},
            rows.slice(0, MAX_SHOWN_ROWS).map((row) =>
              h(
                'tr',
                {},
                columns.map((column) => h('td', {}, formatCell(row[column]))),
              ),
            ),
          ),
        );
  return h(
    'div',
    { className: 'result' },
    h('div', { className: 'result-summary', testid: 'cypher-summary' }, parts.join(' · ')),
    rows.length > MAX_SHOWN_ROWS
      ? h('p', { className: 'muted' }, `Showing the first ${MAX_SHOWN_ROWS} rows.`)
      : null,
    rows.length === 0 ? h('p', { className: 'empty-state' }, 'No row matched.') : table,
  );
}

/** The error of a failed query, with where it is when the server said. */
export function errorView(error: unknown, goTo: (line: number, column: number) => void): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const position = error instanceof ApiError ? error.position() : null;
  const title =
    error instanceof ApiError
      ? ((
          {
            cypher_syntax: 'Syntax error',
            read_only: 'Refused: the console only reads',
            not_allowed: 'Refused: not allowed in the console',
            query_timeout: 'The query took too long',
            cypher_error: 'The query failed',
          } as Record<string, string>
        )[error.code] ?? (error.unreachable ? 'The server does not answer' : 'The query failed'))
      : 'The query failed';
  return h(
    'div',
    { className: 'result-error', role: 'alert', testid: 'cypher-error' },
    h('strong', {}, title),
    position
      ? h(
          'button',
          { type: 'button', className: 'mini-button', onclick: () => goTo(position.line, position.column) },
          `line ${position.line}, column ${position.column}`,
        )
      : null,
    // The server's message may open with "Refused:" too; said once, in the title, is enough.
    h(
      'p',
      {},
      title.startsWith('Refused')
        ? message.replace(/^Refused:\s*(.)/i, (_all, first: string) => first.toUpperCase())
        : message,
    ),
  );
}
