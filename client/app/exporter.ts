// The export actions: PNG with legend, JSON snapshot, GEXF and GraphML of the view, and loading a snapshot back.
import { VIEWER_SETTINGS } from '../config';
import { download, fileName } from '../export/download';
import { OWN_COLOURS, writeGexf } from '../../server/export/gexf';
import { writeGraphml } from '../../server/export/graphml';
import { legendOf } from '../export/legend';
import { renderPng } from '../export/png';
import { viewTitle } from '../export/view-title';
import { viewGraph, viewHeader } from '../export/view-graph';
import { replaceServed } from '../graph/data-graph';
import { describeFilters, describeScope } from '../state/describe';
import { buildSnapshot, readSnapshot, type RestoredView } from '../state/snapshot';
import { loadSnapshot, parsedSnapshot, type SnapshotFile } from './snapshot-file';
import { fillPreview } from './snapshot-preview';
import type { Controller } from './controller';

/** Exports of the current view, and snapshot loading. */
export class Exporter {
  constructor(
    private readonly view: Controller,
    /** Finds paths again when a restored view had paths selected. */
    private readonly findPaths: (
      from: string,
      to: string,
      maxDepth?: number,
    ) => Promise<unknown> = async () => undefined,
  ) {}

  private title(): string {
    return describeScope(this.view.store.get().scope, (id) => this.view.names.name(id));
  }

  /** The title of the last PNG exported (also in the image's Title metadata). */
  lastPngTitle: string | null = null;

  /** Exports the view as a PNG `scale` times the screen's size (2 by default), titled by the view. */
  async png(scale: number = VIEWER_SETTINGS.pngScale): Promise<void> {
    const { view } = this;
    if (!view.sigma) throw new Error('The graph is not drawn yet.');
    const state = view.store.get();
    const legend = legendOf(
      view.rendered,
      {
        kinds: view.meta.actorKinds,
        relations: view.meta.relations,
        sides: view.meta.sides,
        families: view.meta.families,
      },
      state.colourBy,
      state.edgeColourBy,
    );
    const { counts } = view.derived.get();
    const title = viewTitle({
      scope: state.scope,
      selection: state.selection,
      filters: state.filters,
      relationTypes: view.meta.relations.map((relation) => relation.type),
      name: (id) => view.names.name(id),
      claimEnds: (id) => (view.data.hasEdge(id) ? (view.data.extremities(id) as [string, string]) : null),
    });
    this.lastPngTitle = title;
    const caption = {
      title,
      lines: [
        `actorgraph · ${this.title()}`,
        `${counts.shownActors} actors, ${counts.shownClaims} claims`,
        ...describeFilters(state.filters),
        new Date().toISOString().slice(0, 10),
      ],
    };
    const blob = await renderPng(view.sigma, legend, caption, VIEWER_SETTINGS.backgroundColour, scale);
    download(blob, fileName('png'));
  }

  /** The snapshot object (also what tests read back). */
  snapshot() {
    const { view } = this;
    const camera = view.sigma?.getCamera().getState() ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    return buildSnapshot({
      data: view.data,
      rendered: view.rendered,
      positions: view.positions,
      state: view.store.get(),
      camera,
    });
  }

  json(): void {
    const text = JSON.stringify(this.snapshot(), null, 2);
    download(new Blob([text], { type: 'application/json' }), fileName('json'));
  }

  /**
   * The drawn view and its header, as the GEXF and GraphML writers (the API's too) take them; the header names
   * every source the view's claims cite, those meta does not list asked for first.
   */
  private async viewSnapshot() {
    const graph = viewGraph(this.view.rendered, this.view.data);
    const sources = await this.view.sources.resolve(graph.edges.map((edge) => edge.attributes.sourceId));
    return { graph, header: viewHeader(graph, this.title(), sources) };
  }

  /** GEXF of the view, each element in the colour it is drawn with. */
  async gexf(): Promise<void> {
    const { graph, header } = await this.viewSnapshot();
    const text = writeGexf(graph, header, OWN_COLOURS);
    download(new Blob([text], { type: 'application/gexf+xml' }), fileName('gexf'));
  }

  async graphml(): Promise<void> {
    const { graph, header } = await this.viewSnapshot();
    download(
      new Blob([writeGraphml(graph, header)], { type: 'application/graphml+xml' }),
      fileName('graphml'),
    );
  }

  /** Restores a view from a snapshot file: loaded data, positions, filters, selection and camera. */
  async load(file: File): Promise<void> {
    await this.view.status.run('Opening the snapshot…', async () => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not a JSON file.`);
      }
      await this.restore(parsedSnapshot(json), file.name);
    });
  }

  /** Restores a view from a snapshot at a URL of this site (`?snapshot=views/week.json`), maybe already asked for. */
  async open(address: string, pending: Promise<SnapshotFile> = loadSnapshot(address)): Promise<void> {
    await this.view.status.run('Opening the snapshot…', async () => {
      await this.restore(await pending, address);
    });
  }

  private async restore(file: SnapshotFile, name: string): Promise<void> {
    const { view } = this;
    const { preview } = file;
    // What the file drew is shown first, from its compact preview; reading the whole file (a copy of every
    // element), the data graph, filters and panels follow once that frame is on screen.
    const camera = view.sigma?.getCamera();
    const before = camera?.getState();
    let previewed = false;
    if (preview && view.sigma) {
      if (preview.extent) view.frameTo(preview.extent);
      if (preview.camera) camera?.setState(preview.camera);
      view.preview((rendered) => fillPreview(rendered, preview));
      previewed = true;
      await afterNextPaint();
    }
    let restored: RestoredView;
    try {
      restored = readSnapshot(file.read());
    } catch (error) {
      // A file whose elements cannot be read changes nothing: the view that was open comes back.
      view.frame();
      if (before) camera?.setState(before);
      if (previewed) view.refresh();
      throw error;
    }
    view.expansions.clear();
    view.paths = [];
    view.truncated = false;
    view.positions.clear();
    for (const [id, point] of restored.positions) view.positions.set(id, point);
    view.frame();
    replaceServed(view.data, restored.data);
    view.store.set({ ...restored.state, expansions: [] });
    const { selection } = restored.state;
    if (selection.kind === 'paths') await this.findPaths(selection.from, selection.to, selection.maxDepth);
    if (restored.camera) camera?.setState(restored.camera);
    view.status.notify('info', `Opened ${name}.`);
  }
}

/** Resolves after the browser has painted the next frame. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
