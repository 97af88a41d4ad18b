// Reads a data folder (actors.yaml + sources/*.yaml), checks every file against its schema and the whole
// against the cross-file rules, and returns the corpus or throws every issue at once.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { CorpusValidationError, type DataIssue } from './data-issue';
import { actorsFileSchema, sourceFileSchema, type ActorsFile, type SourceFile } from './file-schemas';
import { parseYaml, placeIssues, type LocatedYaml } from './yaml-file';
import { checkCorpus } from './check-corpus';
import type { Corpus } from './corpus';

const ACTORS_FILE = 'actors.yaml';
const SOURCES_FOLDER = 'sources';

/** One data file, parsed and shaped, with the means to place an issue in it. */
export interface ParsedFile<T> {
  yaml: LocatedYaml;
  data: T;
}

function schemaIssues(yaml: LocatedYaml, error: z.ZodError): DataIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      return yaml.issueAt(
        [...issue.path, key],
        `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check its spelling`,
      );
    }
    if (issue.code === 'custom') return yaml.issueAt(issue.path, issue.message);
    return yaml.issueWithValue(issue.path, issue.message);
  });
}

async function readDataFile<T>(
  file: string,
  displayName: string,
  schema: z.ZodType<T>,
  issues: DataIssue[],
): Promise<ParsedFile<T> | undefined> {
  const text = await readFile(file, 'utf8');
  const parsed = parseYaml(displayName, text);
  issues.push(...parsed.issues);
  if (!parsed.yaml) return undefined;
  const result = schema.safeParse(parsed.yaml.value ?? {});
  if (!result.success) {
    issues.push(...schemaIssues(parsed.yaml, result.error));
    return undefined;
  }
  return { yaml: parsed.yaml, data: result.data };
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

async function sourceFileNames(folder: string): Promise<string[]> {
  if (!(await isFolder(folder))) return [];
  const names = await readdir(folder);
  return names.filter((name) => /\.ya?ml$/.test(name)).sort();
}

/**
 * Reads and validates the corpus in `dataDir`. Throws CorpusValidationError listing every problem found;
 * nothing is returned unless the whole corpus is valid.
 */
export async function readCorpus(dataDir: string): Promise<Corpus> {
  const issues: DataIssue[] = [];
  const display = (...parts: string[]) => path.join(dataDir, ...parts);
  if (!(await isFolder(dataDir))) {
    throw new CorpusValidationError([
      {
        file: dataDir,
        path: '',
        message: 'not a folder: expected a data folder holding actors.yaml and sources/',
      },
    ]);
  }
  let actorsFile: ParsedFile<ActorsFile> | undefined;
  try {
    actorsFile = await readDataFile(display(ACTORS_FILE), display(ACTORS_FILE), actorsFileSchema, issues);
  } catch {
    issues.push({
      file: display(ACTORS_FILE),
      path: '',
      message: 'missing: expected the actor registry here',
    });
  }
  const sourceFiles: Array<{ name: string; parsed: ParsedFile<SourceFile> }> = [];
  for (const name of await sourceFileNames(display(SOURCES_FOLDER))) {
    const parsed = await readDataFile(
      display(SOURCES_FOLDER, name),
      display(SOURCES_FOLDER, name),
      sourceFileSchema,
      issues,
    );
    if (parsed) sourceFiles.push({ name, parsed });
  }
  // Cross-file rules need the registry; they run on the files that passed their schema.
  const checked = actorsFile ? checkCorpus(actorsFile, sourceFiles) : undefined;
  issues.push(...(checked?.issues ?? []));
  if (issues.length > 0 || !checked) throw new CorpusValidationError(await placeIssues(issues));
  return checked.corpus;
}
