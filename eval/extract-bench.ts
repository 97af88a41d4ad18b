// `tsx eval/extract-bench.ts [--gold FOLDER ...] [--stories FILE.jsonl] [--runs N] [--snapshot FILE]`: the
// extractor's speed on a fixed loop, and a snapshot of its output to prove a change for speed leaves it unchanged.
//
// The texts are the seed articles (data/) and the development stories (eval/gold/voa-dev) unless --gold names
// other folders, plus the stories of --stories: a JSON-lines file of objects with `id`, `title`, `published` and
// `text`, each read as its title, a blank line, then its text. --runs N (default 100) extracts every text N times
// after a warm-up and prints the CPU time per article and the articles of 5 kB per CPU second. --snapshot FILE
// writes every text's extraction as JSON (one object keyed by text); compare two snapshots with `cmp` or `diff`.
// Profile with `node --cpu-prof --import tsx eval/extract-bench.ts --runs 50`.
// On a machine others load, CPU times swing by a fifth from run to run: compare two versions by running them side
// by side, several times, or count instructions (bundle this file with esbuild, run the bundle under `valgrind
// --tool=cachegrind --cache-sim=no` with --runs 1 and --runs 4: a third of the difference is one pass over the texts).
// Run node with `--single-threaded --predictable --predictable-gc-schedule` there: without them V8 times its
// collections by the clock, and a full collection falling inside one run and not the other swings the count by a
// tenth, more than most changes for speed.
import { readFile, writeFile } from 'node:fs/promises';
import { extractArticle, type ArticleInfo } from '../server/extract/extract';
import { loadRegistry } from '../server/extract/actors/registry';
import { readGold } from './gold';

interface BenchText {
  name: string;
  text: string;
  info: ArticleInfo;
}

interface Options {
  gold: string[];
  stories?: string;
  runs: number;
  snapshot?: string;
}

function parseArgs(args: string[]): Options {
  const gold: string[] = [];
  const options: Options = { gold, runs: 100 };
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${args[i]} needs a value`);
    if (args[i] === '--gold') gold.push(value);
    else if (args[i] === '--stories') options.stories = value;
    else if (args[i] === '--runs') options.runs = Number(value);
    else if (args[i] === '--snapshot') options.snapshot = value;
    else throw new Error(`unexpected ${args[i]}`);
    i++;
  }
  if (gold.length === 0) gold.push('data', 'eval/gold/voa-dev');
  return options;
}

async function benchTexts(options: Options): Promise<BenchText[]> {
  const texts: BenchText[] = [];
  for (const folder of options.gold) {
    const set = await readGold(folder, folder);
    for (const { source, text } of set.articles)
      texts.push({
        name: `${folder}/${source.id}`,
        text,
        info: {
          id: source.id,
          title: source.title,
          publisher: source.publisher,
          published: source.published ?? undefined,
        },
      });
  }
  if (options.stories) {
    const lines = (await readFile(options.stories, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    for (const line of lines) {
      const story = JSON.parse(line) as { id: string; title: string; published: string; text: string };
      texts.push({
        name: `story/${story.id}`,
        text: `${story.title}\n\n${story.text}`,
        info: { published: story.published.slice(0, 10) },
      });
    }
  }
  return texts;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const registry = await loadRegistry('data');
  const texts = await benchTexts(options);
  if (options.snapshot) {
    const results = Object.fromEntries(
      texts.map(({ name, text, info }) => [name, extractArticle(text, registry, info)]),
    );
    await writeFile(options.snapshot, `${JSON.stringify(results, null, 1)}\n`);
    process.stdout.write(`${texts.length} extractions written to ${options.snapshot}\n`);
  }
  if (options.runs <= 0) return;
  for (const { text, info } of texts) extractArticle(text, registry, info);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) * options.runs;
  const started = performance.now();
  const cpu = process.cpuUsage();
  // The CPU time of each pass over the texts: on a busy machine the fastest pass says most of the code's own cost.
  const passes: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const before = process.cpuUsage();
    for (const { text, info } of texts) extractArticle(text, registry, info);
    const pass = process.cpuUsage(before);
    passes.push((pass.user + pass.system) / 1000 / texts.length);
  }
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  const articles = texts.length * options.runs;
  passes.sort((a, b) => a - b);
  const median = passes[Math.floor(passes.length / 2)] ?? 0;
  process.stdout.write(
    `${articles} extractions of ${texts.length} texts: ${((cpuSeconds * 1000) / articles).toFixed(2)} ms CPU an ` +
      `article (fastest pass ${(passes[0] ?? 0).toFixed(2)}, median ${median.toFixed(2)}), ` +
      `${(bytes / 5000 / cpuSeconds).toFixed(1)} articles of 5 kB per CPU second ` +
      `(${(bytes / 5000 / seconds).toFixed(1)} per second of wall time)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`extract-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
