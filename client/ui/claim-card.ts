// One claim with its evidence: date, certainty, who asserts it, the summary, paragraph and quote, and the source.
import type { ClaimAttributes, ClaimSource, SourceSummary } from '../api/types';
import { formatClaimDate } from '../graph/dates';
import { h } from './dom';

/** What a claim card needs besides the claim. */
export interface ClaimCardContext {
  name(id: string): string;
  source(id: string): ClaimSource | SourceSummary | null;
  selectActor(id: string): void;
  /** Selects the claim on the graph; absent when the claim is not drawn. */
  selectClaim?: () => void;
  /** Why the claim is not on the graph ("hidden by the filters"), when it is not. */
  note?: string;
  selected?: boolean;
}

const CERTAINTY_TEXT: Record<string, string> = {
  fact: 'fact',
  claim: 'attributed claim',
  assessment: 'assessment',
};

/** A link-styled button that selects an actor. */
export function actorLink(name: string, onClick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', className: 'actor-link', onclick: onClick }, name);
}

function sourceLine(claim: ClaimAttributes, context: ClaimCardContext): HTMLElement {
  const source = context.source(claim.sourceId);
  const published = source?.published ? formatClaimDate(source.published) : null;
  const where = claim.paragraph !== null ? `¶ ${claim.paragraph}` : null;
  return h(
    'div',
    { className: 'claim-source' },
    h('span', { className: 'source-title' }, source?.title ?? claim.sourceId),
    h(
      'span',
      { className: 'source-meta' },
      [source?.publisher, published, where].filter(Boolean).join(' · '),
    ),
  );
}

/** Builds the card. */
export function claimCard(claim: ClaimAttributes & { id?: string }, context: ClaimCardContext): HTMLElement {
  const asserted = claim.assertedBy
    ? h(
        'div',
        { className: 'claim-asserted' },
        h(
          'span',
          { className: 'muted' },
          claim.certainty === 'assessment' ? 'Assessed by ' : 'According to ',
        ),
        actorLink(context.name(claim.assertedBy), () => context.selectActor(claim.assertedBy!)),
      )
    : null;
  const header = h(
    'div',
    { className: 'claim-header' },
    h('span', { className: 'claim-date' }, formatClaimDate(claim.date, claim.dateEnd)),
    h(
      'span',
      { className: `certainty certainty-${claim.certainty}` },
      CERTAINTY_TEXT[claim.certainty] ?? claim.certainty,
    ),
    context.note ? h('span', { className: 'claim-note' }, context.note) : null,
    context.selectClaim
      ? h(
          'button',
          {
            type: 'button',
            className: 'mini-button',
            title: 'Show this claim on the graph',
            onclick: context.selectClaim,
          },
          'show',
        )
      : null,
  );
  return h(
    'article',
    {
      className: `claim-card${context.selected ? ' selected' : ''}${context.note ? ' dimmed' : ''}`,
      'data-claim': claim.id ?? null,
    },
    header,
    h('p', { className: 'claim-summary' }, claim.summary),
    claim.quote ? h('blockquote', { className: 'claim-quote' }, `“${claim.quote}”`) : null,
    asserted,
    sourceLine(claim, context),
  );
}
