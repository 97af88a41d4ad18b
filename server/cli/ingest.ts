// `npm run ingest [-- [--check] <folder>]`: validate a data folder and make Neo4j mirror it.
import { loadConfig } from '../config/config';
import { ingest } from '../ingest/ingest';
import { readCorpus } from '../ingest/read-corpus';
import { ingestSummary } from './ingest-summary';
import { CliError, openDatabase } from './open-database';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run ingest -- [--check] [--json] [folder]   (folder defaults to data/)';
const FLAGS = ['--check', '--json'];

function parseArgs(args: string[]): { check: boolean; json: boolean; folder: string } {
  const flags = args.filter((arg) => arg.startsWith('-'));
  const positional = args.filter((arg) => !arg.startsWith('-'));
  const unknown = flags.filter((flag) => !FLAGS.includes(flag));
  if (unknown.length > 0 || positional.length > 1)
    throw new CliError(`unexpected ${[...unknown, ...positional.slice(1)].join(' ')}\n${USAGE}`);
  return {
    check: flags.includes('--check'),
    json: flags.includes('--json'),
    folder: positional[0] ?? 'data',
  };
}

function progress(phase: string, done: number, total: number): void {
  if (total >= 20_000 && (done === total || done % 50_000 === 0))
    process.stdout.write(`  ${phase}: ${done}/${total}\n`);
}

runCli(async () => {
  const { check, json, folder } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  if (check) {
    const corpus = await readCorpus(folder, { limits: config.dataFiles });
    console.log(
      `${folder} is valid: ${corpus.actors.length} actors, ${corpus.sources.length} sources, ${corpus.claims.length} claims.`,
    );
    return;
  }
  // With --json, stdout holds only the report (for scripts); what a person reads goes to stderr.
  const say = json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const db = await openDatabase(config, say);
  try {
    const report = await ingest(db, folder, {
      onProgress: json ? undefined : progress,
      limits: config.dataFiles,
    });
    if (json) {
      const peakMemoryBytes = process.resourceUsage().maxRSS * 1024;
      console.log(JSON.stringify({ ...report, peakMemoryBytes }));
      return;
    }
    say(`Ingested ${folder} into ${config.neo4j.uri} (database ${config.neo4j.database}).`);
    say(ingestSummary(report));
  } finally {
    await db.close();
  }
});
