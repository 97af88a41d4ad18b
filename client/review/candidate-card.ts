// One candidate claim of the review: its type, actors, direction, date, certainty, asserter and confidence, with
// accept / reject / edit; editing swaps the card for the claim form.
import { h } from '../ui/dom';
import type { ReviewClaim, ReviewModel } from './review-model';

export interface CandidateCardOptions {
  model: ReviewModel;
  focused: boolean;
  /** Field errors the server reported for this claim, by field. */
  errors?: ReadonlyMap<string, string>;
  decide(claim: ReviewClaim, decision: 'accepted' | 'rejected'): void;
  edit(claim: ReviewClaim): void;
  focus(claim: ReviewClaim): void;
}

const DECISION_TEXT = { pending: 'to review', accepted: 'accepted', rejected: 'rejected' } as const;

/** The card of `claim`. */
export function candidateCard(claim: ReviewClaim, options: CandidateCardOptions): HTMLElement {
  const { model } = options;
  const { fields } = claim;
  const button = (testid: string, text: string, key: string, title: string, run: () => void) =>
    h(
      'button',
      {
        type: 'button',
        className: 'button small',
        testid,
        title: `${title} (${key})`,
        onclick: (event: Event) => {
          event.stopPropagation();
          run();
        },
      },
      text,
      h('kbd', {}, key),
    );
  const errors = [...(options.errors ?? new Map()).entries()];
  return h(
    'article',
    {
      className: `candidate decision-${claim.decision}${options.focused ? ' focused' : ''}`,
      testid: 'candidate',
      'data-claim': claim.key,
      'data-decision': claim.decision,
      tabindex: -1,
      onclick: () => options.focus(claim),
    },
    h(
      'div',
      { className: 'candidate-head' },
      h('span', { className: 'candidate-type' }, model.labels.get(fields.type) ?? fields.type),
      h('span', { className: 'candidate-decision' }, DECISION_TEXT[claim.decision]),
      claim.added
        ? h('span', { className: 'candidate-confidence' }, 'added by you')
        : claim.confidence !== null
          ? h(
              'span',
              { className: 'candidate-confidence' },
              `confidence ${Math.round(claim.confidence * 100)}%`,
            )
          : null,
    ),
    h(
      'div',
      { className: 'candidate-actors' },
      h('strong', { 'data-actor': fields.from }, model.name(fields.from)),
      h('span', { className: 'candidate-arrow' }, ' → '),
      h('strong', { 'data-actor': fields.to }, model.name(fields.to)),
    ),
    h(
      'div',
      { className: 'candidate-meta muted' },
      `${fields.date || 'undated'}${fields.dateEnd ? ` to ${fields.dateEnd}` : ''} · ${fields.certainty}` +
        (fields.assertedBy ? ` · asserted by ${model.name(fields.assertedBy)}` : ''),
    ),
    h('div', { className: 'candidate-summary' }, fields.summary),
    h('blockquote', { className: 'candidate-quote' }, `¶${fields.paragraph} “${fields.quote}”`),
    errors.length > 0
      ? h(
          'ul',
          { className: 'candidate-errors', role: 'alert' },
          errors.map(([field, message]) =>
            h(
              'li',
              { className: 'field-error', testid: 'field-error', 'data-field': field },
              `${field}: ${message}`,
            ),
          ),
        )
      : null,
    h(
      'div',
      { className: 'candidate-actions' },
      button('candidate-accept', 'Accept', 'a', 'Accept this claim', () => options.decide(claim, 'accepted')),
      button('candidate-reject', 'Reject', 'r', 'Reject this claim', () => options.decide(claim, 'rejected')),
      button('candidate-edit', 'Edit', 'e', 'Edit its fields', () => options.edit(claim)),
    ),
  );
}
