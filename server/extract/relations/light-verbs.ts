// Light verbs whose object noun names the relation ("maintained an alliance with", "carried out airstrikes
// against"), and verbs of seeking for nouns of an aim ("increase its influence on"): the verb's subject is the
// noun's doer.
import type { Token } from '../document';
import { mentionAt, type Mention } from '../actors/mentions';
import { PhraseMatcher } from '../phrases';
import { expand } from './cue-table';
import { ARTICLES, isVerb } from './clause-words';
import { subjectOfVerb } from './subjects';

/**
 * Verbs whose object noun names a relation or an event the subject takes part in: "maintained an alliance with",
 * "built a good relationship with", "carried out airstrikes against", "has close ties with".
 */
export const LIGHT_VERBS = new PhraseMatcher(
  [
    'have',
    'has',
    'had',
    'having',
    'held',
    'hold',
    'holds',
    'holding',
    'kept',
    'keep',
    'keeps',
    'keeping',
    'built',
    'build',
    'builds',
    'building',
    'began',
    'begin',
    'begun',
    'begins',
    'carried out',
    'carry out',
    'carries out',
    'carrying out',
    'waged',
    'wage',
    'wages',
    'waging',
    // "have been locked in a dispute", "are embroiled in a feud": the state the subject is in.
    'locked in',
    'embroiled in',
    'mired in',
    'maintain+',
    'forge+',
    'develop+',
    'pursue+',
    'strengthen+',
    'deepen+',
    'expand+',
    'launch+',
    'start+',
    'conduct+',
    'establish+',
    'resume+',
    'enter+ into',
    'step+ up',
    'intensify',
    'intensified',
    'intensifies',
    'increase+',
    'extend+',
    'project+',
    'exert+',
    'boost+',
    'gain+',
    'wield+',
    'made',
    'make',
    'makes',
    'making',
    'pay+',
    'paid',
    'mount+',
    'stage+',
    'lodge+',
    'file+',
    'issue+',
    'level+',
    'levelled',
    'announce+',
    'unveil+',
    'express+',
    'voice+',
    'affirm+',
    'reaffirm+',
    'reiterate+',
    'pledge+',
    'renew+',
    'convene+',
  ].flatMap(expand),
);
/**
 * Nouns of an aim that an owner alone does not state: "US influence on the Korean Peninsula" is had, not sought;
 * "China is trying to increase its influence on the Korean Peninsula" seeks it.
 */
export const SOUGHT_NOUNS = new Set(['influence', 'clout', 'leverage']);

/** Verbs that seek more of what the noun names: "increase its influence", "gain leverage over". */
export const SEEKING = new PhraseMatcher(
  [
    'increase+',
    'expand+',
    'extend+',
    'project+',
    'boost+',
    'gain+',
    'exert+',
    'strengthen+',
    'deepen+',
    'seek',
    'seeks',
    'sought',
    'seeking',
    'build',
    'builds',
    'built',
    'building',
  ].flatMap(expand),
);

/** A verb of seeking just before `at`, past the owner's article or pronoun: "increase its", "gain more". */
export function seekingBefore(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const light = SEEKING.matchAt(tokens, i);
    if (light && light.end >= i + 1 && isVerb(tokens[i])) return true;
    if (!ARTICLES.has(tokens[i]?.lower ?? '') && !['ADJ', 'ADV', 'DET'].includes(tokens[i]?.pos ?? ''))
      return false;
  }
  return false;
}
/** Words that may stand between a light verb and its noun: "a permanent ‘blood alliance’", "a series of strikes". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PRON']);

/** The subject of a light verb whose object is the cue noun: "North Korea ... has maintained a ‘blood alliance’". */
export function lightVerbSubject(
  tokens: Token[],
  mentions: Mention[],
  cueStart: number,
  verbs: PhraseMatcher,
): Mention | undefined {
  for (let at = cueStart - 1; at >= 0 && cueStart - at <= 6; at--) {
    const token = tokens[at] as Token;
    if (mentionAt(mentions, at)) return undefined;
    // The light verb ends here: "held", "carried out".
    for (const from of [at, at - 1]) {
      const light = verbs.matchAt(tokens, from);
      if (light?.end === at + 1 && isVerb(tokens[from])) return subjectOfVerb(tokens, mentions, from);
    }
    const quote = /^[‘’“”"']$/.test(token.text);
    // "has close political and security ties": "and" between two adjectives of the noun.
    const joinsModifiers = token.lower === 'and' && tokens[at - 1]?.pos === 'ADJ';
    if (!quote && !joinsModifiers && token.lower !== 'of' && !NOUN_PHRASE.has(token.pos)) return undefined;
    if (token.pos === 'PRON' && !ARTICLES.has(token.lower)) return undefined;
  }
  return undefined;
}
