// Checks a source's claims against the text kept beside it: the paragraph exists and the quote stands in it.
import { paragraphsOf } from './paragraphs';

/** What a claim cites in the text. */
export interface CitedEvidence {
  paragraph: number;
  quote?: string;
}

/** Why a claim's evidence does not match the text, or null when it does. */
export function evidenceProblem(text: string, evidence: CitedEvidence): string | null {
  const paragraphs = paragraphsOf(text);
  const paragraph = paragraphs[evidence.paragraph - 1];
  if (!paragraph)
    return `paragraph ${evidence.paragraph} is not in the text: expected 1 to ${paragraphs.length}`;
  if (evidence.quote !== undefined && !paragraph.text.includes(evidence.quote)) {
    const elsewhere = paragraphs.find((other) => other.text.includes(evidence.quote as string));
    return elsewhere
      ? `the quote is in paragraph ${elsewhere.number}, not ${evidence.paragraph}`
      : `the quote "${evidence.quote}" does not occur in the text: expected words copied verbatim`;
  }
  return null;
}
