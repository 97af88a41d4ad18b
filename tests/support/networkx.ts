// Runs tests/support/networkx_read.py: reads an exported GEXF or GraphML file with networkx, as Gephi users do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Python, which sees Debian's python3-networkx (a pyenv `python3` on the PATH may not). */
export const NETWORKX_PYTHON = process.env.NETWORKX_PYTHON ?? '/usr/bin/python3';

/** What networkx read, as tests/support/networkx_read.py prints it. */
export interface NetworkxGraph {
  networkx: string;
  gexf13Added: boolean;
  directed: boolean;
  multigraph: boolean;
  /** The file had undirected edges among directed ones, which networkx reads only with them taken out. */
  mixed: boolean;
  graph: Record<string, unknown>;
  nodes: Array<{ id: string; [attribute: string]: unknown }>;
  /** `undirected` marks the edges the file said were undirected. */
  edges: Array<{
    source: string;
    target: string;
    key: string | null;
    undirected?: true;
    [attribute: string]: unknown;
  }>;
}

/** Throws, saying what to install, unless {@link NETWORKX_PYTHON} can import networkx. */
export function requireNetworkx(): string {
  const probe = spawnSync(NETWORKX_PYTHON, ['-c', 'import networkx; print(networkx.__version__)'], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    throw new Error(
      `networkx is not importable by ${NETWORKX_PYTHON} (${probe.error?.message ?? probe.stderr.trim()}). ` +
        "Install Debian's package: apt-get update && apt-get install -y python3-networkx " +
        '(or set NETWORKX_PYTHON to a Python that has networkx).',
    );
  }
  return probe.stdout.trim();
}

/** Writes `content` to a temporary file and reads it with networkx. */
export function readWithNetworkx(format: 'gexf' | 'graphml', content: string): NetworkxGraph {
  requireNetworkx();
  const directory = mkdtempSync(join(tmpdir(), 'actorgraph-networkx-'));
  try {
    const path = join(directory, `snapshot.${format}`);
    writeFileSync(path, content, 'utf8');
    const run = spawnSync(NETWORKX_PYTHON, [join(__dirname, 'networkx_read.py'), format, path], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
    });
    if (run.status !== 0) throw new Error(`networkx could not read the ${format} file: ${run.stderr}`);
    return JSON.parse(run.stdout) as NetworkxGraph;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
