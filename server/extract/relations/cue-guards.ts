// Guards that refuse a verb's reading: force with no aim is no request ("pushed Hamas fighters out"), a question
// asks for nothing ("asked India about"), a shared view is no accord ("agreed with China that"), a curfew is no
// sanction ("imposed a curfew on").
import type { RelationType } from '../../model/relations';
import type { Token } from '../document';
import type { Mention } from '../actors/mentions';
import { inflections } from './cue-table';

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
  for (let i = cue.end; i < right.start && i - cue.end < 8; i++)
    if (NOT_PENALTIES.has(tokens[i]?.lower ?? '')) return true;
  return false;
}
