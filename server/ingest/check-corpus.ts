// The cross-file rules: unique ids, known actors, real dates, kinds each relation type allows, attribution.
import type { Certainty } from '../model/actors';
import { isCountryCode } from '../model/gazetteer';
import { relationDefinition, type RelationType } from '../model/relations';
import type { Claim } from './corpus';
import type { DataIssue } from './data-issue';
import type {
  ActorRecord,
  ActorsFile,
  ClaimRecord,
  SourceCollectionFile,
  SourceFile,
  SourceRecord,
} from './file-schemas';
import type { ParsedFile } from './read-corpus';
import { issueInFile } from './yaml-file';
import { CompactIdMap } from './compact-id-map';

type Report = (path: readonly PropertyKey[], message: string) => void;

function checkUniqueIds<T extends { id: string }>(
  items: Array<{ item: T; report: Report }>,
  what: string,
  firstSeen: { get(id: string): string | undefined; set(id: string, place: string): unknown },
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

/** An actor's `country` must be a code of the gazetteer (the schema has checked its shape). */
function checkCountry(actor: ActorRecord, report: Report): void {
  if (actor.country !== undefined && /^[A-Z]{3}$/.test(actor.country) && !isCountryCode(actor.country)) {
    report(
      ['country'],
      `unknown country code "${actor.country}": expected the ISO 3166-1 alpha-3 code of a state, e.g. PRK`,
    );
  }
}

function reporterFor(file: string, prefix: readonly PropertyKey[], issues: DataIssue[]): Report {
  return (path, message) => issues.push(issueInFile(file, [...prefix, ...path], message));
}

/** Claims per file a place can count: a place is one number, file * PER_FILE + index (index + 1; 0 for none). */
const PER_FILE = 2 ** 21;

/**
 * Applies the cross-file rules one source file at a time, so that only what the files say (not their parsed
 * YAML) is kept while a large corpus is read. Issues go into the list given to the constructor.
 */
export class CorpusChecker {
  readonly actors: Map<string, ActorRecord>;
  private readonly sourceIds = new CompactIdMap<string>();
  /** Claim ids seen so far, each with its place as one number, to keep a million of them small. */
  private readonly claimIds = new CompactIdMap<number>();
  private readonly files: string[] = [];

  /** `registries`: the data folder's actors.yaml, then each import folder's; an id may be used once in all. */
  constructor(
    registries: readonly ParsedFile<ActorsFile>[],
    private readonly issues: DataIssue[],
  ) {
    const firstSeen = new Map<string, string>();
    for (const registry of registries) {
      const entries = registry.data.actors.map((item, index) => ({
        item,
        report: reporterFor(registry.file, ['actors', index], issues),
      }));
      checkUniqueIds(entries, 'actor', firstSeen, (index) => `${registry.file} actors[${index}]`);
      for (const { item, report } of entries) checkCountry(item, report);
    }
    this.actors = new Map(
      registries.flatMap((registry) => registry.data.actors.map((actor) => [actor.id, actor] as const)),
    );
  }

  /** Records the claims of a file that is not read again (unchanged since it was checked and stored). */
  knownClaims(file: string, sourceId: string, claimIds: Iterable<string>): void {
    this.sourceIds.set(sourceId, file);
    const place = this.fileNumber(file) * PER_FILE;
    for (const id of claimIds) if (!this.claimIds.has(id)) this.claimIds.set(id, place);
  }

  private fileNumber(file: string): number {
    return this.files.push(file) - 1;
  }

  private describePlace(place: number): string {
    const file = this.files[Math.floor(place / PER_FILE)] ?? '';
    const index = place % PER_FILE;
    return index === 0 ? file : `${file} claims[${index - 1}]`;
  }

  /** Adds the actors a draft source file proposes to the registry; returns those it could add. */
  draftActors(parsed: ParsedFile<SourceFile>): ActorRecord[] {
    const added: ActorRecord[] = [];
    (parsed.data.actors ?? []).forEach((actor, index) => {
      const report = reporterFor(parsed.file, ['actors', index], this.issues);
      if (this.actors.has(actor.id))
        report(
          ['id'],
          `duplicate actor id "${actor.id}": already in the registry; use that actor or another id`,
        );
      else {
        this.actors.set(actor.id, actor);
        added.push(actor);
      }
    });
    return added;
  }

  /** Checks one source file named `name`; returns its claims, each told its source. */
  checkSource(name: string, parsed: ParsedFile<SourceFile>): Claim[] {
    const { source } = parsed.data;
    const expectedName = `${source.id}.yaml`;
    if (name !== expectedName)
      reporterFor(
        parsed.file,
        ['source'],
        this.issues,
      )(
        ['id'],
        `"${source.id}" does not match the file name "${name}": expected the file to be named ${expectedName}`,
      );
    return this.checkEntry(parsed.file, [], source, parsed.data.claims, parsed.file);
  }

  /** Checks each source of an import's collection file with the rules of a source file; returns all claims. */
  checkCollection(parsed: ParsedFile<SourceCollectionFile>): Claim[] {
    const claims: Claim[] = [];
    parsed.data.sources.forEach((entry, index) => {
      const place = `${parsed.file} sources[${index}]`;
      for (const claim of this.checkEntry(parsed.file, ['sources', index], entry.source, entry.claims, place))
        claims.push(claim);
    });
    return claims;
  }

  /** Checks one source and its claims, found at `prefix` of `file`; `place` names it in duplicate messages. */
  private checkEntry(
    file: string,
    prefix: readonly PropertyKey[],
    source: SourceRecord,
    records: ClaimRecord[],
    place: string,
  ): Claim[] {
    const reportSource = reporterFor(file, [...prefix, 'source'], this.issues);
    checkUniqueIds([{ item: source, report: reportSource }], 'source', this.sourceIds, () => place);
    const claims = records as Claim[];
    const number = this.fileNumber(place);
    claims.forEach((claim, index) => {
      const report = reporterFor(file, [...prefix, 'claims', index], this.issues);
      const previous = this.claimIds.get(claim.id);
      if (previous !== undefined) {
        report(['id'], `duplicate claim id "${claim.id}": already used at ${this.describePlace(previous)}`);
      } else this.claimIds.set(claim.id, number * PER_FILE + Math.min(index + 1, PER_FILE - 1));
      checkClaim(claim, report, this.actors);
      // The parsed claim becomes the corpus's claim (no copy of a million objects), and shares one string
      // per actor id with every other claim instead of holding its own.
      claim.sourceId = source.id;
      claim.from = this.actors.get(claim.from)?.id ?? claim.from;
      claim.to = this.actors.get(claim.to)?.id ?? claim.to;
      if (claim.assertedBy !== null)
        claim.assertedBy = this.actors.get(claim.assertedBy)?.id ?? claim.assertedBy;
    });
    return claims;
  }
}
