// Writes a graph snapshot in one of the export formats, and names its file.
import type { ExportFormat, SerializedGraph } from '../api/types';
import { writeCsvZip } from './csv';
import { writeCypherScript } from './cypher-script';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import { snapshotDay, type SnapshotHeader } from './snapshot';

/** The header a snapshot is written with. */
export type { SnapshotHeader } from './snapshot';

/** A snapshot written in one format, ready to send as a download. */
export interface ExportedFile {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

/** How each format is written, its media type and its file extension. */
const FORMATS: Record<
  ExportFormat,
  {
    write: (graph: SerializedGraph, header: SnapshotHeader) => Buffer | string;
    contentType: string;
    extension: string;
  }
> = {
  json: { write: writeJson, contentType: 'application/json; charset=utf-8', extension: 'json' },
  gexf: { write: writeGexf, contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  graphml: {
    write: writeGraphml,
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
  },
  csv: { write: writeCsvZip, contentType: 'application/zip', extension: 'zip' },
  cypher: { write: writeCypherScript, contentType: 'text/plain; charset=utf-8', extension: 'cypher' },
};

/**
 * The snapshot written in `format`: its body (a string, or a Buffer for the CSV zip), media type and file
 * extension. Throws a RangeError when `header.generatedAt` is not an ISO 8601 date-time.
 */
export function exportSnapshot(
  graph: SerializedGraph,
  format: ExportFormat,
  header: SnapshotHeader,
): ExportedFile {
  snapshotDay(header.generatedAt);
  const { write, contentType, extension } = FORMATS[format];
  return { body: write(graph, header), contentType, extension };
}

/**
 * The download name of a snapshot: `<stem>-<YYYY-MM-DD>.<extension>`, e.g. `actorgraph-2026-11-22.gexf`
 * (`.zip` for csv). Characters of `stem` outside letters, digits, `.`, `_` and `-` become `-`.
 */
export function snapshotFileName(format: ExportFormat, generatedAt: string, stem = 'actorgraph'): string {
  const safeStem = stem.replace(/[^A-Za-z0-9._-]/g, '-') || 'actorgraph';
  return `${safeStem}-${snapshotDay(generatedAt)}.${FORMATS[format].extension}`;
}
