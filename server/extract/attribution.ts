// Stage 4: relation candidates -> attributed claims. Who asserts each (a quoted speaker, "X said", "according to
// X", "X's memoir", "X believes"), how certain it is (fact, claim, assessment), and which statements are negated,
// conditional or hypothetical and so assert nothing.
import type { Certainty } from '../model/actors';
import type { ActorInfo } from './actor-table';
import type { Paragraph, Sentence, Token } from './document';
import type { Mention, SentenceMentions } from './mentions';
import type { RelationCandidate } from './cues';
import {
  ASKING_VERBS,
  AUTHORED_WORKS,
  CONDITIONS,
  IRREALIS_CLAUSES,
  HEDGES,
  SENTENCE_HEDGES,
  NEGATIONS,
  OPINION_VERBS,
  SOURCE_PHRASES,
  SPEECH_VERBS,
} from './lexicon/attribution';
import { PhraseMatcher } from './phrases';

const SPEECH = new PhraseMatcher(SPEECH_VERBS);
const OPINION = new PhraseMatcher(OPINION_VERBS);
const SOURCES = new PhraseMatcher(SOURCE_PHRASES);
const WORKS = new PhraseMatcher(AUTHORED_WORKS);
const HEDGE = new PhraseMatcher(HEDGES);
const SENTENCE_HEDGE = new PhraseMatcher(SENTENCE_HEDGES);
const NEGATION = new PhraseMatcher(NEGATIONS);
const CONDITION = new PhraseMatcher(CONDITIONS);
const IRREALIS = new PhraseMatcher(IRREALIS_CLAUSES);
const ASKING = new PhraseMatcher(ASKING_VERBS);
const SPEAKER_KINDS = new Set(['person', 'organisation', 'state']);

/** Whose voice a sentence (or part of it) is in. */
export interface Voice {
  speaker: ActorInfo;
  /** True for a reading ("X believes"), false for an account ("X said"). */
  opinion: boolean;
  /** Tokens this voice covers: the reported part of the sentence. */
  from: number;
  to: number;
}

export interface Attribution {
  certainty: Certainty;
  assertedBy: string | null;
}

const mentionAt = (mentions: Mention[], i: number) => mentions.find((m) => i >= m.start && i < m.end);

/** The speaker next to a speech or opinion verb at [start, end): "X said", "said X", "X, director of Y, said". */
function speakerNear(found: SentenceMentions, start: number, end: number): Mention | undefined {
  const { tokens } = found.sentence;
  const after = mentionAt(found.mentions, end);
  const inverted = start === 0 || [',', '”', '"', '’'].includes(tokens[start - 1]?.text ?? '');
  if (inverted && after && SPEAKER_KINDS.has(after.actor.kind)) return after;
  for (let i = start - 1; i >= 0 && start - i <= 12; i--) {
    const mention = mentionAt(found.mentions, i);
    // The speaker stands next to the verb ("X said", "X also said", "X, director of Y, said").
    if (mention && start - mention.end > 2) return undefined;
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

/** Voices inside one sentence: "X said (that) ...", "... , X said", "according to X", "X believes". */
export function sentenceVoices(found: SentenceMentions, authors: Map<string, ActorInfo>): Voice[] {
  const { tokens } = found.sentence;
  const voices: Voice[] = [];
  for (const [matcher, opinion] of [
    [SPEECH, false],
    [OPINION, true],
  ] as const) {
    for (const verb of matcher.matchAll(tokens)) {
      if (mentionAt(found.mentions, verb.start)) continue;
      const speaker = speakerNear(found, verb.start, verb.end);
      if (!speaker) continue;
      const reportedAfter = speaker.end <= verb.start;
      const from = reportedAfter ? verb.end : 0;
      const to = reportedAfter ? tokens.length : verb.start;
      voices.push({ speaker: speaker.actor, opinion, from, to });
    }
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

/** Quoted passages of a paragraph and who speaks them, as character ranges of the paragraph. */
export function paragraphQuotes(
  paragraph: Paragraph,
  found: SentenceMentions[],
): Array<{ from: number; to: number; speaker: ActorInfo }> {
  const quotes: Array<{ from: number; to: number; speaker: ActorInfo }> = [];
  const pattern = /[“"]([^”"]{12,})[”"]/g;
  for (let match = pattern.exec(paragraph.text); match; match = pattern.exec(paragraph.text)) {
    const from = match.index;
    const to = match.index + match[0].length;
    const around = found.filter(
      (f) => f.sentence.offset <= to && f.sentence.offset + f.sentence.text.length >= from,
    );
    let speaker: ActorInfo | undefined;
    for (const f of [...around].reverse()) {
      for (const verb of SPEECH.matchAll(f.sentence.tokens)) {
        const at = f.sentence.offset + (f.sentence.tokens[verb.start] as Token).start;
        if (at >= from && at < to) continue;
        speaker ??= speakerNear(f, verb.start, verb.end)?.actor;
      }
    }
    if (speaker) quotes.push({ from, to, speaker });
  }
  return quotes;
}

/** True when a negation or a condition governs the candidate: it then asserts nothing. */
export function isNegatedOrConditional(c: RelationCandidate): boolean {
  const { tokens } = c.sentence;
  const clauseStart = lastBreakBefore(tokens, Math.min(c.from.start, c.cueStart));
  if (NEGATION.occursIn(tokens, Math.max(clauseStart, c.cueStart - 4), c.cueStart)) return true;
  if (NEGATION.occursIn(tokens, c.cueStart, c.cueEnd)) return true;
  if (IRREALIS.occursIn(tokens, Math.max(0, c.cueStart - 12), c.cueStart)) return true;
  // "urged Beijing to impose sanctions on X": what is asked for, not done (the asking is its own claim).
  const to = tokens[c.cueStart - 1]?.lower === 'to' ? c.cueStart - 1 : -1;
  if (to > 0 && ASKING.occursIn(tokens, Math.max(0, to - 8), to)) return true;
  return CONDITION.occursIn(tokens, 0, c.cueStart);
}

function lastBreakBefore(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--)
    if ([',', ';', ':', '“', '”'].includes(tokens[i]?.text ?? '')) return i + 1;
  return 0;
}

/** The certainty and the asserting actor of a candidate, from the voices around it and its hedges. */
export function attribute(
  c: RelationCandidate,
  voices: Voice[],
  quoteSpeaker: ActorInfo | undefined,
): Attribution {
  const { tokens } = c.sentence;
  const voice = voices.find((v) => c.cueStart >= v.from && c.cueStart < v.to);
  const speaker = voice?.speaker ?? quoteSpeaker;
  const subjectStart = Math.max(lastBreakBefore(tokens, c.cueStart), Math.min(c.from.start, c.to.start) - 3);
  const hedged =
    HEDGE.occursIn(tokens, subjectStart, c.cueStart) ||
    SENTENCE_HEDGE.occursIn(tokens, 0, tokens.length) ||
    CONDITION.occursIn(tokens, 0, tokens.length) ||
    !!voice?.opinion;
  if (hedged) return { certainty: 'assessment', assertedBy: speaker?.id ?? null };
  if (speaker) return { certainty: 'claim', assertedBy: speaker.id };
  return { certainty: 'fact', assertedBy: null };
}

/** The sentence a paragraph's character position falls in. */
export function sentenceAt(sentences: Sentence[], position: number): Sentence | undefined {
  return sentences.find((s) => position >= s.offset && position < s.offset + s.text.length);
}
