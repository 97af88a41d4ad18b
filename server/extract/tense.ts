// The tense a relation is stated in, read from its cue and the auxiliary before it: "is seeking", "visits", "are
// allies" (present); "was an ally", "had met" (past); "will meet", "is due to visit" (future). Dates use it: what
// holds now is dated by the publication, what is yet to happen by no day before it.
import type { Token } from './document';

export type Tense = 'present' | 'past' | 'future';

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'remains', 'remain']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'remained', 'became', 'did', 'used']);
/**
 * Adverbs that place a tie in the past: "was once an ally", "formerly a rival". "Traditionally" and
 * "historically" do not: "are traditionally allies" says the tie holds now, as it long has.
 */
const LONG_STANDING = new Set(['once', 'formerly', 'previously']);
/** Words before "to" that put what follows ahead of the text: "is due to meet", "is scheduled to travel". */
const FUTURE_HOSTS = new Set(['due', 'scheduled', 'set', 'going', 'expected', 'poised', 'slated']);
const SKIPPED = new Set(['not', "n't", 'also', 'still', 'now', 'already', 'been', 'being']);

/**
 * Participles that, joined to their agent by a hyphen, name a standing relation: "U.S.-backed forces",
 * "Kremlin-controlled media", "the Taliban-led government". Not "U.S.-brokered deal", an event of its own time.
 */
const STANDING_PARTICIPLES = new Set([
  'backed',
  'supported',
  'funded',
  'financed',
  'sponsored',
  'armed',
  'aligned',
  'allied',
  'controlled',
  'run',
  'led',
  'dominated',
  'held',
  'occupied',
]);

/**
 * True when the cue is a participle joined to its agent by a hyphen and names an act, not a standing relation:
 * "a U.S.-proposed ceasefire", "the Qatar-brokered deal". The act was done at a time of its own, which the
 * sentence's date (of its own verb: "urged Russia on Friday to accept a U.S.-proposed ceasefire") does not give.
 */
export function hyphenedAct(tokens: readonly Token[], cueStart: number): boolean {
  // The cue may start at the participle or at the hyphen before it.
  const at = tokens[cueStart]?.text === '-' ? cueStart + 1 : cueStart;
  const participle = tokens[at]?.lower ?? '';
  return tokens[at - 1]?.text === '-' && /ed$/.test(participle) && !STANDING_PARTICIPLES.has(participle);
}

/** Subjects a verb of the simple past may follow: "Syrians who resisted the regime", "the army, which backed". */
const SUBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN']);

/**
 * True when the cue is a verb in the simple past with its subject before it: "Syrians who resisted the regime",
 * "Cairo opposed the deal". Not a participle: "forces backed by Iran" (an agent follows), "Iran-backed forces", a
 * verb after an auxiliary (tenseOf reads those). Irregular pasts are not told from the present by their form.
 */
export function simplePast(tokens: readonly Token[], cueStart: number): boolean {
  const verb = tokens[cueStart];
  if (!verb || verb.pos !== 'VERB' || !/[^e]ed$|[^e]eed$|ied$/.test(verb.lower)) return false;
  if (['by', '-'].includes(tokens[cueStart + 1]?.lower ?? '')) return false;
  let i = cueStart - 1;
  while (i >= 0 && tokens[i]?.pos === 'ADV') i--;
  return SUBJECT_TAGS.has(tokens[i]?.pos ?? '');
}

/** Words a noun's own phrase may hold before it: "close political and security ties", "deepening ties". */
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'ADV', 'NOUN', 'CCONJ', 'DET', 'PROPN', 'NUM']);

/**
 * The tense of "have" holding a noun cue: "Venezuela, which has close ties with Iran", "the two have deepening
 * ties" (present: the tie is held); "had close ties" (past). Not "has held talks", "has made overtures": a verb
 * stands between, which is the one told.
 */
function heldTense(tokens: readonly Token[], cueStart: number): Tense | undefined {
  for (let i = cueStart - 1; i >= Math.max(0, cueStart - 6); i--) {
    const token = tokens[i];
    if (!token) return undefined;
    if (token.lower === 'has' || token.lower === 'have') return 'present';
    if (token.lower === 'had') return 'past';
    const attributive = token.pos === 'VERB' && /ing$/.test(token.lower) && i === cueStart - 1;
    if (!attributive && !NOUN_PHRASE_TAGS.has(token.pos ?? '')) return undefined;
  }
  return undefined;
}

/**
 * Past forms of common verbs that do not end in -ed, which a relative pronoun may stand before: "which met",
 * "who led". Forms that are also the present ("hit", "put", "cut", "set") are not told apart by their form.
 */
const IRREGULAR_PASTS = new Set([
  'met',
  'led',
  'sent',
  'fought',
  'held',
  'made',
  'took',
  'gave',
  'struck',
  'sought',
  'told',
  'said',
  'won',
  'began',
  'broke',
  'bought',
  'brought',
  'built',
  'chose',
  'drew',
  'fell',
  'found',
  'got',
  'grew',
  'kept',
  'knew',
  'left',
  'lost',
  'paid',
  'ran',
  'rose',
  'saw',
  'sold',
  'spoke',
  'stood',
  'swore',
  'threw',
  'withdrew',
  'wrote',
  'overthrew',
  'undertook',
  'forged',
  'hit',
  'put',
  'cut',
  'set',
  'beat',
  'spread',
  'cast',
  'quit',
  'shut',
  'read',
  'bid',
]);
/** Relative pronouns a verb of the present follows in its base form: "Gabon, which import from Cameroon". */
const RELATIVE_SUBJECTS = new Set(['which', 'who', 'that']);

/**
 * True when the cue is a verb in its base form right after a relative pronoun (adverbs aside): "Equatorial Guinea
 * and Gabon, which import from Cameroon", "groups that support the rebels" (the plural present). Not a past
 * ("which imported", "who met"), nor a form that is both ("which hit").
 */
function relativePresent(tokens: readonly Token[], cueStart: number): boolean {
  const verb = tokens[cueStart];
  if (
    !verb ||
    !/^\p{Ll}+$/u.test(verb.text) ||
    /(?:ed|ing|s)$/.test(verb.lower) ||
    IRREGULAR_PASTS.has(verb.lower)
  )
    return false;
  let i = cueStart - 1;
  while (
    i >= 0 &&
    ['also', 'still', 'now', 'increasingly', 'openly', 'largely'].includes(tokens[i]?.lower ?? '')
  )
    i--;
  return RELATIVE_SUBJECTS.has(tokens[i]?.lower ?? '') && tokens[i - 1]?.pos !== 'ADP';
}

/** The tense of a cue at tokens [cueStart, cueEnd), or undefined when its words do not tell. */
export function tenseOf(tokens: readonly Token[], cueStart: number, cueEnd: number): Tense | undefined {
  // A cue named by a noun, with its own modifiers: "ties", "close ties", "deepening ties".
  const first = tokens[cueStart];
  const attributive = first?.pos === 'ADJ' || (first?.pos === 'VERB' && /ing$/.test(first.lower));
  if (
    (first?.pos === 'NOUN' || attributive) &&
    tokens.slice(cueStart, cueEnd).some((t) => t.pos === 'NOUN')
  ) {
    const held = heldTense(tokens, cueStart);
    if (held) return held;
  }
  if (relativePresent(tokens, cueStart)) return 'present';
  let now = false;
  for (let i = cueStart - 1; i >= Math.max(0, cueStart - 7); i--) {
    const word = tokens[i]?.lower ?? '';
    if (LONG_STANDING.has(word)) return 'past';
    if (PRESENT_AUXILIARIES.has(word)) return 'present';
    if (PAST_AUXILIARIES.has(word)) return 'past';
    if (word === 'will' || word === 'shall' || word === "'ll") return 'future';
    if (word === 'to' && FUTURE_HOSTS.has(tokens[i - 1]?.lower ?? '')) return 'future';
    // "Kim has now gone to meet Xi": what has just happened, as the article is written.
    if (word === 'has' || word === 'have') return now ? 'present' : undefined;
    if (word === 'would') return undefined;
    if (word === 'now') now = true;
    const pos = tokens[i]?.pos;
    // "has now gone to meet": the verb of motion before an infinitive of purpose carries the tense.
    if (pos === 'VERB' && tokens[i + 1]?.lower === 'to' && i + 2 === cueStart) continue;
    // Adverbs, adjectives and an owner may stand between: "has traditionally been North Korea's closest ally".
    if (!SKIPPED.has(word) && !['ADV', 'ADJ', 'DET', 'PROPN', 'PART'].includes(pos ?? '')) break;
  }
  if (!first || (first.pos !== 'VERB' && first.pos !== 'AUX') || cueEnd <= cueStart) return undefined;
  // "the Iran-backed Houthis", "the Hamas-run territory", "the rebels, backed by Rwanda,": a standing relation worn
  // as an attribute.
  if (
    STANDING_PARTICIPLES.has(first.lower) &&
    (tokens[cueStart - 1]?.text === '-' || tokens[cueStart + 1]?.lower === 'by')
  )
    return 'present';
  // "visits", "backs", "urges": the third person present; "-ss" ("dismiss") is a stem.
  if (/[^s]s$/.test(first.lower) && !tokens.slice(0, cueStart).some((t) => t.lower === 'said'))
    return 'present';
  return undefined;
}

/**
 * The tense of the verb a noun phrase is the subject of, right after it or after a relative pronoun: "Turkey-Israel
 * economic relations are in good condition", "China's support for Russia remains strong", "X's arms transfers to Y,
 * which are helping drive the war" (present); "... was short-lived" (past); "is expected to grow" (future).
 * Undefined when no such verb follows.
 */
export function tenseAfter(tokens: readonly Token[], end: number): Tense | undefined {
  let i = end;
  // A relative clause on it tells of it as well: "X's transfer of arms to Y, which are helping drive the war".
  if (tokens[i]?.text === ',' && ['which', 'that'].includes(tokens[i + 1]?.lower ?? '')) i += 2;
  if (['also', 'still', 'now'].includes(tokens[i]?.lower ?? '')) i++;
  const word = tokens[i]?.lower ?? '';
  if (FUTURE_HOSTS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to') return 'future';
  if (word === 'will' || word === 'shall') return 'future';
  if (['is', 'are', 'remains', 'remain'].includes(word)) return 'present';
  if (['was', 'were', 'remained'].includes(word)) return 'past';
  // "China's economic relationship with Mauritius makes it vulnerable": a verb in the third person present.
  const verb = tokens[i];
  if (verb?.pos === 'VERB' && /[^s']s$/.test(word) && !['has', 'was', 'does'].includes(word))
    return 'present';
  return undefined;
}

/**
 * Verbs that end the office or tie of their subject: in the passive ("President Mohamed Morsi was ousted in
 * 2013", not "President Zelenskyy dismissed Putin's response"), or of themselves ("resigned", "died").
 */
const TIE_ENDINGS_PASSIVE = new Set([
  'ousted',
  'overthrown',
  'toppled',
  'deposed',
  'removed',
  'impeached',
  'assassinated',
  'killed',
  'executed',
  'dismissed',
  'fired',
  'sacked',
  'succeeded',
  'replaced',
]);
const TIE_ENDINGS = new Set(['resigned', 'died', 'abdicated', 'retired']);

/**
 * True when the clause right after a title and its holder ends the tie: "Egyptian President Mohamed Morsi was
 * ousted", "resigned", "stepped down". The tie held until then: it takes the clause's date, not the publication's.
 */
export function tieEnds(tokens: readonly Token[], end: number): boolean {
  let passive = false;
  for (let i = end; i < Math.min(tokens.length, end + 4); i++) {
    const word = tokens[i]?.lower ?? '';
    if (TIE_ENDINGS.has(word) || (word === 'stepped' && tokens[i + 1]?.lower === 'down')) return true;
    if (passive && TIE_ENDINGS_PASSIVE.has(word)) return true;
    if (word === 'was' || word === 'were' || word === 'been') passive = true;
    else if (!['had', 'has', 'later', 'then', 'eventually'].includes(word)) return false;
  }
  return false;
}

/** Nouns of a tie kept up, not of an act: "China's close ties with Mauritius", "the deepening ties between ...". */
const STANDING_NOUNS = new Set([
  'ties',
  'relations',
  'relationship',
  'partnership',
  'cooperation',
  'co-operation',
  'collaboration',
  'trade',
  'alliance',
]);
const MODALS = new Set(['could', 'would', 'might', 'may', 'must', 'should', 'can', 'will', 'shall']);
const PRESENT_VERBS = new Set(['is', 'are', 'am', "'s", "'re", 'remains', 'remain', 'says', 'say']);

/**
 * The present a tie kept up, named by a noun that no verb of its own tells, takes from the clause around it: the
 * nearest finite verb before it, when that is in the present ("critics say the deal could threaten the base amid
 * fears of China's close ties with Mauritius", "How concerned are you about the deepening ties between Russia and
 * China?"), or none at all (a heading: "China trade with Mauritius on rise"). Verbs after a modal are passed over,
 * which do not tell when the tie holds. Undefined otherwise: a past or an unknown form leaves the tie undated.
 */
export function standingPresent(
  tokens: readonly Token[],
  cueStart: number,
  cueEnd: number,
): Tense | undefined {
  if (!STANDING_NOUNS.has(tokens[cueEnd - 1]?.lower ?? '') || tokens[cueEnd - 1]?.pos !== 'NOUN')
    return undefined;
  let modal = false;
  let verbs = 0;
  for (let i = cueStart - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') {
      // A quotation or a clause of its own ends the look back.
      if ([';', ':', '“', '”', '"'].includes(token.text)) return undefined;
      continue;
    }
    verbs++;
    if (MODALS.has(token.lower)) {
      modal = true;
      continue;
    }
    // The verb a modal governs: "could threaten", not a time of the tie.
    if (MODALS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'to') continue;
    if (/ing$/.test(token.lower) && token.pos === 'VERB') continue;
    if (PRESENT_VERBS.has(token.lower)) return 'present';
    if (token.pos === 'VERB' && /[^s']s$/.test(token.lower) && !['has', 'was', 'does'].includes(token.lower))
      return 'present';
    return undefined;
  }
  // No verb at all: a heading, told as the story is written.
  return verbs === 0 && !modal && !tokens.slice(cueEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
    ? 'present'
    : undefined;
}

/** Verbs that build up or restore a tie, whose present perfect leaves the tie standing now. */
const TIE_BUILDERS = new Set([
  'upgraded',
  'strengthened',
  'deepened',
  'improved',
  'restored',
  'normalized',
  'normalised',
  'expanded',
  'bolstered',
  'boosted',
  'cemented',
  'forged',
  'built',
  'established',
  'elevated',
  'enhanced',
  'broadened',
  'renewed',
]);
/** Words a tie's noun phrase may hold between the verb and the noun: "their economic and security ties". */
const TIE_PHRASE_TAGS = new Set(['DET', 'PRON', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'CCONJ', 'PUNCT']);

/**
 * The present of a tie built up by now: "the two countries have upgraded their ties", "is seen to have built a
 * good relationship with Trump". The present perfect of a verb that builds or restores a tie leaves the tie standing
 * as the article is written, whatever day the act was done. Not "had upgraded" (a past), nor "have cut ties".
 */
export function builtTie(tokens: readonly Token[], cueStart: number, cueEnd: number): Tense | undefined {
  let noun = -1;
  for (let i = cueStart; i < Math.min(tokens.length, cueEnd + 5); i++)
    if (tokens[i]?.pos === 'NOUN' && STANDING_NOUNS.has(tokens[i]?.lower ?? '')) {
      noun = i;
      break;
    }
  if (noun < 0) return undefined;
  let i = noun - 1;
  while (i >= 0 && TIE_PHRASE_TAGS.has(tokens[i]?.pos ?? '') && tokens[i]?.text !== ',') i--;
  if (!TIE_BUILDERS.has(tokens[i]?.lower ?? '')) return undefined;
  i--;
  while (i >= 0 && tokens[i]?.pos === 'ADV') i--;
  return ['has', 'have', "'ve"].includes(tokens[i]?.lower ?? '') ? 'present' : undefined;
}
