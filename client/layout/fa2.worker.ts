// The web worker that runs ForceAtlas2 off the main thread.
import { runForceAtlas2 } from './fa2';
import type { LayoutRequest } from './layout-protocol';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(runForceAtlas2(event.data));
};
