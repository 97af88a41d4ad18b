// `npm run extract -- <article.txt | -> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] [--id ID]
// [--json | --out FILE] [--data DIR]`: propose claims from one article, as a draft source file or as JSON.
import { readFile, writeFile } from 'node:fs/promises';
import type { ExtractionResult } from '../api/extraction';
import { dateProblem } from '../model/dates';
import { draftSourceFile } from '../extract/draft';
import { extractArticle, type ArticleInfo } from '../extract/extract';
import { inputProblem, MAX_INPUT_BYTES } from '../extract/input';
import { loadRegistry } from '../extract/actors/registry';
import { CliError } from './open-database';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run extract -- <article.txt | -> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] [--id ID] [--json | --out FILE] [--data DIR]';
const VALUED = ['--title', '--publisher', '--published', '--url', '--id', '--out', '--data'];

/** Exit code when the text was read but no claim was found in it. */
const NOTHING_FOUND = 3;

interface Args {
  input: string;
  info: ArticleInfo;
  json: boolean;
  out?: string;
  data: string;
}

function parseArgs(args: string[]): Args {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (VALUED.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${USAGE}`);
      values.set(arg, value);
    } else if (arg.startsWith('--')) throw new CliError(`unexpected ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new CliError(`expected one article file (or - for stdin)\n${USAGE}`);
  if (json && values.has('--out')) throw new CliError(`--json and --out exclude each other\n${USAGE}`);
  const published = values.get('--published');
  if (published !== undefined && (published.length !== 10 || dateProblem(published)))
    throw new CliError(`--published "${published}": expected a date YYYY-MM-DD`);
  const info: ArticleInfo = {
    title: values.get('--title'),
    publisher: values.get('--publisher'),
    published,
    url: values.get('--url'),
    id: values.get('--id'),
  };
  if (info.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(info.id))
    throw new CliError(`--id "${info.id}": expected a slug: lower-case letters, digits and single dashes`);
  return {
    input: positional[0] as string,
    info,
    json,
    out: values.get('--out'),
    data: values.get('--data') ?? 'data',
  };
}

/** Reads at most one byte past the limit, so a huge input is refused without being held in memory. */
async function readInput(input: string): Promise<Buffer> {
  if (input !== '-') {
    const bytes = await readFile(input).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read ${input}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
    return bytes;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

function report(result: ExtractionResult): string {
  const fresh = result.actors.filter((a) => a.isNew).length;
  return `${result.claims.length} candidate claims, ${result.actors.length} actors (${fresh} new) from ${result.source.id}`;
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const bytes = await readInput(args.input);
  const problem = inputProblem(bytes);
  if (problem) throw new CliError(problem);
  const registry = await loadRegistry(args.data);
  const result = extractArticle(bytes.toString('utf8'), registry, args.info);
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else if (args.out) await writeFile(args.out, draftSourceFile(result));
  else process.stdout.write(draftSourceFile(result));
  process.stderr.write(`actorgraph: ${report(result)}\n`);
  if (result.claims.length === 0) {
    process.stderr.write(
      'actorgraph: no claim found: the text names no two actors in a relation the vocabulary knows\n',
    );
    process.exit(NOTHING_FOUND);
  }
});
