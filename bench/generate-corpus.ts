// A synthetic corpus shaped like a year of news: heavy-tailed actors, every relation type, dates over years,
// many sources, aliases. Deterministic from a seed; written in the project's own data format.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ACTOR_KINDS, CERTAINTIES, type ActorKind } from '../server/model/actors';
import { RELATIONS, type RelationDefinition } from '../server/model/relations';
import { seededRandom } from '../client/util/hash';

export interface CorpusShape {
  claims: number;
  seed: number;
  /** Claims per source file. */
  claimsPerSource?: number;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ran',
  'sel',
  'tor',
  'vin',
  'zu',
  'pa',
  'den',
  'gor',
  'hal',
  'jin',
  'kim',
  'li',
  'mor',
];

function nameOf(index: number): string {
  let n = index + 1;
  const parts: string[] = [];
  while (n > 0) {
    parts.push(SYLLABLES[n % SYLLABLES.length] as string);
    n = Math.floor(n / SYLLABLES.length);
  }
  const word = parts.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Picks an actor index with a Zipf-like tail: a few hubs, most actors rare. */
function heavyTailed(random: () => number, count: number): number {
  return Math.min(count - 1, Math.floor(count * Math.pow(random(), 3)));
}

function kindFor(index: number): ActorKind {
  if (index < 40) return 'state';
  return ACTOR_KINDS[index % ACTOR_KINDS.length] as ActorKind;
}

function allows(kinds: readonly ActorKind[] | undefined, kind: ActorKind): boolean {
  return !kinds || kinds.includes(kind);
}

function isoDay(random: () => number): string {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 10 * 365) * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const precision = random();
  return precision < 0.1 ? iso.slice(0, 4) : precision < 0.3 ? iso.slice(0, 7) : iso;
}

/** Writes `<dir>/actors.yaml` and `<dir>/sources/*.yaml`; returns the counts. */
export async function generateCorpus(
  dir: string,
  shape: CorpusShape,
): Promise<{ actors: number; sources: number; claims: number }> {
  const random = seededRandom(shape.seed);
  const actorCount = Math.max(50, Math.round(shape.claims / 20));
  const claimsPerSource = shape.claimsPerSource ?? 100;
  const actors = Array.from({ length: actorCount }, (_, index) => ({
    id: `actor-${index}`,
    name: `${nameOf(index)} ${nameOf(index * 7 + 3)}`,
    kind: kindFor(index),
    aliases: index % 3 === 0 ? [`${nameOf(index)} the Elder`, `Minister ${nameOf(index)}`] : [],
  }));
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await writeFile(path.join(dir, 'actors.yaml'), stringify({ actors }));
  const sourceCount = Math.ceil(shape.claims / claimsPerSource);
  let written = 0;
  for (let source = 0; source < sourceCount; source += 1) {
    const id = `source-${source}`;
    const claims = [];
    for (let i = 0; i < claimsPerSource && written < shape.claims; i += 1, written += 1) {
      let relation: RelationDefinition = RELATIONS[
        Math.floor(random() * RELATIONS.length)
      ] as RelationDefinition;
      const from = heavyTailed(random, actorCount);
      let to = Math.floor(random() * actorCount);
      if (to === from) to = (to + 1) % actorCount;
      const fromKind = actors[from]?.kind as ActorKind;
      const toKind = actors[to]?.kind as ActorKind;
      if (!allows(relation.fromKinds, fromKind) || !allows(relation.toKinds, toKind)) relation = RELATIONS[0];
      const certainty = CERTAINTIES[Math.floor(random() * CERTAINTIES.length)];
      claims.push({
        id: `claim-${written}`,
        type: relation.type,
        from: `actor-${from}`,
        to: `actor-${to}`,
        date: random() < 0.9 ? isoDay(random) : null,
        certainty,
        assertedBy: certainty === 'fact' ? null : `actor-${heavyTailed(random, actorCount)}`,
        summary: `Synthetic claim ${written}: ${relation.label} between two generated actors.`,
        evidence: { paragraph: 1 + Math.floor(random() * 30) },
      });
    }
    const file = {
      source: {
        id,
        title: `Generated article ${source}`,
        publisher: `Outlet ${source % 50}`,
        published: '2024-01-01',
      },
      claims,
    };
    await writeFile(path.join(dir, 'sources', `${id}.yaml`), stringify(file));
  }
  return { actors: actorCount, sources: sourceCount, claims: written };
}
