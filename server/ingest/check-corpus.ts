// The cross-file rules: unique ids, known actors, real dates, kinds each relation type allows, attribution.
import type { Certainty } from '../model/actors';
import { relationDefinition, type RelationType } from '../model/relations';
import type { Corpus, Claim } from './corpus';
import type { DataIssue } from './data-issue';
import type { ActorRecord, ActorsFile, ClaimRecord, SourceFile } from './file-schemas';
import type { ParsedFile } from './read-corpus';
import type { LocatedYaml } from './yaml-file';

type Report = (path: readonly PropertyKey[], message: string) => void;

function checkUniqueIds<T extends { id: string }>(
  items: Array<{ item: T; report: Report }>,
  what: string,
  firstSeen: Map<string, string>,
  where: (index: number) => string,
): void {
  items.forEach(({ item, report }, index) => {
    const previous = firstSeen.get(item.id);
    if (previous) report(['id'], `duplicate ${what} id "${item.id}": already used at ${previous}`);
    else firstSeen.set(item.id, where(index));
  });
}

function checkAttribution(report: Report, certainty: Certainty, assertedBy: string | null): void {
  if (certainty === 'fact' && assertedBy !== null) {
    report(
      ['assertedBy'],
      `found "${assertedBy}": a claim of certainty "fact" is the source's own, expected null (or certainty claim/assessment)`,
    );
  }
  if (certainty === 'claim' && assertedBy === null) {
    report(
      ['assertedBy'],
      'missing: a claim of certainty "claim" must say whose account it is (an actor id)',
    );
  }
}

function checkClaim(claim: ClaimRecord, report: Report, actors: ReadonlyMap<string, ActorRecord>): void {
  const definition = relationDefinition(claim.type as RelationType);
  const ends = [
    ['from', claim.from, definition.fromKinds],
    ['to', claim.to, definition.toKinds],
  ] as const;
  for (const [field, id, kinds] of ends) {
    const actor = actors.get(id);
    if (!actor) report([field], `unknown actor "${id}": expected an id from actors.yaml`);
    else if (kinds && !kinds.includes(actor.kind)) {
      report(
        [field],
        `"${id}" is a ${actor.kind}: ${claim.type} expects ${field === 'from' ? 'from' : 'to'} be one of ${kinds.join(', ')}`,
      );
    }
  }
  if (claim.from === claim.to)
    report(['to'], `"${claim.to}" is also "from": a claim relates two different actors`);
  if (claim.assertedBy !== null && !actors.has(claim.assertedBy)) {
    report(['assertedBy'], `unknown actor "${claim.assertedBy}": expected an id from actors.yaml, or null`);
  }
  checkAttribution(report, claim.certainty, claim.assertedBy);
  if (claim.dateEnd !== undefined && claim.date === null)
    report(['dateEnd'], 'found an end date without a date: expected date too');
  if (claim.dateEnd !== undefined && claim.date !== null && claim.dateEnd < claim.date) {
    report(
      ['dateEnd'],
      `"${claim.dateEnd}" is before date "${claim.date}": expected an end on or after the start`,
    );
  }
}

function reporterFor(yaml: LocatedYaml, prefix: readonly PropertyKey[], issues: DataIssue[]): Report {
  return (path, message) => issues.push(yaml.issueAt([...prefix, ...path], message));
}

/** Applies the cross-file rules; returns the corpus and every issue found. */
export function checkCorpus(
  actorsFile: ParsedFile<ActorsFile>,
  sourceFiles: ReadonlyArray<{ name: string; parsed: ParsedFile<SourceFile> }>,
): { corpus: Corpus; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const actorsYaml = actorsFile.yaml;
  const actorEntries = actorsFile.data.actors.map((item, index) => ({
    item,
    report: reporterFor(actorsYaml, ['actors', index], issues),
  }));
  checkUniqueIds(actorEntries, 'actor', new Map(), (index) => `${actorsYaml.file} actors[${index}]`);
  const actors = new Map(actorsFile.data.actors.map((actor) => [actor.id, actor]));

  const sourceIds = new Map<string, string>();
  const claimIds = new Map<string, string>();
  const claims: Claim[] = [];
  for (const { name, parsed } of sourceFiles) {
    const { source } = parsed.data;
    const reportSource = reporterFor(parsed.yaml, ['source'], issues);
    checkUniqueIds([{ item: source, report: reportSource }], 'source', sourceIds, () => parsed.yaml.file);
    const expectedName = `${source.id}.yaml`;
    if (name !== expectedName)
      reportSource(
        ['id'],
        `"${source.id}" does not match the file name "${name}": expected the file to be named ${expectedName}`,
      );
    const claimEntries = parsed.data.claims.map((item, index) => ({
      item,
      report: reporterFor(parsed.yaml, ['claims', index], issues),
    }));
    checkUniqueIds(claimEntries, 'claim', claimIds, (index) => `${parsed.yaml.file} claims[${index}]`);
    for (const { item, report } of claimEntries) {
      checkClaim(item, report, actors);
      claims.push({ ...item, sourceId: source.id });
    }
  }
  const corpus = {
    actors: actorsFile.data.actors,
    sources: sourceFiles.map((f) => f.parsed.data.source),
    claims,
  };
  return { corpus, issues };
}
