// The details of a selected actor: who it is, what can be done from it, its claims grouped by type and counterpart,
// and the claims it asserts grouped by whom they are about.
import type { AppActions } from '../app/actions';
import { actorMergeBox } from '../review/claim-curation';
import { api } from '../api/client';
import type { ActorWithAsserted as ActorDetails, ClaimGroup } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { h, swatch } from './dom';
import { actorLink, claimCard } from './claim-card';
import { cardContext } from './details-context';

const cache = new Map<string, Promise<ActorDetails>>();

/** The actor's details from the server, fetched once per session. */
export function actorDetails(id: string): Promise<ActorDetails> {
  let pending = cache.get(id);
  if (!pending) {
    pending = api.actor(id);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

function actionButtons(actions: AppActions, details: ActorDetails): HTMLElement {
  const { view, loader } = actions;
  const id = details.actor.id;
  const button = (testid: string, text: string, title: string, onClick: () => void, disabled = false) =>
    h('button', { type: 'button', className: 'button', testid, title, disabled, onclick: onClick }, text);
  const depth = view.store.get().depth;
  return h(
    'div',
    { className: 'button-row actor-actions' },
    button(
      'expand',
      `Expand (${depth})`,
      `Load the neighbours within ${depth} step(s)`,
      () => void loader.expand(id).catch(() => undefined),
    ),
    button(
      'collapse',
      'Collapse',
      'Undo the last expansion',
      () => loader.collapse(),
      view.expansions.size === 0,
    ),
    button(
      'focus',
      'Focus',
      'Show this neighbourhood alone',
      () => void loader.focus(id).catch(() => undefined),
    ),
    button('paths-from-here', 'Paths…', 'How is this actor linked to another?', () =>
      actions.onPathsRequested(
        {
          id,
          name: details.actor.name,
          kind: details.actor.kind,
          aliases: details.actor.aliases,
          degree: details.actor.degree,
        },
        null,
      ),
    ),
  );
}

function groupView(actions: AppActions, name: string, group: ClaimGroup, label: string): HTMLElement {
  const other = actorLink(
    group.other.name,
    () => void actions.loader.choose(group.other.id).catch(() => undefined),
  );
  // A symmetric type's group (`both`) reads from the actor, as the relation reads the same either way.
  const sentence =
    group.direction !== 'in'
      ? h('span', {}, h('span', { className: 'muted' }, `${name} ${label} `), other)
      : h('span', {}, other, h('span', { className: 'muted' }, ` ${label} ${name}`));
  return h(
    'div',
    { className: 'claim-group' },
    h(
      'div',
      { className: 'group-title' },
      sentence,
      h('span', { className: 'count' }, String(group.claims.length)),
    ),
    group.claims.map((claim) => claimCard(claim, cardContext(actions, claim.id))),
  );
}

/** "Asserts N claims": what the actor says or assesses about others, grouped by whom it is about. */
function assertedView(actions: AppActions, details: ActorDetails): HTMLElement | null {
  const { asserted } = details;
  if (asserted.count === 0) return null;
  const choose = (id: string) => void actions.loader.choose(id).catch(() => undefined);
  return h(
    'section',
    { className: 'asserted', testid: 'asserted' },
    h(
      'h3',
      { className: 'claims-heading', testid: 'asserted-heading' },
      `Asserts ${asserted.count} claim${asserted.count === 1 ? '' : 's'}`,
      asserted.truncated ? h('span', { className: 'muted' }, ' — first ones only') : null,
    ),
    asserted.byAbout.map((group) =>
      h(
        'div',
        { className: 'claim-type', 'data-about': group.about.id },
        h(
          'h3',
          { className: 'type-title' },
          h('span', { className: 'muted' }, 'about '),
          actorLink(group.about.name, () => choose(group.about.id)),
          h('span', { className: 'count' }, String(group.claims.length)),
        ),
        group.claims.map((claim) => {
          actions.view.names.remember(claim.from.id, claim.from.name);
          actions.view.names.remember(claim.to.id, claim.to.name);
          return h(
            'div',
            { className: 'claim-group' },
            h(
              'div',
              { className: 'group-title' },
              h(
                'span',
                {},
                actorLink(claim.from.name, () => choose(claim.from.id)),
                h('span', { className: 'muted' }, ` ${claim.label} `),
                actorLink(claim.to.name, () => choose(claim.to.id)),
              ),
            ),
            claimCard(claim, cardContext(actions, claim.id)),
          );
        }),
      ),
    ),
  );
}

/** Builds the actor view (after its details arrived). */
export function actorView(actions: AppActions, details: ActorDetails): HTMLElement {
  const { actor } = details;
  const { view } = actions;
  actions.view.names.remember(actor.id, actor.name);
  const colour = view.kindColours[actor.kind] ?? VIEWER_SETTINGS.unknownColour;
  const types = details.claimsByType.map((type) => {
    const relation = view.meta.relations.find((item) => item.type === type.type);
    const count = type.groups.reduce((sum, group) => sum + group.claims.length, 0);
    return h(
      'section',
      { className: 'claim-type' },
      h(
        'h3',
        { className: 'type-title' },
        swatch(relation?.colour ?? VIEWER_SETTINGS.unknownColour, 'line'),
        type.label,
        h('span', { className: 'count' }, String(count)),
      ),
      type.groups.map((group) => groupView(actions, actor.name, group, type.label)),
    );
  });
  return h(
    'div',
    { className: 'details-actor', 'data-actor': actor.id },
    h('div', { className: 'details-kicker' }, swatch(colour), actor.kind),
    h('h2', { className: 'details-title' }, actor.name),
    actor.aliases.length > 0
      ? h(
          'p',
          { className: 'aliases' },
          h('span', { className: 'muted' }, 'Also: '),
          actor.aliases.join(' · '),
        )
      : null,
    actor.description ? h('p', { className: 'description' }, actor.description) : null,
    actionButtons(actions, details),
    actorMergeBox(actions, actor.id),
    h(
      'h3',
      { className: 'claims-heading' },
      `Claims (${details.claimCount})`,
      details.truncated ? h('span', { className: 'muted' }, ' — first ones only') : null,
    ),
    types.length > 0 ? types : h('p', { className: 'empty-state' }, 'No claim involves this actor.'),
    assertedView(actions, details),
  );
}
