// Checks the data folder as it would be after a write, in memory and with ingestion's own rules (schemas, unique
// ids, known actors, real dates, the kinds each relation allows), before a single byte is written. The import
// folders (data/<name>/) are read as ingestion reads them.
import path from 'node:path';
import { CorpusChecker } from '../ingest/check-corpus';
import type { DataIssue } from '../ingest/data-issue';
import { actorsFileSchema, sourceFileSchema, type ActorsFile, type SourceFile } from '../ingest/file-schemas';
import { importFolders, parseDataFile, type ParsedFile } from '../ingest/read-corpus';
import { evidenceProblem } from '../text/evidence-check';
import { paragraphsOf } from '../text/paragraphs';
import { ACTORS_FILE, type DataFolder } from './data-folder';
import { issueInFile } from '../ingest/yaml-file';

/**
 * Every issue the folder would have with `replaced` (file -> its new text) in place of the files on disk. Issues
 * name files by their path inside the folder (`sources/x.yaml`) and keep their structural path in `keys`.
 */
export async function wouldBeIssues(
  folder: DataFolder,
  replaced: ReadonlyMap<string, string>,
): Promise<DataIssue[]> {
  const issues: DataIssue[] = [];
  const textOf = async (file: string) => replaced.get(file) ?? (await folder.readExisting(file)).text;
  // The import folders' registries and sources count as ingestion counts them: a claim may name an imported actor,
  // and ids are unique across all of them. Curation never writes them.
  const imports = await importFolders(folder.root);
  const registries: Array<ParsedFile<ActorsFile> | undefined> = [
    parseDataFile<ActorsFile>(ACTORS_FILE, await textOf(ACTORS_FILE), actorsFileSchema, issues),
  ];
  for (const name of imports) {
    const registry = await folder.read(`${name}/${ACTORS_FILE}`);
    if (registry.text !== null)
      registries.push(parseDataFile<ActorsFile>(registry.file, registry.text, actorsFileSchema, issues));
  }
  if (registries.some((registry) => registry === undefined)) return issues;
  const checker = new CorpusChecker(registries as Array<ParsedFile<ActorsFile>>, issues);
  const onDisk = await folder.sourceFiles();
  const newFiles = [...replaced.keys()].filter((file) => file.endsWith('.yaml') && file !== ACTORS_FILE);
  const files = [...new Set([...onDisk, ...newFiles])].sort();
  for (const name of imports) files.push(...(await folder.sourceFiles(name)));
  for (const file of files) {
    const parsed = parseDataFile<SourceFile>(file, await textOf(file), sourceFileSchema, issues);
    if (!parsed) continue;
    checker.draftActors(parsed);
    checker.checkSource(path.posix.basename(file), parsed);
  }
  return issues;
}

/** A claim's evidence to check against its article's text. */
export interface EvidenceToCheck {
  /** The source file and the claim's index in it, where an issue is reported. */
  file: string;
  index: number;
  evidence: unknown;
}

/** The evidence of each claim given must cite a paragraph of `text` that holds its quote. */
export function evidenceIssues(text: string, claims: readonly EvidenceToCheck[]): DataIssue[] {
  const paragraphs = paragraphsOf(text).length;
  const issues: DataIssue[] = [];
  for (const { file, index, evidence } of claims) {
    const { paragraph, quote } = (evidence ?? {}) as { paragraph?: unknown; quote?: unknown };
    if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1) continue;
    const cited = { paragraph, quote: typeof quote === 'string' ? quote.trim() : undefined };
    const problem = evidenceProblem(text, cited);
    if (!problem) continue;
    const field = paragraph > paragraphs ? 'paragraph' : 'quote';
    issues.push(issueInFile(file, ['claims', index, 'evidence', field], problem));
  }
  return issues;
}
