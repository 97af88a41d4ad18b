// `npm run eval:extract [-- --smoke] [--gold NAME=FOLDER ...] [--report FILE]`: runs the extractor on every gold
// article, scores its claims against the gold claims, measures its speed, and writes EXTRACTION.md (or FILE).
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import type { ExtractionResult } from '../server/api/extraction';
import { extractArticle } from '../server/extract/extract';
import { loadRegistry } from '../server/extract/actors/registry';
import type { ActorRegistry } from '../server/extract/actors/actor-table';
import { isFolder, readGold, type GoldSet } from './gold';
import { mapActors, matchSource, type SourceMatch } from './match';
import { extractionReport, type GoldScore, type SpeedFigures } from './extraction-report';

interface GoldOption {
  name: string;
  folder: string;
  /** A held-out set is scored, but its misses and false claims are not listed: nobody writing rules reads them. */
  heldOut: boolean;
}

const DEFAULT_GOLD: GoldOption[] = [
  { name: 'seed articles (data/)', folder: 'data', heldOut: false },
  { name: 'VOA dev', folder: 'eval/gold/voa-dev', heldOut: false },
  { name: 'VOA test (held out)', folder: 'eval/gold/voa-test', heldOut: true },
];
const REPORT_FILE = 'EXTRACTION.md';

interface Options {
  smoke: boolean;
  gold: GoldOption[];
  registry: string;
  /** Where the report goes: EXTRACTION.md unless given (a partial run, on some golds only, goes elsewhere). */
  report: string;
}

function parseArgs(args: string[]): Options {
  const gold: GoldOption[] = [];
  let registry = 'data';
  let report = REPORT_FILE;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--gold' || args[i] === '--held-out') {
      const [name, folder] = (args[i + 1] ?? '').split('=');
      if (!name || !folder) throw new Error(`${args[i]} expects NAME=FOLDER`);
      gold.push({ name, folder, heldOut: args[i] === '--held-out' });
      i++;
    } else if (args[i] === '--registry') registry = args[++i] ?? 'data';
    else if (args[i] === '--report') report = args[++i] ?? REPORT_FILE;
  }
  return { smoke: args.includes('--smoke'), gold: gold.length > 0 ? gold : DEFAULT_GOLD, registry, report };
}

function score(set: GoldSet, registry: ActorRegistry): GoldScore {
  const matches: Array<{ id: string; match: SourceMatch; result: ExtractionResult }> = [];
  for (const article of set.articles) {
    const result = extractArticle(article.text, registry, {
      id: article.source.id,
      title: article.source.title,
      publisher: article.source.publisher,
      published: article.source.published ?? undefined,
    });
    const map = mapActors(result.actors, set.actors);
    matches.push({ id: article.source.id, match: matchSource(article.claims, result.claims, map), result });
  }
  return { name: set.name, folder: set.folder, withoutText: set.withoutText, matches };
}

/** Articles of 5 kB per second, over the gold texts repeated to at least `minBytes`. */
function measureSpeed(texts: string[], registry: ActorRegistry, minBytes: number): SpeedFigures {
  const total = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const rounds = Math.max(1, Math.ceil(minBytes / Math.max(1, total)));
  for (const text of texts.slice(0, 3)) extractArticle(text, registry, { published: '2020-01-01' });
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++)
    for (const text of texts) extractArticle(text, registry, { published: '2020-01-01' });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const bytes = total * rounds;
  return {
    articles: texts.length * rounds,
    bytes,
    seconds,
    cpuSeconds,
    perSecond5kB: bytes / 5000 / seconds,
    perCpuSecond5kB: bytes / 5000 / cpuSeconds,
  };
}

async function main(): Promise<void> {
  const { smoke, gold, registry: registryFolder, report: reportFile } = parseArgs(process.argv.slice(2));
  const registry = await loadRegistry(registryFolder);
  const scores: GoldScore[] = [];
  const texts: string[] = [];
  for (const { name, folder, heldOut } of smoke ? gold.slice(0, 1) : gold) {
    if (!(await isFolder(folder))) {
      scores.push({ name, folder, withoutText: [], matches: [], absent: true, heldOut });
      continue;
    }
    const set = await readGold(name, folder);
    if (smoke) set.articles = set.articles.slice(0, 1);
    scores.push({ ...score(set, registry), heldOut });
    texts.push(...set.articles.map((a) => a.text));
  }
  const speed = measureSpeed(texts, registry, smoke ? 0 : 2_000_000);
  const report = extractionReport(scores, speed);
  if (smoke) {
    process.stdout.write(`eval:extract smoke: ran on ${texts.length} article(s); no figure is judged.\n`);
    return;
  }
  const options = (await resolveConfig(REPORT_FILE)) ?? {};
  await writeFile(reportFile, await format(report, { ...options, parser: 'markdown' }));
  process.stdout.write(`${report.split('\n## Misses')[0]}\nWritten to ${reportFile}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
