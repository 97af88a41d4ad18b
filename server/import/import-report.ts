// What an import did, counted, and the table a person reads after `npm run import`.
import { formatIssue, type DataIssue } from '../ingest/data-issue';

export interface ImportReport {
  format: 'icews' | 'gdelt';
  files: string[];
  /** The import folder written. */
  into: string;
  /** Data rows read (header rows not counted). */
  rowsRead: number;
  /** Events that became new claims. */
  eventsImported: number;
  /** Events whose claim the data folder holds already (an earlier import of the same rows). */
  alreadyInCorpus: number;
  duplicatesMerged: {
    /** Rows repeating an event id seen before. */
    sameEventId: number;
    /** Rows coding the same date, actors, CAMEO code and story as an event seen before, under another id. */
    sameEvent: number;
  };
  /** Valid rows that relate no two actors, by why (left out, never an error). */
  leftOut: Record<string, number>;
  actors: { matched: number; created: number };
  sources: { created: number; extended: number };
  skipped: {
    /** Rows not imported because they are invalid (only with --skip-invalid; otherwise the import stops). */
    rows: number;
    byReason: Record<string, number>;
    /** The first of them, each with its file, line and what was expected. */
    listed: DataIssue[];
  };
}

/** How many skipped rows the report lists one by one (all are counted). */
export const LISTED_ROWS = 100;

function table(rows: Array<[string, number | string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  const numbers = rows.map(([, value]) => (typeof value === 'number' ? value.toLocaleString('en') : value));
  const valueWidth = Math.max(...numbers.map((value) => value.length));
  return rows
    .map(([label], index) => `  ${label.padEnd(width)}  ${numbers[index]?.padStart(valueWidth)}`)
    .join('\n');
}

/** The report as a few lines and a table. */
export function importSummary(report: ImportReport): string {
  const rows: Array<[string, number | string]> = [
    ['rows read', report.rowsRead],
    ['events imported (new claims)', report.eventsImported],
    ['events already in the data', report.alreadyInCorpus],
    ['duplicates merged: same event id', report.duplicatesMerged.sameEventId],
    ['duplicates merged: same event, other id', report.duplicatesMerged.sameEvent],
    ...Object.entries(report.leftOut).map(([why, count]): [string, number] => [`left out: ${why}`, count]),
    ['rows skipped (invalid)', report.skipped.rows],
    ...Object.entries(report.skipped.byReason).map(([why, count]): [string, number] => [
      `  skipped: ${why}`,
      count,
    ]),
    ['actors matched', report.actors.matched],
    ['actors created', report.actors.created],
    ['sources created', report.sources.created],
    ['sources extended', report.sources.extended],
  ];
  const lines = [
    `Imported ${report.files.length} ${report.format.toUpperCase()} file${report.files.length === 1 ? '' : 's'} into ${report.into}:`,
    table(rows),
  ];
  if (report.skipped.listed.length > 0) {
    lines.push('Skipped rows:', ...report.skipped.listed.map((issue) => `  ${formatIssue(issue)}`));
    const more = report.skipped.rows - report.skipped.listed.length;
    if (more > 0) lines.push(`  ... and ${more.toLocaleString('en')} more (counted above)`);
  }
  return lines.join('\n');
}
