// Renders bench results as Markdown and rewrites only the section of the size that ran in BENCHMARKS.md.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { spreadOf, type Spread } from './stats';

/** One table line: a figure, its repeats, and the target when it has one. */
export interface Figure {
  name: string;
  spread: Spread;
  unit: string;
  target?: { text: string; met: (median: number) => boolean };
}

/** A figure from the values of several runs, judged against `target` when given. */
export const fig = (name: string, values: number[], unit: string, target?: Figure['target']): Figure => ({
  name,
  spread: spreadOf(values),
  unit,
  ...(target ? { target } : {}),
});
export const atLeast = (text: string, bound: number) => ({ text, met: (m: number) => m >= bound });
export const atMost = (text: string, bound: number) => ({ text, met: (m: number) => m <= bound });

/** p50, p99 and throughput of latency runs, named `<name> p50` and so on. */
export function latencyFigures(
  name: string,
  runs: readonly { p50: number; p99: number; requestsPerSecond: number }[],
  rateUnit: string,
  targets: { p50?: Figure['target']; p99?: Figure['target'] } = {},
): Figure[] {
  return [
    fig(
      `${name} p50`,
      runs.map((r) => r.p50),
      'ms',
      targets.p50,
    ),
    fig(
      `${name} p99`,
      runs.map((r) => r.p99),
      'ms',
      targets.p99,
    ),
    fig(
      `${name} ${rateUnit}`,
      runs.map((r) => r.requestsPerSecond),
      rateUnit,
    ),
  ];
}

export interface BenchReport {
  claims: number;
  heading: string;
  context: string[];
  groups: { title: string; figures: Figure[] }[];
  notes: string[];
}

function number(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function row(figure: Figure): string {
  const { median, min, max, runs } = figure.spread;
  const target = figure.target ? figure.target.text : '';
  const met = figure.target ? (figure.target.met(median) ? 'yes' : '**no**') : '';
  const spread = runs > 1 ? `${number(min)} – ${number(max)}` : '';
  return `| ${figure.name} | ${number(median)} ${figure.unit} | ${spread} | ${runs} | ${target} | ${met} |`;
}

/** The Markdown section of one size. */
export function renderSection(report: BenchReport): string {
  const lines = [`## ${report.heading}`, '', ...report.context.map((line) => `- ${line}`), ''];
  for (const group of report.groups) {
    lines.push(`### ${group.title}`, '');
    lines.push('| figure | median | spread (min – max) | runs | target | met |');
    lines.push('| --- | --- | --- | --- | --- | --- |');
    lines.push(...group.figures.map(row), '');
  }
  if (report.notes.length > 0)
    lines.push('### Where the time goes', '', ...report.notes.map((n) => `- ${n}`), '');
  return lines.join('\n').trimEnd();
}

const marker = (key: string, end: 'start' | 'end') => `<!-- bench:${key}:${end} -->`;

const HEADER = `# Benchmarks

Measured by \`npm run bench -- --claims <10000|100000|1000000>\` (default 10000) on one machine, each figure next to
the limit the same machine sets, in the same run:

- **Ingestion:** a synthetic corpus shaped like news (\`bench/generate-corpus.ts\`, seed 42: heavy-tailed actors,
  every relation type, dates over years, many sources, aliases) in the project's own YAML, ingested by
  \`npm run ingest\` in its own process into an empty throw-away local Neo4j; then the unchanged corpus again; then
  with 1% of its claims edited (every 100th, so one claim in every file). Next to it, the same rows loaded into an
  emptied database by Neo4j's own \`LOAD CSV\` (inside the server, no driver). Peak memory is the ingest
  process's own peak resident set.
- **API:** the server in its own Node process, 4 concurrent clients over HTTP (autocannon, whose latency
  histogram has a resolution of 1 ms), requests rotating over several actors; next to it, the same service calls
  through the driver from the bench process, 4 at a time.
- **Import:** \`npm run bench -- --only import --rows N\` (default 100,000): a file of ICEWS-shaped rows
  (\`bench/generate-icews.ts\`, seed 42: the rows of the ICEWS sample as templates, a heavy-tailed crowd of
  made-up people, stories of one to six events over a year) through \`npm run import\` in its own process, then
  \`npm run ingest\` of the folder it wrote (the same claims from ready-made files), the same file imported again,
  and the aggregated and claim-level subgraphs of the five largest hubs and \`/api/meta\` with 4 clients.
- **Viewer:** \`npm run bench -- --only viewer\` (also run at the end of every size): headless Chromium, the viewer
  and a bare Sigma page drawing the same graph.

The ingestion and API targets are set for 1,000,000 claims; smaller sizes show the same figures unjudged. Each
run rewrites only its own section. \`npx tsx bench/profile.ts\` (\`--claims N\`, default 10,000) rewrites "Where
the time goes" (PROFILE, write rates and round trips). CI runs \`npm run bench:smoke\` (10,000 claims, one short
round, and an import of 2,000 rows; nothing written) to check that the benchmark still works; no timing is
asserted in the test suite.`;

/**
 * Sections kept in BENCHMARKS.md, in this order: the hand-written summary (never rewritten by a run), one per
 * size, the hand-run profile notes, the viewer.
 */
export const SECTION_KEYS = ['summary', '10000', '100000', '1000000', 'profile', 'import', 'viewer'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Replaces (or adds) one section of the file, keeping the others. */
export async function writeSection(file: string, key: SectionKey, body: string): Promise<void> {
  const old = existsSync(file) ? await readFile(file, 'utf8') : '';
  const sections = new Map<SectionKey, string>();
  for (const k of SECTION_KEYS) {
    const start = old.indexOf(marker(k, 'start'));
    const end = old.indexOf(marker(k, 'end'));
    if (start >= 0 && end > start) sections.set(k, old.slice(start, end + marker(k, 'end').length));
  }
  sections.set(key, `${marker(key, 'start')}\n\n${body.trimEnd()}\n\n${marker(key, 'end')}`);
  const ordered = SECTION_KEYS.flatMap((k) => sections.get(k) ?? []);
  const text = `${[HEADER, ...ordered].join('\n\n')}\n`;
  // Formatted as the rest of the repository is, so that a fresh run leaves `npm run lint` clean.
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(text, { ...options, filepath: file }));
}

/** Replaces (or adds) the section of the report's size, keeping the other sizes' sections. */
export function writeReport(file: string, report: BenchReport): Promise<void> {
  return writeSection(file, String(report.claims) as SectionKey, renderSection(report));
}
