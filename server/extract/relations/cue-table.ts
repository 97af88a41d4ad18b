// The cue table: the vocabulary's cue phrases (server/model/relation-cues.ts) with each verb's regular forms, the
// relation candidate a cue gives, and whether its ends are of the kinds its type allows.
import { relationDefinition, type RelationType } from '../../model/relations';
import { RELATION_CUES } from '../../model/relation-cues';
import type { Sentence } from '../document';
import type { Mention } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';

export interface CueDefinition {
  type: RelationType;
  noun: boolean;
  prepositions: string[];
}

/** A relation a sentence seems to state, before attribution and dates. */
export interface RelationCandidate {
  type: RelationType;
  from: Mention;
  to: Mention;
  /** Token span of the cue. */
  cueStart: number;
  cueEnd: number;
  /** Token span that holds both ends and the cue, for the quote. */
  start: number;
  end: number;
  sentence: Sentence;
  /** How the ends were found: verb, light, adjunct, passive, joint, owner, between, compound, clause. */
  frame: string;
}

/** The regular forms of a verb: "accuse" -> accuse, accuses, accused, accusing; "rely" -> relies, relied. */
export function inflections(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  if (/[^aeioy]e$/.test(verb)) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

/** A cue's phrases: a word written `word+` stands for each of its regular forms ("impose+ sanctions on"). */
export function expand(words: string): string[] {
  const marked = words.split(' ').findIndex((word) => word.endsWith('+'));
  if (marked < 0) return [words];
  const parts = words.split(' ');
  return inflections((parts[marked] as string).slice(0, -1)).map((form) =>
    parts.map((word, i) => (i === marked ? form : word)).join(' '),
  );
}

export const DEFINITIONS = new Map<string, CueDefinition[]>();
for (const [type, cues] of Object.entries(RELATION_CUES)) {
  for (const cue of cues ?? []) {
    const [kind, rest = ''] = cue.split(/:(.*)/s) as [string, string];
    const [written = '', prepositions = ''] = rest.split('>');
    for (const words of expand(written)) {
      const list = DEFINITIONS.get(words) ?? [];
      if (list.some((d) => d.type === type && d.noun === (kind === 'n'))) continue;
      list.push({
        type: type as RelationType,
        noun: kind === 'n',
        prepositions: prepositions.split(',').filter(Boolean),
      });
      DEFINITIONS.set(words, list);
    }
  }
}
export const CUES = new PhraseMatcher([...DEFINITIONS.keys()]);

export function candidate(
  type: RelationType,
  from: Mention,
  to: Mention,
  cue: { start: number; end: number },
  sentence: Sentence,
  frame: string,
): RelationCandidate {
  const start = Math.min(from.start, to.start, cue.start);
  const end = Math.max(from.end, to.end, cue.end);
  return { type, from, to, cueStart: cue.start, cueEnd: cue.end, start, end, sentence, frame };
}

export function kindsFit(c: RelationCandidate): boolean {
  const definition = relationDefinition(c.type);
  const fits = (kinds: readonly string[] | undefined, kind: string) => !kinds || kinds.includes(kind);
  return fits(definition.fromKinds, c.from.actor.kind) && fits(definition.toKinds, c.to.actor.kind);
}
