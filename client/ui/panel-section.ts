// A collapsible section of the left panel, with a title and optional header actions.
import { h } from './dom';

/** Builds a section: `<details>` so that it folds without script. */
export function section(
  title: string,
  body: HTMLElement,
  options: { testid?: string; actions?: HTMLElement[]; open?: boolean } = {},
): HTMLElement {
  return h(
    'details',
    { className: 'panel-section', open: options.open !== false, testid: options.testid },
    h(
      'summary',
      { className: 'section-title' },
      h('span', {}, title),
      h('span', { className: 'section-actions' }, ...(options.actions ?? [])),
    ),
    body,
  );
}

/** A small text button for section headers ("all", "none"). */
export function miniButton(
  text: string,
  title: string,
  onClick: () => void,
  testid?: string,
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      className: 'mini-button',
      title,
      testid,
      onclick: (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
        onClick();
      },
    },
    text,
  );
}
