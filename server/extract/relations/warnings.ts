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
import type { RelationType } from '../../model/relations';
import { subjectBefore, subjectOfVerb } from './subjects';
import { coordinated } from './coordination';

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

/** A relation read by its verb at `cue` and the act after it at `act`: the span runs from the one who acts to both. */
function make(
  type: RelationType,
  from: Mention,
  to: Mention,
  cue: number,
  act: number,
  found: SentenceMentions,
): RelationCandidate {
  return {
    type,
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
function targetAfter(
  tokens: Token[],
  mentions: Mention[],
  act: number,
  ends: ReadonlySet<string> = PHRASE_ENDS,
): Mention | undefined {
  for (let i = act + 1; i < tokens.length && i - act <= TARGET_SPAN; i++) {
    const mention = mentionAt(mentions, i);
    if (mention) {
      // "impose tariffs on Chinese goods" names what is hit, owned by the state: still the state's; "on Iran's
      // ally" names another.
      if (POSSESSIVE.has(tokens[mention.end]?.lower ?? '')) return undefined;
      return mention;
    }
    if (ends.has(tokens[i]?.lower ?? '')) return undefined;
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
    result.push(make('THREATENS', warner, target, verb, act, found));
  });
  return result;
}

/** Verbs and adjectives of fearing what another may do: "fears that China could", "is concerned that Russia will". */
const FEARING = new Set([
  'fear',
  'fears',
  'feared',
  'fearing',
  'fearful',
  'worried',
  'concerned',
  'afraid',
  'alarmed',
  'worry',
  'worries',
]);
/** Nouns of fear after a preposition, whose holder is the clause's subject: "for fear that", "amid fears that". */
const FEAR_NOUNS = new Set(['fear', 'fears', 'concern', 'concerns', 'worries', 'worry']);
/** Prepositions that open such a noun: "for fear", "amid concerns", "over fears", "citing fears". */
const FEAR_OPENERS = new Set(['for', 'amid', 'over', 'citing', 'with']);
/** Hostile acts one may fear another will do, beyond those a warning threatens: "could invade", "might seize". */
const FEARED_ACTS = new Set([
  ...ACTS,
  ...['seize', 'annex', 'interfere', 'meddle', 'escalate', 'destabilize', 'destabilise', 'occupy', 'spy'],
  ...['weaponize', 'weaponise', 'coerce', 'intimidate', 'undermine', 'abandon', 'betray', 'renege', 'cheat'],
]);

/** The one who fears, for the word of fear at `at`: the subject of its verb, or of the clause a noun of fear ends. */
function fearer(tokens: Token[], mentions: Mention[], at: number): Mention | undefined {
  const word = tokens[at]?.lower ?? '';
  const opened = FEAR_OPENERS.has(tokens[at - 1]?.lower ?? '');
  if (FEAR_NOUNS.has(word) && (opened || tokens[at]?.pos === 'NOUN')) {
    // "Japan fears that", the verb taken for a noun: the name right before it.
    if (!opened) {
      const named = mentionAt(mentions, at - 1);
      return named && !POSSESSIVE.has(tokens[at - 1]?.lower ?? '') ? named : undefined;
    }
    // "Thailand turned them down for fear that": the subject of the verb before the preposition.
    for (let i = at - 2; i >= 0 && at - i <= 12; i--) {
      if (tokens[i]?.text === ',' || tokens[i]?.text === ';') return undefined;
      if (tokens[i]?.pos === 'VERB' && !mentionAt(mentions, i)) return subjectOfVerb(tokens, mentions, i);
    }
    return undefined;
  }
  return subjectOfVerb(tokens, mentions, at);
}

/**
 * "Japan fears that China could invade Taiwan", "The EU is concerned that Russia will attack", "Thailand turned
 * them down for fear that China might retaliate": fearing a hostile act another may do distrusts it (DISTRUSTS).
 * Only a named actor as the subject of the feared clause, a modal, and an act of hostility: "fears that Ukraine
 * could run out of ammunition" fears for Ukraine, not of it.
 */
export function fears(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, at) => {
    if (!FEARING.has(token.lower)) return;
    let i = at + 1;
    if (tokens[i]?.lower === 'that') i++;
    else if (!['fear', 'fears', 'feared', 'fearing'].includes(token.lower) || token.pos !== 'VERB') return;
    if (tokens[i]?.lower === 'the') i++;
    const feared = mentionAt(mentions, i);
    if (!feared || feared.start !== i || POSSESSIVE.has(tokens[feared.end]?.lower ?? '')) return;
    const subjects = coordinated(tokens, mentions, feared, 1);
    const last = subjects.reduce((a, b) => (b.end > a.end ? b : a), feared);
    const modal = tokens[last.end]?.pos === 'ADV' ? last.end + 1 : last.end;
    if (!WILL.has(tokens[modal]?.lower ?? '')) return;
    let act = modal + 1;
    while (act < tokens.length && act - modal <= 4 && BEFORE_ACT.has(tokens[act]?.lower ?? '')) act++;
    if (tokens.slice(modal + 1, act).some((t) => NOT.has(t.lower)) || NOT.has(tokens[act]?.lower ?? ''))
      return;
    if (!FEARED_ACTS.has(tokens[act]?.lower ?? '')) return;
    const holder = fearer(tokens, mentions, at);
    if (!holder) return;
    for (const subject of subjects) {
      if (subject.actor.id === holder.actor.id) continue;
      result.push(make('DISTRUSTS', holder, subject, at, act, found));
    }
  });
  return result;
}

/** Verbs of threatening followed by the act threatened: "threatened to cut gas supplies to Ukraine". */
const THREATENING = new Set(['threaten', 'threatens', 'threatened', 'threatening']);
/** Acts of pressure one threatens to take against another, beyond those a warning threatens. */
const THREATENED_ACTS = new Set([
  ...ACTS,
  ...['cut', 'halt', 'suspend', 'stop', 'freeze', 'ban', 'sever', 'downgrade', 'revoke', 'seize'],
  ...['annex', 'destroy', 'raise', 'increase', 'double', 'expand', 'deport', 'arrest'],
]);
/** The act's phrase may run on past "to" and "from" ("cut supplies to Ukraine", "withdraw troops from Syria"). */
const THREAT_PHRASE_ENDS = new Set([...PHRASE_ENDS].filter((w) => w !== 'to' && w !== 'from'));

/**
 * "Russia threatened to cut gas supplies to Ukraine", "Trump threatened to raise tariffs on Canadian goods": the
 * act threatened names the one it would be done to, the target of the threat (THREATENS).
 */
export function threatenedActs(found: SentenceMentions): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  tokens.forEach((token, verb) => {
    if (!THREATENING.has(token.lower) || tokens[verb + 1]?.lower !== 'to') return;
    const act = tokens[verb + 2]?.pos === 'ADV' ? verb + 3 : verb + 2;
    if (!THREATENED_ACTS.has(tokens[act]?.lower ?? '')) return;
    const target = targetAfter(tokens, mentions, act, THREAT_PHRASE_ENDS);
    const threatener = target && subjectOfVerb(tokens, mentions, verb);
    if (!target || !threatener || target.actor.id === threatener.actor.id) return;
    result.push(make('THREATENS', threatener, target, verb, act, found));
  });
  return result;
}
