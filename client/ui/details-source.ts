// The details of a source article: what it is, the actors it names, its claims in paragraph order, and its text
// with one claim's quote marked in its paragraph.
import type { AppActions } from '../app/actions';
import { api } from '../api/client';
import type { ClaimWithActors, SourceDetails } from '../api/types';
import { formatClaimDate } from '../graph/dates';
import { actorLink, claimCard, PARAGRAPH_HELP, paragraphMark } from './claim-card';
import { cardContext } from './details-context';
import { h } from './dom';

const cache = new Map<string, Promise<SourceDetails>>();

/** The source's details from the server, fetched once per session. */
export function sourceDetails(id: string): Promise<SourceDetails> {
  let pending = cache.get(id);
  if (!pending) {
    pending = api.source(id);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** Where the panel opens the text: a paragraph, and the claim whose quote is marked there. */
export interface SourceFocus {
  paragraph?: number;
  claim?: string;
}

/** A paragraph's text with `quote` marked where it stands (the whole text unmarked when it does not). */
function markedText(text: string, quote: string | null): Array<string | HTMLElement> {
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) return [text];
  return [text.slice(0, at), h('mark', { testid: 'quote-mark' }, quote), text.slice(at + quote.length)];
}

/** The sources the filter can hide: those meta lists and those of the loaded claims (meta may list only some). */
function filterableSources(actions: AppActions): Set<string> {
  const { view } = actions;
  const ids = new Set(view.meta.sources.map((source) => source.id));
  view.data.forEachEdge((_edge, attributes) => {
    if (typeof attributes.sourceId === 'string') ids.add(attributes.sourceId);
  });
  return ids;
}

function filterButtons(actions: AppActions, id: string): HTMLElement {
  const { view } = actions;
  const others = [...filterableSources(actions)].filter((other) => other !== id);
  const hidden = view.store.get().filters.hiddenSources;
  const alone = others.length > 0 && others.every((other) => hidden.includes(other)) && !hidden.includes(id);
  return h(
    'div',
    { className: 'button-row actor-actions' },
    alone
      ? h(
          'button',
          {
            type: 'button',
            className: 'button',
            testid: 'all-sources',
            title: 'Show the claims of every source again',
            onclick: () => view.setFilters({ hiddenSources: [] }),
          },
          'All sources',
        )
      : h(
          'button',
          {
            type: 'button',
            className: 'button',
            testid: 'only-this-source',
            title: 'Hide the claims of every other source',
            onclick: () => view.setFilters({ hiddenSources: others }),
          },
          'Only this source',
        ),
  );
}

function claimSentence(actions: AppActions, claim: ClaimWithActors): HTMLElement {
  const link = (id: string, name: string) =>
    actorLink(name, () => void actions.loader.choose(id).catch(() => undefined));
  return h(
    'div',
    { className: 'group-title' },
    h(
      'span',
      {},
      link(claim.from.id, claim.from.name),
      h('span', { className: 'muted' }, ` ${claim.label} `),
      link(claim.to.id, claim.to.name),
    ),
  );
}

function textView(details: SourceDetails, focus: SourceFocus): HTMLElement {
  if (!details.text)
    return h('p', { className: 'empty-state' }, 'The text of this article is not kept beside its source.');
  const marked = details.claims.find((claim) => claim.id === focus.claim) ?? null;
  return h(
    'div',
    { className: 'source-text', testid: 'source-text' },
    h('p', { className: 'muted paragraph-legend' }, `¶ N: ${PARAGRAPH_HELP.toLowerCase()}.`),
    details.text.paragraphs.map((paragraph) => {
      const focused = paragraph.number === focus.paragraph;
      return h(
        'p',
        {
          className: `source-paragraph${focused ? ' focused' : ''}`,
          'data-paragraph': paragraph.number,
          testid: focused ? 'focused-paragraph' : null,
        },
        paragraphMark(paragraph.number),
        ' ',
        ...(focused ? markedText(paragraph.text, marked?.quote ?? null) : [paragraph.text]),
      );
    }),
  );
}

/** Builds the source view (after its details arrived). */
export function sourceView(actions: AppActions, details: SourceDetails, focus: SourceFocus): HTMLElement {
  const { source } = details;
  for (const claim of details.claims) {
    actions.view.names.remember(claim.from.id, claim.from.name);
    actions.view.names.remember(claim.to.id, claim.to.name);
  }
  for (const actor of details.actors) actions.view.names.remember(actor.id, actor.name);
  const meta = [
    source.publisher,
    source.published ? formatClaimDate(source.published) : 'undated',
    source.authors.length > 0 ? source.authors.join(', ') : null,
  ].filter(Boolean);
  return h(
    'div',
    { className: 'details-source', 'data-source': source.id },
    h('div', { className: 'details-kicker' }, 'Source'),
    h('h2', { className: 'details-title' }, source.title),
    h('p', { className: 'source-meta' }, meta.join(' · ')),
    source.url
      ? h('p', {}, h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.url))
      : null,
    source.note ? h('p', { className: 'description muted' }, source.note) : null,
    filterButtons(actions, source.id),
    h('h3', { className: 'claims-heading' }, `Actors it names (${details.actors.length})`),
    h(
      'ul',
      { className: 'source-actors' },
      details.actors.map((actor) =>
        h(
          'li',
          {},
          actorLink(actor.name, () => void actions.loader.choose(actor.id).catch(() => undefined)),
          h(
            'span',
            { className: 'muted' },
            ' ' +
              [
                actor.from ? `from ${actor.from}` : null,
                actor.to ? `to ${actor.to}` : null,
                actor.assertedBy ? `asserts ${actor.assertedBy}` : null,
              ]
                .filter(Boolean)
                .join(' · '),
          ),
        ),
      ),
    ),
    h(
      'h3',
      { className: 'claims-heading' },
      `Claims (${details.claimCount}), in paragraph order`,
      details.truncated ? h('span', { className: 'muted' }, ' — first ones only') : null,
    ),
    details.claims.map((claim) =>
      h(
        'div',
        { className: 'claim-group' },
        claimSentence(actions, claim),
        claimCard(claim, { ...cardContext(actions, claim.id), selected: claim.id === focus.claim }),
      ),
    ),
    h('h3', { className: 'claims-heading', testid: 'source-text-heading' }, 'Text'),
    textView(details, focus),
  );
}
