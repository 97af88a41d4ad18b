// The actors the review proposes (the registry does not have them yet): accept as they are, rename, set kind and
// country, or say they are an existing actor found by search (the proposed name then becomes its alias).
import { h } from '../ui/dom';
import { createSearchBox } from '../ui/search-box';
import type { ReviewActor, ReviewModel } from './review-model';

export interface ActorListOptions {
  model: ReviewModel;
  kinds: readonly string[];
  kindColours: Readonly<Record<string, string>>;
  /** Field errors the server reported, by actor id then field. */
  errors: ReadonlyMap<string, Map<string, string>>;
  changed(): void;
}

function actorRow(actor: ReviewActor, options: ActorListOptions): HTMLElement {
  const errors = options.errors.get(actor.id);
  const errorLine = (field: string) => {
    const message = errors?.get(field);
    return message
      ? h('span', { className: 'field-error', testid: 'field-error', 'data-field': field }, message)
      : null;
  };
  if (actor.mergeInto) {
    return h(
      'li',
      { className: 'review-actor merged', testid: 'review-actor', 'data-actor': actor.id },
      h(
        'span',
        {},
        `“${actor.name}” is `,
        h('strong', {}, actor.mergeInto.name),
        ' (its name becomes an alias)',
      ),
      h(
        'button',
        {
          type: 'button',
          className: 'button small',
          testid: 'actor-unmerge',
          onclick: () => {
            actor.mergeInto = null;
            options.changed();
          },
        },
        'Undo',
      ),
    );
  }
  const name = h('input', { value: actor.name, testid: 'actor-name', 'aria-label': 'Name' });
  name.addEventListener('change', () => {
    actor.name = name.value.trim() || actor.name;
    options.changed();
  });
  const kind = h(
    'select',
    { testid: 'actor-kind', 'aria-label': 'Kind' },
    options.kinds.map((value) => h('option', { value, selected: value === actor.kind }, value)),
  );
  kind.addEventListener('change', () => {
    actor.kind = kind.value;
  });
  const country = h('input', {
    value: actor.country,
    placeholder: 'country (e.g. UKR)',
    maxlength: 3,
    size: 4,
    testid: 'actor-country',
    'aria-label': 'Country, ISO 3166-1 alpha-3',
  });
  country.addEventListener('change', () => {
    actor.country = country.value.trim().toUpperCase();
  });
  const search = createSearchBox({
    testid: 'actor-merge-search',
    placeholder: 'Same as an existing actor…',
    label: `Merge ${actor.name} into an existing actor`,
    kindColours: options.kindColours,
    onChoose: (hit) => {
      actor.mergeInto = { id: hit.id, name: hit.name };
      options.changed();
    },
  });
  return h(
    'li',
    { className: 'review-actor', testid: 'review-actor', 'data-actor': actor.id },
    h('div', { className: 'claim-form-row' }, name, kind, country),
    errorLine('name'),
    errorLine('kind'),
    errorLine('country'),
    errorLine('id'),
    search.element,
  );
}

/** The list of proposed actors, or nothing when there are none. */
export function actorList(options: ActorListOptions): HTMLElement | null {
  const proposed = [...options.model.actors.values()].filter((actor) => actor.isNew);
  if (proposed.length === 0) return null;
  return h(
    'section',
    { className: 'review-actors', testid: 'review-actors' },
    h('h3', {}, `New actors (${proposed.length})`),
    h(
      'p',
      { className: 'muted' },
      'Saved to actors.yaml when an accepted claim names them. Rename, set kind and country, or say which known actor each is.',
    ),
    h(
      'ul',
      {},
      proposed.map((actor) => actorRow(actor, options)),
    ),
  );
}
