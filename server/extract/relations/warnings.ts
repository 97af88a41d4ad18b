// Stage 3, beside the cues: a warning whose threatened act names its target, when the warning names no one warned.
//
// "The United States warned Wednesday that it will continue to exert pressure on Iran", "China threatened that it
// would retaliate against Japan", "Seoul warned it would impose sanctions on Pyongyang": the one who warns says what
// it will do, and the one that act is done to is threatened (THREATENS). "Warned Iran that ..." names the one warned
// and is read by the cue of the verb. Only acts done to another are threats: "the IMF warned that it would hurt
// China's growth" says what a policy would do, no act of the IMF.
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';
import type { RelationCandidate } from './cue-table';
import { subjectBefore } from './subjects';

/** Verbs of warning or threatening whose clause says what the speaker will do. */
const WARNING = new Set(['warned', 'warns', 'warn', 'warning', 'threatened', 'threatens']);
/** Pronouns that stand for the one who warns, as the subject of its clause. */
const SELF = new Set(['it', 'they', 'he', 'she', 'we']);
/** Modals of what one will do. */
const WILL = new Set(['will', 'would', 'could', 'may', 'might', "'ll", 'shall']);
/** Acts done to another that a warning threatens: "impose tariffs on", "retaliate against", "strike". */
const ACTS = new Set([
  'respond',
  'retaliate',
  'impose',
  'strike',
  'attack',
  'hit',
  'exert',
  'punish',
  'sanction',
  'target',
  'expel',
  'block',
  'boycott',
  'invade',
  'bomb',
  'blockade',
  'sue',
  'reimpose',
  'slap',
  'levy',
]);
/** Words that may stand between the modal and the act: "will continue to exert", "would also impose". */
const BEFORE_ACT = new Set([
  'continue',
  'to',
  'also',
  'then',
  'swiftly',
  'immediately',
  'be',
  'forced',
  'have',
]);
/** Words of a day or a time between the verb of warning and its clause: "warned Wednesday that", "on Friday". */
const DAY_WORDS = new Set(['on', 'that', 'late', 'early', 'earlier', 'again', 'also', 'this', 'last']);
/** How far after the act its target may stand: "exert “maximum pressure” on Iran". */
const TARGET_SPAN = 6;
/** Words that end the act's phrase before a target. */
const PHRASE_ENDS = new Set([
  ',',
  ';',
  ':',
  '.',
  'that',
  'which',
  'who',
  'if',
  'unless',
  'but',
  'and',
  'to',
  'from',
]);
/** Words that say the act will not be done. */
const NOT = new Set(['not', "n't", 'never', 'no']);

function make(
  from: Mention,
  to: Mention,
  cue: number,
  act: number,
  found: SentenceMentions,
): RelationCandidate {
  return {
    type: 'THREATENS',
    from,
    to,
    cueStart: cue,
    cueEnd: cue + 1,
    start: Math.min(from.start, cue),
    end: Math.max(to.end, act + 1),
    sentence: found.sentence,
    frame: 'clause',
  };
}

/** The first actor after the act at `act`, in its own phrase: the one it is done to. */
function targetAfter(tokens: Token[], mentions: Mention[], act: number): Mention | undefined {
  for (let i = act + 1; i < tokens.length && i - act <= TARGET_SPAN; i++) {
    const mention = mentionAt(mentions, i);
    if (mention) {
      // "impose tariffs on Chinese goods" names what is hit, owned by the state: still the state's; "on Iran's
      // ally" names another.
      if (POSSESSIVE.has(tokens[mention.end]?.lower ?? '')) return undefined;
      return mention;
    }
    if (PHRASE_ENDS.has(tokens[i]?.lower ?? '')) return undefined;
  }
  return undefined;
}

/** "X warned (Wednesday) (that) it will ... impose tariffs on Y": X threatens Y. */
export function warnings(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!WARNING.has(token.lower) || token.pos !== 'VERB') return;
    // "warned Iran that": the one warned is named, the cue of the verb reads it.
    let i = verb + 1;
    while (
      i < tokens.length &&
      i - verb <= 4 &&
      (DAY_WORDS.has(tokens[i]?.lower ?? '') || (tokens[i]?.pos === 'PROPN' && !mentionAt(mentions, i)))
    )
      i++;
    const warner = subjectBefore(tokens, mentions, verb);
    if (!warner) return;
    const clauseSubject = mentionAt(mentions, i);
    let modal: number;
    if (SELF.has(tokens[i]?.lower ?? '')) modal = i + 1;
    else if (clauseSubject && clauseSubject.start === i && clauseSubject.actor.id === warner.actor.id)
      modal = clauseSubject.end;
    else return;
    if (!WILL.has(tokens[modal]?.lower ?? '')) return;
    let act = modal + 1;
    while (act < tokens.length && act - modal <= 4 && BEFORE_ACT.has(tokens[act]?.lower ?? '')) act++;
    if (tokens.slice(modal + 1, act).some((t) => NOT.has(t.lower))) return;
    if (!ACTS.has(tokens[act]?.lower ?? '')) return;
    const target = targetAfter(tokens, mentions, act);
    if (!target || target.actor.id === warner.actor.id) return;
    result.push(make(warner, target, verb, act, found));
  });
  return result;
}
