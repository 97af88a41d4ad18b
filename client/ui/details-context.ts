// What the detail views share: names, sources, selection helpers and the claim cards' context.
import type { AppActions } from '../app/actions';
import type { ClaimSource, SourceSummary } from '../api/types';
import type { ClaimCardContext } from './claim-card';
import { claimCuration } from '../review/claim-curation';

/** The claim-card context of the application, for a claim with id `claimId`. */
export function cardContext(actions: AppActions, claimId: string, selected = false): ClaimCardContext {
  const { view } = actions;
  const drawn = view.rendered.hasEdge(claimId);
  const loaded = view.data.hasEdge(claimId);
  return {
    name: (id) => view.names.name(id),
    source: (id): ClaimSource | SourceSummary | null => view.sources.get(id),
    awaitSource: (id, then) => view.sources.whenKnown(id, then),
    selectActor: (id) => void actions.loader.choose(id).catch(() => undefined),
    selectClaim: drawn && !selected ? () => view.select({ kind: 'claim', id: claimId }) : undefined,
    note: drawn ? undefined : loaded ? 'hidden by the filters' : 'not in the view',
    selected,
    openSource: (id, paragraph, claim) =>
      view.select({
        kind: 'source',
        id,
        ...(paragraph ? { paragraph } : {}),
        ...(claim ? { claim } : {}),
      }),
    corroboration: (id) => view.corroboration.of(id),
    curate: (id, sourceId) => claimCuration(actions, id, sourceId),
  };
}
