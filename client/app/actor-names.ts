// Actor names for ids the panels mention (who asserts a claim): from the loaded graph, search hits and details.
import type { DataGraph } from '../graph/graph-types';

/** Remembers every actor name the viewer has seen. */
export class ActorNames {
  private readonly known = new Map<string, string>();

  constructor(private readonly data: DataGraph) {}

  remember(id: string, name: string): void {
    this.known.set(id, name);
  }

  /** The name of `id`, or the id in words when it was never seen ("kim-jong-un" → "kim jong un"). */
  name(id: string): string {
    if (this.data.hasNode(id)) return this.data.getNodeAttribute(id, 'label');
    return this.known.get(id) ?? id.replace(/-/g, ' ');
  }
}
