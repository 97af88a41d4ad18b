// A list of claims loaded a page at a time from the server ("more" asks for the next), each as a claim card.
import type { AppActions } from '../app/actions';
import { describeError } from '../app/status';
import type { ClaimPage, ListedClaim } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { addressNumber } from '../graph/aggregate';
import type { ClaimCardContext } from './claim-card';
import { claimCard } from './claim-card';
import { h, replaceChildren } from './dom';

/** Claims per page: the setting, or `?claimsPage=N` in the page's address (tests page through few claims). */
const PAGE_SIZE = Math.max(
  1,
  addressNumber(window.location.search, 'claimsPage', VIEWER_SETTINGS.claimsPageSize),
);

/** Asks the server for one page. */
export type PageFetcher = (offset: number, limit: number) => Promise<ClaimPage>;

/** The claim-card context of a listed claim: the claim is shown on the graph when it is drawn there. */
export function listedCardContext(actions: AppActions, claim: ListedClaim): ClaimCardContext {
  const { view } = actions;
  const drawn = view.rendered.hasEdge(claim.id);
  return {
    name: (id) => view.names.name(id),
    source: (id) => view.sources.get(id),
    awaitSource: (id, then) => view.sources.whenKnown(id, then),
    selectActor: (id) => void actions.loader.choose(id).catch(() => undefined),
    selectClaim: drawn ? () => view.select({ kind: 'claim', id: claim.id }) : undefined,
  };
}

/** One listed claim: who does what to whom, then its card. */
function listedClaim(actions: AppActions, claim: ListedClaim): HTMLElement {
  const names = actions.view.names;
  return h(
    'div',
    { className: 'claim-group listed-claim' },
    h(
      'div',
      { className: 'group-title' },
      h(
        'span',
        { className: 'muted' },
        `${names.name(claim.source)} ${claim.label} ${names.name(claim.target)}`,
      ),
    ),
    claimCard(claim, listedCardContext(actions, claim)),
  );
}

/**
 * Builds the list and loads its first page. `testid` names the list; its "more" button is `${testid}-more` and
 * its count line `${testid}-count`. The list's `data-state` is `loading`, `ready` or `error`.
 */
export function pagedClaims(actions: AppActions, fetchPage: PageFetcher, testid: string): HTMLElement {
  const items = h('div', { className: 'claim-page-items' });
  const count = h('p', { className: 'muted claim-page-count', testid: `${testid}-count` });
  const more = h(
    'button',
    { type: 'button', className: 'button', testid: `${testid}-more`, hidden: true },
    'More',
  );
  const list = h('div', { className: 'claim-pages', testid, 'data-state': 'loading' }, count, items, more);
  let offset = 0;
  const load = async () => {
    list.dataset.state = 'loading';
    more.disabled = true;
    try {
      const page = await fetchPage(offset, PAGE_SIZE);
      for (const claim of page.claims) items.append(listedClaim(actions, claim));
      offset += page.claims.length;
      count.textContent = `${offset.toLocaleString('en')} of ${page.total.toLocaleString('en')} claims, earliest first`;
      more.hidden = offset >= page.total || page.claims.length === 0;
      more.textContent = `More (${Math.min(PAGE_SIZE, page.total - offset)})`;
      list.dataset.state = 'ready';
    } catch (error) {
      replaceChildren(
        count,
        h('span', { className: 'error-text' }, `The claims could not be loaded: ${describeError(error)}`),
      );
      list.dataset.state = 'error';
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load());
  void load();
  return list;
}
