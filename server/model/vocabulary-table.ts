// The relation vocabulary as a Markdown table, and the README section that holds it.
import { goldsteinOf } from './cameo';
import { RELATIONS } from './relations';

export const TABLE_START = '<!-- vocabulary:start -->';
export const TABLE_END = '<!-- vocabulary:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One row per relation type: type, family, label, direction, symmetric, PLOVER type, side, CAMEO codes, Goldstein. */
export function vocabularyTable(): string {
  const header = [
    'type',
    'family',
    'label',
    'direction',
    'symmetric',
    'PLOVER type',
    'side',
    'CAMEO codes',
    'Goldstein mean',
  ];
  const rows = RELATIONS.map((relation) => {
    const event = 'event' in relation ? relation.event : undefined;
    const goldstein = goldsteinOf(relation.type);
    return [
      `\`${relation.type}\``,
      relation.family,
      relation.label,
      relation.direction,
      relation.symmetric ? 'yes' : '',
      event?.plover ?? '',
      event?.side ?? '',
      event ? event.cameo.join(', ') : '',
      goldstein ? goldstein.mean.toFixed(1) : '',
    ];
  });
  // Laid out as Prettier lays out a Markdown table (columns padded to their widest cell), so that the README
  // stays formatted.
  const cells = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_name, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head!), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** `markdown` with the text between the vocabulary markers replaced by the table; throws without the markers. */
export function withVocabularyTable(markdown: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`expected ${TABLE_START} ... ${TABLE_END} in the document`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n\n${vocabularyTable()}\n\n${markdown.slice(end)}`;
}
