// Writes records as the project's YAML data files, canonically: fixed field order, defaults left out, claims and
// actors sorted by id. The same records always give the same bytes.
import type { ActorRecord, ClaimRecord, SourceRecord } from '../ingest/file-schemas';
import { blockYaml } from './block-yaml';

type Entry = [string, unknown];

/** The entries whose value is given, as a plain object in that order. */
function ordered(entries: Entry[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) object[key] = value;
  return object;
}

/** Orders ids as people count: `icews-9` before `icews-10`. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function actorEntry(actor: ActorRecord): Record<string, unknown> {
  return ordered([
    ['id', actor.id],
    ['name', actor.name],
    ['kind', actor.kind],
    ['aliases', actor.aliases.length > 0 ? actor.aliases : undefined],
    ['description', actor.description],
    ['unnamed', actor.unnamed ? true : undefined],
    ['country', actor.country],
    ['sectors', actor.sectors],
    ['codes', actor.codes?.cameo ? { cameo: actor.codes.cameo } : undefined],
  ]);
}

function sourceEntry(source: SourceRecord): Record<string, unknown> {
  return ordered([
    ['id', source.id],
    ['title', source.title],
    ['publisher', source.publisher],
    ['published', source.published],
    ['authors', source.authors],
    ['url', source.url],
    ['language', source.language],
    ['note', source.note],
    ['origin', source.origin],
  ]);
}

function claimEntry(claim: ClaimRecord): Record<string, unknown> {
  const provenance = claim.provenance;
  return ordered([
    ['id', claim.id],
    ['type', claim.type],
    ['from', claim.from],
    ['to', claim.to],
    ['date', claim.date],
    ['dateEnd', claim.dateEnd],
    ['certainty', claim.certainty],
    ['assertedBy', claim.assertedBy],
    ['summary', claim.summary],
    ['origin', claim.origin],
    ['status', claim.status === 'accepted' ? undefined : claim.status],
    ['confidence', claim.confidence],
    [
      'evidence',
      claim.evidence
        ? ordered([
            ['paragraph', claim.evidence.paragraph],
            ['quote', claim.evidence.quote],
          ])
        : undefined,
    ],
    [
      'provenance',
      provenance
        ? ordered([
            ['eventId', provenance.eventId],
            ['sentence', provenance.sentence],
            ['cameo', provenance.cameo],
            ['cameoLabel', provenance.cameoLabel],
            ['goldstein', provenance.goldstein],
            ['mentions', provenance.mentions],
            ['sources', provenance.sources],
            ['articles', provenance.articles],
            ['tone', provenance.tone],
            ['place', provenance.place],
            ['latitude', provenance.latitude],
            ['longitude', provenance.longitude],
          ])
        : undefined,
    ],
  ]);
}

/** An actors.yaml; `schemaPath` is where the JSON Schema is, relative to the file. */
export function renderActorsFile(
  actors: readonly ActorRecord[],
  schemaPath: string,
  comment: string,
): string {
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `# yaml-language-server: $schema=${schemaPath}\n# ${comment}\n${blockYaml({ actors: sorted.map(actorEntry) })}`;
}

/** A collection file: its sources sorted by id, each with its claims sorted by id. */
export function renderSourceCollection(
  entries: ReadonlyArray<{ source: SourceRecord; claims: readonly ClaimRecord[] }>,
  schemaPath: string,
  comment: string,
): string {
  const sorted = [...entries].sort((a, b) => compareIds(a.source.id, b.source.id));
  const sources = sorted.map(({ source, claims }) => ({
    source: sourceEntry(source),
    claims: [...claims].sort((a, b) => compareIds(a.id, b.id)).map(claimEntry),
  }));
  return `# yaml-language-server: $schema=${schemaPath}\n# ${comment}\n${blockYaml({ sources })}`;
}
