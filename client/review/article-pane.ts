// The article beside its candidates: numbered paragraphs with every candidate's quote highlighted (the focused one
// most), and words selected in a paragraph offered as a new claim's quote.
import { h } from '../ui/dom';
import type { ReviewClaim, ReviewModel } from './review-model';

/** `text` with each of `quotes` marked where it occurs first; the focused quote gets its own class. */
function marked(
  text: string,
  quotes: Array<{ quote: string; focused: boolean; key: string }>,
): Array<Node | string> {
  const spans: Array<{ start: number; end: number; focused: boolean; key: string }> = [];
  for (const { quote, focused, key } of quotes) {
    const start = quote ? text.indexOf(quote) : -1;
    if (start < 0) continue;
    const end = start + quote.length;
    if (spans.some((span) => start < span.end && end > span.start && !focused)) continue;
    spans.push({ start, end, focused, key });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: Array<Node | string> = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      h(
        'mark',
        { className: span.focused ? 'quote focused' : 'quote', 'data-claim': span.key },
        text.slice(span.start, span.end),
      ),
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

export interface ArticlePaneOptions {
  model: ReviewModel;
  focused: ReviewClaim | null;
  /** Called with the paragraph and the words selected in it. */
  addFromSelection(paragraph: number, quote: string): void;
}

/** The words selected inside one paragraph of `pane`, or null. */
function selectionIn(pane: HTMLElement): { paragraph: number; quote: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>('[data-paragraph]');
  const end = (range.endContainer.parentElement ?? null)?.closest<HTMLElement>('[data-paragraph]');
  if (!start || start !== end || !pane.contains(start)) return null;
  const quote = selection.toString().replace(/\s+/g, ' ').trim();
  return quote ? { paragraph: Number(start.dataset.paragraph), quote } : null;
}

/** Builds the pane. */
export function articlePane(options: ArticlePaneOptions): HTMLElement {
  const { model, focused } = options;
  const addButton = h(
    'button',
    {
      type: 'button',
      className: 'button primary small selection-add',
      testid: 'add-claim-from-selection',
      hidden: true,
    },
    '+ Claim from selection',
  );
  const pane = h(
    'div',
    { className: 'review-article', testid: 'review-article' },
    h('h3', {}, model.title),
    h('p', { className: 'muted' }, 'Select words in a paragraph to add a claim the extractor missed.'),
    addButton,
    model.paragraphs.map((paragraph) => {
      const quotes = model.claims
        .filter((claim) => claim.fields.paragraph === paragraph.number && claim.decision !== 'rejected')
        .map((claim) => ({ quote: claim.fields.quote, focused: claim === focused, key: claim.key }));
      return h(
        'p',
        { className: 'review-paragraph', 'data-paragraph': paragraph.number },
        h(
          'span',
          { className: 'paragraph-number', 'aria-label': `paragraph ${paragraph.number}` },
          `¶${paragraph.number}`,
        ),
        h('span', { className: 'paragraph-text' }, ...marked(paragraph.text, quotes)),
      );
    }),
  );
  let chosen: { paragraph: number; quote: string } | null = null;
  pane.addEventListener('mouseup', () => {
    chosen = selectionIn(pane);
    addButton.hidden = chosen === null;
  });
  addButton.addEventListener('mousedown', (event) => event.preventDefault());
  addButton.addEventListener('click', () => {
    if (chosen) options.addFromSelection(chosen.paragraph, chosen.quote);
  });
  return pane;
}
