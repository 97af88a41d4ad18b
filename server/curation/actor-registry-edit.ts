// Edits of actors.yaml that curation makes: add an actor, add aliases to one, remove one. Each goes through the
// yaml Document and rewrites only the actor it touches.
import { isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { ACTOR_KEYS, ordered } from './record-order';
import { createNode, setInOrder, YamlFileEdit } from './yaml-edit';

export class ActorRegistryEdit {
  readonly edit: YamlFileEdit;
  private readonly touched = new Set<YAMLMap>();
  /** Aliases added, by actor id. */
  readonly aliasesAdded = new Map<string, string[]>();

  constructor(text: string) {
    this.edit = new YamlFileEdit(text);
  }

  private items(): YAMLMap[] {
    return (this.edit.list('actors')?.items ?? []).filter((item): item is YAMLMap => isMap(item));
  }

  /** Index of the actor `id` in the file, or -1. */
  indexOf(id: string): number {
    return (this.edit.list('actors')?.items ?? []).findIndex((item) => isMap(item) && item.get('id') === id);
  }

  get count(): number {
    return this.edit.list('actors')?.items.length ?? 0;
  }

  actor(id: string): YAMLMap | undefined {
    return this.items().find((item) => item.get('id') === id);
  }

  /** Appends a new actor; returns its index in the file. */
  add(fields: Record<string, unknown>): number {
    const index = this.count;
    this.edit.appendItem('actors', ordered({ aliases: [], ...fields }, ACTOR_KEYS));
    return index;
  }

  /** Adds the names not yet known for actor `id` (neither its name nor an alias) to its aliases. */
  addAliases(id: string, names: readonly string[]): string[] {
    const actor = this.actor(id);
    if (!actor) return [];
    const aliasesNode = actor.get('aliases', true);
    const known = new Set<string>([String(actor.get('name'))]);
    if (isSeq(aliasesNode))
      for (const item of aliasesNode.items) if (isScalar(item)) known.add(String(item.value));
    const added: string[] = [];
    for (const raw of names) {
      const name = raw.trim();
      if (name === '' || known.has(name)) continue;
      known.add(name);
      added.push(name);
    }
    if (added.length === 0) return [];
    if (isSeq(aliasesNode))
      for (const name of added) (aliasesNode as YAMLSeq).items.push(createNode(this.edit.doc, name));
    else setInOrder(this.edit.doc, actor, 'aliases', added, ACTOR_KEYS);
    this.touched.add(actor);
    this.aliasesAdded.set(id, [...(this.aliasesAdded.get(id) ?? []), ...added]);
    return added;
  }

  /** Removes actor `id` from the registry. */
  remove(id: string): void {
    const index = this.indexOf(id);
    const actor = this.actor(id);
    if (actor) this.touched.delete(actor);
    if (index !== -1) this.edit.removeItem('actors', index);
  }

  /** The new text of actors.yaml, or undefined when nothing changed. */
  text(): string | undefined {
    for (const actor of this.touched) this.edit.rewriteItem(actor);
    this.touched.clear();
    return this.edit.changed ? this.edit.text() : undefined;
  }
}
