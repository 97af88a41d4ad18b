// The add-article form: paste the text or drop a .txt file, give title, publisher, date and address, then extract.
import type { ArticleFields } from '../api/curation';
import { h } from '../ui/dom';

export interface AddArticleOptions {
  extract(article: ArticleFields): Promise<void>;
  cancel(): void;
}

const field = (label: string, control: HTMLElement) =>
  h('label', { className: 'claim-field' }, h('span', { className: 'claim-field-label' }, label), control);

/** Builds the form. */
export function addArticleForm(options: AddArticleOptions): HTMLElement {
  const text = h('textarea', {
    testid: 'article-text',
    rows: 14,
    placeholder: 'Paste the article here, or drop a .txt file: the headline first, one paragraph per block.',
  });
  const title = h('input', { testid: 'article-title', placeholder: 'Headline' });
  const publisher = h('input', { testid: 'article-publisher', placeholder: 'e.g. Voice of America' });
  const published = h('input', { testid: 'article-published', type: 'date' });
  const url = h('input', { testid: 'article-url', type: 'url', placeholder: 'https://…' });
  const error = h('p', { className: 'field-error', role: 'alert', testid: 'extract-error', hidden: true });
  const run = h(
    'button',
    { type: 'submit', className: 'button primary', testid: 'extract-run' },
    'Extract claims',
  );
  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void file.text().then((content) => {
      text.value = content;
      if (!title.value) title.value = content.trim().split('\n')[0]?.trim() ?? '';
    });
  });
  return h(
    'form',
    {
      className: 'add-article',
      testid: 'add-article-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        error.hidden = true;
        run.disabled = true;
        options
          .extract({
            text: text.value,
            title: title.value.trim() || undefined,
            publisher: publisher.value.trim() || undefined,
            published: published.value || undefined,
            url: url.value.trim() || undefined,
          })
          .catch((failure: Error) => {
            error.textContent = failure.message;
            error.hidden = false;
          })
          .finally(() => {
            run.disabled = false;
          });
      },
    },
    h('h2', {}, 'Add an article'),
    field('Text', text),
    h(
      'div',
      { className: 'claim-form-row' },
      field('Title', title),
      field('Publisher', publisher),
      field('Published', published),
    ),
    field('Address', url),
    error,
    h(
      'div',
      { className: 'claim-form-actions' },
      run,
      h('button', { type: 'button', className: 'button', onclick: options.cancel }, 'Cancel'),
    ),
  );
}
