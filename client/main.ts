// The viewer's entry point: boots the application and exposes its graph to tests as window.actorgraph.
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/details.css';
import './styles/console.css';
import './styles/dense.css';
import './styles/review.css';
import type { AppActions } from './app/actions';
import { boot } from './app/boot';
import { labelsOf, type DrawnLabel } from './render/labels';
import type { RenderedGraph } from './graph/graph-types';
import type { ViewState } from './state/view-state';

/** What the page exposes for tests and for the curious (the browser console). */
export interface ActorgraphHandle {
  ready: Promise<AppActions>;
  graph?: RenderedGraph;
  state?: ViewState;
  app?: AppActions;
  /** The node labels drawn in the last frame, with their boxes on screen. */
  labels?(): DrawnLabel[];
  /** Resolves once no load, layout or export is running. */
  idle(): Promise<void>;
}

declare global {
  interface Window {
    actorgraph: ActorgraphHandle;
  }
}

const root = document.getElementById('app')!;
const handle = {} as ActorgraphHandle;
handle.ready = boot(root).then((app) => {
  Object.defineProperties(handle, {
    app: { value: app },
    graph: { value: app.view.rendered },
    data: { value: app.view.data },
    sigma: { get: () => app.view.sigma },
    state: { get: () => app.view.store.get() },
    labels: { value: () => labelsOf(app.view.sigma) },
  });
  return app;
});
handle.idle = async () => {
  const app = await handle.ready;
  await app.view.status.idle();
};
window.actorgraph = handle;
