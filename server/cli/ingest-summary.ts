// Words for what an ingestion did.
import type { ChangeCounts, IngestReport } from '../ingest/ingest';

function line(what: string, counts: ChangeCounts): string {
  return `${what}: ${counts.added} added, ${counts.updated} updated, ${counts.removed} removed, ${counts.unchanged} unchanged`;
}

/** A few lines a person reads after `npm run ingest`. */
export function ingestSummary(report: IngestReport): string {
  const schema = report.migrationsApplied.length
    ? `Schema: applied ${report.migrationsApplied.join(', ')}`
    : 'Schema: up to date';
  const { validate, readState, write } = report.timings;
  return [
    schema,
    line('Actors', report.actors),
    line('Sources', report.sources),
    line('Claims', report.claims),
    `Source files: ${report.files.read} read, ${report.files.unread} unchanged since they were last ingested (not read again)`,
    `Took ${validate} ms to validate, ${readState} ms to compare, ${write} ms to write.`,
  ].join('\n');
}
