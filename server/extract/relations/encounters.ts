// Stage 3, beside the cues: meetings, calls and accords told in shapes the cues of one verb or noun cannot read.
//
// - A meeting told in an adjunct before the clause of the one who met: "During a meeting with Erdogan on Tuesday,
//   Putin praised ...", "After talks with the Mauritian prime minister, Modi announced ...", "After meeting Xi,
//   Biden told reporters ...": the subject of the main clause met the one named after "with".
// - Two actors who did something together with no object named: "Rubio and Wang spoke by phone", "Japan and China
//   agreed to resume flights", "the two sides reached an agreement": a relation from the first named to the second.
// - The same adjunct after the verb of the one who met: "Rubio said after wrapping up meetings with G7 foreign
//   ministers", "Putin told reporters during talks with Erdogan".
// - What one told another by phone: "Sheinbaum told Trump in phone conversations last week", "told Xi by phone".
// - A guest welcomed or received at a place: "Xi welcomed Putin to Beijing", "Erdogan received Sisi in Ankara",
//   "Putin was received by Erdogan".
// - A trip made for talks: "Erdogan arrived in Moscow on Tuesday for talks with Putin"; a trip told in an adjunct:
//   "Sanchez said during a visit to Beijing", "On a trip to Kyiv, Macron pledged".
// - Talks hosted between two others: "Saudi Arabia hosted talks between the United States and Ukraine".
// - Joining another for talks: "Macron joined Scholz for talks in Berlin".
import type { RelationType } from '../../model/relations';
import type { RelationCandidate } from './cues';
import { candidate } from './cue-table';
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { POSSESSIVE_PRONOUNS } from './clause-words';

/** Prepositions that open an adjunct telling an encounter before the main clause. */
const ADJUNCT_OPENERS = new Set(['during', 'in', 'at', 'after', 'following', 'for', 'on']);
/**
 * Words of coming or being somewhere that make "for talks with" the purpose of a trip, not of a call: "arrived in
 * Moscow for talks with", "was in Beijing for meetings with" ("called for talks with" asks for them).
 */
const MOVEMENT = new Set([
  'was',
  'were',
  'is',
  'are',
  'arrived',
  'arrives',
  'traveled',
  'travelled',
  'travels',
  'travel',
  'flew',
  'flies',
  'fly',
  'went',
  'goes',
  'came',
  'comes',
  'headed',
  'heads',
  'returned',
  'visited',
  'visiting',
  'visit',
]);
/** Nouns of an encounter after such a preposition, and the relation each tells. */
const ENCOUNTER_NOUNS: Record<string, RelationType> = {
  meeting: 'MEETS',
  meetings: 'MEETS',
  summit: 'MEETS',
  talks: 'NEGOTIATES_WITH',
  negotiations: 'NEGOTIATES_WITH',
  call: 'CONSULTS',
  'phone call': 'CONSULTS',
  'telephone call': 'CONSULTS',
  'video call': 'CONSULTS',
  'phone conversation': 'CONSULTS',
  'telephone conversation': 'CONSULTS',
  conversation: 'CONSULTS',
  // Two who face the press together met: "told reporters during a news conference with Parly".
  'news conference': 'MEETS',
  'joint news conference': 'MEETS',
  'press conference': 'MEETS',
  'joint press conference': 'MEETS',
};
/** Gerunds of an encounter after "after" or "following": "After meeting Xi, Biden ...". */
const ENCOUNTER_GERUNDS: Record<string, RelationType> = {
  meeting: 'MEETS',
  'meeting with': 'MEETS',
  'talking with': 'CONSULTS',
  'talking to': 'CONSULTS',
  'speaking with': 'CONSULTS',
  'speaking by phone with': 'CONSULTS',
  'holding talks with': 'MEETS',
  hosting: 'HOSTS',
};
/** Nouns of a trip, whose place follows "to": "during a visit to Beijing, Sanchez said". */
const TRIP_NOUNS = new Set(['visit', 'trip', 'state visit', 'official visit', 'tour']);
const NOUNS = new PhraseMatcher([...Object.keys(ENCOUNTER_NOUNS), ...TRIP_NOUNS]);
/** Gerunds that hold or close an encounter named by its noun: "after wrapping up meetings with". */
const HOLDING = new PhraseMatcher([
  'holding',
  'attending',
  'concluding',
  'wrapping up',
  'ending',
  'finishing',
  'completing',
]);
const GERUNDS = new PhraseMatcher(Object.keys(ENCOUNTER_GERUNDS));
/**
 * Where or when an encounter was, told between its noun and "with": "a news conference at the Pentagon Monday
 * with", "a meeting earlier this month with", "talks in Moscow with". Nouns, names, numbers, articles and these
 * prepositions may stand there; a verb, a comma or another word ends the search.
 */
const SETTING_WORDS = new Set(['at', 'in', 'on', 'earlier', 'later', 'this', 'last', 'the']);
const SETTING_POS = new Set(['PROPN', 'NOUN', 'NUM', 'DET']);
const SETTING_SPAN = 6;
function withAfterSetting(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length && i - from <= SETTING_SPAN; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'with') return i > from ? i : undefined;
    if (!SETTING_WORDS.has(token.lower) && !SETTING_POS.has(token.pos)) return undefined;
  }
  return undefined;
}
/** Those sent by the one met, who stand for it: "with representatives from the group", "with officials of". */
const ENVOYS = new Set(['representatives', 'officials', 'envoys', 'delegates', 'members']);
/** The actor after "with" (at `at`), past "representatives from": the one met. */
function metAfter(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  let i = at;
  if (ENVOYS.has(tokens[i]?.lower ?? '') && ['of', 'from'].includes(tokens[i + 1]?.lower ?? '')) i += 2;
  const next = mentionAt(mentions, i);
  if (next?.start === i || (next && tokens[i]?.pos === 'DET')) return next;
  return undefined;
}
/** Words that may stand between the preposition and the noun: "a two-day", "his first", "their closed-door". */
const NOUN_LEADS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);
/** How many words the noun may stand after the preposition, and the subject after the adjunct's comma. */
const LEAD_SPAN = 4;
const SUBJECT_SPAN = 8;

/** What two actors did together when the text names no object: the words, the relation. */
const TOGETHER: Record<string, RelationType> = {
  'spoke by phone': 'CONSULTS',
  'spoke by telephone': 'CONSULTS',
  'spoke on the phone': 'CONSULTS',
  'spoke over the phone': 'CONSULTS',
  'talked by phone': 'CONSULTS',
  'talked on the phone': 'CONSULTS',
  'have spoken by phone': 'CONSULTS',
  'held a phone call': 'CONSULTS',
  'held a telephone call': 'CONSULTS',
  'held a video call': 'CONSULTS',
  'held phone talks': 'CONSULTS',
  'held telephone talks': 'CONSULTS',
  discussed: 'CONSULTS',
  'agreed to': 'AGREES_TO_COOPERATE',
  // "agreed on the terms", "agreed on Wednesday to boost security".
  'agreed on': 'AGREES_TO_COOPERATE',
  'have agreed to': 'AGREES_TO_COOPERATE',
  'reached an agreement': 'AGREES_TO_COOPERATE',
  'reached agreement': 'AGREES_TO_COOPERATE',
  'have reached an agreement': 'AGREES_TO_COOPERATE',
  'reached a deal': 'AGREES_TO_COOPERATE',
  'struck a deal': 'AGREES_TO_COOPERATE',
  'reached a ceasefire': 'AGREES_TO_COOPERATE',
  'agreed on a ceasefire': 'AGREES_TO_COOPERATE',
};
/**
 * Promises two make each other, read only before a verb of working together: "Japan and South Korea pledged to
 * deepen ties" (not "the two pledged to retaliate", a promise against a third).
 */
const PLEDGES = ['pledged to', 'vowed to', 'promised to', 'committed to', 'have pledged to', 'have vowed to'];
for (const pledge of PLEDGES) TOGETHER[pledge] = 'AGREES_TO_COOPERATE';
/** Verbs of working together after a pledge: "pledged to cooperate", "vowed to strengthen ties". */
const TOGETHER_WORK = new Set([
  'work',
  'cooperate',
  'co-operate',
  'collaborate',
  'deepen',
  'strengthen',
  'boost',
  'expand',
  'enhance',
  'bolster',
  'improve',
  'restore',
  'normalize',
  'normalise',
  'upgrade',
  'elevate',
  'mend',
  'repair',
  'coordinate',
]);
const TOGETHER_PHRASES = new PhraseMatcher(Object.keys(TOGETHER));
/** Accords two may agree to together: "Russia and Ukraine agreed to a prisoner exchange". */
const ACCORDS = new Set([
  'ceasefire',
  'cease-fire',
  'truce',
  'deal',
  'exchange',
  'swap',
  'agreement',
  'pact',
  'accord',
]);
/** "agreed to a US-brokered ceasefire": the accord a few words after "to", past its article and modifiers. */
function accordAfter(tokens: Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at <= 4; i++) {
    if (ACCORDS.has(tokens[i]?.lower ?? '')) return i > at || tokens[i]?.pos === 'NOUN';
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i]?.pos ?? '') && tokens[i]?.text !== '-')
      return false;
  }
  return false;
}
/** Verbs after "agreed to" that say the two stay apart. */
const DISCORD = new Set(['disagree', 'differ']);
/** Adverbs that may stand between the two actors and what they did: "also", "finally", "later". */
const BETWEEN_WORDS = new Set(['also', 'finally', 'later', 'earlier', 'then', 'already', 'recently']);

/** Verbs of hosting a guest, when the guest's place follows: "welcomed Putin to Beijing". */
const WELCOMING = new Set(['welcomed', 'welcomes', 'welcoming', 'received', 'receives', 'receiving']);
/** Prepositions before the place a guest is welcomed or received at. */
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at']);

/** Words of a title before the name that opens a sentence: "French President". */
const TITLE_POS = new Set(['PROPN', 'ADJ', 'NOUN', 'DET']);
/** Forms of "be" before a participle or a place: "was received by", "was in Moscow". */
const BE_PAST = new Set(['was', 'were', 'is', 'are', 'been']);
const isVerb = (token: Token | undefined) => token?.pos === 'VERB' || token?.pos === 'AUX';
/** A clause opens at the start of a sentence, after a comma, a dash, a quotation mark or a conjunction. */
const opens = (tokens: Token[], i: number) =>
  i === 0 || [',', ';', '—', '“', '"', 'and', 'but', 'as', 'when'].includes(tokens[i - 1]?.lower ?? '');

/** The subject named first after the adjunct's comma ("…, Russian President Vladimir Putin praised"), if any. */
function subjectAfter(tokens: Token[], mentions: Mention[], comma: number): Mention | undefined {
  for (let i = comma + 1; i < tokens.length && i - comma <= SUBJECT_SPAN; i++) {
    const mention = mentionAt(mentions, i);
    if (mention) {
      // "…, Putin's aide said": an owner is not the subject; nor a name that only qualifies a noun.
      const next = tokens[mention.end];
      if (POSSESSIVE.has(next?.lower ?? '') || next?.pos === 'NOUN') return undefined;
      return mention;
    }
    // Titles before the name ("Russian President") are words of the subject; a verb ends the search.
    if (isVerb(tokens[i]) || tokens[i]?.text === ',') return undefined;
  }
  return undefined;
}

/** The comma closing an adjunct that starts at `from`, before any verb of the main clause. */
function adjunctEnd(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length && i - from < 16; i++) {
    if (tokens[i]?.text === ',') return i;
    if (['.', ';', ':'].includes(tokens[i]?.text ?? '')) return undefined;
    // "During talks with China Japan said" has no comma; a finite verb ends the adjunct unread.
    if (isVerb(tokens[i]) && !/ing$/.test(tokens[i]?.lower ?? '') && tokens[i]?.pos === 'AUX')
      return undefined;
  }
  return undefined;
}

/** Words that end a clause looking back from an adjunct: its verb must come after them. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '—', '“', '”', '"', 'that', 'which', 'who', 'and', 'but']);
/** How far before an adjunct its clause's verb may stand: "said", "spoke to reporters", "told Trump". */
const VERB_SPAN = 6;

/** The verb of the clause an adjunct at `at` closes, when no break stands between them. */
function verbBefore(tokens: Token[], at: number): number | undefined {
  for (let i = at - 1; i >= 0 && at - i <= VERB_SPAN; i--) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.lower)) return undefined;
    // A finite verb, not a participle or an infinitive of another clause ("to travel to Canada").
    if (token.pos === 'VERB' && tokens[i - 1]?.lower !== 'to' && !/ing$/.test(token.lower)) return i;
    // "was in Moscow for talks with": being at a place.
    if (BE_PAST.has(token.lower) && ['in', 'at'].includes(tokens[i + 1]?.lower ?? '')) return i;
  }
  return undefined;
}

/** Words of a trip planned, before "to" and its verb: "is scheduled to travel", "is due to fly". */
const PLANNED = new Set(['scheduled', 'due', 'expected', 'set', 'planning', 'plans', 'planned', 'slated']);

/**
 * "Rubio is scheduled to travel to Canada on Wednesday for meetings with ...": the verb of a trip planned, an
 * infinitive after "to" and a word of plan, and the one who plans it, named just before.
 */
function plannedTrip(
  tokens: Token[],
  mentions: Mention[],
  at: number,
): { verb: number; subject: Mention } | undefined {
  for (let i = at - 1; i > 1 && at - i <= VERB_SPAN; i--) {
    const token = tokens[i] as Token;
    if (CLAUSE_BREAKS.has(token.lower)) return undefined;
    if (!MOVEMENT.has(token.lower) || tokens[i - 1]?.lower !== 'to') continue;
    if (!PLANNED.has(tokens[i - 2]?.lower ?? '')) return undefined;
    let j = i - 3;
    while (j >= 0 && ['AUX', 'ADV'].includes(tokens[j]?.pos ?? '') && !mentionAt(mentions, j)) j--;
    const subject = mentionAt(mentions, j);
    if (!subject || subject.end !== j + 1 || POSSESSIVE.has(tokens[subject.end]?.lower ?? ''))
      return undefined;
    return { verb: i, subject };
  }
  return undefined;
}

/** Prepositions that put an actor inside the subject's phrase: "the envoy to Russia", "the head of the IMF". */
const INSIDE_SUBJECT = new Set(['to', 'of', 'in', 'from', 'for', 'at', 'with']);

/** Words that may stand between a subject and its verb: "also", "on Tuesday", "has". */
const BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/**
 * The actors named as the subject right before `verb`, in text order: "Putin said", "Both Mexican President Claudia
 * Sheinbaum and outgoing Canadian Prime Minister Justin Trudeau told" (the words of a title may stand between).
 */
function subjectsOfVerb(tokens: Token[], mentions: Mention[], verb: number): Mention[] {
  let i = verb - 1;
  while (i >= 0 && BEFORE_VERB.has(tokens[i]?.pos ?? '') && !mentionAt(mentions, i)) i--;
  let last = mentionAt(mentions, i);
  if (!last || last.end !== i + 1 || POSSESSIVE.has(tokens[last.end]?.lower ?? '')) return [];
  // "The U.S. envoy to Russia came after talks with China": an actor after a preposition is part of the subject's
  // phrase (the envoy's), not the subject.
  const opener = tokens[last.start - 1]?.lower === 'the' ? last.start - 2 : last.start - 1;
  if (INSIDE_SUBJECT.has(tokens[opener]?.lower ?? '')) return [];
  const subjects = [last];
  for (;;) {
    let j = last.start - 1;
    // The title words of the later name: "outgoing Canadian Prime Minister".
    while (j >= 0 && last.start - j <= 5 && ['PROPN', 'ADJ', 'NOUN'].includes(tokens[j]?.pos ?? '')) j--;
    if (![',', 'and'].includes(tokens[j]?.lower ?? '')) break;
    const before = mentionAt(mentions, j - 1);
    if (!before || before.end !== j || subjects.some((m) => m.actor.id === before.actor.id)) break;
    subjects.unshift(before);
    last = before;
  }
  return subjects;
}

/** Nouns of a call after "in" that tell a talk by phone: "in phone conversations", "in a call". */
const PHONE = new PhraseMatcher([
  'phone call',
  'phone calls',
  'telephone call',
  'telephone calls',
  'phone conversation',
  'phone conversations',
  'telephone conversation',
  'telephone conversations',
  'video call',
  'video conference',
  'call',
]);
/** Verbs of telling whose object is the one told. */
const TELLING = new Set(['told', 'tells', 'assured', 'assures', 'informed', 'informs', 'briefed', 'briefs']);

/** "Sheinbaum told Trump in phone conversations last week", "told Xi by phone": each teller consulted the one told. */
function toldByPhone(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!TELLING.has(token.lower)) return;
    const told = mentionAt(mentions, verb + 1);
    if (!told || told.start !== verb + 1) return;
    const at = told.end;
    let by = tokens[at]?.lower === 'by' && ['phone', 'telephone'].includes(tokens[at + 1]?.lower ?? '');
    if (!by && ['in', 'during', 'over'].includes(tokens[at]?.lower ?? '')) {
      let i = at + 1;
      while (i < at + 4 && ['DET', 'PRON', 'ADJ', 'NUM'].includes(tokens[i]?.pos ?? '')) i++;
      const call = PHONE.matchAt(tokens, i);
      // "told Trump in a call with Xi": the call was with another.
      by = !!call && tokens[call.end]?.lower !== 'with';
    }
    if (!by) return;
    for (const teller of subjectsOfVerb(tokens, mentions, verb)) {
      if (teller.actor.id === told.actor.id) continue;
      result.push(
        candidate('CONSULTS', teller, told, { start: verb, end: verb + 1 }, found.sentence, 'verb'),
      );
    }
  });
  return result;
}

/** Verbs of telling another what to do, before the one told and "to": "told Russia to stop". */
const ORDERING = new Set(['told', 'tells', 'tell', 'telling']);
/** Verbs after "told X to" that foretell rather than ask. */
const FORECAST = new Set(['expect', 'anticipate', 'believe', 'assume', 'count']);

/** "Ukraine told Russia to stop the attacks": telling another to act asks it to (REQUESTS). */
function toldTo(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!ORDERING.has(token.lower) || token.pos !== 'VERB') return;
    const at = tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1;
    const told = mentionAt(mentions, at);
    if (!told || told.start !== at) return;
    if (tokens[told.end]?.lower !== 'to' || tokens[told.end + 1]?.pos !== 'VERB') return;
    // "told Ukraine to expect more aid": a forecast, not a request.
    if (FORECAST.has(tokens[told.end + 1]?.lower ?? '')) return;
    for (const teller of subjectsOfVerb(tokens, mentions, verb)) {
      if (teller.actor.id === told.actor.id) continue;
      result.push(
        candidate('REQUESTS', teller, told, { start: verb, end: verb + 1 }, found.sentence, 'verb'),
      );
    }
  });
  return result;
}

/** "During a meeting with X on Tuesday, Y ...": Y met X. */
function adjunctEncounters(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, p) => {
    if (!ADJUNCT_OPENERS.has(token.lower)) return;
    // "Speaking during a visit to Kyiv, Macron said": a gerund of the main clause's subject may come first.
    const fronted = opens(tokens, p) || (p === 1 && /ing$/.test(tokens[0]?.lower ?? ''));
    // Mid-sentence, the adjunct follows the verb of the one who met: "Rubio said after meeting ...".
    const plan = fronted || token.lower !== 'for' ? undefined : plannedTrip(tokens, mentions, p);
    const verb = fronted ? undefined : (verbBefore(tokens, p) ?? plan?.verb);
    if (!fronted && verb === undefined) return;
    if (token.lower === 'for' && (fronted || !tokens.slice(verb, p).some((t) => MOVEMENT.has(t.lower))))
      return;
    let type: RelationType | undefined;
    let cue: { start: number; end: number } | undefined;
    let other: Mention | undefined;
    const gerund = ['after', 'following'].includes(token.lower) ? GERUNDS.matchAt(tokens, p + 1) : undefined;
    if (gerund) {
      type = ENCOUNTER_GERUNDS[gerund.phrase];
      cue = { start: gerund.start, end: gerund.end };
      const next = mentionAt(mentions, gerund.end);
      if (next?.start === gerund.end) other = next;
    } else {
      const held = HOLDING.matchAt(tokens, p + 1);
      const first = held ? held.end : p + 1;
      for (let i = first; i <= first + LEAD_SPAN && i < tokens.length; i++) {
        const noun = NOUNS.matchAt(tokens, i);
        const trip = !!noun && TRIP_NOUNS.has(noun.phrase);
        const linked = !noun
          ? undefined
          : tokens[noun.end]?.lower === (trip ? 'to' : 'with')
            ? noun.end
            : trip
              ? undefined
              : withAfterSetting(tokens, noun.end);
        if (noun && linked !== undefined) {
          type = trip ? 'VISITS' : ENCOUNTER_NOUNS[noun.phrase];
          cue = { start: noun.start, end: noun.end };
          other = metAfter(tokens, mentions, linked + 1);
          break;
        }
        if (!NOUN_LEADS.has(tokens[i]?.pos ?? '')) break;
      }
    }
    if (!type || !cue || !other) return;
    // "on" opens only a trip ("on a visit to"); a trip is to a place, not to a person.
    if (token.lower === 'on' && type !== 'VISITS') return;
    if (type === 'VISITS' && (other.actor.kind === 'person' || other.actor.kind === 'group')) return;
    // "with Erdogan's envoy": the one met is the envoy, whom the text does not name as an actor.
    if (POSSESSIVE.has(tokens[other.end]?.lower ?? '')) return;
    let subject: Mention | undefined;
    // "Macron, on a state visit to China, met Xi": an adjunct set off after the sentence's subject is its.
    const apposed = tokens[p - 1]?.text === ',' ? mentionAt(mentions, p - 2) : undefined;
    const opening = apposed && tokens.slice(0, apposed.start).every((t) => TITLE_POS.has(t.pos));
    if (apposed && opening && apposed.end === p - 1 && adjunctEnd(tokens, other.end) !== undefined)
      subject = apposed;
    else if (verb === undefined) {
      const comma = adjunctEnd(tokens, other.end);
      subject = comma === undefined ? undefined : subjectAfter(tokens, mentions, comma);
    } else
      subject = plan && plan.verb === verb ? plan.subject : subjectsOfVerb(tokens, mentions, verb).at(-1);
    if (!subject) return;
    // "Following talks with Ramgoolam, both leaders ...": of the two, the one who is not the other end.
    const from = subject.joint
      ? [subject, subject.joint].find((m) => m.actor.id !== other.actor.id)
      : subject;
    if (!from || from.actor.id === other.actor.id) return;
    // "both leaders" is resolved only when unambiguous (joint.ts): read as sure as a name.
    // A planned trip's encounter is told by the verb of the plan: its tense is the encounter's.
    const told = plan && plan.verb === verb ? { start: plan.verb, end: cue.end } : cue;
    result.push(candidate(type, from, other, told, found.sentence, subject.joint ? 'joint' : 'clause'));
  });
  return result;
}

/** The actor pair that stands right before `at` as "X and Y" or "the two leaders", in text order. */
function pairBefore(tokens: Token[], mentions: Mention[], at: number): [Mention, Mention] | undefined {
  let i = at - 1;
  while (i >= 0 && BETWEEN_WORDS.has(tokens[i]?.lower ?? '')) i--;
  const second = mentionAt(mentions, i);
  if (!second || second.end !== i + 1) return undefined;
  if (second.joint) return opens(tokens, second.start) ? [second, second.joint] : undefined;
  if (tokens[second.start - 1]?.lower !== 'and') return undefined;
  const first = mentionAt(mentions, second.start - 2);
  if (!first || first.end !== second.start - 1 || first.actor.id === second.actor.id) return undefined;
  // "talks between X and Y", "the allies of X and Y": the pair is part of a phrase, not the subject.
  if (!opens(tokens, first.start)) return undefined;
  return [first, second];
}

/** "X and Y spoke by phone", "the two sides agreed to": a relation from the first to the second. */
function togetherEncounters(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const result: RelationCandidate[] = [];
  for (const match of TOGETHER_PHRASES.matchAll(tokens)) {
    const type = TOGETHER[match.phrase] as RelationType;
    // "agreed to" an act: "agreed to resume flights", not "agreed to a ceasefire" with a third party.
    const accord = match.phrase.includes('agreed') && accordAfter(tokens, match.end);
    if (match.phrase.endsWith(' to') && tokens[match.end]?.pos !== 'VERB' && !accord) continue;
    if (PLEDGES.includes(match.phrase) && !TOGETHER_WORK.has(tokens[match.end]?.lower ?? '')) continue;
    // "agreed to disagree", "agreed to differ": no accord.
    if (DISCORD.has(tokens[match.end]?.lower ?? '')) continue;
    // "spoke by phone with Z": the cue of one verb reads it, the pair does not act on each other.
    if (tokens[match.end]?.lower === 'with') continue;
    const pair = pairBefore(tokens, found.mentions, match.start);
    if (!pair) continue;
    result.push(
      candidate(type, pair[0], pair[1], { start: match.start, end: match.end }, found.sentence, 'joint'),
    );
  }
  return result;
}

/** "Xi welcomed Putin to Beijing", "Erdogan received Sisi in Ankara": the host and the guest, both people. */
function welcomes(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!WELCOMING.has(token.lower) || token.pos !== 'VERB') return;
    const guest = mentionAt(mentions, verb + 1);
    if (!guest || guest.start !== verb + 1 || guest.actor.kind !== 'person') return;
    if (!PLACE_PREPOSITIONS.has(tokens[guest.end]?.lower ?? '')) return;
    // The host: the person named just before the verb (past a day or an adverb).
    let i = verb - 1;
    while (i >= 0 && (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'PROPN') && !mentionAt(mentions, i)) i--;
    const host = mentionAt(mentions, i);
    if (!host || host.end !== i + 1 || host.actor.id === guest.actor.id) return;
    if (host.actor.kind !== 'person' && host.actor.kind !== 'state') return;
    const cue = { start: verb, end: verb + 1 };
    result.push(candidate('HOSTS', host, guest, cue, found.sentence, 'verb'));
    result.push(candidate('MEETS', host, guest, cue, found.sentence, 'verb'));
  });
  return result;
}

/** "Putin was received by Erdogan", "was welcomed by": the host after "by", the guest the subject. */
function welcomedBy(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!['received', 'welcomed'].includes(token.lower) || !BE_PAST.has(tokens[verb - 1]?.lower ?? ''))
      return;
    if (tokens[verb + 1]?.lower !== 'by') return;
    const host = mentionAt(mentions, verb + 2);
    const guest = mentionAt(mentions, verb - 2);
    if (!host || !guest || host.start !== verb + 2 || guest.end !== verb - 1) return;
    if (guest.actor.kind !== 'person' || host.actor.kind !== 'person' || host.actor.id === guest.actor.id)
      return;
    const cue = { start: verb, end: verb + 1 };
    result.push(candidate('HOSTS', host, guest, cue, found.sentence, 'passive'));
    result.push(candidate('MEETS', host, guest, cue, found.sentence, 'passive'));
  });
  return result;
}
/** Verbs of hosting an encounter of others. */
const HOSTING = new Set(['host', 'hosts', 'hosted', 'hosting']);
/** Nouns of an encounter another may host: "hosted talks between", "will host a meeting between". */
const HOSTED = new Set(['talks', 'meeting', 'meetings', 'summit', 'negotiations', 'consultations']);

/**
 * "Saudi Arabia hosted talks between the United States and Ukraine": the host hosts each party (the talks
 * themselves are read by the cue "talks ... between").
 */
function hostedBetween(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!HOSTING.has(token.lower) || token.pos !== 'VERB') return;
    let noun = verb + 1;
    while (noun < tokens.length && noun - verb <= LEAD_SPAN && !HOSTED.has(tokens[noun]?.lower ?? '')) {
      if (!NOUN_LEADS.has(tokens[noun]?.pos ?? '') && tokens[noun]?.pos !== 'NOUN') return;
      noun++;
    }
    if (!HOSTED.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'between') return;
    let at = noun + 2;
    if (tokens[at]?.lower === 'the') at++;
    const first = mentionAt(mentions, at);
    if (!first || first.start !== at) return;
    let next = first.end;
    // "between U.S. and Ukrainian officials": the noun the two adjectives qualify may stand after the second.
    if (tokens[next]?.lower !== 'and') return;
    next++;
    if (tokens[next]?.lower === 'the') next++;
    const second = mentionAt(mentions, next);
    if (!second || second.start !== next || second.actor.id === first.actor.id) return;
    const host = subjectsOfVerb(tokens, mentions, verb)[0] ?? subjectBeforeAux(tokens, mentions, verb);
    if (!host) return;
    const cue = { start: verb, end: noun + 1 };
    for (const guest of [first, second])
      if (guest.actor.id !== host.actor.id)
        result.push(candidate('HOSTS', host, guest, cue, found.sentence, 'verb'));
  });
  return result;
}

/** The subject before an auxiliary and the verb: "Saudi Arabia will host", "Oman has hosted". */
function subjectBeforeAux(tokens: Token[], mentions: Mention[], verb: number): Mention | undefined {
  let i = verb - 1;
  while (i >= 0 && verb - i <= 3 && ['AUX', 'ADV', 'PART'].includes(tokens[i]?.pos ?? '')) i--;
  if (i === verb - 1) return undefined;
  const mention = mentionAt(mentions, i);
  return mention && mention.end === i + 1 && !POSSESSIVE.has(tokens[mention.end]?.lower ?? '')
    ? mention
    : undefined;
}

/** Verbs of joining another for an encounter. */
const JOINING = new Set(['joined', 'joins', 'join', 'joining']);
/** What one joins another for: "joined Xi for talks", "joins Putin for a summit". */
const JOINED_FOR: Record<string, RelationType> = {
  talks: 'MEETS',
  meeting: 'MEETS',
  'a meeting': 'MEETS',
  meetings: 'MEETS',
  'a summit': 'MEETS',
  summit: 'MEETS',
  dinner: 'MEETS',
  lunch: 'MEETS',
};
const JOINED_FOR_PHRASES = new PhraseMatcher(Object.keys(JOINED_FOR));

/** "Macron joined Scholz for talks in Berlin": the one who joined met the one joined. */
function joinedFor(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!JOINING.has(token.lower) || token.pos !== 'VERB') return;
    const joined = mentionAt(mentions, verb + 1);
    if (!joined || joined.start !== verb + 1 || tokens[joined.end]?.lower !== 'for') return;
    const what = JOINED_FOR_PHRASES.matchAll(tokens).find((m) => m.start === joined.end + 1);
    if (!what) return;
    const subject = subjectsOfVerb(tokens, mentions, verb)[0] ?? subjectBeforeAux(tokens, mentions, verb);
    if (!subject || subject.actor.id === joined.actor.id) return;
    const type = JOINED_FOR[what.phrase] as RelationType;
    result.push(candidate(type, subject, joined, { start: verb, end: what.end }, found.sentence, 'verb'));
  });
  return result;
}

/** Verbs of meeting whose "with" may come after where and when: "met Tuesday in Riyadh with". */
const MEETING_VERBS = new Set(['met', 'meet', 'meets']);

/**
 * "Rubio met Tuesday in Jeddah with Ukrainian officials", "held talks on Monday in Ankara with": the one met is
 * named after the setting, where the verb's own object is looked for in vain.
 */
function metAfterPlace(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    const held = token.lower === 'held' && tokens[verb + 1]?.lower === 'talks';
    if (!held && (!MEETING_VERBS.has(token.lower) || token.pos !== 'VERB')) return;
    const from = held ? verb + 2 : verb + 1;
    const linked = withAfterSetting(tokens, from);
    // A place in the setting: "met Tuesday with" is read by the verb's own cue.
    if (linked === undefined || !tokens.slice(from, linked).some((t) => t.lower === 'in' || t.lower === 'at'))
      return;
    const other = metAfter(tokens, mentions, linked + 1);
    if (!other || POSSESSIVE.has(tokens[other.end]?.lower ?? '')) return;
    for (const subject of subjectsOfVerb(tokens, mentions, verb)) {
      if (subject.actor.id === other.actor.id) continue;
      const cue = { start: verb, end: from };
      result.push(candidate('MEETS', subject, other, cue, found.sentence, 'verb'));
    }
  });
  return result;
}

/**
 * "Erdogan, meeting Putin in Sochi on Monday, called for a ceasefire": a participle of meeting set off after the
 * sentence's subject tells what the subject did.
 */
function apposedMeeting(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, at) => {
    if (token.lower !== 'meeting' || tokens[at - 1]?.text !== ',') return;
    const subject = mentionAt(mentions, at - 2);
    if (!subject || subject.end !== at - 1) return;
    if (!tokens.slice(0, subject.start).every((t) => TITLE_POS.has(t.pos))) return;
    const next = tokens[at + 1]?.lower === 'with' ? at + 2 : at + 1;
    const other = mentionAt(mentions, next);
    if (!other || other.start !== next || other.actor.id === subject.actor.id) return;
    if (POSSESSIVE.has(tokens[other.end]?.lower ?? '')) return;
    // The participle's clause closes with a comma before the main verb.
    if (adjunctEnd(tokens, other.end) === undefined) return;
    const cue = { start: at, end: next };
    result.push(candidate('MEETS', subject, other, cue, found.sentence, 'clause'));
  });
  return result;
}

/** Nouns of a call addressed to one who is to act: "a call for Ethiopia to withdraw". */
const CALL_NOUNS = new Set(['call', 'calls', 'appeal', 'appeals']);

/**
 * "Ruto renewed his call for Ethiopia to withdraw its troops", "Kenya's call for Ethiopia to withdraw": a call for
 * another to act asks it to (REQUESTS); a call for a thing ("a call for calm in Ethiopia") asks no one named.
 */
function callsFor(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, at) => {
    if (!CALL_NOUNS.has(token.lower) || tokens[at + 1]?.lower !== 'for') return;
    const before = tokens[at - 1]?.lower ?? '';
    // "its calls": after an owner the word is the noun, however tagged.
    if (token.pos !== 'NOUN' && !POSSESSIVE_PRONOUNS.has(before) && !POSSESSIVE.has(before)) return;
    const asked = mentionAt(mentions, at + 2);
    if (!asked || asked.start !== at + 2 || tokens[asked.end]?.lower !== 'to') return;
    const act = tokens[asked.end + 1];
    // "a call for Russia to be expelled": what is to be done to the one named.
    if (act?.pos !== 'VERB' || act.lower === 'be') return;
    let caller: Mention | undefined;
    if (POSSESSIVE.has(tokens[at - 1]?.lower ?? '')) {
      const owner = mentionAt(mentions, at - 2);
      if (owner?.end === at - 1) caller = owner;
    } else if (POSSESSIVE_PRONOUNS.has(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.pos === 'VERB')
      caller = subjectsOfVerb(tokens, mentions, at - 2).at(-1);
    if (!caller || caller.actor.id === asked.actor.id) return;
    result.push(candidate('REQUESTS', caller, asked, { start: at, end: at + 2 }, found.sentence, 'owner'));
  });
  return result;
}

/** The encounters of a sentence that the cues do not read (see the head of this file). */
export function encounters(found: SentenceMentions): RelationCandidate[] {
  return [
    ...adjunctEncounters(found),
    ...togetherEncounters(found),
    ...toldByPhone(found),
    ...toldTo(found),
    ...welcomes(found),
    ...welcomedBy(found),
    ...hostedBetween(found),
    ...joinedFor(found),
    ...metAfterPlace(found),
    ...apposedMeeting(found),
    ...callsFor(found),
  ];
}
