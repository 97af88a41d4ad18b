// An actor search box with suggestions as one types (debounced, latest answer wins), keyboard navigable.
import { api } from '../api/client';
import type { ActorHit } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { debounce, latestOnly } from '../util/debounce';
import { h, replaceChildren, swatch } from './dom';

/** Options of one search box. */
export interface SearchBoxOptions {
  testid: string;
  placeholder: string;
  label: string;
  kindColours: Readonly<Record<string, string>>;
  onChoose(hit: ActorHit): void;
}

/** A search box: its element and its chosen actor. */
export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  chosen: ActorHit | null;
  clear(): void;
}

let counter = 0;

/** Builds a search box with a suggestion list (ARIA combobox). */
export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const listId = `suggestions-${(counter += 1)}`;
  const input = h('input', {
    type: 'search',
    className: 'search-input',
    placeholder: options.placeholder,
    'aria-label': options.label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    testid: options.testid,
  });
  const list = h('ul', {
    className: 'suggestions',
    id: listId,
    role: 'listbox',
    testid: `${options.testid}-suggestions`,
  });
  const box: SearchBox = {
    element: h('div', { className: 'search-box' }, input, list),
    input,
    chosen: null,
    clear,
  };
  let hits: ActorHit[] = [];
  let active = -1;

  function close(): void {
    list.replaceChildren();
    list.classList.remove('open');
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function clear(): void {
    input.value = '';
    box.chosen = null;
    close();
  }

  function choose(hit: ActorHit): void {
    box.chosen = hit;
    input.value = hit.name;
    close();
    options.onChoose(hit);
  }

  function render(message?: string): void {
    if (message) replaceChildren(list, h('li', { className: 'suggestion-empty' }, message));
    else
      replaceChildren(
        list,
        hits.map((hit, index) => {
          const alias = hit.aliases.find((item) =>
            item.toLowerCase().includes(input.value.trim().toLowerCase()),
          );
          return h(
            'li',
            {
              role: 'option',
              className: index === active ? 'suggestion active' : 'suggestion',
              'aria-selected': String(index === active),
              'data-id': hit.id,
              onmousedown: (event: Event) => {
                event.preventDefault();
                choose(hit);
              },
            },
            swatch(options.kindColours[hit.kind] ?? VIEWER_SETTINGS.unknownColour),
            h('span', { className: 'suggestion-name' }, hit.name),
            alias && alias !== hit.name ? h('span', { className: 'suggestion-alias' }, `“${alias}”`) : null,
            h('span', { className: 'suggestion-kind' }, hit.kind),
          );
        }),
      );
    list.classList.add('open');
    input.setAttribute('aria-expanded', 'true');
  }

  const search = latestOnly((text: string) => api.searchActors(text, VIEWER_SETTINGS.searchLimit));
  const lookUp = debounce(async (text: string) => {
    try {
      const answer = await search(text);
      if (!answer || document.activeElement !== input) return;
      hits = answer.actors;
      active = hits.length > 0 ? 0 : -1;
      render(hits.length === 0 ? `No actor matches “${text}”` : undefined);
    } catch {
      render('Search is unavailable: the server does not answer.');
    }
  }, VIEWER_SETTINGS.searchDebounceMs);

  input.addEventListener('input', () => {
    box.chosen = null;
    const text = input.value.trim();
    if (text === '') {
      lookUp.cancel();
      close();
    } else lookUp(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit && list.classList.contains('open')) choose(hit);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return box;
}
