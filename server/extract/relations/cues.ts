// Stage 3: mentions -> relation candidates. Finds the vocabulary's cue words in a sentence (cue-table.ts) and the
// actors at each end: subject and object of a verb (verb-frames.ts), owner and object of a noun (noun-frames.ts),
// then the frames of clauses, stances said of another, welcomes, rebukes and denials.
import type { Token } from '../document';
import type { Mention, SentenceMentions } from '../actors/mentions';
import { clauseFrames } from './clause-frames';
import { conductAuthor, conductOwner, WELCOMING } from './conduct';
import { allegedWrongs, blamedOn, heldResponsible, rebukes } from './criticism';
import { characterisations } from './characterisations';
import { denials } from './denials';
import { type RelationCandidate, DEFINITIONS, CUES, candidate, kindsFit } from './cue-table';
import { coordinated } from './coordination';
import { subjectOfVerb } from './subjects';
import { verbFrame } from './verb-frames';
import { pastQuotes, nounFrame } from './noun-frames';
import { obligations } from './said-stances';
import { participleStances } from './participles';
import { withImplied, withMutual, verbal } from './cue-readings';
import { pronounOwned, stanceReading } from './stance-readings';

/** Small words a headline in title case leaves in lower case. */
const TITLE_LOWER = new Set([
  ...['over', 'with', 'from', 'into', 'onto', 'upon', 'about', 'after', 'amid', 'against', 'before'],
  ...['between', 'during', 'than', 'that', 'near', 'under', 'without', 'toward', 'towards', 'across'],
]);

/** A headline written in title case: every word of four letters or more capitalised, small words aside. */
function isTitleCase(tokens: Token[]): boolean {
  return !tokens.some((t) => /^[a-z]{4,}/.test(t.text) && !TITLE_LOWER.has(t.text));
}

/**
 * "violated U.S. Congress's Countering America's Adversaries Through Sanctions Act": a cue word capitalised inside a
 * sentence, not after a quotation mark or a colon, is part of a name (a law, an operation), not a verb or noun of it.
 */
function inName(tokens: Token[], at: number): boolean {
  if (at === 0 || !/^[A-Z][a-z]/.test(tokens[at]?.text ?? '')) return false;
  return !['"', '“', '‘', "'", ':', '(', '—', '–'].includes(tokens[at - 1]?.text ?? '');
}

/**
 * True when mentions (with the second actor of each joint mention) name at least two actors: the ends of every
 * candidate are two of them, never the same actor twice.
 */
export function namesTwoActors(mentions: readonly Mention[]): boolean {
  let first: string | undefined;
  for (const mention of mentions)
    for (const actor of [mention.actor, mention.joint?.actor]) {
      if (!actor) continue;
      if (first === undefined) first = actor.id;
      else if (actor.id !== first) return true;
    }
  return false;
}

/** Every relation candidate a sentence's cues give, both ends being mentions of different actors. */
export function relationCandidates(found: SentenceMentions): RelationCandidate[] {
  // Ends are only ever the sentence's mentions: a sentence naming one actor or none has no relation to find.
  if (!namesTwoActors(found.mentions)) return [];
  const { tokens } = found.sentence;
  const result: RelationCandidate[] = [];
  const titleCase = isTitleCase(tokens);
  for (const cue of CUES.matchAll(tokens)) {
    if (found.mentions.some((m) => cue.start >= m.start && cue.start < m.end)) continue;
    if (!titleCase && inName(tokens, cue.start)) continue;
    const definitions = DEFINITIONS.get(cue.phrase) ?? [];
    const after = tokens[pastQuotes(tokens, cue.end)]?.lower ?? '';
    const nouns = definitions.filter((d) => d.noun);
    const noun = nouns.find((d) => d.prepositions.includes(after)) ?? nouns[0];
    const verb = definitions.find((d) => !d.noun);
    const isNoun = noun && (!verb || tokens[cue.start]?.pos === 'NOUN' || tokens[cue.start]?.pos === 'PROPN');
    // The tagger's noun-or-verb guess decides first; when that reading finds no ends, the other is tried
    // ("Kim Jong-un visits China" read as a noun has no "to").
    const asNoun = () => (noun ? nounFrame(found, cue, noun) : []);
    const asVerb = () => (verb ? verbFrame(found, cue, verb.type, verb.prepositions) : []);
    const first = isNoun ? asNoun() : asVerb();
    // "look to Washington for support": after an article or a preposition the word is a noun, never a verb.
    const surelyNoun = isNoun && ['DET', 'ADP'].includes(tokens[cue.start - 1]?.pos ?? '');
    const found1 = first.length > 0 || surelyNoun ? first : isNoun ? asVerb() : asNoun();
    result.push(
      ...found1
        .map(verbal)
        .flatMap(stanceReading)
        .flatMap(withImplied)
        .flatMap(withMutual)
        .filter((c) => c.from.actor.id !== c.to.actor.id && kindsFit(c)),
    );
  }
  result.push(...obligations(found).filter((c) => c.from.actor.id !== c.to.actor.id && kindsFit(c)));
  // "closed the border, accusing Afghanistan of": the participle's subject is the main clause's (participles.ts).
  for (const { relation, participle } of participleStances(found)) {
    const read = result.filter((c) => c.cueStart === participle);
    for (const c of read) if (c.from.actor.id !== relation.from.actor.id) result.splice(result.indexOf(c), 1);
    const known = read.some(
      (c) => c.from.actor.id === relation.from.actor.id && c.to.actor.id === relation.to.actor.id,
    );
    if (!known && kindsFit(relation)) result.push(relation);
  }
  // Tolls of a strike, backing one has, views of another, ultimatums and reversals (see clause-frames.ts).
  const helpers = {
    subjectOfVerb: (verb: number) => subjectOfVerb(tokens, found.mentions, verb),
    coordinated: (first: Mention, direction: 1 | -1) => coordinated(tokens, found.mentions, first, direction),
  };
  const before = result.map((c) => ({ ...c, cue: { start: c.cueStart, end: c.cueEnd } }));
  for (const r of clauseFrames(tokens, found.mentions, helpers, before)) {
    const c = candidate(r.type, r.from, r.to, r.cue, found.sentence, 'clause');
    const known = result.some(
      (k) => k.type === c.type && k.from.actor.id === c.from.actor.id && k.to.actor.id === c.to.actor.id,
    );
    if (!known && c.from.actor.id !== c.to.actor.id && kindsFit(c)) result.push(c);
  }
  // "as Tehran rejected its offer": "its" names the one other actor of an earlier clause (stance-readings.ts).
  for (const r of pronounOwned(tokens, found.mentions, helpers.subjectOfVerb)) {
    const c = candidate(r.type, r.from, r.to, r.cue, found.sentence, 'verb');
    if (kindsFit(c)) result.push(c);
  }
  // "welcomed Ukraine's decision", "welcomed the proposal by the EU": backing what another does. A guest welcomed
  // ("welcomed Putin to Beijing") is no stance.
  tokens.forEach((token, verb) => {
    if (!WELCOMING.has(token.lower) || token.pos !== 'VERB') return;
    const backed =
      conductOwner(tokens, found.mentions, verb + 1) ?? conductAuthor(tokens, found.mentions, verb + 1);
    const backer = backed && subjectOfVerb(tokens, found.mentions, verb);
    if (!backed || !backer || backer.actor.id === backed.actor.id) return;
    const c = candidate('SUPPORTS', backer, backed, { start: verb, end: verb + 1 }, found.sentence, 'verb');
    if (kindsFit(c)) result.push(c);
  });
  for (const rebuke of rebukes(tokens, found.mentions)) {
    // "came under fire from": the verb before "under" has the subject.
    const verb = tokens[rebuke.verb]?.lower === 'under' ? rebuke.verb - 1 : rebuke.verb;
    const accused = subjectOfVerb(tokens, found.mentions, verb);
    if (!accused || accused.actor.id === rebuke.accuser.actor.id) continue;
    const cue = { start: rebuke.verb, end: rebuke.noun + 1 };
    const c = candidate(rebuke.type, rebuke.accuser, accused, cue, found.sentence, 'verb');
    if (kindsFit(c)) result.push(c);
  }
  // "Israel holds Hamas responsible for the attack", "blamed the attack on India": blame laid on the one held.
  // "cut ties with Kenya for allegedly meddling": an act taken for an alleged wrong charges the one it is taken on.
  const blames = [heldResponsible, blamedOn, allegedWrongs].flatMap((read) => read(tokens, found.mentions));
  for (const blame of blames) {
    const accuser = subjectOfVerb(tokens, found.mentions, blame.verb);
    if (!accuser || accuser.actor.id === blame.held.actor.id) continue;
    const c = candidate(
      'ACCUSES',
      accuser,
      blame.held,
      { start: blame.verb, end: blame.end },
      found.sentence,
      'verb',
    );
    if (kindsFit(c)) result.push(c);
  }
  // "China called Japan's move a provocation": naming another by a word of blame accuses it.
  for (const named of characterisations(tokens, found.mentions)) {
    const accuser = subjectOfVerb(tokens, found.mentions, named.verb);
    if (!accuser || accuser.actor.id === named.accused.actor.id) continue;
    const cue = { start: named.verb, end: named.word + 1 };
    const c = candidate('ACCUSES', accuser, named.accused, cue, found.sentence, 'verb');
    const known = result.some(
      (r) => r.type === c.type && r.from.actor.id === accuser.actor.id && r.to.actor.id === c.to.actor.id,
    );
    if (!known && kindsFit(c)) result.push(c);
  }
  for (const denial of denials(tokens, found.mentions)) {
    const from = subjectOfVerb(tokens, found.mentions, denial.verb);
    if (!from || from.actor.id === denial.author.actor.id) continue;
    const cue = { start: denial.verb, end: denial.verb + 1 };
    const c = candidate('COMMENTS_ON', from, denial.author, cue, found.sentence, 'verb');
    const known = result.some(
      (r) => r.type === c.type && r.from.actor.id === from.actor.id && r.to.actor.id === c.to.actor.id,
    );
    if (!known && kindsFit(c)) result.push(c);
    // "rejected the baseless allegations by Pakistan": calling the charge baseless is a charge of its own.
    const dismissive = tokens
      .slice(denial.verb + 1, denial.verb + 5)
      .findIndex((t) => DISMISSIVE.has(t.lower));
    if (dismissive < 0) continue;
    const charge = { start: denial.verb, end: denial.verb + 2 + dismissive };
    const accusation = candidate('ACCUSES', from, denial.author, charge, found.sentence, 'verb');
    if (kindsFit(accusation)) result.push(accusation);
  }
  return result;
}

/** Words that call a charge false and so blame whoever made it: "baseless allegations", "absurd claims". */
const DISMISSIVE = new Set(
  ['baseless', 'groundless', 'unfounded', 'false', 'absurd', 'ridiculous', 'fabricated', 'slanderous'].concat(
    ['irresponsible', 'malicious', 'outrageous', 'preposterous', 'unsubstantiated', 'fake'],
  ),
);
export type { RelationCandidate } from './cue-table';
export { leadersMeant, summitOfLeaders } from './leaders-meant';
