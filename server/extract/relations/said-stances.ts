// Stances said of another: a speaker saying another must act asks it to ("says Washington needs to act"), saying
// another was behind something accuses it ("said Hamas was behind the attack").
import type { Token } from '../document';
import { mentionAt, type Mention, type SentenceMentions } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { type RelationCandidate, candidate } from './cue-table';
import { PREPOSITIONS, isVerb } from './clause-words';
import { coordinated } from './coordination';
import { subjectBefore } from './subjects';
import { mainSubject } from './participles';

/** Modals of obligation: said of another by a speaker, they ask it to act ("says Washington needs to act"). */
const OBLIGATION = new PhraseMatcher(['need to', 'needs to', 'must', 'should', 'ought to']);
/**
 * Predicates of blame: said of another by a speaker, they accuse it ("said Hamas was behind the attack", "said
 * Russia had violated the ceasefire", "says Kabul is failing to rein in the militants"). Each states a wrong done:
 * a breach, a failure, a lie, meddling, shelter given to armed men. Words that as often state a duty or a plain
 * act ("is responsible for security", "sponsored a resolution") are left out or asked more of (HARMS).
 */
const BLAME = new PhraseMatcher(
  ['was', 'is', 'were', 'are']
    .flatMap((be) => [`${be} behind`, `${be} to blame`])
    .concat(['violated', 'had violated', 'has violated', 'have violated', 'is violating', 'was violating'])
    .concat(['are violating', 'were violating', 'had breached', 'has breached', 'breached'])
    .concat(['is failing to', 'was failing to', 'are failing to', 'were failing to'])
    .concat(['is lying', 'was lying', 'lied', 'is interfering', 'was interfering', 'interfered in'])
    .concat(['is meddling', 'meddled in', 'has meddled in', 'had meddled in', 'is harboring', 'harbors'])
    .concat(['was harboring', 'has harbored', 'harbored', 'is sheltering', 'shelters', 'sheltered'])
    .concat(['orchestrated', 'had orchestrated', 'masterminded', 'had masterminded', 'is destabilizing'])
    .concat(['committed war crimes', 'committed genocide', 'committed atrocities', 'is committing genocide'])
    .concat(['is committing war crimes', 'has committed war crimes', 'had committed war crimes']),
);
/** "responsible for" blames only for a harm: "said Hamas was responsible for the attack", not "for security". */
const RESPONSIBLE = new PhraseMatcher(['was', 'is', 'were', 'are'].map((be) => `${be} responsible for`));
const HARMS = new Set(
  ['attack', 'attacks', 'killing', 'killings', 'deaths', 'death', 'bombing', 'bombings', 'explosion', 'blast']
    .concat(['strike', 'strikes', 'violence', 'massacre', 'hack', 'hacking', 'sabotage', 'crash', 'downing'])
    .concat(['assassination', 'abduction', 'kidnapping', 'shelling', 'crisis', 'collapse', 'atrocities']),
);

/** A harm named within a short phrase after "responsible for": "the deadly attack", "the deaths of". */
function namesHarm(tokens: Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at < 4; i++) {
    if (HARMS.has(tokens[i]?.lower ?? '')) return true;
    if (!['DET', 'ADJ', 'NUM', 'PROPN'].includes(tokens[i]?.pos ?? '')) return false;
  }
  return false;
}
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
    ...RESPONSIBLE.matchAll(tokens)
      .filter((m) => namesHarm(tokens, m.end))
      .map((m) => ({ ...m, type: 'ACCUSES' as const })),
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
    const speaker = speakerBefore(tokens, mentions, first) ?? speakerAfter(tokens, mentions, modal.end);
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
    if (!CHARGING.has(token.lower)) return;
    // "Washington alleges the Taliban has not lived up to": the verb of saying, its "that" left out.
    const that = tokens[verb + 1]?.lower === 'that';
    if (!that && (token.pos !== 'VERB' || ['DET', 'ADP'].includes(tokens[verb - 1]?.pos ?? ''))) return;
    const opens = that ? verb + 2 : verb + 1;
    const start = tokens[opens]?.lower === 'the' ? opens + 1 : opens;
    const named = mentionAt(mentions, start);
    if (!named || named.start !== start) return;
    const subjects = coordinated(tokens, mentions, named, 1);
    const last = subjects.reduce((a, b) => (b.end > a.end ? b : a));
    const after = tokens[last.end]?.pos === 'ADV' ? last.end + 1 : last.end;
    if (!isVerb(tokens[after])) return;
    const speaker = verb > 0 ? subjectBefore(tokens, mentions, verb) : undefined;
    if (!speaker) return;
    const cue = { start: verb, end: that ? verb + 2 : verb + 1 };
    for (const subject of subjects)
      result.push(candidate('ACCUSES', speaker, subject, cue, found.sentence, 'verb'));
  });
  return result;
}

/**
 * The speaker named after the words said, as news writes it: "Russia violated the truce, Ukraine said", "Hamas was
 * behind the attack, said Israel", "..., according to Kyiv". From `at` to the next comma (or closing quotation mark and comma), the name
 * and a verb of saying, in either order (or "according to" and the name), right after it.
 */
function speakerAfter(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at; i < tokens.length && i - at <= 25; i++) {
    const word = tokens[i]?.text ?? '';
    if (word === ';' || word === ':' || mentionAt(mentions, i)) {
      if (word === ';' || word === ':') return undefined;
      continue;
    }
    if (word !== ',') continue;
    const next = ['”', '"'].includes(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const start = tokens[next]?.lower === 'the' ? next + 1 : next;
    const named = mentionAt(mentions, start);
    if (named && named.start === start) return SAYING.has(tokens[named.end]?.lower ?? '') ? named : undefined;
    // ", according to Ukraine": the source named after the words.
    const according = tokens[next]?.lower === 'according' && tokens[next + 1]?.lower === 'to';
    if (!SAYING.has(tokens[next]?.lower ?? '') && !according) return undefined;
    const past = according ? next + 2 : next + 1;
    const after = tokens[past]?.lower === 'the' ? past + 1 : past;
    const speaker = mentionAt(mentions, after);
    return speaker && speaker.start === after ? speaker : undefined;
  }
  return undefined;
}

/** The subject of the verb of saying that introduces the words at `at`; "adding that", "but says" go further back. */
function speakerBefore(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  for (let i = at - 1; i >= 0 && at - i <= 30; i--) {
    const word = tokens[i]?.lower ?? '';
    if (!SAYING.has(word) || mentionAt(mentions, i)) continue;
    // "Iran rejected the report, saying Israel was behind the attack": the main clause's subject says it.
    if (word.endsWith('ing') && tokens[i - 1]?.text === ',') return mainSubject(tokens, mentions, i - 1);
    if (word.endsWith('ing')) continue;
    const speaker = subjectBefore(tokens, mentions, i);
    if (speaker) return speaker;
    if (!['but', 'and'].includes(tokens[i - 1]?.lower ?? '')) return undefined;
  }
  return undefined;
}
