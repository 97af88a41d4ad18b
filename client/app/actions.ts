// What the panels can ask of the application: the view, the loader, the exports, and a few cross-panel hooks.
import type { ActorHit } from '../api/types';
import type { Controller } from './controller';
import type { Exporter } from './exporter';
import type { Loader } from './loading';

/** The application as the panels see it. */
export interface AppActions {
  view: Controller;
  loader: Loader;
  exporter: Exporter;
  /** Fills the path boxes (set by the top bar). */
  onPathsRequested: (from: ActorHit, to: ActorHit | null) => void;
  /** Opens, closes or toggles the Cypher console (set by the drawer). */
  toggleConsole: (open?: boolean) => void;
  /** Opens the dyad view of two actors (either may be left to choose; set by the dyad view). */
  openDyad: (a?: string, b?: string) => void;
}
