// Dates of acts of speech: which tense a relation's cue is told in, and the day a lead's present-perfect act of
// speech takes from the statement the next sentence dates.
import { relationDefinition } from '../model/relations';
import type { ClaimDraft } from './claims';
import { StatementDates, type TextDate } from './dates';
import { SPEECH_ACTS } from './lexicon/attribution';

const VERBS = new Set(['VERB', 'AUX']);
/** A cue told by a finite verb ("met", "will meet"), not a noun or an infinitive ("efforts to improve ties"). */
export const toldAsAct = (draft: ClaimDraft) => {
  const { tokens } = draft.sentence;
  return VERBS.has(tokens[draft.cueStart]?.pos ?? '') && tokens[draft.cueStart - 1]?.lower !== 'to';
};

/** Verbs of saying in the present: a speaker quoted as the story is written ("Casin says", "she notes"). */
export const TELLS_NOW = new Set([
  'says',
  'say',
  'tells',
  'tell',
  'notes',
  'note',
  'adds',
  'add',
  'argues',
  'argue',
  'explains',
  'explain',
  'insists',
  'insist',
  'contends',
  'contend',
  'maintains',
  'maintain',
]);

/** "the two leaders had been exchanging barbs": told as before the story's events, so not of their day. */
export function pluperfect(draft: ClaimDraft): boolean {
  const { tokens } = draft.sentence;
  for (let i = draft.cueStart - 1; i >= Math.max(0, draft.cueStart - 3); i--)
    if (tokens[i]?.lower === 'had') return true;
  return false;
}

/** "Turkey has criticized Israel": told as done by now, not at a time the story frames. */
export function perfect(draft: ClaimDraft): boolean {
  const { tokens } = draft.sentence;
  for (let i = draft.cueStart - 1; i >= Math.max(0, draft.cueStart - 3); i--)
    if (['has', 'have', "'ve"].includes(tokens[i]?.lower ?? '')) return true;
  return false;
}

export const SPEECH = new Set<string>(SPEECH_ACTS);

/** The article's first sentence after the headline and, once read, the sentence after it. */
export interface LeadSentences {
  index: number;
  next: { text: string; dates: () => readonly TextDate[] } | undefined;
}

/**
 * "The Afghan Taliban have rejected Pakistan's allegation that ... . Afghanistan's foreign ministry called the
 * assertions 'baseless' in a statement Thursday.": an act of speech the lead tells in the present perfect, at no
 * day, was done on the day of the statement the next sentence dates (one day, not after publication).
 */
export function leadTiedToStatement(
  drafts: Array<{ draft: ClaimDraft; date: string | null; dateEnd: string | null }>,
  lead: LeadSentences,
  published: string | null,
): void {
  const { next } = lead;
  if (!next || !StatementDates.names(next.text)) return;
  const days = next.dates().filter((d) => !d.possessive && !d.rolling);
  const [day] = days;
  if (
    days.length !== 1 ||
    !day ||
    day.date.length !== 10 ||
    day.dateEnd ||
    (published && day.date > published)
  )
    return;
  for (const entry of drafts) {
    const { draft } = entry;
    if (entry.date || draft.sentence.index !== lead.index || !SPEECH.has(draft.type) || !perfect(draft))
      continue;
    if (relationDefinition(draft.type).family !== 'event') continue;
    entry.date = day.date;
  }
}
