// Stage 3: mentions -> relation candidates. Finds the vocabulary's cue words in a sentence and the actors at each
// end: subject and object of a verb (active or passive, joint subjects for symmetric types), owner and object of a
// noun ("Kim's visit to China", "the summit between X and Y", "the North Korea-US summit").
import { relationDefinition, type RelationType } from '../model/relations';
import { RELATION_CUES } from '../model/relation-cues';
import type { Sentence, Token } from './document';
import type { Mention, SentenceMentions } from './mentions';
import { PhraseMatcher } from './phrases';

interface CueDefinition {
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
  /** How the ends were found: verb, passive, joint, owner, between, compound. */
  frame: string;
}

const DEFINITIONS = new Map<string, CueDefinition[]>();
for (const [type, cues] of Object.entries(RELATION_CUES)) {
  for (const cue of cues ?? []) {
    const [kind, rest = ''] = cue.split(/:(.*)/s) as [string, string];
    const [words = '', prepositions = ''] = rest.split('>');
    const list = DEFINITIONS.get(words) ?? [];
    list.push({
      type: type as RelationType,
      noun: kind === 'n',
      prepositions: prepositions.split(',').filter(Boolean),
    });
    DEFINITIONS.set(words, list);
  }
}
const CUES = new PhraseMatcher([...DEFINITIONS.keys()]);

const BREAKS = new Set([
  ';',
  ':',
  '“',
  '”',
  '"',
  '(',
  ')',
  '—',
  'said',
  'says',
  'told',
  'while',
  'whereas',
  'but',
  'which',
  'that',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const SKIPPED_BEFORE = new Set(['in', 'at', 'during', 'after', 'before', 'since', 'from']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const MAX_GAP = 6;

const mentionAt = (mentions: Mention[], i: number) => mentions.find((m) => i >= m.start && i < m.end);

/** Mentions joined to `first` by "and" or commas, in the given direction. */
function coordinated(tokens: Token[], mentions: Mention[], first: Mention, direction: 1 | -1): Mention[] {
  const all = [first];
  let current = first;
  for (;;) {
    const link = direction === 1 ? current.end : current.start - 1;
    const word = tokens[link]?.lower;
    if (word !== 'and') break;
    const skip = direction === 1 && tokens[link + 1]?.lower === 'the' ? 1 : 0;
    const next = mentionAt(mentions, link + direction + skip);
    if (!next || next.actor.id === current.actor.id) break;
    all.push(next);
    current = next;
  }
  return all;
}

/** The nearest mention before token `at` in the same clause, skipping places after "in", "at". */
function subjectBefore(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at - 1; i >= 0 && at - i <= 14; i--) {
    const token = tokens[i] as Token;
    if (BREAKS.has(token.lower)) return undefined;
    const mention = mentionAt(mentions, i);
    if (mention) {
      if (SKIPPED_BEFORE.has(tokens[mention.start - 1]?.lower ?? '')) {
        i = mention.start;
        continue;
      }
      return mention;
    }
  }
  return undefined;
}

/** The nearest mention after token `at`, a few words at most, in the same clause. */
function objectAfter(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at; i < tokens.length && i - at < MAX_GAP; i++) {
    const token = tokens[i] as Token;
    const mention = mentionAt(mentions, i);
    if (mention) return mention;
    if (BREAKS.has(token.lower) || token.text === ',' || token.text === '.') return undefined;
  }
  return undefined;
}

function candidate(
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

function verbFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  type: RelationType,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const passive = BE.has(tokens[cue.start - 1]?.lower ?? '') && tokens[cue.end]?.lower === 'by';
  const left = subjectBefore(tokens, mentions, passive ? cue.start - 1 : cue.start);
  const right = objectAfter(tokens, mentions, passive ? cue.end + 1 : cue.end);
  if (!left) return [];
  const subjects = coordinated(tokens, mentions, left, -1);
  if (passive && right) return subjects.map((s) => candidate(type, right, s, cue, found.sentence, 'passive'));
  if (right) {
    const objects = coordinated(tokens, mentions, right, 1);
    return subjects.flatMap((s) => objects.map((o) => candidate(type, s, o, cue, found.sentence, 'verb')));
  }
  if (relationDefinition(type).symmetric && subjects.length === 2) {
    const [second, first] = subjects as [Mention, Mention];
    return [candidate(type, first, second, cue, found.sentence, 'joint')];
  }
  return [];
}

/** The owner of a noun: "Kim's (fourth) visit", "US sanctions", "the Trump administration's decision". */
function ownerOf(tokens: Token[], mentions: Mention[], cueStart: number): Mention | undefined {
  for (let i = cueStart - 1; i >= 0 && cueStart - i <= 4; i--) {
    const mention = mentionAt(mentions, i);
    if (mention && (mention.end === cueStart || POSSESSIVE.has(tokens[mention.end]?.lower ?? '')))
      return mention;
    if (mention || BREAKS.has(tokens[i]?.lower ?? '') || tokens[i]?.text === ',') return undefined;
  }
  return undefined;
}

function nounFrame(
  found: SentenceMentions,
  cue: { start: number; end: number },
  definition: CueDefinition,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const { type } = definition;
  const after = tokens[cue.end]?.lower ?? '';
  const symmetric = relationDefinition(type).symmetric;
  if (after === 'between' && definition.prepositions.includes('between')) {
    const first = objectAfter(tokens, mentions, cue.end + 1);
    const pair = first ? coordinated(tokens, mentions, first, 1) : [];
    if (pair.length >= 2)
      return [candidate(type, pair[0] as Mention, pair[1] as Mention, cue, found.sentence, 'between')];
    return [];
  }
  const owner = ownerOf(tokens, mentions, cue.start);
  // "the North Korea-US summit": two names joined by a dash before the noun.
  if (owner && symmetric && tokens[owner.start - 1]?.text === '-') {
    const other = mentionAt(mentions, owner.start - 2);
    if (other) return [candidate(type, other, owner, cue, found.sentence, 'compound')];
  }
  const object = definition.prepositions.includes(after)
    ? objectAfter(tokens, mentions, cue.end + 1)
    : undefined;
  if (!owner || !object) return [];
  return coordinated(tokens, mentions, object, 1).map((o) =>
    candidate(type, owner, o, cue, found.sentence, 'owner'),
  );
}

/** Every relation candidate a sentence's cues give, both ends being mentions of different actors. */
export function relationCandidates(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const result: RelationCandidate[] = [];
  for (const cue of CUES.matchAll(tokens)) {
    if (found.mentions.some((m) => cue.start >= m.start && cue.start < m.end)) continue;
    const definitions = DEFINITIONS.get(cue.phrase) ?? [];
    const after = tokens[cue.end]?.lower ?? '';
    const nouns = definitions.filter((d) => d.noun);
    const noun = nouns.find((d) => d.prepositions.includes(after)) ?? nouns[0];
    const verb = definitions.find((d) => !d.noun);
    const isNoun = noun && (!verb || tokens[cue.start]?.pos === 'NOUN' || tokens[cue.start]?.pos === 'PROPN');
    const found1 = isNoun ? nounFrame(found, cue, noun) : verb ? verbFrame(found, cue, verb.type) : [];
    result.push(...found1.filter((c) => c.from.actor.id !== c.to.actor.id && kindsFit(c)));
  }
  return result;
}

function kindsFit(c: RelationCandidate): boolean {
  const definition = relationDefinition(c.type);
  const fits = (kinds: readonly string[] | undefined, kind: string) => !kinds || kinds.includes(kind);
  return fits(definition.fromKinds, c.from.actor.kind) && fits(definition.toKinds, c.to.actor.kind);
}
