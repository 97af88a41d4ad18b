// Guards that refuse a verb's reading: force with no aim is no request ("pushed Hamas fighters out"), a question
// asks for nothing ("asked India about"), a shared view is no accord ("agreed with China that"), a curfew is no
// sanction ("imposed a curfew on").
import type { RelationType } from '../../model/relations';
import type { Token } from '../document';
import type { Mention } from '../actors/mentions';
import { inflections } from './cue-table';
import { ALLEGATION_NOUNS } from './denials';

/** Verbs of force that ask only when what is pressed for follows: "pressed China to act", "pushed Iran on". */
const PRESSURE_VERBS = new Set(['push', 'press'].flatMap(inflections));
/** Words after the one pressed that say what it is pressed for: "to act", "for a deal", "on trade", "over". */
const PRESSED_FOR = new Set(['to', 'for', 'on', 'over', 'into']);

/**
 * "pressed China to release", "pushed Iran for talks" ask; "pushed Hamas fighters out of the city", "pressed
 * Ukraine's defenses" are force, no request. False when a verb of force has no aim after its object.
 */
export function pressedToAct(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'REQUESTS' || cue.end - cue.start !== 1) return true;
  if (!PRESSURE_VERBS.has(tokens[cue.start]?.lower ?? '')) return true;
  return PRESSED_FOR.has(tokens[right.end]?.lower ?? '');
}

/** Verbs of asking that put a question when "about", "whether" follow their object: "asked India about". */
const ASK_VERBS = new Set(inflections('ask'));
const QUESTION_WORDS = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

/**
 * "asked Pakistan about the attack" puts a question, which asks for nothing to be done; "agreed with China that
 * the talks had failed" shares a view, no accord to act together.
 */
export function onlyQuestionedOrAgreed(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  const after = tokens[right.end]?.lower ?? '';
  // "called for Russia to be expelled", "urged that X be held accountable": what is asked is done to the object by
  // others; the object is not the one asked.
  if (type === 'REQUESTS' && after === 'to' && tokens[right.end + 1]?.lower === 'be')
    return tokens[right.end + 2]?.pos === 'VERB';
  if (type === 'REQUESTS' && ASK_VERBS.has(tokens[cue.start]?.lower ?? '') && cue.end - cue.start === 1)
    return QUESTION_WORDS.has(after);
  if (
    type === 'AGREES_TO_COOPERATE' &&
    tokens[cue.start]?.lower === 'agreed' &&
    tokens[cue.end - 1]?.lower === 'with'
  )
    return after === 'that' || (after === ',' && tokens[right.end + 1]?.lower === 'that');
  return false;
}

/** What is imposed on a state or people that is no penalty from outside: "imposed a curfew on the city". */
const NOT_PENALTIES = new Set([
  'curfew',
  'curfews',
  'lockdown',
  'lockdowns',
  'quarantine',
  'martial',
  'emergency',
  'ceasefire',
  'will',
]);

/** "imposed a curfew on Iraq", "imposed martial law on": a bare "impose" whose object is no sanction. */
export function imposesNoPenalty(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'SANCTIONS' || !/^impos/.test(tokens[cue.start]?.lower ?? '')) return false;
  return namedBeforeEnd(tokens, cue, right, NOT_PENALTIES);
}

/** Whether one of `words` stands between the cue and its end, within eight words of the cue. */
function namedBeforeEnd(
  tokens: Token[],
  cue: { start: number; end: number },
  right: Mention,
  words: ReadonlySet<string>,
): boolean {
  for (let i = cue.end; i < right.start && i - cue.end < 8; i++)
    if (words.has(tokens[i]?.lower ?? '')) return true;
  return false;
}

/** An attack read from a verb of launching: "launched strikes on", "launches missiles at". */
function launchAttack(tokens: Token[], cue: { start: number }, type: RelationType): boolean {
  return type === 'ATTACKS' && /^launch/.test(tokens[cue.start]?.lower ?? '');
}

/** What is launched "at" or "on" a state that is no blow: drills, tests, inquiries, appeals and satellites. */
const NOT_BLOWS = new Set([
  'drill',
  'drills',
  'exercise',
  'exercises',
  'games',
  'maneuvers',
  'manoeuvres',
  'test',
  'tests',
  'patrol',
  'patrols',
  'investigation',
  'inquiry',
  'probe',
  'appeal',
  'bid',
  'initiative',
  'satellite',
  'satellites',
  // "launched a WTO dispute against the EU", "launched a legal challenge against": a case brought, no strike.
  'dispute',
  'disputes',
  'case',
  'cases',
  'challenge',
  'lawsuit',
  'complaint',
  'proceedings',
  'consultations',
]);

/** "launched military drills at Taiwan", "launched a probe on": a launch whose object is no strike. */
export function launchesNoBlow(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (!launchAttack(tokens, cue, type)) return false;
  return namedBeforeEnd(tokens, cue, right, NOT_BLOWS);
}

/**
 * "launched Iranian drones at Ukraine", "launched a UN appeal": a name right after a verb of launching that
 * qualifies the noun after it names what is launched, not its target.
 */
export function qualifiesLaunched(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (!launchAttack(tokens, cue, type)) return false;
  const next = tokens[right.end];
  return next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.text === '-';
}

/**
 * "requested WTO dispute consultations with the U.S.": a dispute brought before a body is a complaint against the
 * party it is brought with, not a request of the body. True when the body asked qualifies a noun of dispute.
 */
export function bringsDispute(tokens: Token[], type: RelationType, right: Mention): boolean {
  if (type !== 'REQUESTS') return false;
  for (let i = right.end; i < right.end + 2; i++) if (DISPUTE_NOUNS.has(tokens[i]?.lower ?? '')) return true;
  return false;
}
const DISPUTE_NOUNS = new Set(['dispute', 'disputes']);

/** Nouns of what an actor alleged or found: dismissing them denies a charge, it refuses no offer. */
const ALLEGED = new Set([
  ...ALLEGATION_NOUNS,
  'finding',
  'findings',
  'report',
  'reports',
  'conclusion',
  'conclusions',
  'remarks',
  'comments',
  'statement',
  'statements',
  'criticism',
  'account',
]);

/**
 * "dismissed the U.N. findings", "dismissed Iran's claims", "dismissed the report by the panel": a dismissal of
 * what an actor alleged is a denial, which speaks of that actor (COMMENTS_ON), not a refusal of it.
 */
export function dismissesAllegation(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'REJECTS' || !/^dismiss/.test(tokens[cue.start]?.lower ?? '')) return false;
  let i = right.end + (/^['’]/.test(tokens[right.end]?.text ?? '') ? 1 : 0);
  while (i < tokens.length && i - right.end < 4 && tokens[i]?.pos === 'ADJ') i++;
  if (ALLEGED.has(tokens[i]?.lower ?? '')) return true;
  const before = tokens[right.start - 1]?.lower === 'the' ? right.start - 2 : right.start - 1;
  if (!['of', 'by'].includes(tokens[before]?.lower ?? '')) return false;
  for (let j = cue.end; j < before; j++) if (ALLEGED.has(tokens[j]?.lower ?? '')) return true;
  return false;
}

/** Nouns of help one actor gives another. */
const HELP_NOUNS = new Set(['support', 'help', 'assistance', 'aid', 'backing', 'solidarity']);

/**
 * "thanked the United States for its support", "thanked Japan for the help": the support thanked for is the one
 * thanked's, given to the one who thanks, so the relation runs the other way.
 */
export function thankedForHelp(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'SUPPORTS' || !/^thank/.test(tokens[cue.start]?.lower ?? '')) return false;
  if (tokens[right.end]?.lower !== 'for') return false;
  for (let i = right.end + 1; i < tokens.length && i - right.end <= 4; i++) {
    const word = tokens[i]?.lower ?? '';
    if (HELP_NOUNS.has(word)) return true;
    if (
      ![
        'its',
        'their',
        'his',
        'her',
        'the',
        'continued',
        'continuing',
        'strong',
        'unwavering',
        'generous',
        'military',
        'financial',
      ].includes(word)
    )
      return false;
  }
  return false;
}

/** Goods traded between states: supplying them is trade, not aid. */
const TRADED_GOODS = new Set(
  ['oil', 'crude', 'gas', 'lng', 'electricity', 'energy', 'coal', 'uranium', 'petroleum', 'grain', 'wheat']
    .concat(['corn', 'soybeans', 'minerals', 'metals', 'steel', 'aluminum', 'aluminium', 'timber', 'lumber'])
    .concat(['chips', 'semiconductors', 'goods', 'products', 'fertilizer', 'fertiliser', 'potash']),
);

const SUPPLY_VERB = /^(?:suppl|ship|deliver|sell|sold|export)/;

/**
 * "Canada, which supplies the United States with oil", "supplied gas to Europe": goods sold from one state to
 * another are trade between them (COOPERATES_WITH), not aid.
 */
export function suppliesTradedGoods(
  tokens: Token[],
  cue: { start: number; end: number },
  type: RelationType,
  right: Mention,
): boolean {
  if (type !== 'AIDS' || !SUPPLY_VERB.test(tokens[cue.start]?.lower ?? '')) return false;
  for (let i = cue.start + 1; i < right.start && i - cue.start < 8; i++)
    if (TRADED_GOODS.has(tokens[i]?.lower ?? '')) return true;
  if (tokens[right.end]?.lower !== 'with') return false;
  for (let i = right.end + 1; i < tokens.length && i - right.end <= 4; i++)
    if (TRADED_GOODS.has(tokens[i]?.lower ?? '')) return true;
  return false;
}
