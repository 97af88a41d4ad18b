// Stage 2e: the turns of an interview printed as a transcript ("VOA: What message did you bring? Armitage: The
// obvious message ..."). A label at the head of a sentence, a name and a colon, says who speaks until the next
// label: each answer is read as a quotation of the person the label names, the interviewer's questions as the
// article's own voice.
import type { Quotation } from './attribution';
import type { Paragraph, Token } from './document';
import type { SentenceMentions } from './actors/mentions';

/** Tokens a label may run to before its colon: a name and a short title ("Richard Armitage, former ..."). */
const LABEL_LENGTH = 16;

interface Label {
  /** Where the label begins and its turn begins, in the paragraph's text. */
  at: number;
  turn: number;
  speaker?: Quotation['speaker'];
}

/** Words that label the one who asks, whatever outlet prints the transcript. */
const INTERVIEWER_WORDS = new Set(['question', 'reporter', 'interviewer', 'host', 'moderator', 'anchor']);

/** The interviewer: one word in capitals ("VOA", "Q") or a word for the one asking ("Reporter"), asserting nothing. */
const isInterviewer = (tokens: Token[], colon: number) =>
  colon === 1 &&
  (/^\p{Lu}[\p{Lu}\d]*$/u.test(tokens[0]?.text ?? '') || INTERVIEWER_WORDS.has(tokens[0]?.lower ?? ''));

/** The label a sentence opens with, if any: a person named at its head, or the interviewer, then a colon. */
function labelOf(found: SentenceMentions): Label | undefined {
  const { tokens, offset } = found.sentence;
  const colon = tokens.slice(0, LABEL_LENGTH).findIndex((t) => t.text === ':');
  if (colon < 1) return undefined;
  const turn = offset + (tokens[colon] as Token).end;
  if (isInterviewer(tokens, colon)) return { at: offset, turn };
  const head = found.mentions.find((m) => m.start === 0 && m.via !== 'pronoun');
  if (head?.actor.kind !== 'person' || head.joint) return undefined;
  // The name alone, or the name and a title set off by a comma: "Richard Armitage, former deputy secretary:".
  if (head.end !== colon && tokens[head.end]?.text !== ',') return undefined;
  if (tokens.slice(head.end, colon).some((t) => /^[.?!;"“”]$/.test(t.text))) return undefined;
  return { at: offset, turn, speaker: head.actor };
}

/**
 * The answers of an interview transcript in a paragraph, as quotations of the people the labels name. A
 * paragraph is read as a transcript only when at least two labels open its sentences and one of them names a
 * person: a lone "Note:" or "Update:" heads no interview.
 */
export function interviewTurns(paragraph: Paragraph, found: readonly SentenceMentions[]): Quotation[] {
  const labels = found.map(labelOf).filter((label): label is Label => label !== undefined);
  if (labels.length < 2 || !labels.some((label) => label.speaker)) return [];
  const turns: Quotation[] = [];
  labels.forEach((label, n) => {
    if (!label.speaker) return;
    const to = labels[n + 1]?.at ?? paragraph.text.length;
    turns.push({ from: label.turn, to, speaker: label.speaker, run: label.turn });
  });
  return turns;
}
