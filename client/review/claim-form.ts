// The fields of one claim as a form: type from the vocabulary, both ends (with a swap), date, certainty, who asserts
// it, summary and quote. Used for a candidate of the review and for an existing claim's card.
import type { RelationInfo } from '../api/types';
import { h } from '../ui/dom';
import type { ClaimFields } from './review-model';

/** An actor the form can offer. */
export interface ActorChoice {
  id: string;
  name: string;
}

export interface ClaimFormOptions {
  fields: ClaimFields;
  relations: readonly RelationInfo[];
  certainties: readonly string[];
  /** The actors to choose from (the article's, and those found by search). */
  actors(): ActorChoice[];
  /** Finds another actor by name (a search box); resolves with the one chosen, added to `actors()`. */
  searchActor?: (into: HTMLElement, chosen: (actor: ActorChoice) => void) => void;
  /** Field errors the server reported, by field name (type, from, date, quote...). */
  errors?: ReadonlyMap<string, string>;
  onDone(fields: ClaimFields): void;
  onCancel(): void;
}

function labelled(name: string, text: string, control: HTMLElement, error?: string): HTMLElement {
  return h(
    'label',
    { className: `claim-field${error ? ' has-error' : ''}`, 'data-field': name },
    h('span', { className: 'claim-field-label' }, text),
    control,
    error ? h('span', { className: 'field-error', role: 'alert', testid: 'field-error' }, error) : null,
  );
}

function actorSelect(
  name: string,
  value: string,
  actors: ActorChoice[],
  optional: boolean,
): HTMLSelectElement {
  return h(
    'select',
    { name, testid: `claim-${name}` },
    optional ? h('option', { value: '', selected: value === '' }, '— the article itself —') : null,
    actors.map((actor) => h('option', { value: actor.id, selected: actor.id === value }, actor.name)),
  );
}

/** Builds the form; `onDone` receives the edited fields. */
export function claimForm(options: ClaimFormOptions): HTMLFormElement {
  const { fields, errors } = options;
  const error = (name: string) => errors?.get(name);
  const actors = options.actors();
  const type = h(
    'select',
    { name: 'type', testid: 'claim-type' },
    options.relations.map((relation) =>
      h(
        'option',
        { value: relation.type, selected: relation.type === fields.type },
        `${relation.label} (${relation.type})`,
      ),
    ),
  );
  const from = actorSelect('from', fields.from, actors, false);
  const to = actorSelect('to', fields.to, actors, false);
  const assertedBy = actorSelect('assertedBy', fields.assertedBy, actors, true);
  const swap = h(
    'button',
    {
      type: 'button',
      className: 'button small',
      testid: 'claim-swap',
      title: 'Swap the direction: from becomes to',
      onclick: () => {
        const value = from.value;
        from.value = to.value;
        to.value = value;
      },
    },
    '⇄ swap',
  );
  const input = (name: string, value: string, placeholder = '') =>
    h('input', { name, value, placeholder, testid: `claim-${name}`, autocomplete: 'off' });
  const date = input('date', fields.date, 'YYYY, YYYY-MM or YYYY-MM-DD');
  const dateEnd = input('dateEnd', fields.dateEnd, 'optional last day');
  const certainty = h(
    'select',
    { name: 'certainty', testid: 'claim-certainty' },
    options.certainties.map((value) => h('option', { value, selected: value === fields.certainty }, value)),
  );
  const summary = h('textarea', { name: 'summary', rows: 2, testid: 'claim-summary' }, fields.summary);
  const quote = input('quote', fields.quote, 'at most 12 words, verbatim');
  const paragraph = h('input', {
    name: 'paragraph',
    type: 'number',
    min: 1,
    value: fields.paragraph,
    testid: 'claim-paragraph',
  });
  const search = h('div', { className: 'claim-actor-search' });
  options.searchActor?.(search, (actor) => {
    for (const select of [from, to, assertedBy])
      if (![...select.options].some((option) => option.value === actor.id))
        select.append(h('option', { value: actor.id }, actor.name));
    to.value = actor.id;
  });
  return h(
    'form',
    {
      className: 'claim-form',
      testid: 'claim-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        options.onDone({
          ...fields,
          type: type.value,
          from: from.value,
          to: to.value,
          date: date.value.trim(),
          dateEnd: dateEnd.value.trim(),
          certainty: certainty.value,
          assertedBy: assertedBy.value,
          summary: summary.value.trim(),
          quote: quote.value.trim(),
          paragraph: Number(paragraph.value),
        });
      },
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape') {
          event.stopPropagation();
          options.onCancel();
        }
      },
    },
    labelled('type', 'Type', type, error('type')),
    h(
      'div',
      { className: 'claim-form-row' },
      labelled('from', 'From', from, error('from')),
      swap,
      labelled('to', 'To', to, error('to')),
    ),
    search,
    h(
      'div',
      { className: 'claim-form-row' },
      labelled('date', 'Date', date, error('date')),
      labelled('dateEnd', 'Until', dateEnd, error('dateEnd')),
    ),
    h(
      'div',
      { className: 'claim-form-row' },
      labelled('certainty', 'Certainty', certainty, error('certainty')),
      labelled('assertedBy', 'Asserted by', assertedBy, error('assertedBy')),
    ),
    labelled('summary', 'Summary', summary, error('summary')),
    h(
      'div',
      { className: 'claim-form-row' },
      labelled('quote', 'Quote', quote, error('quote')),
      labelled('paragraph', '¶', paragraph, error('paragraph')),
    ),
    h(
      'div',
      { className: 'claim-form-actions' },
      h('button', { type: 'submit', className: 'button primary small', testid: 'claim-form-done' }, 'Done'),
      h(
        'button',
        { type: 'button', className: 'button small', testid: 'claim-form-cancel', onclick: options.onCancel },
        'Cancel',
      ),
    ),
  );
}
