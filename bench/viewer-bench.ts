// The viewer benchmark: first frame and panning fps of the viewer opening a snapshot, side by side with a bare
// Sigma page drawing the same file, at 1k/5k, 10k/50k and 20k/100k actors/claims; written into BENCHMARKS.md.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import type { Database } from '../server/db/database';
import { startBenchDatabase } from './local-db';
import { renderSection, writeSection, type BenchReport, type Figure } from './report';
import { spreadOf } from './stats';
import { writeViewerGraph, type ViewerGraphSize } from './viewer-graph';
import { measurePage, type PageRun } from './viewer-measure';
import { buildPages, servePages } from './viewer-pages';

export const VIEWER_SIZES: ViewerGraphSize[] = [
  { nodes: 1_000, edges: 5_000 },
  { nodes: 10_000, edges: 50_000 },
  { nodes: 20_000, edges: 100_000 },
];

export interface ViewerPlan {
  runs: number;
  panSeconds: number;
  /** The graphs to draw; all of VIEWER_SIZES by default. */
  sizes?: ViewerGraphSize[];
}

const log = (line: string) => process.stderr.write(`[bench] viewer: ${line}\n`);
const label = (size: ViewerGraphSize) =>
  `${size.nodes.toLocaleString('en-US')} / ${size.edges.toLocaleString('en-US')}`;

function figures(size: ViewerGraphSize, viewer: PageRun[], bare: PageRun[], largest: boolean): Figure[] {
  const name = (text: string) => `${label(size)}: ${text}`;
  const fig = (text: string, values: number[], unit: string, target?: Figure['target']): Figure => ({
    name: name(text),
    spread: spreadOf(values),
    unit,
    ...(target ? { target } : {}),
  });
  const ratio = viewer.map((run, i) => run.firstFrameMs / bare[i]!.firstFrameMs);
  return [
    fig(
      'viewer first frame',
      viewer.map((r) => r.firstFrameMs),
      'ms',
    ),
    fig(
      'bare Sigma first frame',
      bare.map((r) => r.firstFrameMs),
      'ms',
    ),
    fig(
      'first frame viewer / bare',
      ratio,
      'x',
      largest ? { text: '<= 1.2x', met: (m) => m <= 1.2 } : undefined,
    ),
    fig(
      'viewer panning',
      viewer.map((r) => r.panFps),
      'fps',
      largest ? { text: '>= 10 fps', met: (m) => m >= 10 } : undefined,
    ),
    fig(
      'bare Sigma panning',
      bare.map((r) => r.panFps),
      'fps',
    ),
    fig(
      'viewer panning, mouse drag',
      viewer.map((r) => r.dragFps),
      'fps',
      largest ? { text: '>= 10 fps', met: (m) => m >= 10 } : undefined,
    ),
    fig(
      'bare Sigma panning, mouse drag',
      bare.map((r) => r.dragFps),
      'fps',
    ),
  ];
}

const NOTES = [
  'Both pages fetch the same snapshot file; its positions come from the generator (clusters on a spiral), so no layout runs on either side.',
  'Bare Sigma: builds a graphology graph of x, y, size, colour (and label) and hands it to Sigma with default settings (straight arrows).',
  'Viewer: the whole app (`/?snapshot=`): its bundle, `GET /api/meta` (in parallel with the snapshot), the page and sigma, then the view the file stored is drawn at once; the data graph, filters, timeline and panels are built after that frame.',
  'First frame: the performance mark `actorgraph:first-frame`, set by the same code in both pages (client/render/first-frame.ts) in the animation frame after sigma first renders a non-empty graph; its time counts from navigation start.',
  'Panning: the camera moves every animation frame; fps is sigma renders per second. WebGL is SwiftShader (software, CPU-bound, 2 cores shared with the rest of the machine), so these fps say little about a real GPU: here even bare Sigma draws 100,000 claims at under 1 fps, and no page can pan the largest graph interactively.',
  'The viewer draws more per frame than bare Sigma: every claim a second time into the picking buffer (clickable and hoverable claims), curved arrows for parallel claims, and the label layers.',
];

/** Measures every size `plan.runs` times (viewer and bare page alternating) and returns the report section. */
export async function measureViewer(db: Database, plan: ViewerPlan): Promise<BenchReport> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-bench-viewer-'));
  const snapshotDir = path.join(workDir, 'snapshots');
  await mkdir(snapshotDir);
  const browser = await launchChromium();
  try {
    log('building the viewer and the bare Sigma page');
    const dirs = await buildPages(workDir);
    const server = await servePages(db, { ...dirs, snapshotDir });
    // A running server has answered before: its first queries (planning, cold caches) are not the viewer's.
    for (let warm = 0; warm < 3; warm += 1) await fetch(`${server.baseUrl}/api/meta`);
    const all: Figure[] = [];
    const sizes = plan.sizes ?? VIEWER_SIZES;
    try {
      for (const size of sizes) {
        const file = `graph-${size.nodes}-${size.edges}.json`;
        await writeViewerGraph(path.join(snapshotDir, file), size);
        const snapshot = `/snapshots/${file}`;
        const viewer: PageRun[] = [];
        const bare: PageRun[] = [];
        for (let run = 0; run < plan.runs; run += 1) {
          log(`${label(size)} run ${run + 1}/${plan.runs}`);
          viewer.push(await measurePage(browser, `${server.baseUrl}/?snapshot=${snapshot}`, plan.panSeconds));
          bare.push(
            await measurePage(browser, `${server.baseUrl}/bare/?snapshot=${snapshot}`, plan.panSeconds),
          );
        }
        all.push(...figures(size, viewer, bare, size.nodes >= 20_000));
      }
    } finally {
      await server.stop();
    }
    return {
      claims: 0,
      heading: 'Viewer (headless Chromium, software WebGL)',
      context: [
        `run ${new Date().toISOString()}; Chromium ${browser.version()} headless, SwiftShader WebGL (CPU-bound), 1280x800`,
        `graphs: synthetic view snapshots (bench/viewer-graph.ts) with stored positions; sizes are actors / claims`,
        `repeats: ${plan.runs} page loads per page and size, each in a fresh browser context; panning: ${plan.panSeconds} s (at least 3 frames)`,
      ],
      groups: [{ title: 'First frame and panning, viewer next to bare Sigma', figures: all }],
      notes: NOTES,
    };
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

const PLAN: ViewerPlan = { runs: 3, panSeconds: 3 };
const SMOKE_PLAN: ViewerPlan = { runs: 1, panSeconds: 1, sizes: VIEWER_SIZES.slice(0, 1) };
const REPORT_FILE = path.join(__dirname, '..', 'BENCHMARKS.md');

/** The viewer part over `db`: measured, written into BENCHMARKS.md (not when smoke), returned as Markdown. */
export async function runViewerPart(db: Database, smoke: boolean): Promise<string> {
  const section = renderSection(await measureViewer(db, smoke ? SMOKE_PLAN : PLAN));
  if (!smoke) await writeSection(REPORT_FILE, 'viewer', section);
  return section;
}

/** True for `--only viewer`. */
export function onlyViewer(argv: readonly string[]): boolean {
  const index = argv.indexOf('--only');
  return index >= 0 && argv[index + 1] === 'viewer';
}

/** `--only viewer`: the viewer part alone, over an empty throw-away Neo4j (the viewer reads only /api/meta). */
export async function runViewerOnly(smoke: boolean): Promise<void> {
  log('starting a throw-away Neo4j');
  const bench = await startBenchDatabase('1g', '256m');
  const stop = () => void bench.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    process.stdout.write(`${await runViewerPart(bench.db, smoke)}\n`);
  } finally {
    await bench.stop();
  }
}
