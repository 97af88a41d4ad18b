// Finding a verb's object: the nearest name after it in its clause, the one a preposition of the cue brings
// ("shipped shells to Russia"), or the agent of a passive ("was criticized by China").
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, TITLES, type Mention } from '../actors/mentions';
import { DEFINITIONS } from './cue-table';
import {
  BREAKS,
  MAX_GAP,
  PREPOSITIONS,
  CALENDAR_WORD,
  isVerb,
  isUnknownName,
  hyphenQualifies,
  namesGroupApart,
  POSSESSIVE_PRONOUNS,
} from './clause-words';

/**
 * The nearest mention after token `at`, a few words at most, in the same clause. For a verb's object
 * (`direct`), a preposition or an unknown name on the way means the name found is not the object ("dismissed
 * concerns about Trump").
 */
/** Nouns of a count before "of": "dozens of", "hundreds of". */
const COUNTS = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens',
  'millions',
  'dozen',
  'hundred',
  'thousand',
]);

export function objectAfter(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  direct = false,
): Mention | undefined {
  for (let i = at; i < tokens.length && i - at < MAX_GAP; i++) {
    const token = tokens[i] as Token;
    const mention = mentionAt(mentions, i);
    // "with his French counterpart Emmanuel Macron": the one the possessive names owns the object, is not it.
    const owned =
      mention && POSSESSIVE_PRONOUNS.has(token.lower) ? mentionAt(mentions, mention.end) : undefined;
    if (owned && owned.start === mention?.end) return owned;
    // "backing of the Libyan Government of National Accord": a state's adjective before a name it does not know
    // qualifies that name, the object, which the text names without the registry knowing it.
    const qualified = tokens[mention?.end ?? 0]?.pos === 'PROPN' && isUnknownName(tokens, mention?.end ?? 0);
    if (mention && mention.end - mention.start === 1 && qualified) return undefined;
    // "attacked U.S.-backed Kurdish fighters": the name only qualifies the noun after it, which is the object,
    // named ("criticized Qatar-based Hamas leaders") or not ("sanctioned Russia-based hackers").
    if (mention && hyphenQualifies(tokens, mention.end))
      return qualifiedHead(tokens, mentions, mention.end + 2);
    // "supports the Syrian opposition", "hosts millions of Syrian refugees": a state's adjective before people
    // apart from it tells where they are from; the state is not the object.
    if (mention?.actor.kind === 'state' && namesGroupApart(tokens, mention.end)) return undefined;
    // "could sanction Russia or China": one branch of alternatives asserts nothing.
    if (mention && (tokens[mention.end]?.lower === 'or' || tokens[mention.start - 1]?.lower === 'or'))
      return undefined;
    // "accused the U.N. envoy of", "criticized the U.S. ambassador": a body or state before a title names the
    // one who holds it, the object, whom the text does not name here.
    if (mention && mention.actor.kind !== 'person' && TITLES.matchAt(tokens, mention.end)) return undefined;
    // "urged the United States' allies", "sanctioned Russia's partners": others named by their tie to the owner.
    if (mention && POSSESSIVE.has(tokens[mention.end]?.lower ?? '') && tiedOthers(tokens, mention.end + 1))
      return undefined;
    if (mention) return mention;
    if (BREAKS.has(token.lower) || token.text === ',' || token.text === '.') return undefined;
    // "sent troops to push Hamas out": a cue that ends in "to" before a verb brings an infinitive, an act done,
    // not the one sent to; whoever that act is done to is not the cue's object.
    if (direct && i === at && token.pos === 'VERB' && tokens[at - 1]?.lower === 'to') return undefined;
    // "levied what he said was a tariff": the object is the clause "what" opens, whose subject is no object.
    if (direct && token.lower === 'what') return undefined;
    // "tariffs on $20.7 billion worth of U.S. exports": "of" after a quantity keeps the phrase going.
    // "killed dozens of Ukrainian soldiers", "killed at least 12 Ukrainian soldiers": a count is no adjunct.
    const ofQuantity =
      token.lower === 'of' &&
      (tokens[i - 1]?.lower === 'worth' ||
        tokens[i - 1]?.pos === 'NUM' ||
        COUNTS.has(tokens[i - 1]?.lower ?? ''));
    const atLeast = token.lower === 'at' && ['least', 'most'].includes(tokens[i + 1]?.lower ?? '');
    if (direct && !ofQuantity && !atLeast && (PREPOSITIONS.has(token.lower) || isUnknownName(tokens, i)))
      return undefined;
    // "aiding rebels fighting then-president Gbagbo": past another verb, the object is that verb's; "commitment to
    // the ceasefire was questioned by Japan": past a noun and a verb, the name is in another clause.
    if (direct && i > at && isVerb(token)) return undefined;
    // "criticism of the attack on Israel", "opposition to sanctions on Russia": past another noun of a relation
    // and its own preposition, the name is that noun's object, not the one sought.
    if (!direct && i > at && token.pos === 'ADP' && token.lower !== 'by' && relationNoun(tokens[i - 1]))
      return undefined;
    if (i > at && isVerb(token) && tokens[i - 1]?.pos === 'NOUN' && token.pos === 'AUX') return undefined;
    // "airstrikes against IS in Syria": a name the mention stage does not know heads the object.
    if (isUnknownName(tokens, i) && tokens.slice(at, i).every((t) => t.pos === 'DET' || t.pos === 'ADJ'))
      return undefined;
  }
  return undefined;
}

/** Nouns of others named by their tie to an owner: "Iran's allies", "China's neighbors". */
const TIED_OTHERS = new Set(
  ['allies', 'ally', 'partners', 'partner', 'neighbors', 'neighbours', 'rivals', 'rival', 'enemies'].concat([
    'adversaries',
    'critics',
    'opponents',
    'supporters',
    'backers',
    'friends',
    'proxies',
  ]),
);

/** True when the words from `at` are a few adjectives, then a noun of others tied to the owner before them. */
function tiedOthers(tokens: Token[], at: number): boolean {
  let i = at;
  while (i < at + 3 && tokens[i]?.pos === 'ADJ') i++;
  return TIED_OTHERS.has(tokens[i]?.lower ?? '');
}

/** A common noun the cue table reads as a relation: "attack", "sanctions", "support". */
const relationNoun = (token: Token | undefined) =>
  // The tagger may take the noun after "to" for a verb: "opposition to sanctions on Russia".
  (token?.pos === 'NOUN' || token?.pos === 'VERB') &&
  (DEFINITIONS.get(token.lower)?.some((d) => d.noun) ?? false);

/** The name that heads the noun phrase from token `at`, past adjectives: "Kurdish" in "U.S.-backed Kurdish fighters". */
function qualifiedHead(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  let i = at;
  while (tokens[i]?.pos === 'ADJ' && !mentionAt(mentions, i)) i++;
  const head = mentionAt(mentions, i);
  return head && head.start === i ? head : undefined;
}

/**
 * The object of a verb whose cue names the prepositions that bring it ("ship+>to": "shipped shells to Russia"):
 * the first mention after one of them, past a short noun phrase (the thing shipped), in the same clause.
 */
export function prepositionalObject(
  tokens: Token[],
  mentions: Mention[],
  at: number,
  prepositions: readonly string[],
): Mention | undefined {
  for (let i = at; i < tokens.length && i - at < MAX_GAP + 2; i++) {
    const token = tokens[i] as Token;
    if (mentionAt(mentions, i) || BREAKS.has(token.lower) || token.text === ',' || token.text === '.')
      return undefined;
    // "seek benefit from another meeting with Kim": the object is the phrase the preposition heads, no further.
    if (prepositions.includes(token.lower)) return objectAfter(tokens, mentions, i + 1, true);
    if (isVerb(token) && i > at) return undefined;
  }
  return undefined;
}

/**
 * The "by" that brings a passive verb's agent: just after the verb, or past an adverb or a day ("was criticized
 * sharply by", "was rejected Monday by"); -1 when there is none.
 */
export function agentBy(tokens: Token[], end: number): number {
  for (let i = end; i < end + 3 && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === 'by') return i;
    if (token.pos !== 'ADV' && !CALENDAR_WORD.test(token.text)) return -1;
  }
  return -1;
}
