// POST /api/sources: a reviewed article becomes its source file, its text file and the actors it needs.
import { formatPath } from '../ingest/data-issue';
import type { FieldIssue } from './curation-errors';
import { ActorRegistryEdit } from './actor-registry-edit';
import { ACTORS_FILE, sourceFile, textFile } from './data-folder';
import { importedActorIds } from './imported-actors';
import { ACTOR_REFERENCES, CLAIM_KEYS, ordered, SOURCE_FILE_HEADER, SOURCE_KEYS } from './record-order';
import { checkedText, type SaveSourceBody } from './request-bodies';
import type { FileReads, WritePlan } from './write-plan';
import { renderNewFile } from './yaml-edit';

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];

/** Applies the request's actors to the registry: new ones added, known and merged ones given their new names. */
function planActors(
  body: SaveSourceBody,
  registry: ActorRegistryEdit,
  imported: ReadonlySet<string>,
  issues: FieldIssue[],
) {
  /** Proposed actor id -> the existing actor it was merged into. */
  const merges = new Map<string, string>();
  /** Index in actors.yaml of each actor added -> its index in the request. */
  const added = new Map<number, number>();
  body.actors.forEach((entry, index) => {
    // `isNew` (from the extractor's output) is only informative: the registry says whether the id is known.
    const { mergeInto, ...fields } = entry;
    delete fields.isNew;
    const report = (key: string, message: string) =>
      issues.push({ field: `actors[${index}].${key}`, file: ACTORS_FILE, path: '', message });
    // An import folder's actor is known but not curation's to rename: claims name it, its names stay as imported.
    if (mergeInto !== undefined && !registry.actor(mergeInto) && imported.has(mergeInto)) {
      merges.set(entry.id, mergeInto);
      return;
    }
    if (mergeInto === undefined && !registry.actor(entry.id) && imported.has(entry.id)) return;
    const target = mergeInto ?? (registry.actor(entry.id) ? entry.id : undefined);
    if (mergeInto !== undefined && !registry.actor(mergeInto)) {
      report('mergeInto', `unknown actor "${mergeInto}": expected an id from actors.yaml`);
      return;
    }
    if (target === undefined) {
      // The extractor says `country: null` when it knows none; the file leaves the field out.
      if (fields.country === null) delete fields.country;
      added.set(registry.add(fields), index);
      return;
    }
    if (mergeInto !== undefined) merges.set(entry.id, mergeInto);
    const kind = registry.actor(target)?.get('kind');
    if (mergeInto === undefined && fields.kind !== undefined && fields.kind !== kind)
      report('kind', `found "${String(fields.kind)}": "${target}" is a ${String(kind)} in actors.yaml`);
    if (fields.aliases !== undefined && !Array.isArray(fields.aliases))
      report('aliases', 'expected a list of names');
    const given = typeof fields.name === 'string' ? [fields.name] : [];
    registry.addAliases(target, [...given, ...names(fields.aliases)]);
  });
  return { merges, added };
}

/** A claim as the file keeps it: ids of merged actors replaced, `origin: curated` (a person checked it). */
function fileClaim(
  claim: Record<string, unknown>,
  index: number,
  merges: ReadonlyMap<string, string>,
  file: string,
  issues: FieldIssue[],
): Record<string, unknown> {
  // The extractor's confidence is not kept: a saved claim is one a person checked. Its evidence's `sentence` was the
  // review's context; the file cites the paragraph and quote only. Its `dateEnd: null` is a field left out.
  const { origin, status, ...fields } = claim;
  delete fields.confidence;
  if (fields.dateEnd === null) delete fields.dateEnd;
  if (fields.evidence && typeof fields.evidence === 'object' && !Array.isArray(fields.evidence)) {
    const evidence = { ...(fields.evidence as Record<string, unknown>) };
    delete evidence.sentence;
    fields.evidence = evidence;
  }
  const report = (key: string, message: string) => {
    const field = `claims[${index}].${key}`;
    issues.push({ field, file, path: field, message });
  };
  if (origin !== undefined && origin !== 'curated')
    report('origin', `found "${String(origin)}": expected curated (a saved claim is one a person checked)`);
  if (status !== undefined && status !== 'accepted')
    report('status', `found "${String(status)}": expected accepted (a saved claim is one a person accepted)`);
  for (const key of ACTOR_REFERENCES) {
    const id = fields[key];
    if (typeof id === 'string' && merges.has(id)) fields[key] = merges.get(id);
  }
  return ordered(
    { ...fields, date: fields.date ?? null, assertedBy: fields.assertedBy ?? null, origin: 'curated' },
    CLAIM_KEYS,
  );
}

export async function planSaveSource(body: SaveSourceBody, reads: FileReads): Promise<WritePlan> {
  const sourceId = body.source.id;
  const yamlFile = sourceFile(sourceId);
  const txtFile = textFile(sourceId);
  const text = checkedText(body.text);
  const issues: FieldIssue[] = [];
  const registry = new ActorRegistryEdit((await reads.readExisting(ACTORS_FILE)).text);
  const { merges, added } = planActors(body, registry, await importedActorIds(reads), issues);
  const claims = body.claims.map((claim, index) => fileClaim(claim, index, merges, yamlFile, issues));
  const source = ordered(
    { authors: [], ...body.source, published: body.source.published ?? null },
    SOURCE_KEYS,
  );

  const writes = new Map<string, string>();
  if ((await reads.read(txtFile)).text !== text) writes.set(txtFile, text);
  const yaml = renderNewFile(SOURCE_FILE_HEADER, { source, claims });
  if ((await reads.read(yamlFile)).text !== yaml) writes.set(yamlFile, yaml);
  const actorsText = registry.text();
  if (actorsText !== undefined) writes.set(ACTORS_FILE, actorsText);

  return {
    action: 'save-source',
    writes,
    evidence: [
      { text, claims: claims.map((claim, index) => ({ file: yamlFile, index, evidence: claim.evidence })) },
    ],
    issues,
    field(file, keys) {
      if (file === yamlFile) return formatPath(keys);
      if (file === ACTORS_FILE && keys[0] === 'actors' && typeof keys[1] === 'number') {
        const index = added.get(keys[1]);
        return index === undefined ? null : formatPath(['actors', index, ...keys.slice(2)]);
      }
      return null;
    },
    summary: {
      source: sourceId,
      claims: claims.length,
      actorsAdded: [...added.keys()].length,
      aliasesAdded: Object.fromEntries(registry.aliasesAdded),
      merged: Object.fromEntries(merges),
    },
  };
}
