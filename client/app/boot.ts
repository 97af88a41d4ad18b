// Starting the viewer: read the vocabulary, build the page, draw the graph the URL names, and expose it for tests.
import { api } from '../api/client';
import type { Meta } from '../api/types';
import { VIEWER_SETTINGS } from '../config';
import { LayoutRunner } from '../layout/layout-runner';
import { createSigmaView } from '../render/sigma-view';
import { snapshotAddress } from '../state/snapshot-url';
import { decodeViewState } from '../state/url-state';
import { createConsoleDrawer } from '../ui/console-drawer';
import { createDetailsPanel } from '../ui/details-panel';
import { createDenseBanner } from '../ui/dense-banner';
import { createDisplayPanel } from '../ui/display-panel';
import { createDyadView } from '../ui/dyad-view';
import { h, replaceChildren } from '../ui/dom';
import { createFiltersPanel } from '../ui/filters-panel';
import { createStage } from '../ui/stage';
import { createTimeline } from '../ui/timeline-view';
import { createToolbar } from '../ui/toolbar';
import { createTopBar } from '../ui/top-bar';
import { createAddArticleButton } from '../review/review-screen';
import type { AppActions } from './actions';
import { Controller, isOwnHash } from './controller';
import { Exporter } from './exporter';
import { Loader } from './loading';
import { loadSnapshot } from './snapshot-file';
import { describeError } from './status';

/** Builds the page around a controller and returns the stage's sigma container. */
function buildPage(root: HTMLElement, actions: AppActions): HTMLElement {
  const stage = createStage(actions.view);
  stage.element.append(createDenseBanner(actions), createDyadView(actions));
  const addArticle = createAddArticleButton(actions);
  const tools = addArticle ? [addArticle, ...createToolbar(actions)] : createToolbar(actions);
  const left = h(
    'aside',
    { className: 'sidebar', 'aria-label': 'Filters and display' },
    createTimeline(actions),
    createDisplayPanel(actions),
    ...createFiltersPanel(actions),
  );
  replaceChildren(
    root,
    createTopBar(actions, tools),
    h('div', { className: 'workspace' }, left, stage.element, createDetailsPanel(actions)),
    createConsoleDrawer(actions),
  );
  return stage.container;
}

/** Wires the graph's clicks and the URL's edits to the application. */
function wire(actions: AppActions, container: HTMLElement, big: boolean): void {
  const { view, loader } = actions;
  view.sigma = createSigmaView(
    container,
    view.rendered,
    view.highlightState,
    {
      clickNode: (node) => view.select({ kind: 'actor', id: node }),
      clickEdge: (edge) => view.clickEdge(edge),
      clickStage: () => view.select({ kind: 'none' }),
      doubleClickNode: (node) => void loader.expand(node).catch(() => undefined),
    },
    (node, edge) => view.setHover(node, edge),
    big,
  );
  view.followCamera();
  window.addEventListener('hashchange', () => {
    if (isOwnHash(window.location.hash)) return;
    void loader.open(decodeViewState(window.location.hash)).catch(() => undefined);
  });
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) view.select({ kind: 'none' });
  });
}

function failure(root: HTMLElement, error: unknown, retry: () => void): void {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'boot-screen', role: 'alert', testid: 'boot-error' },
      h('h1', {}, 'actorgraph cannot start'),
      h('p', {}, describeError(error)),
      h(
        'p',
        { className: 'muted' },
        'Check that the server is running (npm start) and that Neo4j answers, then try again.',
      ),
      h('button', { type: 'button', className: 'button primary', onclick: retry }, 'Try again'),
    ),
  );
}

/** Starts the viewer in `root` (on the snapshot `?snapshot=` names, else the hash's view); resolves once drawn. */
export async function boot(root: HTMLElement): Promise<AppActions> {
  replaceChildren(
    root,
    h(
      'div',
      { className: 'boot-screen' },
      h('div', { className: 'spinner' }),
      h('p', {}, 'Loading actorgraph…'),
    ),
  );
  // A snapshot named in the URL is fetched while the vocabulary is.
  const snapshot = snapshotAddress(window.location.search);
  let announced: (bytes: number | null) => void = () => undefined;
  const size = new Promise<number | null>((resolve) => (announced = resolve));
  const snapshotFile = snapshot ? loadSnapshot(snapshot, announced) : null;
  snapshotFile?.then(
    () => announced(null),
    () => announced(null),
  );
  let meta: Meta;
  try {
    meta = await api.meta();
  } catch (error) {
    failure(root, error, () => window.location.reload());
    throw error;
  }
  const state = decodeViewState(window.location.hash);
  const view = new Controller(meta, state);
  const loader = new Loader(view, new LayoutRunner());
  const actions: AppActions = {
    view,
    loader,
    exporter: new Exporter(view, (from, to, maxDepth) => loader.paths(from, to, maxDepth)),
    onPathsRequested: () => undefined,
    toggleConsole: () => undefined,
    openDyad: () => undefined,
  };
  const container = buildPage(root, actions);
  // Sigma is prepared for the size the snapshot file announces (a file of unknown size is taken to be big).
  const bytes = snapshotFile ? await size : 0;
  const big = bytes === null || bytes >= VIEWER_SETTINGS.bigSnapshotBytes;
  document.body.classList.toggle('big-graph', big);
  wire(actions, container, big);
  const first = snapshot && snapshotFile ? actions.exporter.open(snapshot, snapshotFile) : loader.open(state);
  // The corroborated events come beside the graph; once known, the panels show them.
  const corroboration = view.corroboration.load().then((loaded) => loaded && view.refresh());
  await first.catch(() => undefined);
  await corroboration;
  const selection = view.store.get().selection;
  if (selection.kind === 'actor') await view.lookAt(selection.id);
  return actions;
}
