// POST /api/actors/:id/merge: one actor becomes another. Every reference in every source file is rewritten to the
// survivor, the merged actor's name and aliases become the survivor's aliases, and the merged actor is removed.
import { isMap, isScalar } from 'yaml';
import { invalidParameter, notFound } from '../errors';
import { ActorRegistryEdit } from './actor-registry-edit';
import { ACTORS_FILE } from './data-folder';
import { ACTOR_REFERENCES } from './record-order';
import type { FileReads, WritePlan } from './write-plan';
import { YamlFileEdit } from './yaml-edit';

/** Where actor `id` is referred to in the source files: file -> claim ids with the fields naming it. */
export async function actorReferences(
  id: string,
  reads: FileReads,
  onFile?: (file: string, edit: YamlFileEdit) => void,
): Promise<Array<{ file: string; claim: string; fields: string[] }>> {
  const references: Array<{ file: string; claim: string; fields: string[] }> = [];
  for (const file of await reads.folder.sourceFiles()) {
    const { text } = await reads.read(file);
    if (text === null || !text.includes(id)) continue;
    const edit = new YamlFileEdit(text);
    for (const item of edit.list('claims')?.items ?? []) {
      if (!isMap(item)) continue;
      const fields = ACTOR_REFERENCES.filter((key) => item.get(key) === id);
      if (fields.length > 0) references.push({ file, claim: String(item.get('id')), fields });
    }
    onFile?.(file, edit);
  }
  return references;
}

export async function planMergeActors(id: string, into: string, reads: FileReads): Promise<WritePlan> {
  if (id === into)
    throw invalidParameter('into', `found "${into}" itself: expected another actor to merge into`);
  const registry = new ActorRegistryEdit((await reads.readExisting(ACTORS_FILE)).text);
  const merged = registry.actor(id);
  if (!merged) throw notFound(`No actor with id "${id}" in actors.yaml`);
  if (!registry.actor(into))
    throw invalidParameter('into', `unknown actor "${into}": expected an id from actors.yaml`);
  const aliases = merged.get('aliases', true);
  const names = [String(merged.get('name'))];
  if (aliases && 'items' in aliases)
    for (const alias of (aliases as { items: unknown[] }).items)
      if (isScalar(alias)) names.push(String(alias.value));
  registry.addAliases(into, names);
  registry.remove(id);

  const writes = new Map<string, string>();
  let rewritten = 0;
  await actorReferences(id, reads, (file, edit) => {
    for (const item of edit.list('claims')?.items ?? []) {
      if (!isMap(item)) continue;
      for (const key of ACTOR_REFERENCES) {
        const node = item.get(key, true);
        if (isScalar(node) && node.value === id) {
          edit.replaceScalar(node, into);
          rewritten += 1;
        }
      }
    }
    if (edit.changed) writes.set(file, edit.text());
  });
  writes.set(ACTORS_FILE, registry.text() ?? '');
  return {
    action: 'merge-actors',
    writes,
    evidence: [],
    issues: [],
    field: () => null,
    summary: {
      merged: id,
      into,
      aliasesAdded: registry.aliasesAdded.get(into) ?? [],
      referencesRewritten: rewritten,
      sourceFiles: [...writes.keys()].filter((file) => file !== ACTORS_FILE),
    },
  };
}
