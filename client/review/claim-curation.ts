// Correcting the data after the fact, from the viewer's panels: edit or retract a claim from its card, merge an
// actor into another. Each reads the versions of the files it changes, writes through the API, then reloads.
import type { AppActions } from '../app/actions';
import { ApiError } from '../api/api-error';
import { curationApi, type FileClaim } from '../api/curation';
import { h, replaceChildren } from '../ui/dom';
import { createSearchBox } from '../ui/search-box';
import { claimForm } from './claim-form';
import type { ClaimFields } from './review-model';

/** What a claim card offers when the server curates. */
export interface ClaimCuration {
  edit(): void;
  retract(): void;
}

async function reload(actions: AppActions, message: string): Promise<void> {
  await actions.loader.open(actions.view.store.get());
  actions.view.status.notify('info', message);
}

function fieldsOf(claim: FileClaim): ClaimFields {
  return {
    id: claim.id,
    type: claim.type,
    from: claim.from,
    to: claim.to,
    date: claim.date === null ? '' : String(claim.date),
    dateEnd: claim.dateEnd === undefined ? '' : String(claim.dateEnd),
    certainty: claim.certainty,
    assertedBy: claim.assertedBy ?? '',
    summary: claim.summary,
    paragraph: claim.evidence?.paragraph ?? 1,
    quote: claim.evidence?.quote ?? '',
  };
}

/** The fields that changed, as PATCH /api/claims/:id takes them (null clears an optional one). */
function changes(before: ClaimFields, after: ClaimFields): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of ['type', 'from', 'to', 'certainty', 'summary'] as const)
    if (after[key] !== before[key]) patch[key] = after[key];
  for (const key of ['date', 'dateEnd', 'assertedBy'] as const)
    if (after[key] !== before[key]) patch[key] = after[key] || null;
  if (after.paragraph !== before.paragraph || after.quote !== before.quote)
    patch.evidence = { paragraph: after.paragraph, quote: after.quote };
  return patch;
}

/** A dialog over the page with the claim's form; field errors of a refused edit are shown at their field. */
async function editDialog(actions: AppActions, claimId: string, sourceId: string): Promise<void> {
  const source = await curationApi.source(sourceId);
  const claim = source.claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`The claim ${claimId} is not in sources/${sourceId}.yaml`);
  const before = fieldsOf(claim);
  const dialog = h('div', {
    className: 'review-screen curation-dialog',
    role: 'dialog',
    testid: 'claim-edit-dialog',
  });
  const ids = new Set(source.claims.flatMap((c) => [c.from, c.to, c.assertedBy ?? c.from]));
  const choices = () => [...ids].map((id) => ({ id, name: actions.view.names.name(id) }));
  const render = (errors: Map<string, string>, message = '') =>
    replaceChildren(
      dialog,
      h(
        'div',
        { className: 'add-article' },
        h('h2', {}, `Edit claim ${claimId}`),
        message ? h('p', { className: 'field-error', role: 'alert', testid: 'save-error' }, message) : null,
        claimForm({
          fields: before,
          relations: actions.view.meta.relations,
          certainties: actions.view.meta.certainties.map((c) => c.certainty),
          actors: choices,
          errors,
          onCancel: () => dialog.remove(),
          onDone: (after) => {
            curationApi
              .editClaim(claimId, changes(before, after), source.versions)
              .then(async () => {
                dialog.remove();
                await reload(actions, `Claim ${claimId} corrected in sources/${sourceId}.yaml.`);
              })
              .catch((error: unknown) => {
                const issues =
                  error instanceof ApiError && Array.isArray(error.details.issues)
                    ? error.details.issues
                    : [];
                const byField = new Map<string, string>();
                for (const issue of issues as Array<{ field: string | null; message: string }>)
                  if (issue.field)
                    byField.set(issue.field.replace(/^claim\.(evidence\.)?/, ''), issue.message);
                render(byField, error instanceof Error ? error.message : String(error));
              });
          },
        }),
      ),
    );
  render(new Map());
  document.body.append(dialog);
}

/** The edit and retract actions of a claim card, or undefined when the server does not curate. */
export function claimCuration(
  actions: AppActions,
  claimId: string,
  sourceId: string,
): ClaimCuration | undefined {
  if (!actions.view.meta.curation) return undefined;
  const fail = (error: unknown) =>
    actions.view.status.notify('error', error instanceof Error ? error.message : String(error));
  return {
    edit: () => void editDialog(actions, claimId, sourceId).catch(fail),
    retract: () => {
      if (!window.confirm(`Retract claim ${claimId}? It is removed from sources/${sourceId}.yaml.`)) return;
      void curationApi
        .source(sourceId)
        .then((source) => curationApi.retractClaim(claimId, source.versions))
        .then(() => reload(actions, `Claim ${claimId} retracted from sources/${sourceId}.yaml.`))
        .catch(fail);
    },
  };
}

/** "Same as…": merges actor `id` into another found by search; undefined when the server does not curate. */
export function actorMergeBox(actions: AppActions, id: string): HTMLElement | undefined {
  if (!actions.view.meta.curation) return undefined;
  const box = createSearchBox({
    testid: 'actor-merge-into',
    placeholder: 'Merge into another actor…',
    label: 'Merge this actor into another (its names become aliases there)',
    kindColours: actions.view.kindColours,
    onChoose: (hit) => {
      if (hit.id === id) return;
      if (
        !window.confirm(
          `Merge ${actions.view.names.name(id)} into ${hit.name}? Every claim naming it is rewritten.`,
        )
      )
        return;
      void curationApi
        .references(id)
        .then((references) => curationApi.mergeActor(id, hit.id, references.versions))
        .then(() => actions.loader.choose(hit.id))
        .then(() =>
          actions.view.status.notify('info', `Merged into ${hit.name}; its names are aliases there.`),
        )
        .catch((error: unknown) =>
          actions.view.status.notify('error', error instanceof Error ? error.message : String(error)),
        );
    },
  });
  return h('div', { className: 'curation-actions' }, box.element);
}
