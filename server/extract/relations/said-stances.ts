// Stances said of another: a speaker saying another must act asks it to ("says Washington needs to act"), saying
// another was behind something accuses it ("said Hamas was behind the attack").
import type { Token } from '../document';
import { mentionAt, type Mention, type SentenceMentions } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { type RelationCandidate, candidate } from './cue-table';
import { PREPOSITIONS, isVerb } from './clause-words';
import { coordinated } from './coordination';
import { subjectBefore } from './subjects';

/** Modals of obligation: said of another by a speaker, they ask it to act ("says Washington needs to act"). */
const OBLIGATION = new PhraseMatcher(['need to', 'needs to', 'must', 'should', 'ought to']);
/** Predicates of blame: said of another by a speaker, they accuse it ("said Hamas was behind the attack"). */
const BLAME = new PhraseMatcher(
  ['was', 'is', 'were', 'are'].flatMap((be) => [`${be} behind`, `${be} to blame`]),
);
/** Verbs of saying whose subject is the one who speaks of the obligation. */
const SAYING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'adding',
  'saying',
  'stressed',
  'stresses',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'wrote',
]);
/** After a modal, words that make it no request: "must be", "should have", "must not". */
const NOT_ASKED = new Set(['be', 'have', 'not', 'never']);

/**
 * "Casin ... says Washington needs to act", "Rubio said ... that both Russia and Ukraine need to do difficult
 * things": a speaker saying that another actor must act asks it to (CAMEO 02, make an appeal or request).
 */
export function obligations(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  const said = [
    ...OBLIGATION.matchAll(tokens).map((m) => ({ ...m, type: 'REQUESTS' as const })),
    ...BLAME.matchAll(tokens).map((m) => ({ ...m, type: 'ACCUSES' as const })),
  ];
  for (const modal of said) {
    const next = tokens[modal.end]?.lower ?? '';
    if (modal.type === 'REQUESTS' && (NOT_ASKED.has(next) || next === 'to')) continue;
    const last = mentionAt(mentions, modal.start - 1);
    if (!last || last.end !== modal.start) continue;
    // "said talks with China must continue", "immigration to France should stop": the name ends a phrase headed
    // by a noun; it is not the one obliged.
    const before = tokens[last.start - 1]?.lower === 'the' ? last.start - 2 : last.start - 1;
    if (PREPOSITIONS.has(tokens[before]?.lower ?? '')) continue;
    const subjects = coordinated(tokens, mentions, last, -1).sort((a, b) => a.start - b.start);
    const first = Math.min(...subjects.map((m) => m.start));
    const speaker = speakerBefore(tokens, mentions, first);
    if (!speaker) continue;
    for (const subject of subjects)
      result.push(candidate(modal.type, speaker, subject, modal, found.sentence, 'verb'));
  }
  return result.concat(charges(found));
}

/** Verbs of saying that charge whoever the clause after "that" names as its subject: "alleged that Russia". */
const CHARGING = new Set(['charged', 'charges', 'alleged', 'alleges', 'alleging']);

/**
 * "The Kremlin charged that Ukraine had shelled the plant", "Seoul alleged that Pyongyang ordered the hack": the
 * speaker accuses the subject of the clause it says. Only a name that a verb follows at once is the subject.
 */
function charges(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!CHARGING.has(token.lower) || tokens[verb + 1]?.lower !== 'that') return;
    const start = tokens[verb + 2]?.lower === 'the' ? verb + 3 : verb + 2;
    const named = mentionAt(mentions, start);
    if (!named || named.start !== start) return;
    const subjects = coordinated(tokens, mentions, named, 1);
    const last = subjects.reduce((a, b) => (b.end > a.end ? b : a));
    const after = tokens[last.end]?.pos === 'ADV' ? last.end + 1 : last.end;
    if (!isVerb(tokens[after])) return;
    const speaker = verb > 0 ? subjectBefore(tokens, mentions, verb) : undefined;
    if (!speaker) return;
    const cue = { start: verb, end: verb + 2 };
    for (const subject of subjects)
      result.push(candidate('ACCUSES', speaker, subject, cue, found.sentence, 'verb'));
  });
  return result;
}

/** The subject of the verb of saying that introduces the words at `at`; "adding that", "but says" go further back. */
function speakerBefore(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at - 1; i >= 0 && at - i <= 30; i--) {
    const word = tokens[i]?.lower ?? '';
    if (!SAYING.has(word) || mentionAt(mentions, i)) continue;
    if (word.endsWith('ing')) continue;
    const speaker = subjectBefore(tokens, mentions, i);
    if (speaker) return speaker;
    if (!['but', 'and'].includes(tokens[i - 1]?.lower ?? '')) return undefined;
  }
  return undefined;
}
