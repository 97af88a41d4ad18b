// `npm run import -- <icews|gdelt> <file...> [--into <folder>] [--json] [--skip-invalid]`: coded event data into
// an import folder of the data folder, which `npm run ingest` then loads.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { EventFormat } from '../import/coded-event';
import { gdeltFormat } from '../import/gdelt';
import { icewsFormat } from '../import/icews';
import { importEvents } from '../import/import-events';
import { eventFileSize } from '../import/import-files';
import { importSummary } from '../import/import-report';
import { ACTORS_FILE, isImportFolderName } from '../ingest/read-corpus';
import { CliError } from './open-database';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run import -- <icews|gdelt> <file...> [--into <folder>] [--json] [--skip-invalid]   (folder defaults to data/imported)';
const FORMATS: Record<string, EventFormat> = { icews: icewsFormat, gdelt: gdeltFormat };

interface Args {
  format: EventFormat;
  files: string[];
  into: string;
  json: boolean;
  skipInvalid: boolean;
}

function parseArgs(args: string[]): Args {
  const positional: string[] = [];
  const unknown: string[] = [];
  let into = path.join('data', 'imported');
  let json = false;
  let skipInvalid = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--json') json = true;
    else if (arg === '--skip-invalid') skipInvalid = true;
    else if (arg === '--into') {
      const value = args[(index += 1)];
      if (!value || value.startsWith('-')) throw new CliError(`--into needs a folder\n${USAGE}`);
      into = value;
    } else if (arg.startsWith('-')) unknown.push(arg);
    else positional.push(arg);
  }
  if (unknown.length > 0) throw new CliError(`unexpected ${unknown.join(' ')}\n${USAGE}`);
  const [formatName, ...files] = positional;
  const format = formatName ? FORMATS[formatName] : undefined;
  if (!format)
    throw new CliError(
      `${formatName ? `unknown format "${formatName}": ` : ''}expected icews or gdelt\n${USAGE}`,
    );
  if (files.length === 0) throw new CliError(`expected at least one ${format.label} file\n${USAGE}`);
  return { format, files, into, json, skipInvalid };
}

/** The data folder of an import folder: its parent, which must hold the actor registry. */
async function dataFolderOf(into: string): Promise<string> {
  const name = path.basename(path.resolve(into));
  const dataDir = path.dirname(into);
  if (!isImportFolderName(name))
    throw new CliError(
      `--into ${into}: "${name}" cannot name an import folder: expected lower-case letters, digits, - or _ (not sources or schema), e.g. data/imported`,
    );
  const hasRegistry = await access(path.join(dataDir, ACTORS_FILE)).then(
    () => true,
    () => false,
  );
  if (!hasRegistry)
    throw new CliError(
      `--into ${into}: ${dataDir} holds no ${ACTORS_FILE}: expected a folder inside a data folder, e.g. data/imported`,
    );
  return dataDir;
}

interface Progress {
  reading: (fileIndex: number, bytes: number) => void;
  writing: (done: number, total: number) => void;
  stop: () => void;
}

/** A progress bar on stderr, only when it is a terminal: over the bytes of all files, then over the writing. */
async function progressBar(files: string[]): Promise<Progress> {
  if (!process.stderr.isTTY)
    return { reading: () => undefined, writing: () => undefined, stop: () => undefined };
  const sizes = await Promise.all(files.map(async (file) => (await eventFileSize(file)) ?? 0));
  const before = sizes.map((_, index) => sizes.slice(0, index).reduce((sum, size) => sum + size, 0));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{phase} {bar} {percentage}% | {value}/{total} {unit}',
    hideCursor: true,
    clearOnComplete: true,
  });
  const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;
  bar.start(megabytes(total), 0, { phase: 'reading', unit: 'MB' });
  let writing = false;
  return {
    reading: (index, bytes) => bar.update(megabytes((before[index] ?? 0) + bytes), { phase: 'reading' }),
    writing: (done, parts) => {
      if (!writing) bar.start(parts, 0, { phase: 'writing', unit: 'parts' });
      writing = true;
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

runCli(async () => {
  const { format, files, into, json, skipInvalid } = parseArgs(process.argv.slice(2));
  const dataDir = await dataFolderOf(into);
  const bar = await progressBar(files);
  try {
    const report = await importEvents({
      format,
      files,
      dataDir,
      intoDir: into,
      skipInvalid,
      onProgress: bar.reading,
      onWriting: bar.writing,
    });
    bar.stop();
    if (json) {
      const peakMemoryBytes = process.resourceUsage().maxRSS * 1024;
      console.log(JSON.stringify({ ...report, peakMemoryBytes }));
      return;
    }
    console.log(importSummary(report));
    if (report.eventsImported > 0)
      console.log(`Load them into Neo4j with: npm run ingest${dataDir === 'data' ? '' : ` -- ${dataDir}`}`);
  } finally {
    bar.stop();
  }
});
