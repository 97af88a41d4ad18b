// A performance mark at the first frame that draws a non-empty graph, for the browser's timeline and benchmarks.
import type Sigma from 'sigma';
import { VIEWER_SETTINGS } from '../config';

/** Marks the frame after sigma first renders a graph with nodes (once per sigma); startTime is since navigation. */
export function markFirstFrame(sigma: Sigma): void {
  const mark = () => requestAnimationFrame(() => performance.mark(VIEWER_SETTINGS.firstFrameMark));
  // Sigma draws a graph it is given in its constructor at once: then that frame is the first.
  if (sigma.getGraph().order > 0) {
    mark();
    return;
  }
  const onRender = () => {
    if (sigma.getGraph().order === 0) return;
    sigma.off('afterRender', onRender);
    mark();
  };
  sigma.on('afterRender', onRender);
}
