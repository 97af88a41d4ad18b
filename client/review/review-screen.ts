// The review screen: add an article, then go through the candidates claim by claim beside the text (accept, reject,
// edit, add from a selection, keyboard shortcuts), settle the new actors, and save through POST /api/sources.
import type { AppActions } from '../app/actions';
import { ApiError } from '../api/api-error';
import { curationApi, type ArticleFields } from '../api/curation';
import { h, replaceChildren } from '../ui/dom';
import { createSearchBox } from '../ui/search-box';
import { actorList } from './actor-list';
import { addArticleForm } from './add-article-form';
import { articlePane } from './article-pane';
import { candidateCard } from './candidate-card';
import { claimForm } from './claim-form';
import { issuesByPlace, type PlacedIssues } from './save-errors';
import { ReviewModel, type ReviewClaim } from './review-model';

/** The keys of the review, as the screen lists them. */
export const REVIEW_SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['a', 'accept'],
  ['r', 'reject'],
  ['e', 'edit'],
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
];

class ReviewScreen {
  readonly element = h('div', {
    className: 'review-screen',
    role: 'dialog',
    'aria-label': 'Review an article',
    testid: 'review-screen',
  });
  private model: ReviewModel | null = null;
  private focus = 0;
  private editing: string | null = null;
  private issues: PlacedIssues = { claims: new Map(), actors: new Map(), other: [] };
  private readonly onKey = (event: KeyboardEvent) => this.key(event);

  constructor(private readonly actions: AppActions) {}

  open(): void {
    document.body.append(this.element);
    document.addEventListener('keydown', this.onKey);
    this.model = null;
    replaceChildren(
      this.element,
      addArticleForm({ extract: (article) => this.extract(article), cancel: () => this.close() }),
    );
  }

  close(): void {
    document.removeEventListener('keydown', this.onKey);
    this.element.remove();
  }

  private async extract(article: ArticleFields): Promise<void> {
    const [status, result] = await Promise.all([curationApi.status(), curationApi.extract(article)]);
    const labels = new Map(
      this.actions.view.meta.relations.map((relation) => [relation.type, relation.label]),
    );
    this.model = new ReviewModel(article, result, labels, status.versions);
    this.focus = 0;
    this.render();
  }

  private get ordered(): ReviewClaim[] {
    return this.model?.ordered() ?? [];
  }

  private decide(claim: ReviewClaim, decision: 'accepted' | 'rejected'): void {
    claim.decision = decision;
    const index = this.ordered.indexOf(claim);
    this.focus = Math.min(index + 1, this.ordered.length - 1);
    this.render();
  }

  private key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (!this.model || this.editing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && target.closest('input, textarea, select')) return;
    const claim = this.ordered[this.focus];
    const moves: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };
    if (event.key in moves) {
      this.focus = Math.max(0, Math.min(this.ordered.length - 1, this.focus + (moves[event.key] ?? 0)));
      this.render();
    } else if (claim && event.key === 'a') this.decide(claim, 'accepted');
    else if (claim && event.key === 'r') this.decide(claim, 'rejected');
    else if (claim && event.key === 'e') {
      this.editing = claim.key;
      this.render();
    } else return;
    event.preventDefault();
  }

  private searchActor(into: HTMLElement, chosen: (actor: { id: string; name: string }) => void): void {
    const box = createSearchBox({
      testid: 'claim-actor-search',
      placeholder: 'Another actor (search)…',
      label: 'Find another actor for this claim',
      kindColours: this.actions.view.kindColours,
      onChoose: (hit) => {
        this.model?.addActor({ id: hit.id, name: hit.name, kind: hit.kind, isNew: false });
        chosen(hit);
      },
    });
    into.append(box.element);
  }

  private candidate(claim: ReviewClaim, model: ReviewModel): HTMLElement {
    const errors = this.issues.claims.get(claim.key);
    if (this.editing !== claim.key)
      return candidateCard(claim, {
        model,
        focused: this.ordered[this.focus] === claim,
        errors,
        decide: (c, decision) => this.decide(c, decision),
        edit: (c) => {
          this.editing = c.key;
          this.render();
        },
        focus: (c) => {
          this.focus = this.ordered.indexOf(c);
          this.render();
        },
      });
    const { meta } = this.actions.view;
    return h(
      'div',
      {
        className: 'candidate editing',
        testid: 'candidate',
        'data-claim': claim.key,
        'data-decision': claim.decision,
      },
      claimForm({
        fields: claim.fields,
        relations: meta.relations,
        certainties: meta.certainties.map((c) => c.certainty),
        actors: () =>
          [...model.actors.values()].map((actor) => ({ id: actor.id, name: model.name(actor.id) })),
        searchActor: (into, chosen) => this.searchActor(into, chosen),
        errors,
        onDone: (fields) => {
          // A summary left as proposed follows the edited fields; one the analyst wrote stays.
          const before = claim.fields.summary;
          const untouched = before === model.summaryOf(claim.fields) && fields.summary === before;
          claim.fields = untouched ? { ...fields, summary: model.summaryOf(fields) } : fields;
          claim.decision = 'accepted';
          this.issues.claims.delete(claim.key);
          this.editing = null;
          this.render();
        },
        onCancel: () => {
          this.editing = null;
          this.render();
        },
      }),
    );
  }

  private render(): void {
    const model = this.model;
    if (!model) return;
    const focused = this.ordered[this.focus] ?? null;
    const counts = { accepted: 0, rejected: 0, pending: 0 };
    for (const claim of model.claims) counts[claim.decision] += 1;
    const list = h(
      'div',
      { className: 'review-candidates', testid: 'review-candidates' },
      model.byParagraph().map((group) =>
        h(
          'section',
          { className: 'candidate-group', 'data-paragraph': group.paragraph },
          h('h4', {}, `¶${group.paragraph}`),
          group.claims.map((claim) => this.candidate(claim, model)),
        ),
      ),
      model.claims.length === 0
        ? h('p', { className: 'muted' }, 'The extractor proposes no claim: add them from the text.')
        : null,
      actorList({
        model,
        kinds: this.actions.view.meta.actorKinds.map((kind) => kind.kind),
        kindColours: this.actions.view.kindColours,
        errors: this.issues.actors,
        changed: () => this.render(),
      }),
    );
    replaceChildren(
      this.element,
      h(
        'header',
        { className: 'review-head' },
        h('h2', {}, `Review: ${model.title}`),
        h(
          'span',
          { className: 'review-counts', testid: 'review-counts' },
          `${counts.accepted} accepted · ${counts.rejected} rejected · ${counts.pending} to review`,
        ),
        h(
          'span',
          { className: 'review-keys muted', testid: 'review-shortcuts' },
          REVIEW_SHORTCUTS.map(([key, what]) => h('span', {}, h('kbd', {}, key), ` ${what} `)),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'button primary',
            testid: 'save-article',
            onclick: () => void this.save(),
          },
          `Save ${counts.accepted} claim${counts.accepted === 1 ? '' : 's'}`,
        ),
        h(
          'button',
          { type: 'button', className: 'button', testid: 'review-close', onclick: () => this.close() },
          'Close',
        ),
      ),
      this.issues.other.length > 0
        ? h(
            'div',
            { className: 'review-error', role: 'alert', testid: 'save-error' },
            this.issues.other.join(' '),
          )
        : null,
      h(
        'div',
        { className: 'review-body' },
        articlePane({
          model,
          focused,
          addFromSelection: (paragraph, quote) => {
            const type = this.actions.view.meta.relations[0]?.type ?? 'MEETS';
            const claim = model.addClaim(paragraph, quote, type);
            this.focus = this.ordered.indexOf(claim);
            this.editing = claim.key;
            window.getSelection()?.removeAllRanges();
            this.render();
          },
        }),
        list,
      ),
    );
    this.element.querySelector('.candidate.focused')?.scrollIntoView({ block: 'nearest' });
  }

  private async save(): Promise<void> {
    const model = this.model;
    if (!model) return;
    try {
      const answer = await this.actions.view.status.run('Saving the article…', () =>
        curationApi.saveSource(model.saveBody()),
      );
      this.close();
      await this.actions.loader.open(this.actions.view.store.get());
      this.actions.view.status.notify(
        answer.ingest.ok ? 'info' : 'warning',
        answer.ingest.ok
          ? `Saved ${model.accepted().length} claims of “${model.title}” to the data files.`
          : (answer.ingest.message ?? 'Saved, but the graph was not updated.'),
      );
    } catch (error) {
      this.issues = issuesByPlace(error instanceof ApiError ? error : null, model, error);
      this.render();
    }
  }
}

/** The add-article button of the top bar, or null when this server does not curate (a read-only viewer). */
export function createAddArticleButton(actions: AppActions): HTMLElement | null {
  if (!actions.view.meta.curation) return null;
  const screen = new ReviewScreen(actions);
  return h(
    'button',
    {
      type: 'button',
      className: 'button',
      testid: 'add-article',
      title: 'Add an article: extract its claims, review them and save them to the data files',
      onclick: () => screen.open(),
    },
    'Add article',
  );
}
