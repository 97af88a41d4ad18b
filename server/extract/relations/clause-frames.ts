// Stage 3, beside the cues: relations a clause states around a noun rather than by a cue verb and its object.
// - A toll: "Three soldiers were killed in a Russian drone strike", "died in an airstrike by Israel" (the one
//   named with the strike attacks the ones killed).
// - Backing one has: "benefits from Russia's political protection", "with the backing of Rwanda" (the owner of
//   the backing supports the subject).
// - A view of another: "Japan sees China as a threat", "considers Iran an adversary".
// - An ultimatum: "urged Russia to accept the ceasefire or face further sanctions" (the request is also a threat).
// - A reversal: "imposed tariffs on Canada, then delayed the tariffs" (the second verb eases what the first
//   imposed on the same ends).
import type { RelationType } from '../../model/relations';
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';

/** Two ends and the cue of a relation found by one of these frames. */
export interface FrameRelation {
  type: RelationType;
  from: Mention;
  to: Mention;
  cue: { start: number; end: number };
}

/** What the frames ask of the cue stage: a verb's subject, and the names coordinated with one. */
export interface ClauseHelpers {
  subjectOfVerb(verb: number): Mention | undefined;
  coordinated(first: Mention, direction: 1 | -1): Mention[];
}

/** Days and times that may stand between a verb and its adjunct: "killed Thursday in". */
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight)$/;
const TIME_NOUNS = new Set(['week', 'month', 'year', 'night', 'weekend']);
/** Participles of harm whose subject is the one harmed: "were killed in", "was wounded in". */
const HARMED = new Set(['killed', 'wounded', 'injured', 'hurt', 'died', 'dead']);
/** Nouns of an armed attack. */
const STRIKE_NOUNS = new Set([
  'attack',
  'attacks',
  'airstrike',
  'airstrikes',
  'strike',
  'strikes',
  'raid',
  'raids',
  'bombing',
  'bombings',
  'shelling',
  'bombardment',
  'ambush',
  'assault',
  'offensive',
]);
/** Words that may stand in the noun phrase of a strike: "a U.S. drone strike", "the latest Israeli air strike". */
const STRIKE_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Verbs between a strike and its doer: "an attack carried out by", "a strike launched by". */
const DONE_BY = new PhraseMatcher(['by', 'carried out by', 'launched by', 'conducted by']);

/**
 * "Three Palestinians were killed in an Israeli airstrike", "soldiers died in an attack by the Taliban": the one
 * named with the strike (before the noun, or after "by") attacks each one killed. A strike with no doer named
 * ("killed in an airstrike in Syria") gives nothing; a place after the noun is not its doer.
 */
function tolls(tokens: Token[], mentions: readonly Mention[], helpers: ClauseHelpers): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (!HARMED.has(token.lower)) return;
    // "killed Thursday in", "killed last week in": a day may stand before "in".
    let inAt = at + 1;
    if (DAY.test(tokens[inAt]?.text ?? '')) inAt++;
    else if (tokens[inAt]?.lower === 'last' && TIME_NOUNS.has(tokens[inAt + 1]?.lower ?? '')) inAt += 2;
    if (tokens[inAt]?.lower !== 'in') return;
    // The strike's noun within a short noun phrase after "in".
    let noun = -1;
    let doer: Mention | undefined;
    for (let i = inAt + 1; i < tokens.length && i - inAt <= 6; i++) {
      const mention = mentionAt(mentions, i);
      if (mention) {
        // "an Israeli airstrike": a name before the noun; "Israel's strike" with a possessive.
        if (doer) return;
        doer = mention;
        i = mention.end - 1 + (POSSESSIVE.has(tokens[mention.end]?.lower ?? '') ? 1 : 0);
        continue;
      }
      const word = tokens[i] as Token;
      if (STRIKE_NOUNS.has(word.lower) && !STRIKE_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
        noun = i;
        break;
      }
      if (!STRIKE_PHRASE.has(word.pos) && word.text !== '-') return;
    }
    if (noun < 0) return;
    // "killed in an airstrike by U.S. forces": the doer after "by" (only when none stood before the noun).
    const by = DONE_BY.matchAt(tokens, noun + 1);
    if (!doer && by) {
      const after = mentionAt(mentions, tokens[by.end]?.lower === 'the' ? by.end + 1 : by.end);
      if (after && (after.start === by.end || after.start === by.end + 1)) doer = after;
    }
    if (!doer) return;
    const victim = helpers.subjectOfVerb(at);
    if (!victim) return;
    const cue = { start: at, end: noun + 1 };
    for (const v of helpers.coordinated(victim, -1)) result.push({ type: 'ATTACKS', from: doer, to: v, cue });
  });
  return result;
}

/** Verbs of having another's backing: "benefits from", "enjoys", "relies on", "won". */
const HAVING = new PhraseMatcher([
  ...['benefit from', 'benefits from', 'benefited from', 'benefiting from', 'benefitted from'],
  ...['benefitting from', 'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'relies on', 'rely on', 'relied on'],
  ...['relying on', 'counts on', 'count on', 'counted on', 'counting on', 'depends on', 'depend on'],
  ...['depended on', 'depending on', 'won', 'wins', 'win', 'winning', 'secured', 'secures', 'secure'],
  ...['gained', 'gains', 'received', 'receives', 'receiving', 'has', 'have', 'had', 'with'],
]);
/** Nouns of backing (SUPPORTS) and of help given (AIDS). */
const BACKING_NOUNS = new Map<string, RelationType>([
  ['support', 'SUPPORTS'],
  ['backing', 'SUPPORTS'],
  ['protection', 'SUPPORTS'],
  ['patronage', 'SUPPORTS'],
  ['endorsement', 'SUPPORTS'],
  ['blessing', 'SUPPORTS'],
  ['aid', 'AIDS'],
  ['assistance', 'AIDS'],
  ['help', 'AIDS'],
]);
/** Words of a field or degree between the owner and the noun: "Russia's political protection", "full backing". */
const BACKING_PHRASE = new Set(['ADJ', 'ADV', 'NOUN']);

/**
 * The backing named from `at`: "Russia's (political) protection" or "the (full) support of Russia"; its owner
 * and the noun's index.
 */
function backingAt(
  tokens: Token[],
  mentions: readonly Mention[],
  at: number,
): { owner: Mention; type: RelationType; noun: number } | undefined {
  const owner = mentionAt(mentions, at);
  if (owner && owner.start === at) {
    if (!POSSESSIVE.has(tokens[owner.end]?.lower ?? '')) return undefined;
    for (let i = owner.end + 1; i < tokens.length && i - owner.end <= 3; i++) {
      const type = BACKING_NOUNS.get(tokens[i]?.lower ?? '');
      if (type && tokens[i + 1]?.pos !== 'NOUN') return { owner, type, noun: i };
      if (!BACKING_PHRASE.has(tokens[i]?.pos ?? '')) return undefined;
    }
    return undefined;
  }
  if (tokens[at]?.lower !== 'the') return undefined;
  for (let i = at + 1; i < tokens.length && i - at <= 3; i++) {
    const type = BACKING_NOUNS.get(tokens[i]?.lower ?? '');
    if (type && tokens[i + 1]?.lower === 'of') {
      const start = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
      const of = mentionAt(mentions, start);
      return of?.start === start ? { owner: of, type, noun: i } : undefined;
    }
    if (!BACKING_PHRASE.has(tokens[i]?.pos ?? '') || mentionAt(mentions, i)) return undefined;
  }
  return undefined;
}

/**
 * "North Korea benefits from Russia's political protection", "Ukraine relies on the support of its allies",
 * "the rebels, with the backing of Rwanda, seized": the owner of the backing supports (or aids) the subject of
 * the clause.
 */
function backingHad(tokens: Token[], mentions: readonly Mention[], helpers: ClauseHelpers): FrameRelation[] {
  const result: FrameRelation[] = [];
  for (const verb of HAVING.matchAll(tokens)) {
    if (mentionAt(mentions, verb.start)) continue;
    const backing = backingAt(tokens, mentions, verb.end);
    if (!backing) continue;
    // "with the backing of": the subject of the clause "with" qualifies, whose verb is the next one or before.
    const withPhrase = verb.phrase === 'with';
    const subject = withPhrase
      ? withSubject(tokens, mentions, verb.start, helpers)
      : helpers.subjectOfVerb(verb.start);
    if (!subject || subject.actor.id === backing.owner.actor.id) continue;
    const cue = { start: verb.start, end: backing.noun + 1 };
    for (const s of helpers.coordinated(subject, -1))
      result.push({ type: backing.type, from: backing.owner, to: s, cue });
  }
  return result;
}

/** The subject a "with" phrase qualifies: "Rebels, with the backing of Rwanda, seized" or "X seized Y with". */
function withSubject(
  tokens: Token[],
  mentions: readonly Mention[],
  at: number,
  helpers: ClauseHelpers,
): Mention | undefined {
  // Set off by commas right after the subject: "Rebels, with the backing of Rwanda,".
  if (tokens[at - 1]?.text === ',') {
    const named = mentionAt(mentions, at - 2);
    return named && named.end === at - 1 ? named : undefined;
  }
  for (let i = at - 1; i >= 0 && at - i <= 10; i--) {
    if (mentionAt(mentions, i)) continue;
    const token = tokens[i] as Token;
    if (token.text === ',' || token.lower === 'and' || token.lower === 'that') return undefined;
    if (token.pos === 'VERB') return helpers.subjectOfVerb(i);
  }
  return undefined;
}

/** Verbs of seeing one as something: "sees China as", "considers Iran". */
const SEEING = new Set(
  ['see', 'sees', 'saw', 'view', 'views', 'viewed', 'viewing', 'regard', 'regards', 'regarded'].concat([
    'consider',
    'considers',
    'considered',
    'perceive',
    'perceives',
    'perceived',
    'deem',
    'deems',
    'deemed',
  ]),
);
/** What one is seen as, and the relation it states: a threat (DISTRUSTS), an enemy (OPPOSES), a partner, an ally. */
const SEEN_AS = new Map<string, RelationType>([
  ['threat', 'DISTRUSTS'],
  ['danger', 'DISTRUSTS'],
  ['menace', 'DISTRUSTS'],
  ['enemy', 'OPPOSES'],
  ['adversary', 'OPPOSES'],
  ['foe', 'OPPOSES'],
  ['rival', 'OPPOSES'],
  ['competitor', 'OPPOSES'],
  // "considers France a key partner", "sees Japan as an ally": one counted on.
  ['partner', 'COOPERATES_WITH'],
  ['partners', 'COOPERATES_WITH'],
  ['ally', 'ALLIED_WITH'],
  ['allies', 'ALLIED_WITH'],
  ['threats', 'DISTRUSTS'],
  ['enemies', 'OPPOSES'],
  ['adversaries', 'OPPOSES'],
  ['rivals', 'OPPOSES'],
]);

/** Past a name, the end of a short phrase of what it does or has: "'s growing influence", " expansion". */
function conductAfter(tokens: Token[], mentions: readonly Mention[], at: number): number {
  let i = POSSESSIVE.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  const start = i;
  const modifies = (t: Token | undefined) =>
    ['NOUN', 'ADJ'].includes(t?.pos ?? '') || (t?.pos === 'VERB' && t.lower.endsWith('ing'));
  while (i - start < 3 && modifies(tokens[i]) && !mentionAt(mentions, i)) i++;
  return tokens[i - 1]?.pos === 'NOUN' ? i : at;
}

/** "Japan sees China as a threat", "Washington considers Tehran a security threat": the viewer's stance. */
function views(tokens: Token[], mentions: readonly Mention[], helpers: ClauseHelpers): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    // "Japan views China": the tagger may take "views" for a noun; after an article it is one.
    if (!SEEING.has(token.lower) || ['DET', 'ADJ', 'ADP'].includes(tokens[at - 1]?.pos ?? '')) return;
    const seen = mentionAt(mentions, at + 1);
    if (!seen || seen.start !== at + 1) return;
    const objects = helpers.coordinated(seen, 1);
    const last = objects.reduce((a, b) => (b.end > a.end ? b : a), seen);
    let i = last.end;
    // "regards NATO expansion as a threat", "sees China's rise as a danger": what one does stands for the one.
    const phrase = objects.length === 1 ? conductAfter(tokens, mentions, i) : i;
    if (phrase > i && tokens[phrase]?.lower === 'as') i = phrase;
    const owned = i > last.end;
    if (tokens[i]?.lower === 'as') i++;
    else if (!['a', 'an'].includes(tokens[i]?.lower ?? '')) return;
    // "as a (major) (security) threat", "as its main adversary": the noun within a short phrase.
    for (let j = i; j < tokens.length && j - i <= 4; j++) {
      const type = SEEN_AS.get(tokens[j]?.lower ?? '');
      if (type) {
        // A partner or an ally is one seen as such, not what it does.
        if (owned && type !== 'DISTRUSTS' && type !== 'OPPOSES') return;
        const viewer = helpers.subjectOfVerb(at);
        if (!viewer) return;
        const cue = { start: at, end: j + 1 };
        for (const v of helpers.coordinated(viewer, -1))
          for (const o of objects) result.push({ type, from: v, to: o, cue });
        return;
      }
      const word = tokens[j] as Token;
      const owner = ['its', 'their', 'his', 'her', 'our'].includes(word.lower);
      if ((!owner && !['DET', 'ADJ', 'ADV', 'NOUN'].includes(word.pos)) || mentionAt(mentions, j)) return;
    }
  });
  return result;
}

/** "or face further sanctions": what one is told to do or suffer. */
const OR_FACE = new PhraseMatcher(['or face', 'or else face', 'or risk']);
/** What an ultimatum threatens: measures of pressure or force. */
const PENALTIES = new Set([
  'sanctions',
  'consequences',
  'tariffs',
  'penalties',
  'punishment',
  'retaliation',
  'reprisals',
  'action',
  'force',
  'isolation',
  'strikes',
]);

/**
 * "The G7 urged Russia to accept the ceasefire or face further sanctions": a request or demand backed by a penalty
 * is also a threat, from the one who asks to the one asked.
 */
function ultimatums(tokens: Token[], requests: readonly FrameRelation[]): FrameRelation[] {
  const result: FrameRelation[] = [];
  for (const or of OR_FACE.matchAll(tokens)) {
    let penalty = -1;
    for (let i = or.end; i < tokens.length && i - or.end <= 6; i++) {
      if (PENALTIES.has(tokens[i]?.lower ?? '')) {
        penalty = i;
        break;
      }
      if (tokens[i]?.text === ',' || tokens[i]?.text === '.') break;
    }
    if (penalty < 0) continue;
    // The nearest request before, in the same sentence and not too far back.
    const asked = requests
      .filter((r) => r.cue.end <= or.start && or.start - r.cue.end <= 15)
      .sort((a, b) => b.cue.end - a.cue.end)[0];
    if (!asked) continue;
    const same = requests.filter((r) => r.cue.start === asked.cue.start);
    for (const r of same)
      result.push({ type: 'THREATENS', from: r.from, to: r.to, cue: { start: or.start, end: penalty + 1 } });
  }
  return result;
}

/** Verbs that take back pressure already put: "delayed", "suspended", "lifted". */
const EASING = new Set(
  ['delayed', 'suspended', 'paused', 'lifted', 'postponed', 'eased', 'waived', 'removed', 'dropped'].concat([
    'scrapped',
    'halted',
  ]),
);
/** The pressure taken back, named again: "the tariffs", "those sanctions", "them". */
const PRESSURE_NOUNS = new Set(['tariffs', 'sanctions', 'duties', 'levies', 'restrictions', 'them']);
/** Words that chain a second verb to the first without a new subject. */
const CHAIN = new Set([',', 'and', 'then', 'later', 'but', 'subsequently', 'briefly', 'quickly', 'soon']);

/**
 * "Trump imposed tariffs on Canadian and Mexican exports, then exempted some items and later delayed the tariffs":
 * a later verb of the same subject that takes back the tariffs or sanctions just imposed eases pressure on the
 * same ends. Only when nothing but other verbs of that subject stand between (no new name, no clause of its own).
 */
function reversals(
  tokens: Token[],
  mentions: readonly Mention[],
  imposed: readonly FrameRelation[],
): FrameRelation[] {
  const result: FrameRelation[] = [];
  const last = imposed.reduce((end, r) => Math.max(end, r.cue.end, r.to.end), -1);
  if (last < 0) return result;
  for (let i = last; i < tokens.length && i - last <= 25; i++) {
    const word = tokens[i]?.lower ?? '';
    if (['which', 'who', 'that', 'while', 'after', 'because', 'said', 'says', ';'].includes(word)) break;
    if (!EASING.has(word) || tokens[i]?.pos !== 'VERB') continue;
    if (!CHAIN.has(tokens[i - 1]?.lower ?? '')) continue;
    const det = ['the', 'those', 'these', 'its', 'his', 'her', 'their'].includes(tokens[i + 1]?.lower ?? '');
    const noun = det ? i + 2 : i + 1;
    if (!PRESSURE_NOUNS.has(tokens[noun]?.lower ?? '') || (tokens[noun]?.lower === 'them' && det)) continue;
    // A name after the noun would say whose tariffs or on whom: that is the cue stage's reading.
    const next = mentionAt(mentions, noun + 2);
    if (next && tokens[noun + 1]?.lower === 'on') continue;
    const between = mentions.some((m) => m.start >= last && m.start < i);
    if (between) break;
    for (const r of imposed)
      result.push({ type: 'EASES_PRESSURE_ON', from: r.from, to: r.to, cue: { start: i, end: noun + 1 } });
    break;
  }
  return result;
}

/** Nouns of a danger that another poses: "the threat posed by Iran", "challenges posed by China". */
const DANGERS = new Set([
  'threat',
  'threats',
  'challenge',
  'challenges',
  'danger',
  'dangers',
  'risk',
  'risks',
]);

/**
 * The subject of the clause a phrase ending before `at` stands in: the subject of the nearest verb before that has
 * one ("G7 ministers held a session focused on the challenges": the ministers).
 */
function clauseSubject(
  tokens: Token[],
  mentions: readonly Mention[],
  at: number,
  helpers: ClauseHelpers,
): Mention | undefined {
  for (let i = at - 1; i >= 0 && at - i <= 15; i--) {
    if (mentionAt(mentions, i)) continue;
    const token = tokens[i] as Token;
    if ([',', ';', ':', '.'].includes(token.text) || ['that', 'which', 'who'].includes(token.lower))
      return undefined;
    if (token.pos !== 'VERB') continue;
    const subject = helpers.subjectOfVerb(i);
    if (subject) return subject;
  }
  return undefined;
}

/**
 * "The ministers discussed the strategic challenges posed by China and Russia", "Japan is alarmed by the threat
 * posed by North Korea": the one who speaks of a danger another poses sees that other as a threat.
 */
function dangersPosed(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (!DANGERS.has(token.lower) || tokens[at + 1]?.lower !== 'posed' || tokens[at + 2]?.lower !== 'by')
      return;
    const start = tokens[at + 3]?.lower === 'the' ? at + 4 : at + 3;
    const poser = mentionAt(mentions, start);
    if (!poser || poser.start !== start) return;
    // "the threat posed by Iran's missiles": the owner of what poses it.
    let first = at;
    while (first > 0 && ['DET', 'ADJ', 'NOUN'].includes(tokens[first - 1]?.pos ?? '')) first--;
    const viewer = clauseSubject(tokens, mentions, first, helpers);
    if (!viewer) return;
    const cue = { start: at, end: at + 3 };
    for (const v of helpers.coordinated(viewer, -1))
      for (const p of helpers.coordinated(poser, 1)) result.push({ type: 'DISTRUSTS', from: v, to: p, cue });
  });
  return result;
}

/** Prepositions that set a threat against what the clause tells: "despite threats of U.S. sanctions". */
const IN_SPITE = new PhraseMatcher([
  'despite',
  'amid',
  'in the face of',
  'in spite of',
  'ignoring',
  'defying',
]);
const THREAT_NOUNS = new Set(['threat', 'threats', 'warning', 'warnings']);

/**
 * "Turkey tested the system despite threats of U.S. sanctions", "went ahead amid Washington's warnings": the one
 * whose threats a clause defies threatens its subject.
 */
function threatsDefied(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  for (const prep of IN_SPITE.matchAll(tokens)) {
    let i = prep.end;
    if (['the', 'repeated', 'renewed'].includes(tokens[i]?.lower ?? '')) i++;
    let threatener = mentionAt(mentions, i);
    if (threatener && threatener.start === i) {
      i = threatener.end + (POSSESSIVE.has(tokens[threatener.end]?.lower ?? '') ? 1 : 0);
    } else threatener = undefined;
    while (tokens[i]?.pos === 'ADJ') i++;
    if (!THREAT_NOUNS.has(tokens[i]?.lower ?? '')) continue;
    const noun = i;
    // "threats of Washington sanctions", "warnings from Moscow": the one threatening after the noun.
    if (!threatener && ['of', 'from', 'by'].includes(tokens[noun + 1]?.lower ?? '')) {
      const start = tokens[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
      const after = mentionAt(mentions, start);
      const penalty = after ? (tokens[after.end]?.lower ?? '') : '';
      if (after?.start === start && (tokens[noun + 1]?.lower !== 'of' || PENALTIES.has(penalty)))
        threatener = after;
    }
    if (!threatener) continue;
    // ", despite threats": the comma sets off the phrase from the clause it qualifies.
    const target = clauseSubject(
      tokens,
      mentions,
      prep.start - (tokens[prep.start - 1]?.text === ',' ? 1 : 0),
      helpers,
    );
    if (!target) continue;
    const cue = { start: prep.start, end: noun + 1 };
    for (const t of helpers.coordinated(target, -1))
      result.push({ type: 'THREATENS', from: threatener, to: t, cue });
  }
  return result;
}

/** Nouns of pressure one may be under: "under U.S. sanctions", "under a UN arms embargo". */
const UNDER_NOUNS = new Set(['sanctions', 'embargo', 'blockade', 'restrictions']);

/**
 * "Iran's missile industry, which is under U.S. sanctions", "North Korea remains under UN sanctions": the one
 * named with the sanctions sanctions the subject of the clause.
 */
function underPressure(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (token.lower !== 'under' || !['AUX', 'VERB'].includes(tokens[at - 1]?.pos ?? '')) return;
    let i = at + 1;
    if (['a', 'an', 'the'].includes(tokens[i]?.lower ?? '')) i++;
    while (tokens[i]?.pos === 'ADJ' && !mentionAt(mentions, i)) i++;
    const imposer = mentionAt(mentions, i);
    if (!imposer || imposer.start !== i) return;
    let noun = imposer.end;
    while (['ADJ', 'NOUN'].includes(tokens[noun]?.pos ?? '') && !UNDER_NOUNS.has(tokens[noun]?.lower ?? ''))
      noun++;
    if (!UNDER_NOUNS.has(tokens[noun]?.lower ?? '') || noun - imposer.end > 2) return;
    const target = helpers.subjectOfVerb(at - 1);
    if (!target) return;
    const cue = { start: at, end: noun + 1 };
    for (const t of helpers.coordinated(target, -1))
      result.push({ type: 'SANCTIONS', from: imposer, to: t, cue });
  });
  return result;
}

/** Nouns of economic pressure whose target a participle names: "tariffs targeting Canada". */
const MEASURES = new Set(['tariffs', 'sanctions', 'duties', 'levies', 'restrictions', 'export controls']);
const AIMING = new PhraseMatcher(['targeting', 'targeted at', 'aimed at', 'directed at']);
const OWNER_FIELDS = new Set(['new', 'economic', 'trade', 'financial', 'additional', 'fresh', 'punitive']);

/**
 * "Trump's tariffs targeting Canada and Mexico", "new U.S. sanctions aimed at Iran": the owner of the measure
 * sanctions the one it targets.
 */
function measuresAimed(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  for (const aim of AIMING.matchAll(tokens)) {
    if (!MEASURES.has(tokens[aim.start - 1]?.lower ?? '')) continue;
    // The owner just before the noun, past a possessive and words of field: "Trump's new tariffs", "U.S. sanctions".
    let at = aim.start - 2;
    while (at >= 0 && OWNER_FIELDS.has(tokens[at]?.lower ?? '')) at--;
    if (POSSESSIVE.has(tokens[at]?.lower ?? '')) at--;
    const owner = mentionAt(mentions, at);
    if (!owner || owner.end !== at + 1) continue;
    const start = tokens[aim.end]?.lower === 'the' ? aim.end + 1 : aim.end;
    const target = mentionAt(mentions, start);
    if (!target || target.start !== start) continue;
    const cue = { start: aim.start - 1, end: aim.end };
    for (const t of helpers.coordinated(target, 1))
      result.push({ type: 'SANCTIONS', from: owner, to: t, cue });
  }
  return result;
}

const RETALIATING = new Set([
  'retaliate',
  'retaliates',
  'retaliated',
  'retaliating',
  'responded',
  'hit',
  'hits',
]);
/** Words of a quantity before the goods a tariff is on: "on $28 billion worth of U.S. goods". */
const QUANTITY = new Set([
  '$',
  'billion',
  'million',
  'worth',
  'of',
  'some',
  'about',
  'nearly',
  'more',
  'than',
]);

/** The one whose goods or self a measure is "on" or "against", past a quantity: "on $28 billion worth of U.S. goods". */
function measuredOn(tokens: Token[], mentions: readonly Mention[], at: number): Mention | undefined {
  if (!['on', 'against'].includes(tokens[at]?.lower ?? '')) return undefined;
  for (let i = at + 1; i < tokens.length && i - at <= 8; i++) {
    const mention = mentionAt(mentions, i);
    if (mention) return mention;
    const token = tokens[i] as Token;
    if (!QUANTITY.has(token.lower) && token.pos !== 'NUM' && token.lower !== 'the') return undefined;
  }
  return undefined;
}

/**
 * "Europe retaliated with its own tariffs on $28 billion worth of U.S. goods", "China hit back against the U.S.
 * with sanctions": tariffs or sanctions one answers with are its sanctions on the one they are on or against;
 * strikes one answers with attack it.
 */
function retaliations(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (!RETALIATING.has(token.lower) || token.pos !== 'VERB') return;
    let i = at + 1;
    if (['back', 'quickly'].includes(tokens[i]?.lower ?? '')) i++;
    // "retaliated against the United States with tariffs".
    let target = tokens[i]?.lower === 'against' ? measuredOn(tokens, mentions, i) : undefined;
    if (target) i = target.end;
    if (tokens[i]?.lower !== 'with') return;
    let noun = i + 1;
    while (
      noun < i + 5 &&
      (['DET', 'PRON', 'ADJ', 'NUM'].includes(tokens[noun]?.pos ?? '') || tokens[noun]?.text === '%')
    )
      noun++;
    const word = tokens[noun]?.lower ?? '';
    // "retaliated with strikes on Iran": force answers with an attack.
    const type: RelationType | undefined = MEASURES.has(word)
      ? 'SANCTIONS'
      : STRIKE_NOUNS.has(word)
        ? 'ATTACKS'
        : undefined;
    if (!type) return;
    target ??= measuredOn(tokens, mentions, noun + 1);
    const subject = target && helpers.subjectOfVerb(at);
    if (!target || !subject) return;
    const cue = { start: at, end: noun + 1 };
    for (const s of helpers.coordinated(subject, -1)) result.push({ type, from: s, to: target, cue });
  });
  return result;
}

/** Participles of a go-between joined to its name: "U.S.-proposed", "Qatar-brokered". */
const MEDIATED = new Set(['proposed', 'brokered', 'mediated', 'negotiated', 'sponsored']);
/** What a go-between proposes or brokers between parties. */
const SETTLEMENTS = new Set([
  'ceasefire',
  'cease-fire',
  'truce',
  'talks',
  'deal',
  'agreement',
  'peace',
  'armistice',
]);

/**
 * "a U.S.-proposed ceasefire in the Russia-Ukraine war", "Qatar-brokered talks between Israel and Hamas": the one
 * named before the participle mediates with each party named after the noun ("between A and B", "the A-B war").
 */
function brokered(tokens: Token[], mentions: readonly Mention[], helpers: ClauseHelpers): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (!MEDIATED.has(token.lower) || tokens[at - 1]?.text !== '-') return;
    const broker = mentionAt(mentions, at - 2);
    if (!broker || broker.end !== at - 1) return;
    let noun = at + 1;
    while (noun < at + 3 && tokens[noun]?.pos === 'ADJ') noun++;
    if (!SETTLEMENTS.has(tokens[noun]?.lower ?? '')) return;
    if (tokens[noun + 1]?.lower === 'talks' || tokens[noun + 1]?.lower === 'deal') noun++;
    const prep = tokens[noun + 1]?.lower ?? '';
    let parties: Mention[] = [];
    const start = tokens[noun + 2]?.lower === 'the' ? noun + 3 : noun + 2;
    const first = mentionAt(mentions, start);
    if (first?.start === start && prep === 'between') parties = helpers.coordinated(first, 1);
    // "in the Russia-Ukraine war", "to end the Israel-Hamas conflict".
    else if (
      first?.start === start &&
      ['in', 'to', 'for'].includes(prep) &&
      tokens[first.end]?.text === '-'
    ) {
      const second = mentionAt(mentions, first.end + 1);
      const head = tokens[second?.end ?? 0]?.lower ?? '';
      if (second?.start === first.end + 1 && ['war', 'conflict', 'fighting'].includes(head))
        parties = [first, second];
    }
    if (parties.length < 2) return;
    const cue = { start: at - 1, end: noun + 1 };
    for (const p of parties) result.push({ type: 'MEDIATES', from: broker, to: p, cue });
  });
  return result;
}

/** Verbs of bringing another before a court: "took Kenya to court", "has dragged Russia to the tribunal". */
const TAKING = new Set(
  [
    'take',
    'takes',
    'took',
    'taken',
    'taking',
    'drag',
    'drags',
    'dragged',
    'dragging',
    'haul',
    'hauled',
  ].concat(['hauls', 'hauling']),
);
/** Nouns of a court, the last word of the place one is taken to. */
const COURT_WORDS = new Set(['court', 'courts', 'tribunal', 'icj', 'icc', 'arbitration']);

/**
 * "Somalia took Kenya to the International Court of Justice", "dragged the company to court": bringing another
 * before a court sues it, a charge laid (ACCUSES); so does taking another "to task", a rebuke. The one taken follows the verb at once; the court comes after
 * "to" within a short name, whether or not it is an actor of its own.
 */
function suits(tokens: Token[], mentions: readonly Mention[], helpers: ClauseHelpers): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((token, at) => {
    if (!TAKING.has(token.lower) || token.pos !== 'VERB') return;
    const start = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
    const taken = mentionAt(mentions, start);
    if (!taken || taken.start !== start) return;
    const sued = helpers.coordinated(taken, 1);
    const last = sued.reduce((a, b) => (b.end > a.end ? b : a), taken);
    if (tokens[last.end]?.lower !== 'to') return;
    // "took Ukraine to task": an idiom of rebuke, a charge as well.
    let court = tokens[last.end + 1]?.lower === 'task' ? last.end + 1 : -1;
    for (let i = court < 0 ? last.end + 1 : tokens.length; i < tokens.length && i - last.end <= 6; i++) {
      if (COURT_WORDS.has(tokens[i]?.lower ?? '')) court = i;
      else if (court >= 0 || ![',', 'DET', 'ADJ', 'PROPN', 'NOUN', 'ADP'].includes(tokens[i]?.pos ?? ''))
        break;
      if (tokens[i]?.pos === 'ADP' && tokens[i]?.lower !== 'of') break;
    }
    if (court < 0) return;
    const suer = helpers.subjectOfVerb(at);
    if (!suer) return;
    const cue = { start: at, end: court + 1 };
    for (const s of helpers.coordinated(suer, -1))
      for (const t of sued) result.push({ type: 'ACCUSES', from: s, to: t, cue });
  });
  return result;
}

/** Forms of "to be" (and "remain") that join two actors to a word of mutual hostility. */
const BE_OR_REMAIN = new Set(['is', 'are', 'was', 'were', 'remain', 'remained', 'remains', 'be', 'been']);
/** Nouns of mutual hostility said of two actors together: "Iran and Israel are bitter rivals". */
const MUTUAL_NOUNS = new Set(['rivals', 'foes', 'enemies', 'adversaries', 'archrivals', 'arch-rivals']);

/**
 * The token where a predicate of mutual hostility begins at `at`, or -1: "at odds", "at loggerheads", "on a
 * collision course", "(bitter) rivals". Not when "with" (or "of") follows: the cue stage reads those.
 */
function mutualPredicate(tokens: Token[], at: number): number {
  const word = tokens[at]?.lower ?? '';
  const next = tokens[at + 1]?.lower ?? '';
  if (next === 'with' || next === 'of') return -1;
  if ((word === 'odds' || word === 'loggerheads') && tokens[at - 1]?.lower === 'at') return at - 1;
  if (word === 'course' && tokens[at - 1]?.lower === 'collision') {
    let i = at - 2;
    if (['a', 'the'].includes(tokens[i]?.lower ?? '')) i--;
    // "on a collision course", "closer to a collision course", "headed for a collision course".
    return ['on', 'to', 'for'].includes(tokens[i]?.lower ?? '') ? i : -1;
  }
  if (!MUTUAL_NOUNS.has(word)) return -1;
  let i = at - 1;
  while (i >= 0 && at - i <= 2 && ['ADJ', 'ADV'].includes(tokens[i]?.pos ?? '')) i--;
  return i + 1;
}

/**
 * "Turkey and the United States are on a collision course", "Russia and Ukraine remain at odds", "Iran and Saudi
 * Arabia are bitter rivals": two (or more) actors as the subject of "to be" and a predicate of mutual hostility
 * oppose each other, each way (rivalries are read both ways).
 */
function mutualHostility(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
): FrameRelation[] {
  const result: FrameRelation[] = [];
  tokens.forEach((_, at) => {
    const start = mutualPredicate(tokens, at);
    if (start < 0) return;
    // Back over adverbs and "closer" to the verb: "are seemingly closer to", "remain deeply".
    let be = start - 1;
    while (be >= 0 && start - be <= 3 && (tokens[be]?.pos === 'ADV' || tokens[be]?.lower === 'closer')) be--;
    if (!BE_OR_REMAIN.has(tokens[be]?.lower ?? '')) return;
    // "have been at loggerheads", "have long been rivals": the auxiliary stands after the subject.
    let verb = be;
    if (tokens[verb - 1]?.pos === 'ADV') verb--;
    if (!['have', 'has', 'had'].includes(tokens[verb - 1]?.lower ?? '')) verb = be;
    else verb--;
    const last = mentionAt(mentions, verb - 1);
    if (!last || last.end !== verb) return;
    const sides = helpers.coordinated(last, -1);
    // "Turkey and the United States": an article after "and" is passed over.
    const first = sides.reduce((a, b) => (b.start < a.start ? b : a), last);
    const before = tokens[first.start - 1]?.lower === 'the' ? first.start - 1 : first.start;
    const other = tokens[before - 1]?.lower === 'and' ? mentionAt(mentions, before - 2) : undefined;
    if (other && other.end === before - 1) sides.push(...helpers.coordinated(other, -1));
    const ids = new Set(sides.map((m) => m.actor.id));
    if (ids.size < 2) return;
    // The cue opens at "closer" when it stands there, so that a hedge before it ("seemingly") reads as one.
    const closer = tokens.slice(be + 1, start).findIndex((t) => t.lower === 'closer');
    const cue = { start: closer < 0 ? start : be + 1 + closer, end: at + 1 };
    for (const a of sides)
      for (const b of sides)
        if (a.actor.id !== b.actor.id) result.push({ type: 'OPPOSES', from: a, to: b, cue });
  });
  return result;
}

/** Every relation these frames find in a sentence, given the cue stage's requests and sanctions already found. */
export function clauseFrames(
  tokens: Token[],
  mentions: readonly Mention[],
  helpers: ClauseHelpers,
  found: readonly FrameRelation[],
): FrameRelation[] {
  const requests = found.filter((r) => r.type === 'REQUESTS' || r.type === 'DEMANDS');
  const imposed = found.filter((r) => r.type === 'SANCTIONS');
  return [
    ...tolls(tokens, mentions, helpers),
    ...backingHad(tokens, mentions, helpers),
    ...views(tokens, mentions, helpers),
    ...ultimatums(tokens, requests),
    ...reversals(tokens, mentions, imposed),
    ...dangersPosed(tokens, mentions, helpers),
    ...threatsDefied(tokens, mentions, helpers),
    ...underPressure(tokens, mentions, helpers),
    ...measuresAimed(tokens, mentions, helpers),
    ...retaliations(tokens, mentions, helpers),
    ...brokered(tokens, mentions, helpers),
    ...suits(tokens, mentions, helpers),
    ...mutualHostility(tokens, mentions, helpers),
  ];
}
