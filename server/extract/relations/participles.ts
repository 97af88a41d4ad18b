// Stage 3, beside the cues: a stance told by a participle after the main clause, whose subject it shares.
//
// "Pakistan closed the border on Monday, accusing Afghanistan of sheltering militants", "China summoned the
// Japanese envoy, blaming Japan for the tensions", "The EU extended the sanctions, praising Ukraine's resolve": the
// participle after the comma has no subject of its own; the one who acts is the subject of the clause before. The
// verb's cue reads the nearest name before it, which here is most often the main clause's object (the envoy's
// state, the border's neighbour): this frame gives the right one, and cues.ts drops the cue's reading.
import type { Token } from '../document';
import type { RelationType } from '../../model/relations';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import { type RelationCandidate, candidate } from './cue-table';
import { conductAuthor, conductOwner } from './conduct';
import { coordinated } from './coordination';
import { subjectOfVerb } from './subjects';

/** Participles of a stance taken on the one named right after them. */
const PARTICIPLES = new Map<string, RelationType>([
  ...['accusing', 'blaming', 'criticizing', 'criticising', 'condemning', 'denouncing'].map(
    (w) => [w, 'ACCUSES'] as [string, RelationType],
  ),
  ...['slamming', 'lambasting', 'rebuking', 'chastising', 'castigating'].map(
    (w) => [w, 'ACCUSES'] as [string, RelationType],
  ),
  ...['praising', 'backing', 'endorsing', 'commending', 'thanking', 'defending'].map(
    (w) => [w, 'SUPPORTS'] as [string, RelationType],
  ),
]);

/** The words a sentence must hold for this frame to be tried: its participles. */
export const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(PARTICIPLES.keys());

/** How far before the comma the main clause's verb may stand. */
const VERB_SPAN = 20;

/** Words that end the main clause going back: another clause, a quotation. */
const CLAUSE_ENDS = new Set([
  ';',
  ':',
  '"',
  '“',
  '”',
  'that',
  'which',
  'who',
  'while',
  'as',
  'after',
  'when',
]);

/** The verb of the clause before the comma at `comma`: the nearest verb going back, within the clause. */
function mainVerb(tokens: Token[], mentions: Mention[], comma: number): number | undefined {
  for (let i = comma - 1; i >= 0 && comma - i <= VERB_SPAN; i--) {
    const token = tokens[i] as Token;
    if (CLAUSE_ENDS.has(token.lower) || token.text === ',') return undefined;
    if (token.pos === 'VERB' && !mentionAt(mentions, i)) return i;
  }
  return undefined;
}

/** The subject of the clause before the comma at `comma`: "Iran rejected the report, saying ..." -> Iran. */
export function mainSubject(tokens: Token[], mentions: Mention[], comma: number): Mention | undefined {
  const verb = mainVerb(tokens, mentions, comma);
  return verb === undefined ? undefined : subjectOfVerb(tokens, mentions, verb);
}

/**
 * The one a participle's stance is taken on: the name right after it ("accusing Afghanistan of"), or the author
 * of the conduct it names ("condemning Israel's strikes", "condemning the attacks by Hamas"). A name owning what
 * it names is taken only for a noun of its own conduct: "condemning the journalist's arrest" blames someone else.
 */
function objectAfter(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const named = mentionAt(mentions, start);
  if (named && named.start === start && !POSSESSIVE.has(tokens[named.end]?.lower ?? '')) return named;
  return conductOwner(tokens, mentions, at) ?? conductAuthor(tokens, mentions, at);
}

/** A stance told by a participle after a comma, and the participle's index, which the cue stage must not read. */
export interface ParticipleStance {
  relation: RelationCandidate;
  participle: number;
}

/** Every stance a sentence tells by participles after its main clause. */
export function participleStances(found: SentenceMentions): ParticipleStance[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: ParticipleStance[] = [];
  tokens.forEach((token, at) => {
    const type = PARTICIPLES.get(token.lower);
    if (!type || tokens[at - 1]?.text !== ',') return;
    const subject = mainSubject(tokens, mentions, at - 1);
    const object = objectAfter(tokens, mentions, at + 1);
    if (!subject || !object) return;
    const cue = { start: at, end: at + 1 };
    for (const to of coordinated(tokens, mentions, object, 1)) {
      if (to.actor.id === subject.actor.id) continue;
      result.push({ relation: candidate(type, subject, to, cue, found.sentence, 'verb'), participle: at });
    }
  });
  return result;
}
