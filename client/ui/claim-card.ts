// One claim with its evidence: date, certainty, who asserts it, the summary, paragraph and quote, the source, and the
// other sources that state the same event.
import type { ClaimAttributes, ClaimCorroboration, ClaimSource, SourceSummary } from '../api/types';
import { formatClaimDate } from '../graph/dates';
import { h, replaceChildren } from './dom';

/** What a claim card needs besides the claim. */
export interface ClaimCardContext {
  name(id: string): string;
  source(id: string): ClaimSource | SourceSummary | null;
  /** Calls `then` once the summary of a source `source` did not know arrives (it is asked for in a batch). */
  awaitSource?: (id: string, then: (source: SourceSummary) => void) => void;
  selectActor(id: string): void;
  /** Selects the claim on the graph; absent when the claim is not drawn. */
  selectClaim?: () => void;
  /** Why the claim is not on the graph ("hidden by the filters"), when it is not. */
  note?: string;
  selected?: boolean;
  /** Opens a source's panel, at a paragraph with a claim's quote marked when given. */
  openSource?: (sourceId: string, paragraph?: number | null, claimId?: string) => void;
  /** The corroboration of a claim served without one (a claim of the graph). */
  corroboration?: (claimId: string) => ClaimCorroboration | null;
  /** Edit or retract the claim in its data file; absent when the server does not curate. */
  curate?: (claimId: string, sourceId: string) => { edit(): void; retract(): void } | undefined;
}

/** How the `¶` numbers read. */
export const PARAGRAPH_HELP = 'Paragraph N of the article, headline = 1';

const CERTAINTY_TEXT: Record<string, string> = {
  fact: 'fact',
  claim: 'attributed claim',
  assessment: 'assessment',
};

const ORIGIN_NOTE: Record<string, string> = {
  icews: 'Imported from ICEWS, not checked by a person',
  gdelt: 'Imported from GDELT, not checked by a person',
  extracted: 'Proposed by the article extractor, not checked by a person',
};

/** Where an unchecked claim comes from; nothing for a curated one. */
function originLine(claim: ClaimAttributes): HTMLElement | null {
  const origin = typeof claim.origin === 'string' ? claim.origin : 'curated';
  if (origin === 'curated') return null;
  const confidence =
    typeof claim.confidence === 'number' ? ` (confidence ${Math.round(claim.confidence * 100)}%)` : '';
  return h(
    'div',
    { className: `claim-origin origin-${origin}`, 'data-origin': origin },
    `${ORIGIN_NOTE[origin] ?? `From ${origin}, not checked by a person`}${confidence}.`,
  );
}

const count = (value: unknown, noun: string) =>
  typeof value === 'number' ? `${value} ${noun}${value === 1 ? '' : 's'}` : null;

/** A coded event's provenance: event id, CAMEO code and label, Goldstein, counts, tone and place. */
function provenanceList(claim: ClaimAttributes): HTMLElement | null {
  const rows: Array<[string, string | null]> = [
    [
      'event',
      claim.eventId
        ? `${claim.eventId}${typeof claim.eventSentence === 'number' ? `, sentence ${claim.eventSentence}` : ''}`
        : null,
    ],
    ['CAMEO', claim.cameoCode ? [claim.cameoCode, claim.cameoLabel].filter(Boolean).join(' · ') : null],
    ['Goldstein', typeof claim.goldstein === 'number' ? String(claim.goldstein) : null],
    [
      'reports',
      [
        count(claim.mentions, 'mention'),
        count(claim.sourceCount, 'source'),
        count(claim.articleCount, 'article'),
      ]
        .filter(Boolean)
        .join(', ') || null,
    ],
    ['tone', typeof claim.tone === 'number' ? String(claim.tone) : null],
    [
      'place',
      claim.place
        ? `${claim.place}${typeof claim.latitude === 'number' && typeof claim.longitude === 'number' ? ` (${claim.latitude}, ${claim.longitude})` : ''}`
        : null,
    ],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== null);
  if (present.length === 0) return null;
  return h(
    'dl',
    { className: 'claim-provenance' },
    present.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

/** A link-styled button that selects an actor. */
export function actorLink(name: string, onClick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', className: 'actor-link', onclick: onClick }, name);
}

/** A source's title: a button opening its panel when the context can, else plain text. */
export function sourceTitle(
  sourceId: string,
  title: string,
  context: Pick<ClaimCardContext, 'openSource'>,
): HTMLElement {
  const open = context.openSource;
  return open
    ? h(
        'button',
        {
          type: 'button',
          className: 'source-title source-link',
          title: 'Open this source',
          'data-source': sourceId,
          onclick: () => open(sourceId),
        },
        title,
      )
    : h('span', { className: 'source-title' }, title);
}

/** `¶ N`, explained on hover. */
export function paragraphMark(paragraph: number): HTMLElement {
  return h(
    'abbr',
    { className: 'paragraph-mark', title: PARAGRAPH_HELP.replace('N', String(paragraph)) },
    `¶ ${paragraph}`,
  );
}

/** The source's title, publisher and date (its id until they are known; filled in when they arrive). */
function sourceLine(claim: ClaimAttributes & { id?: string }, context: ClaimCardContext): HTMLElement {
  const line = h('div', { className: 'claim-source' });
  const fill = (source: ClaimSource | SourceSummary | null) => {
    const published = source?.published ? formatClaimDate(source.published) : null;
    const meta = [source?.publisher, published].filter(Boolean).join(' · ');
    line.dataset.sourceKnown = String(source !== null);
    replaceChildren(
      line,
      sourceTitle(claim.sourceId, source?.title ?? claim.sourceId, context),
      h(
        'span',
        { className: 'source-meta' },
        meta,
        claim.paragraph !== null ? [meta ? ' · ' : '', paragraphMark(claim.paragraph)] : null,
      ),
    );
  };
  const source = context.source(claim.sourceId);
  fill(source);
  if (!source) context.awaitSource?.(claim.sourceId, fill);
  return line;
}

/** "Reported by N sources": each source's wording and who asserts it; or the counts imported event data gives. */
function corroborationView(
  claim: ClaimAttributes & { id?: string },
  corroboration: ClaimCorroboration | null,
  context: ClaimCardContext,
): HTMLElement | null {
  const mentions = typeof claim.mentions === 'number' ? claim.mentions : null;
  const reported = typeof claim.sourceCount === 'number' ? claim.sourceCount : null;
  const imported =
    mentions !== null || reported !== null
      ? h(
          'div',
          { className: 'claim-reported muted', testid: 'reported-counts' },
          [
            reported !== null ? `reported by ${reported} source${reported === 1 ? '' : 's'}` : null,
            mentions !== null ? `${mentions} mention${mentions === 1 ? '' : 's'}` : null,
          ]
            .filter(Boolean)
            .join(' · ') + ' (event data)',
        )
      : null;
  if (!corroboration || corroboration.sourceCount < 2) return imported;
  return h(
    'div',
    { className: 'corroboration', testid: 'corroboration', 'data-event': corroboration.event },
    h('div', { className: 'corroboration-title' }, `reported by ${corroboration.sourceCount} sources`),
    h(
      'ul',
      { className: 'corroboration-list' },
      corroboration.claims.map((other) =>
        h(
          'li',
          { className: other.id === claim.id ? 'this-claim' : '', 'data-claim': other.id },
          sourceTitle(other.sourceId, other.source?.title ?? other.sourceId, context),
          other.paragraph !== null ? [' ', paragraphMark(other.paragraph)] : null,
          other.quote ? h('q', { className: 'corroboration-quote' }, other.quote) : null,
          h(
            'span',
            { className: 'muted' },
            other.assertedBy
              ? [
                  other.certainty === 'assessment' ? ' assessed by ' : ' according to ',
                  actorLink(context.name(other.assertedBy), () => context.selectActor(other.assertedBy!)),
                ]
              : ' in its own voice',
          ),
        ),
      ),
    ),
    imported,
  );
}

/** Edit and retract, for a claim of a curated file when the server curates. */
function curationButtons(
  claim: ClaimAttributes & { id?: string },
  context: ClaimCardContext,
): HTMLElement | null {
  const origin = typeof claim.origin === 'string' ? claim.origin : 'curated';
  const curation = claim.id && origin === 'curated' ? context.curate?.(claim.id, claim.sourceId) : undefined;
  if (!curation) return null;
  return h(
    'div',
    { className: 'curation-actions' },
    h(
      'button',
      { type: 'button', className: 'mini-button', testid: 'claim-edit', onclick: curation.edit },
      'edit',
    ),
    h(
      'button',
      { type: 'button', className: 'mini-button', testid: 'claim-retract', onclick: curation.retract },
      'retract',
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
    context.openSource && claim.paragraph !== null
      ? h(
          'button',
          {
            type: 'button',
            className: 'mini-button',
            testid: 'show-in-text',
            title: 'Show the paragraph of the article, the quote marked',
            onclick: () => context.openSource?.(claim.sourceId, claim.paragraph, claim.id),
          },
          'in text',
        )
      : null,
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
    originLine(claim),
    h('p', { className: 'claim-summary' }, claim.summary),
    provenanceList(claim),
    claim.quote ? h('blockquote', { className: 'claim-quote' }, `“${claim.quote}”`) : null,
    asserted,
    sourceLine(claim, context),
    curationButtons(claim, context),
    corroborationView(
      claim,
      (claim.corroboration as ClaimCorroboration | undefined) ??
        (claim.id ? (context.corroboration?.(claim.id) ?? null) : null),
      context,
    ),
  );
}
