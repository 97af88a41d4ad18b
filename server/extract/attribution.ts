// Stage 4: relation candidates -> attributed claims. Who asserts each (a quoted speaker, "X said", "according to
// X", "X's memoir", "X believes"), how certain it is (fact, claim, assessment), and which statements are negated,
// conditional or hypothetical and so assert nothing.
import type { Certainty } from '../model/actors';
import type { ActorInfo } from './actors/actor-table';
import type { Paragraph, Sentence, Token } from './document';
import { mentionAt, type Mention, type SentenceMentions } from './actors/mentions';
import type { RelationCandidate } from './relations/cues';
import { modifierNegation, WANTING } from './relations/clause-words';
import { mainSubject } from './relations/participles';
import {
  ACCUSING_VERBS,
  ANALYST_NOUNS,
  ASKING_VERBS,
  COMMENTING_FORMER_POSTS,
  ELABORATING_PARTICIPLES,
  OFFICE_NOUNS,
  AUTHORED_WORKS,
  CONDITIONS,
  IRREALIS_CLAUSES,
  HEDGES,
  HYPOTHETICAL_MODALS,
  SENTENCE_HEDGES,
  NEGATIONS,
  OPINION_VERBS,
  SOURCE_PHRASES,
  SCHOLARLY_BODIES,
  SPEECH_ACTS,
  SPEAKING_PARTICIPLES,
  SPEECH_VERBS,
  PLURAL_SPEECH_VERBS,
  TEACHING_VERBS,
  REPRESENTING_NOUNS,
  UNNAMED_REPORTS,
} from './lexicon/attribution';
import { AGENT_NOUNS } from './lexicon/agents';
import {
  GOVERNMENT_NAME_WORDS,
  RESEARCH_BODY_NOUNS,
  RESEARCH_NAME_WORDS,
  THINK_TANKS,
} from './lexicon/research-bodies';
import { FORMER_WORDS, MEMBER_TITLES } from './lexicon/titles';
import { PhraseMatcher } from './phrases';
import { relationDefinition, type RelationType } from '../model/relations';
import { sameClause, type TextDate } from './dates';
import { simplePast, tenseOf } from './tense';

const SPEECH = new PhraseMatcher([...SPEECH_VERBS, ...PLURAL_SPEECH_VERBS]);
const ACCUSING = new PhraseMatcher(ACCUSING_VERBS);
const ELABORATING = new PhraseMatcher(ELABORATING_PARTICIPLES);
const SPEECH_ACT_TYPES = new Set<string>(SPEECH_ACTS);
const ACCUSED_OF = new PhraseMatcher(['of', 'for', 'with']);
const OPINION = new PhraseMatcher(OPINION_VERBS);
const SOURCES = new PhraseMatcher(SOURCE_PHRASES);
const WORKS = new PhraseMatcher(AUTHORED_WORKS);
const HEDGE = new PhraseMatcher(HEDGES);
const SENTENCE_HEDGE = new PhraseMatcher(SENTENCE_HEDGES);
const NEGATION = new PhraseMatcher(NEGATIONS);
const CONDITION = new PhraseMatcher(CONDITIONS);
const IRREALIS = new PhraseMatcher(IRREALIS_CLAUSES);
const ASKING = new PhraseMatcher(ASKING_VERBS);
const MODAL = new PhraseMatcher(HYPOTHETICAL_MODALS);
const SPEAKING_PARTICIPLE = new PhraseMatcher(SPEAKING_PARTICIPLES);
const REPORTS_UNNAMED = new PhraseMatcher(UNNAMED_REPORTS);
/** Opinion verbs that say something was voiced more than that it is believed: "warned", "suggested". */
const NOT_BELIEF = new Set(['warned', 'warns', 'cautioned', 'cautions', 'suggested', 'suggests']);
const SPEAKER_KINDS = new Set(['person', 'organisation', 'state']);
const NOT_VERBS = new Set(['NOUN', 'PROPN', 'ADJ']);
const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const QUOTE_ENDS = new Set(['”', '"', '’']);
const ANALYST = new PhraseMatcher(ANALYST_NOUNS);
const OFFICE = new PhraseMatcher(OFFICE_NOUNS);
const TEACHING = new PhraseMatcher(TEACHING_VERBS);
/** Titles that name an analyst: "senior fellow", "associate professor", "analyst". */
const ANALYST_TITLES = new Set(
  MEMBER_TITLES.filter((title) => ANALYST_NOUNS.some((noun) => ` ${title} `.includes(` ${noun} `))),
);
const SCHOLARLY = new RegExp(`\\b(?:${SCHOLARLY_BODIES.join('|')})\\b`, 'i');
const FORMER = new Set(FORMER_WORDS);
const COMMENTING_POSTS = new Set(COMMENTING_FORMER_POSTS);

/** Words that say what a person is: "X is a professor at Y", "X was a fellow". */
const COPULA_WORDS = new Set(['is', 'was']);

/** Words before "general" that make it part of a civil office: "secretary general", "attorney general". */
const CIVIL_GENERAL = new Set(['secretary', 'attorney', 'surgeon', 'solicitor', 'inspector', 'governor']);

/**
 * Whether words name a post from which its former holder comments ("ambassador", "retired general"); "general" in
 * "former NATO Secretary General" or "attorney general" names a civil office, a former official, not an analyst.
 */
function commentingPost(words: readonly string[]): boolean {
  return words.some(
    (word, i) => COMMENTING_POSTS.has(word) && !(word === 'general' && CIVIL_GENERAL.has(words[i - 1] ?? '')),
  );
}
const REPRESENTING = new Set(REPRESENTING_NOUNS);
const POSSESSIVE = new Set(["'s", '’s']);

/** Days and months, which the tagger reads as proper nouns: "Akar on Saturday said". */
const CALENDAR_WORDS = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'],
  ...['september', 'october', 'november', 'december'],
]);
/** A word that may be a name no actor was made of: capitalised, tagged a proper noun, not in capitals ("IAEA"). */
const unknownName = (found: SentenceMentions, i: number): boolean => {
  const token = found.sentence.tokens[i];
  return (
    !!token &&
    token.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    !CALENDAR_WORDS.has(token.lower) &&
    !mentionAt(found.mentions, i)
  );
};

/**
 * "Dodik's lawyer, Anto Nobilo," or "Anto Nobilo, Dodik's lawyer,": a person named with another's lawyer, aide
 * or spokesman, who speaks for them.
 */
function representing(tokens: Token[], mention: Mention): boolean {
  const before =
    tokens[mention.start - 1]?.text === ',' &&
    REPRESENTING.has(tokens[mention.start - 2]?.lower ?? '') &&
    POSSESSIVE.has(tokens[mention.start - 3]?.lower ?? '');
  // The title read as part of the name: "Dodik's [lawyer, Anto Nobilo]", "[Dodik's lawyer, Anto Nobilo]".
  let titled = false;
  for (let i = mention.start - 1; i < mention.end - 1 && !titled; i++)
    titled = POSSESSIVE.has(tokens[i]?.lower ?? '') && REPRESENTING.has(tokens[i + 1]?.lower ?? '');
  if (before || titled) return true;
  if (tokens[mention.end]?.text !== ',') return false;
  for (let i = mention.end + 1; i < Math.min(tokens.length, mention.end + 6); i++) {
    if ([',', '.', ';'].includes(tokens[i]?.text ?? '')) return false;
    if (POSSESSIVE.has(tokens[i]?.lower ?? '') && REPRESENTING.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A word of a compound adjective after its hyphen, which the tagger reads as a verb or a mark: "Beijing-based",
 * "U.S.-backed", "state-owned". It makes no clause of its own.
 */
function compoundWord(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (['-', '–'].includes(token.text))
    return /^\p{L}/u.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]?.end === token.start;
  return ['-', '–'].includes(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.end === token.start;
}
const wordPattern = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');
const RESEARCH_NAME = wordPattern(RESEARCH_NAME_WORDS);
const GOVERNMENT_NAME = wordPattern(GOVERNMENT_NAME_WORDS);
const THINK_TANK_NAMES = new Set(THINK_TANKS.map((name) => name.toLowerCase()));
const RESEARCH_BODY = new PhraseMatcher(RESEARCH_BODY_NOUNS);

/**
 * A body of scholars or a policy think tank, by its name ("... University", "Carnegie Endowment for International
 * Peace", "U.S.-Korea policy program", "Atlantic Council"), unless the name makes it an organ of government
 * ("Congressional Research Service", "Senate Foreign Relations Committee").
 */
export function isResearchBody(body: ActorInfo): boolean {
  if (body.kind !== 'organisation') return false;
  const names = [body.name, ...body.aliases];
  if (names.some((name) => THINK_TANK_NAMES.has(name.toLowerCase()))) return true;
  if (names.some((name) => SCHOLARLY.test(name))) return true;
  return names.some((name) => RESEARCH_NAME.test(name)) && !names.some((name) => GOVERNMENT_NAME.test(name));
}

/**
 * "director of the Korea program at" a body: a noun phrase of a post (no verb: "who played a role in the
 * Columbia University protests" is no post) whose last word before the body is "at", "of" or "with".
 */
function postAt(tokens: Token[], mentions: Mention[], from: number, body: number): boolean {
  for (let i = from; i < body; i++)
    if (['VERB', 'AUX'].includes(tokens[i]?.pos ?? '') && !compoundWord(tokens, i)) return false;
  // Past a state's adjective on the body's name ("of the Chinese Council of ...") and its article.
  let at = body - 1;
  const adjective = mentionAt(mentions, at);
  if (adjective && adjective.actor.kind !== 'person' && adjective.start >= from) at = adjective.start - 1;
  if (tokens[at]?.lower === 'the') at--;
  return at >= from && ['at', 'of', 'with'].includes(tokens[at]?.lower ?? '');
}

/**
 * "owner of Beijing-based TechMoat Consulting", "a fellow at the Lakeside Institute": a post at a body whose name
 * (capitalised words, read here though no actor was made of it) ends in a word of research or scholarship, and
 * names no organ of government.
 */
function unnamedResearchPost(tokens: Token[], mentions: Mention[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i] as Token;
    if (!isCapital(word) || !(RESEARCH_NAME.test(word.text) || SCHOLARLY.test(word.text))) continue;
    let start = i;
    while (start > from && (isCapital(tokens[start - 1]) || compoundWord(tokens, start - 1))) start--;
    const name = tokens
      .slice(start, i + 1)
      .map((t) => t.text)
      .join(' ');
    if (start < i && !GOVERNMENT_NAME.test(name)) return postAt(tokens, mentions, from, start);
  }
  return false;
}

/**
 * The article's analysts: people it describes as analysts, experts or scholars ("a senior fellow at", "of the
 * Foreign Policy Institute", "who is now a regional analyst"), unless it also gives them an office of a state
 * ("Presidential Advisor Mesut Casin of Yeditepe University" speaks for Turkey).
 */
export class Analysts {
  private readonly analysts = new Set<string>();
  private readonly officials = new Set<string>();
  /** Bodies the article calls a think tank: "the Atlantic Council, a foreign policy think tank". */
  private readonly thinkTanks = new Set<string>();

  learn(found: SentenceMentions): void {
    const { tokens } = found.sentence;
    for (const mention of found.mentions) {
      if (mention.actor.kind !== 'organisation' || tokens[mention.end]?.text !== ',') continue;
      const stop = tokens.findIndex((t, i) => i > mention.end && [',', '.', ';'].includes(t.text));
      const to = stop < 0 ? Math.min(tokens.length, mention.end + 8) : Math.min(stop, mention.end + 8);
      if (RESEARCH_BODY.occursIn(tokens, mention.end + 1, to)) this.thinkTanks.add(mention.actor.id);
    }
    // "the Cato Institute think tank": the noun right after the name.
    for (const mention of found.mentions)
      if (mention.actor.kind === 'organisation' && RESEARCH_BODY.matchAt(tokens, mention.end))
        this.thinkTanks.add(mention.actor.id);
    for (const role of found.roles) {
      if (role.member.kind !== 'person') continue;
      const former =
        role.former === true || [1, 2].some((back) => FORMER.has(tokens[role.start - back]?.lower ?? ''));
      // "retired admiral X", "former ambassador X": a former holder of a post who comments on it.
      const commenting = former && commentingPost(role.title.toLowerCase().split(' '));
      if (ANALYST_TITLES.has(role.title) || (role.of && this.isResearch(role.of)) || commenting)
        this.analysts.add(role.member.id);
      // A post in a body that is no research body ("the U.N.'s special representative X") is an office.
      else if ((role.of?.kind === 'state' || role.of?.kind === 'organisation') && !former)
        this.officials.add(role.member.id);
    }
    for (const mention of found.mentions)
      if (mention.actor.kind === 'person' && representing(tokens, mention))
        this.officials.add(mention.actor.id);
    // "X, who teaches international relations at Y University", "X lectures on African politics at the University of
    // Z": one who teaches or studies at a body of scholars or research.
    for (const mention of found.mentions)
      if (mention.actor.kind === 'person' && this.teaches(found, mention))
        this.analysts.add(mention.actor.id);
    // "Ombongi is the former chair of ... and is now associate dean of postgraduate studies at the University of
    // Nairobi": a sentence that opens with a person and says what they are.
    const head = found.mentions[0];
    if (head?.start === 0 && head.actor.kind === 'person' && this.describedAsAnalyst(found, head))
      this.analysts.add(head.actor.id);
    // "X, a senior fellow at Y", "X, who is now a regional analyst": the words after a name set off by a comma.
    for (const mention of found.mentions) {
      if (mention.actor.kind !== 'person' || tokens[mention.end]?.text !== ',') continue;
      const next = found.mentions.find((m) => m.start > mention.end && m.actor.kind === 'person');
      const end = Math.min(next?.start ?? tokens.length, mention.end + 10);
      const stop = tokens
        .slice(mention.end + 1, end)
        .findIndex((t) => ['.', ';', '“', '”', '"'].includes(t.text));
      const to = stop < 0 ? end : mention.end + 1 + stop;
      if (ANALYST.occursIn(tokens, mention.end + 1, to)) this.analysts.add(mention.actor.id);
      // "X, director of the Korea program at the Council on Foreign Relations, said": a post at a research body.
      const reach = Math.min(next?.start ?? tokens.length, mention.end + 16);
      const wide = tokens
        .slice(mention.end + 1, reach)
        .findIndex((t) => ['.', ';', '“', '”', '"'].includes(t.text));
      const until = wide < 0 ? reach : mention.end + 1 + wide;
      const body = found.mentions.find(
        (m) => m.start > mention.end && m.end <= until && m.actor.kind === 'organisation',
      );
      const researchPost = body
        ? this.isResearch(body.actor) && postAt(tokens, found.mentions, mention.end + 1, body.start)
        : unnamedResearchPost(tokens, found.mentions, mention.end + 1, until);
      if (researchPost) this.analysts.add(mention.actor.id);
      // "X, a former U.S. ambassador to NATO,", "X, a retired general,": a former post, held no more, from which
      // its holder comments.
      const formerAt = [1, 2].map((n) => mention.end + n).find((i) => FORMER.has(tokens[i]?.lower ?? ''));
      if (
        formerAt !== undefined &&
        commentingPost(
          tokens
            .slice(formerAt + 1, to)
            .map((t) => t.lower.replace(/-/g, ' '))
            .join(' ')
            .split(' '),
        )
      )
        this.analysts.add(mention.actor.id);
      // "Professor Mesut Casin, a Turkish presidential foreign policy adviser": an office he holds now. A post at a
      // research body ("secretary-general of the X think tank", "adviser at Y Institute") is no office of a state,
      // nor one held once ("X, a former minister", "X, former deputy secretary of state").
      if (!researchPost && formerAt === undefined && OFFICE.occursIn(tokens, mention.end + 1, to))
        this.officials.add(mention.actor.id);
    }
  }

  /**
   * "X is a senior fellow at Y", "X was a professor of history", "X is now associate dean of studies at the University
   * of Z": a copula after the person, then an analyst's noun or a post at a body of research, before any other verb.
   */
  private describedAsAnalyst(found: SentenceMentions, person: Mention): boolean {
    const { tokens } = found.sentence;
    if (!COPULA_WORDS.has(tokens[person.end]?.lower ?? '')) return false;
    const to = Math.min(tokens.length, person.end + 30);
    // The post, up to the next verb ("and is now ..." goes on describing: a copula starts the next post).
    let from = person.end + 1;
    for (let i = from; i < to; i++) {
      const token = tokens[i] as Token;
      if (COPULA_WORDS.has(token.lower)) from = i + 1;
      else if (['VERB', 'AUX'].includes(token.pos) && !compoundWord(tokens, i)) return false;
      if (ANALYST.matchAt(tokens, i)) return true;
      const body = mentionAt(found.mentions, i);
      if (body?.start === i && body.actor.kind === 'organisation' && this.isResearch(body.actor))
        return postAt(tokens, found.mentions, from, body.start);
      if (['.', ';', '"', '“', '”'].includes(token.text)) return false;
    }
    return false;
  }

  private teaches(found: SentenceMentions, mention: Mention): boolean {
    const { tokens } = found.sentence;
    let at = mention.end;
    if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'who') at += 2;
    while (tokens[at]?.pos === 'ADV') at++;
    const verb = TEACHING.matchAt(tokens, at);
    if (!verb) return false;
    const stop = tokens.findIndex((t, i) => i >= verb.end && [',', '.', ';'].includes(t.text));
    const to = Math.min(stop < 0 ? tokens.length : stop, verb.end + 14);
    const body = found.mentions.find(
      (m) => m.start >= verb.end && m.end <= to && m.actor.kind === 'organisation',
    );
    if (body) return this.isResearch(body.actor);
    for (let i = verb.end; i < to; i++) {
      const word = tokens[i] as Token;
      if (isCapital(word) && (SCHOLARLY.test(word.text) || RESEARCH_NAME.test(word.text))) return true;
    }
    return false;
  }

  private isResearch(body: ActorInfo): boolean {
    return isResearchBody(body) || this.thinkTanks.has(body.id);
  }

  has(id: string): boolean {
    return this.analysts.has(id) && !this.officials.has(id);
  }

  /** True for a person the article gives an office of a state: their views are stances, not readings. */
  isOfficial(id: string): boolean {
    return this.officials.has(id);
  }
}

/** Whose voice a sentence (or part of it) is in. */
export interface Voice {
  speaker: ActorInfo;
  /** True for a reading ("X believes"), false for an account ("X said"). */
  opinion: boolean;
  /**
   * True for a verb of believing or expecting ("X thinks Y could ..."), which makes what it reports the speaker's
   * reading of its subject; a warning or a suggestion ("X warned that Y ...") reads only with a hedge of its own.
   * Only for a person named by name: not for a pronoun, a state or a body.
   */
  belief?: boolean;
  /** Tokens this voice covers: the reported part of the sentence. */
  from: number;
  to: number;
  /** Where its verb stands, for the date of the telling ("Rubio said Monday"); absent for "according to". */
  verb?: number;
  /** True when "he" or "she" names the speaker: the speaker is whom coreference took it for. */
  pronoun?: boolean;
}

export interface Attribution {
  certainty: Certainty;
  assertedBy: string | null;
}

/** "Tom Reyes, a former diplomat, thinks": a person, then a noun phrase set off by commas up to the verb. */
function appositiveHead(tokens: Token[], mention: Mention, verb: number): boolean {
  if (mention.actor.kind !== 'person' || tokens[mention.end]?.text !== ',' || tokens[verb - 1]?.text !== ',')
    return false;
  const between = tokens.slice(mention.end + 1, verb - 1);
  return (
    between.length <= 10 &&
    between.every(
      (t, i) => !['VERB', 'AUX', 'PUNCT'].includes(t.pos) || compoundWord(tokens, mention.end + 1 + i),
    )
  );
}

/** A state's adjective after "a"/"an" on a noun that is no agent of it: "an Italian Sinologist", "a Chinese firm". */
function describing(tokens: Token[], mention: Mention): boolean {
  if (mention.actor.kind !== 'state' || !['a', 'an'].includes(tokens[mention.start - 1]?.lower ?? ''))
    return false;
  const noun = tokens[mention.end];
  return !!noun && TITLE_POS.has(noun.pos) && !STATE_AGENT_NOUNS.has(noun.lower);
}

/** The speaker next to a speech or opinion verb at [start, end): "X said", "said X", "X, director of Y, said". */
/** Nouns for the bodies of a state that speak for it: "its foreign ministry", "the country's intelligence agency". */
const SPEAKING_BODIES = new Set([
  'agency',
  'ministry',
  'military',
  'army',
  'government',
  'office',
  'service',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'officials',
  'authorities',
]);

/** "South Korea's intelligence agency said": a state's own body, unnamed, right before the verb. */
function possessiveBody(tokens: Token[], mention: Mention, verb: number): boolean {
  if (mention.actor.kind !== 'state' || !["'s", '’s'].includes(tokens[mention.end]?.lower ?? ''))
    return false;
  if (verb - mention.end > 4 || !SPEAKING_BODIES.has(tokens[verb - 1]?.lower ?? '')) return false;
  return tokens.slice(mention.end + 1, verb).every((t) => /^\p{Ll}/u.test(t.text));
}

function speakerNear(found: SentenceMentions, start: number, end: number): Mention | undefined {
  const { tokens } = found.sentence;
  const after = mentionAt(found.mentions, end);
  const inverted = start === 0 || [',', '”', '"', '’'].includes(tokens[start - 1]?.text ?? '');
  const quoted = start > 0 && QUOTE_ENDS.has(tokens[start - 1]?.text ?? '');
  if (quoted || start === 0) {
    // '..." said retired Turkish admiral Cem Gurdeniz', '..." said international relations expert Soli Ozel': a
    // title may stand between the verb and the name.
    for (let i = end; i < Math.min(tokens.length, end + 7); i++) {
      const mention = mentionAt(found.mentions, i);
      if (mention?.actor.kind === 'person') return mention;
      if (mention) i = mention.end - 1;
      else if (!TITLE_POS.has(tokens[i]?.pos ?? '') && !FORMER.has(tokens[i]?.lower ?? '')) break;
    }
  }
  // ", said X" names its speaker after the verb; in "X, director of Y, thinks North Korea could ..." the actor after
  // the verb is the subject of what is reported (a verb follows it), and the speaker stands before.
  // "X, a researcher at Y, said Moscow fears ...": a state or body after the verb with words of its own after it
  // (a verb the tagger took for a noun) begins what is reported; "said Russian officials" names its speakers.
  const next = tokens[after?.end ?? -1];
  const clauseAfter =
    !!after &&
    !!next &&
    (['VERB', 'AUX'].includes(next.pos) ||
      (after.actor.kind !== 'person' &&
        tokens[start - 1]?.text === ',' &&
        /^\p{Ll}/u.test(next.text) &&
        !STATE_AGENT_NOUNS.has(next.lower)));
  const subjectAfter = clauseAfter;
  if (inverted && after && SPEAKER_KINDS.has(after.actor.kind) && !(subjectAfter && start > 0)) return after;
  for (let i = start - 1; i >= 0 && start - i <= 12; i--) {
    const mention = mentionAt(found.mentions, i);
    // The speaker stands next to the verb ("X said", "X also said", "X, director of Y, said"), or before an
    // appositive with no name in it and no verb of its own ("X, a former diplomat, thinks").
    if (mention && start - mention.end > 2) {
      if (appositiveHead(tokens, mention, start)) return mention;
      // "South Korea's intelligence agency said ...": a state's body the story does not name speaks for the state.
      if (possessiveBody(tokens, mention, start)) return mention;
      // "X, director of Beijing-based Y, said": a place or body named inside the appositive, past which its
      // person may still stand.
      if (mention.actor.kind !== 'person' && tokens[start - 1]?.text === ',') {
        i = mention.start;
        continue;
      }
      return undefined;
    }
    // "Many people spoke up for Taiwan, I believe": a pronoun no actor stands for is a speaker not named here.
    if (!mention && tokens[i]?.pos === 'PRON' && i === start - 1) return undefined;
    // "... Germany, France and Italy, Sisci said": a name no actor was made of is the speaker, not one before it.
    if (i === start - 1 && unknownName(found, i)) return undefined;
    // "X, an Italian Sinologist, told": a state's adjective in a description of the speaker is not the speaker.
    if (mention && describing(tokens, mention)) {
      i = mention.start;
      continue;
    }
    if (mention && SPEAKER_KINDS.has(mention.actor.kind)) {
      // Skip the body of an appositive ("X, director of Y, said"): the speaker is the first name of the phrase.
      const earlier = found.mentions.filter((m) => m.end <= mention.start && tokens[m.end]?.text === ',');
      const head = earlier.find((m) => m.actor.kind === 'person' && mention.actor.kind !== 'person');
      return head ?? mention;
    }
    if (['.', ';', '“', '”', '"'].includes(tokens[i]?.text ?? '')) return undefined;
  }
  return undefined;
}

/**
 * "China backed North Korea, Xi told reporters.": a speaker and verb set off by a comma after what they report,
 * with no clause of their own after the verb (no "that", no other verb), report what comes before them.
 */
function trailing(tokens: Token[], speaker: Mention, verbEnd: number): boolean {
  // Past the article of the speaker's phrase: "..., the South Korean military said."
  const start = ['the', 'a', 'an'].includes(tokens[speaker.start - 1]?.lower ?? '')
    ? speaker.start - 1
    : speaker.start;
  if (start < 2 || ![',', '”', '"'].includes(tokens[start - 1]?.text ?? '')) return false;
  if (tokens[verbEnd]?.lower === 'that') return false;
  return !tokens.slice(verbEnd).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** True when the sentence names the actor a pronoun stands for before it, by a name. */
function namedBefore(found: SentenceMentions, pronoun: Mention): boolean {
  return found.mentions.some(
    (m) => m.actor.id === pronoun.actor.id && m.via !== 'pronoun' && m.end <= pronoun.start,
  );
}

/**
 * A verb of speech or opinion as a verb: not part of a name, not a noun ("a think tank", "according to reports",
 * "the Cato Institute think tank").
 */
function tellingVerb(found: SentenceMentions, verb: { start: number; end: number }): boolean {
  const { tokens } = found.sentence;
  if (mentionAt(found.mentions, verb.start)) return false;
  if (NOT_VERBS.has(tokens[verb.start]?.pos ?? '')) return false;
  return !['tank', 'tanks', 'tank’s', "tank's"].includes(tokens[verb.end]?.lower ?? '');
}

/** Words that open a clause of the story's own after what a speaker is reported to say. */
const NARRATOR_LINKS = new Set(['as', 'while', 'whereas']);

/**
 * Where what a speaker is reported to say ends: at a clause the story adds after a comma, with a subject of its
 * own named by name ("The United States warned it will keep up pressure on Iran, as Tehran rejected its offer"),
 * else at the end of the sentence.
 */
function narratorClause(found: SentenceMentions, from: number): number {
  const { tokens } = found.sentence;
  for (let i = from + 1; i < tokens.length - 2; i++) {
    if (tokens[i - 1]?.text !== ',' || !NARRATOR_LINKS.has(tokens[i]?.lower ?? '')) continue;
    const subject = mentionAt(found.mentions, i + 1) ?? mentionAt(found.mentions, i + 2);
    if (!subject || subject.via === 'pronoun' || subject.start > i + 2) continue;
    let at = subject.end;
    while (tokens[at]?.pos === 'ADV') at++;
    if (['VERB', 'AUX'].includes(tokens[at]?.pos ?? '')) return i - 1;
  }
  return tokens.length;
}

/** Voices inside one sentence: "X said (that) ...", "... , X said", "according to X", "X believes". */
export function sentenceVoices(found: SentenceMentions, authors: Map<string, ActorInfo>): Voice[] {
  const { tokens } = found.sentence;
  const voices: Voice[] = [];
  for (const [matcher, opinion] of [
    [SPEECH, false],
    [OPINION, true],
    [ACCUSING, false],
  ] as const) {
    for (const verb of matcher.matchAll(tokens)) {
      // "accused X of ...": the charge follows "of" or "for"; without one the verb reports nothing.
      const charge =
        matcher === ACCUSING ? ACCUSED_OF.matchAll(tokens, verb.end, verb.end + 8)[0] : undefined;
      if (matcher === ACCUSING && !charge) continue;
      if (!tellingVerb(found, verb)) continue;
      const speaker = speakerNear(found, verb.start, verb.end);
      if (!speaker) continue;
      const reportedAfter = speaker.end <= verb.start && !trailing(tokens, speaker, verb.end);
      const from = charge?.start ?? (reportedAfter ? verb.end : 0);
      const to = reportedAfter ? narratorClause(found, verb.end) : Math.min(verb.start, speaker.start);
      // A person: "he believes" only when the sentence names him before ("X told RFI he believed ..."), as the
      // pronoun may be taken for someone else; a state's or a body's belief is a stance it holds.
      const belief =
        opinion &&
        !NOT_BELIEF.has(tokens[verb.start]?.lower ?? '') &&
        speaker.actor.kind === 'person' &&
        (speaker.via !== 'pronoun' || namedBefore(found, speaker));
      voices.push({
        speaker: speaker.actor,
        opinion,
        belief,
        from,
        to,
        verb: verb.start,
        pronoun: speaker.via === 'pronoun' && PERSON_PRONOUNS.has(tokens[speaker.start]?.lower ?? ''),
      });
    }
  }
  // "Iran rejected the offer, saying Washington was threatening it": the main clause's subject tells what follows.
  for (const participle of SPEAKING_PARTICIPLE.matchAll(tokens)) {
    if (tokens[participle.start - 1]?.text !== ',' || !tellingVerb(found, participle)) continue;
    const subject = mainSubject(tokens, found.mentions, participle.start - 1);
    if (!subject) continue;
    voices.push({
      speaker: subject.actor,
      opinion: false,
      from: participle.end,
      to: narratorClause(found, participle.end),
      verb: participle.start,
      pronoun: subject.via === 'pronoun' && PERSON_PRONOUNS.has(tokens[subject.start]?.lower ?? ''),
    });
  }
  for (const phrase of SOURCES.matchAll(tokens)) {
    const source = mentionAt(found.mentions, phrase.end) ?? mentionAt(found.mentions, phrase.end + 1);
    const work = WORKS.matchAt(tokens, phrase.end + 1) ?? WORKS.matchAt(tokens, phrase.end + 2);
    const author = source?.actor ?? (work ? authors.get('work') : undefined);
    if (author) voices.push({ speaker: author, opinion: false, from: 0, to: tokens.length });
  }
  rememberAuthors(found, authors);
  return voices;
}

/** "X's memoir", "in his memoir": the last author named, for a later "according to the memoir". */
function rememberAuthors(found: SentenceMentions, authors: Map<string, ActorInfo>): void {
  const { tokens } = found.sentence;
  for (const work of WORKS.matchAll(tokens)) {
    const before = tokens[work.start - 1]?.lower ?? '';
    const owner = mentionAt(
      found.mentions,
      before === "'s" || before === '’s' ? work.start - 2 : work.start - 1,
    );
    if (owner?.actor.kind === 'person') authors.set('work', owner.actor);
  }
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
/** Conjunctions that may open a sentence before its subject: "And Wine says ...", "But Towson said ...". */
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so']);

/**
 * A verb of speech whose speaker is a name no actor was made of: '..." Towson said', "said Jeffrey Towson",
 * "Andrew Lebovich of the Clingendael think tank said". Its speaker is someone the article names but the reader
 * does not know.
 */
function unknownSpeaker(found: SentenceMentions): boolean {
  const { tokens } = found.sentence;
  for (const verb of SPEECH.matchAll(tokens)) {
    if (!tellingVerb(found, verb) || speakerNear(found, verb.start, verb.end)) continue;
    let before = verb.start - 1;
    while (tokens[before]?.pos === 'ADV') before--;
    // '..." Towson said', "Towson told VOA", "And Towson says": a lone name after a quotation, a comma or at the
    // head (past a conjunction that opens the sentence).
    if (
      unknownName(found, before) &&
      (before === 0 ||
        (before === 1 && OPENING_CONJUNCTIONS.has(tokens[0]?.lower ?? '')) ||
        [',', '”', '"', '’'].includes(tokens[before - 1]?.text ?? '') ||
        unknownName(found, before - 1))
    )
      return true;
    // '..." said Jeffrey Towson': a name after the verb that reports the quotation before it.
    if ([',', '”', '"', '’'].includes(tokens[verb.start - 1]?.text ?? '') && unknownName(found, verb.end))
      return true;
    // "Andrew Lebovich of the X think tank said ...": a name of two words at the head, and no other verb before.
    const head = unknownName(found, 0) && unknownName(found, 1);
    const clear = tokens
      .slice(2, verb.start)
      .every(
        (t, i) =>
          !['VERB', 'AUX'].includes(t.pos) || (t.lower === 'think' && tokens[i + 3]?.lower === 'tank'),
      );
    if (head && clear) return true;
  }
  return false;
}

/**
 * The sentences of a paragraph (by their place in it) whose "he said" or "she said" cannot be trusted to name
 * whom coreference took it for: those after a speaker whose name no actor was made of ('"..." Towson said.
 * "...," he said'), until a speaker is named again. The pronoun most likely stands for the unknown speaker.
 */
export function doubtfulPronounSpeakers(found: readonly SentenceMentions[]): Set<number> {
  const doubtful = new Set<number>();
  let unknown = false;
  found.forEach((f, n) => {
    const { tokens } = f.sentence;
    const verbs = SPEECH.matchAll(tokens).filter((verb) => tellingVerb(f, verb));
    if (verbs.length === 0) return;
    const speakers = verbs.map((verb) => speakerNear(f, verb.start, verb.end));
    const pronoun = speakers.some(
      (m) => m?.via === 'pronoun' && PERSON_PRONOUNS.has(tokens[m.start]?.lower ?? ''),
    );
    if (unknown && pronoun) doubtful.add(n);
    if (speakers.some((m) => m && m.via !== 'pronoun')) unknown = false;
    if (unknownSpeaker(f)) unknown = true;
  });
  return doubtful;
}

/** What may stand between two quotations of one speaker: the first one's attribution and its full stop. */
const ATTRIBUTING = new RegExp(`\\b(?:${[...SPEECH_VERBS, ...OPINION_VERBS].join('|')})\\b`, 'i');
function continues(gap: string): boolean {
  const told = gap.trim();
  // One sentence, ended: no quotation mark, no full stop before its end ("U.S." aside), and a verb of telling.
  return (
    told.length <= 160 &&
    /[.!?]$/.test(told) &&
    !/[“”"\n]/.test(told) &&
    !/[.!?]\s/.test(told.slice(0, -1)) &&
    ATTRIBUTING.test(told)
  );
}

/** A quoted passage, as characters of its paragraph, and who speaks it. */
export interface Quotation {
  from: number;
  to: number;
  speaker: ActorInfo;
  /** Where the speaker's run of quotations begins: the passage itself, or the first of those it goes on from. */
  run: number;
}

/** Quoted passages of a paragraph and who speaks them, as character ranges of the paragraph. */
export function paragraphQuotes(
  paragraph: Paragraph,
  found: SentenceMentions[],
  doubtful: ReadonlySet<number> = new Set(),
): Quotation[] {
  const quotes: Quotation[] = [];
  // Every pair of marks is read, short ones too ('called the assertions "baseless"'), so that straight marks stay
  // paired in order; a short one quotes a word, not a passage, and has no speaker to find.
  const pattern = /[“"]([^”"]*)[”"]/g;
  for (let match = pattern.exec(paragraph.text); match; match = pattern.exec(paragraph.text)) {
    if ((match[1]?.length ?? 0) < 12) continue;
    const from = match.index;
    const to = match.index + match[0].length;
    const around = found.filter(
      (f) => f.sentence.offset <= to && f.sentence.offset + f.sentence.text.length >= from,
    );
    // The speech verb nearest the quotation, before or after it, that names a speaker: '"...," X said' over a
    // later "said Y" of another passage in the same sentence.
    let speaker: ActorInfo | undefined;
    let distance = Infinity;
    // A speaker named only by a pronoun that may stand for someone no actor was made of: none, nor a farther one.
    let unsure = false;
    for (const f of around) {
      const doubted = doubtful.has(found.indexOf(f));
      // '"...," warned X': a verb of opinion attributes a quotation as a verb of speech does.
      for (const verb of [...SPEECH.matchAll(f.sentence.tokens), ...OPINION.matchAll(f.sentence.tokens)]) {
        const at = f.sentence.offset + (f.sentence.tokens[verb.start] as Token).start;
        if (at >= from && at < to) continue;
        if (!tellingVerb(f, verb)) continue;
        const gap = at >= to ? at - to : from - at;
        if (gap >= distance) continue;
        const near = speakerNear(f, verb.start, verb.end);
        if (!near) continue;
        unsure = doubted && near.via === 'pronoun';
        [speaker, distance] = [unsure ? undefined : near.actor, gap];
      }
    }
    // '“...,” Paal said. “Trump sees no need ...”': a quotation with no speaker of its own that opens the sentence
    // right after another one's attribution goes on with the same speaker.
    const last = quotes[quotes.length - 1];
    // A quotation whose own verb names someone no actor was made of ('"...," Lebovich said') goes on from no one.
    const continued =
      !speaker &&
      !unsure &&
      !!last &&
      continues(paragraph.text.slice(last.to, from)) &&
      !around.some(unknownSpeaker);
    if (continued && last) quotes.push({ from, to, speaker: last.speaker, run: last.run });
    else if (speaker) quotes.push({ from, to, speaker, run: from });
  }
  return quotes;
}

/** True when a negation or a condition governs the candidate: it then asserts nothing. */
export function isNegatedOrConditional(c: RelationCandidate): boolean {
  const { tokens } = c.sentence;
  const clauseStart = lastBreakBefore(tokens, Math.min(c.from.start, c.cueStart));
  // "a 'no limits' partnership": a negation that only makes a modifier of the noun negates nothing.
  const negations = NEGATION.matchAll(tokens, Math.max(clauseStart, c.cueStart - 4), c.cueStart);
  if (negations.some((m) => !modifierNegation(tokens, m.start))) return true;
  // "India denied Pakistan's allegation": a denial is the comment itself, not a relation it negates.
  // "does not trust Russia": a cue of distrust written with its negation.
  const negativeCue = c.type === 'COMMENTS_ON' || c.type === 'DISTRUSTS';
  if (!negativeCue && NEGATION.occursIn(tokens, c.cueStart, c.cueEnd)) return true;
  if (IRREALIS.occursIn(tokens, Math.max(0, c.cueStart - 12), c.cueStart)) return true;
  // "I do not believe there will be an arrest of X", "we don't think Y will attack": a belief denied.
  const opinionFrom = Math.max(0, c.cueStart - 12);
  if (
    OPINION.matchAll(tokens, opinionFrom, c.cueStart).some((verb) =>
      NEGATION.occursIn(tokens, Math.max(0, verb.start - 2), verb.start),
    )
  )
    return true;
  // "urged Beijing to impose sanctions on X": what is asked for, not done (the asking is its own claim). A threat
  // read from "threatened to impose ..." is the threat made, which holds.
  const to = tokens[c.cueStart - 1]?.lower === 'to' ? c.cueStart - 1 : -1;
  // "China wants to expand ...": wanting right before "to" is the subject's own aim, which asks nothing.
  const asked = WANTING.has(tokens[to - 1]?.lower ?? '') ? to - 1 : to;
  if (to > 0 && c.type !== 'THREATENS' && ASKING.occursIn(tokens, Math.max(0, to - 8), asked)) return true;
  // "Trump would meet with Kim if there is a prospect of a deal": what would happen on a condition. A warning of
  // what will follow on a condition is a threat made, which holds.
  if (unrealisedEvent(c)) return true;
  const modalFrom = Math.max(lastBreakBefore(tokens, c.cueStart), c.cueStart - 6);
  if (c.type !== 'THREATENS' && MODAL.occursIn(tokens, modalFrom, c.cueStart) && hasCondition(tokens))
    return true;
  return hasCondition(tokens, quotationClosedBefore(tokens, c.cueStart), c.cueStart);
}

/**
 * Where the text after the last quotation closed before `at` starts (0 if none closed): '"If the talks fail, we
 * will respond," Erdogan said after meeting Putin': the quotation's condition is the speaker's, not the meeting's.
 */
function quotationClosedBefore(tokens: Token[], at: number): number {
  let straight = 0;
  let after = 0;
  for (let i = 0; i < at; i++) {
    const mark = tokens[i]?.text;
    if (mark === '”') after = i + 1;
    else if (mark === '"' && ++straight % 2 === 0) after = i + 1;
  }
  return after;
}

/**
 * A condition among tokens [from, to). "Should" is one only before its own subject ("Should talks fail", "...
 * should the talks fail"); as a modal before its verb ("or maybe I should say") it states no condition.
 */
function hasCondition(tokens: Token[], from = 0, to = tokens.length): boolean {
  return CONDITION.matchAll(tokens).some(
    (m) =>
      m.start >= from &&
      m.start < to &&
      (tokens[m.start]?.lower !== 'should' ||
        m.start === 0 ||
        [',', ';', '“', '"'].includes(tokens[m.start - 1]?.text ?? '') ||
        !MODAL_NEXT.has(tokens[m.start + 1]?.pos ?? '')),
  );
}
/** What follows "should" as a modal: its verb, an auxiliary, an adverb, "not". */
const MODAL_NEXT = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** Words before an event's noun that say it is only proposed or possible: "a possible meeting". */
const UNREALISED_BEFORE = new Set(['possible', 'potential', 'proposed', 'hypothetical', 'prospective']);
/** Verbs after an event's noun that say it did not take place: "the meeting was canceled". */
const UNREALISED_AFTER = new Set([
  'canceled',
  'cancelled',
  'postponed',
  'scrapped',
  'shelved',
  'called',
  // "his travel to Afghanistan has been prohibited": an event forbidden is not held.
  'prohibited',
  'banned',
  'barred',
  'blocked',
  'forbidden',
]);

/**
 * An event named by a noun that did not or may not take place: "a possible meeting between ...", "the planned
 * meeting between Kim and Xi was canceled". A noun of an event only proposes it then, and states no act.
 */
function unrealisedEvent(c: RelationCandidate): boolean {
  if (relationDefinition(c.type).family !== 'event') return false;
  const { tokens } = c.sentence;
  const cue = tokens[c.cueStart];
  if (cue?.pos !== 'NOUN') return false;
  for (let i = c.cueStart - 1; i >= Math.max(0, c.cueStart - 3); i--)
    if (UNREALISED_BEFORE.has(tokens[i]?.lower ?? '')) return true;
  // The noun phrase's verb, past "between A and B" or "with A": "was canceled", "has been postponed".
  const end = Math.max(c.cueEnd, c.from.end, c.to.end);
  for (let i = end; i < Math.min(tokens.length, end + 3); i++) {
    const word = tokens[i]?.lower ?? '';
    if (UNREALISED_AFTER.has(word)) return word !== 'called' || tokens[i + 1]?.lower === 'off';
    if (!['was', 'were', 'has', 'have', 'had', 'been', 'is', 'be', 'later'].includes(word)) break;
  }
  return false;
}

function lastBreakBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--)
    if ([',', ';', ':', '“', '”'].includes(tokens[i]?.text ?? '')) return i + 1;
  return 0;
}

/**
 * A hedge of the whole sentence ("can be read as", "analysts say") governs what follows it, and what precedes it
 * only when set off by a comma (", analysts say."): "Kim's visit to China can be read as a signal that ..." reads
 * the signal, not the visit.
 */
function sentenceHedged(tokens: Token[], cueStart: number): boolean {
  return [...SENTENCE_HEDGE.matchAll(tokens), ...unnamedReaders(tokens)].some(
    (hedge) => hedge.start <= cueStart || [',', '—', '–'].includes(tokens[hedge.start - 1]?.text ?? ''),
  );
}

/** The verbs of telling in the plural present, which the lists of verbs hold in other forms: "analysts say". */
const PLURAL_TELLING = new Set([
  'say',
  'claim',
  'note',
  'argue',
  'warn',
  'suggest',
  'contend',
  'agree',
  'fear',
]);
/** People who read events without a name: "analysts", "some experts", "Western observers". */
const UNNAMED_READERS = new Set([
  'analysts',
  'experts',
  'observers',
  'commentators',
  'scholars',
  'researchers',
]);

/**
 * Unnamed readers as the speakers of a sentence: "Experts think ...", "analysts claim", ", analysts say.",
 * "according to experts". Their words are the story's assessments, asserted by no one named.
 */
function unnamedReaders(tokens: Token[]): Array<{ start: number }> {
  const found: Array<{ start: number }> = [];
  tokens.forEach((token, i) => {
    if (!UNNAMED_READERS.has(token.lower)) return;
    const verb = (at: number) =>
      !!SPEECH.matchAt(tokens, at) ||
      !!OPINION.matchAt(tokens, at) ||
      PLURAL_TELLING.has(tokens[at]?.lower ?? '');
    const according = tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'according';
    if (according || verb(i + 1) || (tokens[i + 1]?.pos === 'ADV' && verb(i + 2)))
      found.push({ start: according ? i - 2 : i });
  });
  return found;
}

/** Verbs of committing to an act, before its "to": the act is not yet done. */
const COMMITTING = new Set([
  ...['offer', 'offers', 'offered', 'offering', 'promise', 'promises', 'promised', 'promising'],
  ...['pledge', 'pledges', 'pledged', 'pledging', 'vow', 'vows', 'vowed', 'vowing'],
  ...['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending'],
  ...['agree', 'agrees', 'agreed', 'agreeing', 'hope', 'hopes', 'hoped', 'hoping'],
  ...['want', 'wants', 'wanted', 'wanting', 'prepare', 'prepares', 'prepared', 'preparing'],
]);

/**
 * An event the text announces as still to come ("Rubio will travel to Canada", "Putin is due to meet Erdogan"):
 * not yet held as the article is written, so a reading. A threat is made as it is said, whatever its tense.
 */
function isScheduled(c: RelationCandidate): boolean {
  if (relationDefinition(c.type).family !== 'event' || c.type === 'THREATENS') return false;
  const { tokens } = c.sentence;
  if (tenseOf(tokens, c.cueStart, c.cueEnd) === 'future') return true;
  // "offered to mediate between", "vowed to visit", "agreed to hold talks": what one commits to is still to come.
  // An accord to work together is made by committing to it: "agreed to restore ties" is the agreement, made.
  if (
    tokens[c.cueStart - 1]?.lower === 'to' &&
    COMMITTING.has(tokens[c.cueStart - 2]?.lower ?? '') &&
    c.type !== 'AGREES_TO_COOPERATE'
  )
    return true;
  // "China will convene a meeting with Iran", "is due to hold talks with": a noun of the event takes the tense
  // of the verb that brings it about.
  if (tokens[c.cueStart]?.pos !== 'NOUN') return false;
  for (let i = c.cueStart - 1; i >= Math.max(0, c.cueStart - 4); i--) {
    const pos = tokens[i]?.pos;
    if (pos === 'VERB') return tenseOf(tokens, i, i + 1) === 'future';
    if (!['DET', 'ADJ', 'NUM'].includes(pos ?? '')) return false;
  }
  return false;
}

/** The certainty and the asserting actor of a candidate, from the voices around it and its hedges. */
export function attribute(
  c: RelationCandidate,
  voices: Voice[],
  quoteSpeaker: ActorInfo | undefined,
  analysts?: Analysts,
): Attribution {
  const { tokens } = c.sentence;
  const voice = voices.find((v) => c.cueStart >= v.from && c.cueStart < v.to);
  const speaker = voice?.speaker ?? quoteSpeaker;
  const subjectStart = Math.max(lastBreakBefore(tokens, c.cueStart), Math.min(c.from.start, c.to.start) - 3);
  const hedged =
    HEDGE.occursIn(tokens, subjectStart, c.cueStart) ||
    sentenceHedged(tokens, c.cueStart) ||
    // A condition makes a reading, except of a threat: its condition is part of the threat made.
    (c.type !== 'THREATENS' && hasCondition(tokens, quotationClosedBefore(tokens, c.cueStart))) ||
    !!voice?.opinion ||
    // An analyst's words read others; what they tell of their own doings ("I had met Dr. Lai before") is no reading.
    (!!speaker && analysts?.has(speaker.id) && ![c.from.actor.id, c.to.actor.id].includes(speaker.id)) ||
    isScheduled(c);
  // "The ministry said it was aware of reports that X attacked Y": the reports tell it, nobody named asserts it.
  if (REPORTS_UNNAMED.occursIn(tokens, Math.max(0, c.cueStart - 20), Math.min(c.from.start, c.cueStart)))
    return { certainty: 'assessment', assertedBy: null };
  if (hedged) return { certainty: 'assessment', assertedBy: speaker?.id ?? null };
  // "“We reject the allegations,” said X": what the speakers say they do is done by saying it.
  if (speaker && c.from.actor.id !== speaker.id) return { certainty: 'claim', assertedBy: speaker.id };
  // "The military said it killed 33 militants", "the ministry said it had been working with Thailand": an act of
  // the speaker's own, done before the telling, is its account.
  if (speaker && !voice?.opinion && (!voice || reportedClause(c, voice)) && recountedAct(c))
    return { certainty: 'claim', assertedBy: speaker.id };
  return { certainty: 'fact', assertedBy: null };
}

const PERFECT = new Set(['has', 'have', 'had']);
/** Words that open a clause of the story's own inside what a speaker is said to tell: "... when he visited". */
const CLAUSE_OPENERS = new Set([
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'since',
  'which',
  'who',
]);

/**
 * "said it had been working with Thailand", "told VOA on Sunday it had ...": the candidate's subject opens what the
 * voice reports, not a clause of the story's own inside it ("revealed the conversation he had when he visited").
 */
function reportedClause(c: RelationCandidate, voice: Voice): boolean {
  const start = c.from.start;
  if (start < voice.from || start - voice.from > 6) return false;
  return c.sentence.tokens
    .slice(voice.from, start)
    .every((t) => !['VERB', 'AUX'].includes(t.pos) && !CLAUSE_OPENERS.has(t.lower) && t.text !== ',');
}

/** An act (no speech act) told in the simple past or a perfect: "it killed", "had been working with". */
function recountedAct(c: RelationCandidate): boolean {
  if (SPEECH_ACT_TYPES.has(c.type) || relationDefinition(c.type).family !== 'event') return false;
  const { tokens } = c.sentence;
  if (tokens[c.cueStart]?.pos !== 'VERB') return false;
  if (simplePast(tokens, c.cueStart)) return true;
  return tokens.slice(Math.max(0, c.cueStart - 3), c.cueStart).some((t) => PERFECT.has(t.lower));
}

/** Verbs of support in the third person's present: a standing stance, reported. */
const STANDING_SUPPORT = new Set(['supports', 'backs', 'endorses', 'favors', 'favours']);

/** What a state's official does for it by saying so: speech acts, and offers to mend ties or to cooperate. */
const DONE_BY_SAYING = new Set<string>([...SPEECH_ACTS, 'AGREES_TO_COOPERATE']);

/**
 * "Defense Minister Akar said Ankara was close to realigning with Cairo": what an official says their own state
 * does by saying it (offers, requests, rejections, support) is the official's act, done as they speak, and a fact
 * of the story; what they tell of any other act of their state stays their claim.
 */
export function actsBySaying(
  c: RelationCandidate,
  attribution: Attribution,
  stateOf: (speaker: string) => ActorInfo | undefined,
): boolean {
  if (attribution.certainty !== 'claim' || !attribution.assertedBy || !DONE_BY_SAYING.has(c.type))
    return false;
  // Told by a verb: "Turkey's recent efforts to improve ties", a noun, names an earlier act the speaker recounts.
  const { tokens } = c.sentence;
  const cue = tokens[c.cueStart];
  if (cue?.pos !== 'VERB' && cue?.pos !== 'ADJ') return false;
  // "said Pyongyang asked China", "said North Korea has improved ties": an act recounted, done before the telling.
  if (simplePast(tokens, c.cueStart)) return false;
  // "Turkey's recent efforts to improve ties": an infinitive of a noun names the act, as a noun does.
  if (tokens[c.cueStart - 1]?.lower === 'to' && tokens[c.cueStart - 2]?.pos === 'NOUN') return false;
  const perfect = ['has', 'have', 'had'];
  if (tokens.slice(Math.max(0, c.cueStart - 3), c.cueStart).some((t) => perfect.includes(t.lower)))
    return false;
  // "Kariuki said China supports North Korea": a state's standing support, told in the third person's present,
  // is the state's stance that its official reports, not an act done by the telling.
  if (c.type === 'SUPPORTS' && cue.pos === 'VERB' && STANDING_SUPPORT.has(cue.lower)) return false;
  return stateOf(attribution.assertedBy)?.id === c.from.actor.id;
}

/** The sentence a paragraph's character position falls in. */
export function sentenceAt(sentences: Sentence[], position: number): Sentence | undefined {
  return sentences.find((s) => position >= s.offset && position < s.offset + s.text.length);
}

/**
 * Words that open a phrase put before the subject: "By showing off ..., Kim is signaling", "For tango, ...", "In
 * Turkey, there is the view that ...".
 */
const FRONTED = new Set([
  'by',
  'for',
  'with',
  'after',
  'before',
  'if',
  'even',
  'while',
  'although',
  'though',
  'when',
  'as',
  'despite',
  'during',
  'since',
  'because',
  'given',
  'unlike',
  'like',
  'unless',
  'in',
  'on',
  'at',
  'from',
  'under',
  'amid',
  'among',
  'without',
  'through',
  'to',
]);
const LEAD_IN = new Set(['that', '“', '"', '‘', "'", '[', '(', 'but', 'and', 'so']);

/**
 * Nouns after a state's adjective that make the phrase the state acting ("Chinese leaders see ..."): those who act
 * for it (lexicon/agents.ts) and the nouns of its conduct below. Any other ("Indonesian teachers", "the Iranian
 * ship") names a thing or people of the state, not the state.
 */
const STATE_AGENT_NOUNS = new Set([...AGENT_NOUNS, 'leader', 'side']);
/** Nouns of a state's conduct, which a reading reads as the state's: "Turkish policy is ...". */
const CONDUCT_NOUNS = new Set([
  'policy',
  'policies',
  'strategy',
  'relations',
  'ties',
  'diplomacy',
  'stance',
  'position',
  'approach',
  'decision',
  'response',
  'behavior',
  'behaviour',
  'ambitions',
  'interests',
  'calculus',
  'conduct',
  'goals',
  'aims',
  'intentions',
  'motives',
  'claims',
]);
/** Nouns of conduct whose actor may follow "of": "the policy of Beijing", "a tradition of the party". */
const OF_CONDUCT = new Set([
  ...CONDUCT_NOUNS,
  ...['tradition', 'practice', 'practices', 'action', 'actions', 'moves', 'goal', 'aim', 'ambition'],
  ...['attempt', 'attempts', 'effort', 'efforts', 'campaign', 'tactics', 'objective', 'objectives'],
]);
/** Prepositions that make the actor after them a place, an agent or an object, not what is read: "In the U.S., ...". */
const NOT_READ_AFTER = new Set([
  'in',
  'at',
  'by',
  'from',
  'to',
  'for',
  'with',
  'on',
  'against',
  'between',
  'over',
  'into',
  'toward',
  'towards',
  'across',
  'like',
  'than',
  'as',
  'including',
  // "such as whether Mnangagwa should seek a third term": an open question, not a reading.
  'whether',
]);
/** Verbs in the third person that a tagger reads as plural nouns after a name: "Moscow fears", "Beijing wants". */
const VERBS_TAKEN_FOR_NOUNS = new Set([
  'fears',
  'wants',
  'hopes',
  'seeks',
  'needs',
  'aims',
  'intends',
  'tries',
  'worries',
  'sees',
  'views',
  'plans',
]);
/** Words that join actors into one list: "Mali, Burkina Faso and Niger", "Guinea or even Senegal". */
const LIST_WORDS = new Set([',', 'and', 'or', 'nor', 'even', 'the']);
const READ_POSSESSIVE = new Set(["'s", '’s', "'", '’']);

const isCapital = (token: Token | undefined) => !!token && /^\p{Lu}/u.test(token.text);

type ReadingRole = 'possessor' | 'subject' | 'list' | undefined;

/**
 * How an actor stands in the words read: the possessor of what is read ("China's policy"), the subject of their
 * verb ("Chinese leaders see"), one of a list of actors, or none of these (a place, an agent, an object).
 */
function readingRole(tokens: Token[], mentions: Mention[], index: number, from: number): ReadingRole {
  const m = mentions[index] as Mention;
  const gap = (i: number) => {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!a || !b || b.start <= a.end || b.start - a.end > 3) return undefined;
    const words = tokens.slice(a.end, b.start).map((t) => t.lower);
    return words.every((w) => LIST_WORDS.has(w)) ? words : undefined;
  };
  // Actors i and i + 1 are in one list: joined by "and" or "or", or by a comma when the list goes on to one.
  const joined = (i: number): boolean => {
    const words = gap(i);
    if (!words) return false;
    if (words.some((w) => ['and', 'or', 'nor'].includes(w))) return true;
    return words.includes(',') && joined(i + 1);
  };
  // A list stands where its first actor does: "between North Korea and China" is an object.
  let head = index;
  while (head > 0 && joined(head - 1)) head--;
  const list = head < index || joined(index);
  // "Iran's missile industry", "IS Sahel's strategy": whose conduct is read, wherever it stands.
  const owner = tokens[m.end]?.pos === 'PROPN' && isCapital(tokens[m.end]) ? m.end + 1 : m.end;
  if (!list && READ_POSSESSIVE.has(tokens[owner]?.lower ?? '')) return 'possessor';
  // "North Korean calculus", "Chinese strategy": a state's adjective on a noun of its conduct, wherever it stands.
  const noun = tokens[m.end];
  if (!list && noun?.pos === 'NOUN' && CONDUCT_NOUNS.has(noun.lower) && /^\p{Ll}/u.test(noun.text))
    return 'possessor';
  let before = (mentions[head] as Mention).start - 1;
  if (tokens[before]?.lower === 'the') before--;
  // "a long-standing tradition of the Chinese Communist Party", "the actions of Serbia": whose conduct is read.
  // Of a list ("the actions of Dodik and the assembly"), the first actor named stands for the conduct read.
  if (
    (!list || head === index) &&
    tokens[before]?.lower === 'of' &&
    OF_CONDUCT.has(tokens[before - 1]?.lower ?? '')
  )
    return 'possessor';
  // After a preposition, or the object of a verb: "the decision to dissolve the National Congress Party is ...".
  // The verb that reports the words read ("thinks North Korea could ...") is none of theirs.
  const inside = before >= from;
  // "The government in China works with ...", "officials in Moscow believe": those who act for the state there.
  const agentIn =
    tokens[before]?.lower === 'in' &&
    STATE_AGENT_NOUNS.has(tokens[before - 1]?.lower ?? '') &&
    before - 1 >= from;
  if (!list && agentIn && m.actor.kind === 'state') return 'possessor';
  if (inside && (NOT_READ_AFTER.has(tokens[before]?.lower ?? '') || tokens[before]?.pos === 'VERB'))
    return undefined;
  if (list) return 'list';
  let at = m.end;
  // "IS Sahel has seen": past the words of a longer name than the one the actor was found by.
  while (tokens[at]?.pos === 'PROPN' && isCapital(tokens[at]) && !mentionAt(mentions, at)) at++;
  // "[Kim] probably wants": past the bracket the writer put the name in.
  while ([']', ')'].includes(tokens[at]?.text ?? '')) at++;
  const next = tokens[at];
  // "Moscow fears a closer alliance": a verb of wanting or fearing the tagger took for a plural noun.
  if (next && VERBS_TAKEN_FOR_NOUNS.has(next.text)) return 'subject';
  if (next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) {
    if (!STATE_AGENT_NOUNS.has(next.lower) && !CONDUCT_NOUNS.has(next.lower)) return undefined;
    at++;
  }
  while (tokens[at]?.pos === 'ADV') at++;
  const verb = tokens[at]?.pos;
  return verb === 'VERB' || verb === 'AUX' ? 'subject' : undefined;
}

/**
 * The actor a reading at tokens [from, to) is about, when its words have one clear actor: the possessor of what
 * is read or the subject of its verb ("China's policy of asserting ...", "Chinese leaders see ..."), of one actor
 * only, or else the first the words name in their first clause, once a phrase put before the subject ("By showing off its ties with
 * China, Kim is signaling ...") is passed over. An actor named as a place, an agent or an object ("In the U.S.",
 * "imposed by the U.S."), a state's adjective on a thing ("the Iranian ship") and a list of actors ("Mali,
 * Burkina Faso and Niger") are no clear actor: then nothing. Never the speaker.
 */
export function readingTarget(
  found: SentenceMentions,
  speaker: ActorInfo,
  from: number,
  to: number,
): Mention | undefined {
  const { tokens } = found.sentence;
  // Not an aside in parentheses: "the (Turkish) government" says whose government, the reading is of its acts.
  const aside = (m: Mention) => tokens[m.start - 1]?.text === '(' && tokens[m.end]?.text === ')';
  const inside = found.mentions.filter(
    (m) => m.start >= from && m.end <= to && m.actor.id !== speaker.id && !aside(m),
  );
  let start = from;
  while (start < to && LEAD_IN.has(tokens[start]?.lower ?? '')) start++;
  if (FRONTED.has(tokens[start]?.lower ?? '')) {
    const comma = tokens.findIndex((t, i) => i > start && i < to && t.text === ',');
    if (comma > 0) start = comma + 1;
  }
  const roles = inside.map((_, i) => readingRole(tokens, inside, i, from));
  // What the words say past a phrase put before the subject, when they name a clear actor there.
  const after = roles.findIndex((role, i) => role !== undefined && (inside[i] as Mention).start >= start);
  const first = after >= 0 ? after : roles.findIndex((role) => role !== undefined);
  if (first < 0 || roles[first] === 'list') return undefined;
  const clear = inside.filter((_, i) => roles[i] === 'possessor' || roles[i] === 'subject');
  if (new Set(clear.map((m) => m.actor.id)).size === 1) return clear[0];
  // Several: the one the words open with, past the phrase put before the subject, in their first clause; else
  // the one actor of that phrase ("Because the EU is made up of many states, these may lead to ...").
  const fronted = clear.filter((m) => m.start < start);
  const frontedOnly = new Set(fronted.map((m) => m.actor.id)).size === 1 ? fronted[0] : undefined;
  const opening = clear.find((m) => m.start >= start);
  if (!opening) return frontedOnly;
  const lead = tokens.slice(start, opening.start);
  if (
    lead.some((t) => [',', ';', ':'].includes(t.text)) ||
    inside.some((m) => m.start >= start && m.start < opening.start)
  )
    return frontedOnly;
  return roles[inside.indexOf(opening)] === 'list' ? undefined : opening;
}

/** The tokens of a sentence inside a quotation given as characters of its paragraph. */
export function quotedTokens(sentence: Sentence, quote: { from: number; to: number }): [number, number] {
  const { tokens, offset } = sentence;
  const inside = (t: Token) => offset + t.start >= quote.from && offset + t.start < quote.to;
  const first = tokens.findIndex(inside);
  if (first < 0) return [0, 0];
  let last = first;
  while (last < tokens.length && inside(tokens[last] as Token)) last++;
  return [first, last];
}

/**
 * The day each speaker's words were told, from a dated telling ("Rubio said Monday ..."), so that what they do by
 * speaking later in the article without a date of its own ("Rubio also credited Britain and France") is of that
 * day: a news story reports a speaker's remarks of one occasion.
 */
export class Tellings {
  private readonly days = new Map<string, TextDate>();

  learn(found: SentenceMentions, voices: readonly Voice[], dates: readonly TextDate[]): void {
    const { tokens } = found.sentence;
    for (const voice of voices) {
      if (voice.opinion || voice.verb === undefined || voice.speaker.kind !== 'person') continue;
      const at = tokens[voice.verb]?.start ?? 0;
      const tokenAt = (index: number) =>
        Math.max(
          0,
          tokens.findIndex((t) => t.end > index),
        );
      // A day ("said Monday"), not a span ("in the past month") that dates what was said of.
      const told = dates
        .filter((d) => d.date.length === 10 && !d.dateEnd)
        .filter((d) => sameClause(tokens, tokenAt(d.index), voice.verb as number))
        .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
      if (told) this.days.set(voice.speaker.id, told);
    }
  }

  /** The day a speaker was last told to speak, whatever they did then. */
  spokeOn(speaker: ActorInfo): { date: string; dateEnd: string | null } | undefined {
    const told = this.days.get(speaker.id);
    return told ? { date: told.date, dateEnd: told.dateEnd } : undefined;
  }

  /** The day a speaker was last told to speak, for an act of speech of theirs the text does not date. */
  dayOf(type: RelationType, speaker: ActorInfo): { date: string; dateEnd: string | null } | undefined {
    if (!SPEECH_ACT_TYPES.has(type)) return undefined;
    const told = this.days.get(speaker.id);
    return told ? { date: told.date, dateEnd: told.dateEnd } : undefined;
  }
}

/**
 * What a speaker goes on to say after a quotation, in the same sentence: '"..." said X, pointing out Turkey's
 * involvement in ...' (tokens from the participle to the end), or nothing.
 */
export function elaboration(sentence: Sentence, after: number): [number, number] | undefined {
  const { tokens } = sentence;
  const found = ELABORATING.matchAll(tokens, after).find((m) => tokens[m.start - 1]?.text === ',');
  return found ? [found.end, tokens.length] : undefined;
}

/** Words of a reported clause outside a quotation in it that make the quotation only a phrase of the clause. */
const PHRASE_QUOTE_MARGIN = 5;

/**
 * The quotation a sentence's reading is taken from, unless it only quotes a phrase of what the speaker is reported
 * to say ('Chinese leaders see the law as part of a “salami slicing” strategy, said X'): then the reported clause
 * is read, as the speaker's words, and the quotation is not.
 */
export function fullQuotation(
  sentence: Sentence,
  quote: Quotation | undefined,
  voices: readonly Voice[],
): Quotation | undefined {
  if (!quote) return undefined;
  const [from, to] = quotedTokens(sentence, quote);
  const phrase = voices.some(
    (v) =>
      v.speaker.id === quote.speaker.id &&
      v.from <= from &&
      v.to >= to &&
      v.to - v.from - (to - from) >= PHRASE_QUOTE_MARGIN,
  );
  return phrase ? undefined : quote;
}
