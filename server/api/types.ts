// The HTTP API's types, shared by the server and the viewer. No runtime dependencies: types, constants and pure projections.
import type { ClaimFields } from './claim-fields';

/** Attributes of an actor node in a served graph. */
export interface ActorAttributes {
  label: string;
  kind: string;
  aliases: string[];
  description?: string;
  unnamed?: boolean;
  /** Number of claims (in any direction) the actor has in the whole database. */
  degree?: number;
  [key: string]: unknown;
}

/**
 * Attributes of a claim edge in a served graph: the relation, its evidence and its origin, and for an imported
 * event its provenance; every field is declared in claim-fields.ts.
 */
export interface ClaimAttributes extends ClaimFields {
  [key: string]: unknown;
}

export interface SerializedNode<A = ActorAttributes> {
  key: string;
  attributes: A;
}

export interface SerializedEdge<A = ClaimAttributes> {
  key: string;
  source: string;
  target: string;
  attributes: A;
}

/** Graph-level attributes: what was selected and whether a limit cut it. */
export interface GraphAttributes {
  truncated?: boolean;
  [key: string]: unknown;
}

/** graphology's serialized form: a client does `Graph.from(json)`. */
export interface SerializedGraph<N = ActorAttributes, E = ClaimAttributes> {
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  attributes: GraphAttributes;
  nodes: Array<SerializedNode<N>>;
  edges: Array<SerializedEdge<E>>;
}

/** The one error shape of every failed request. */
export interface ErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

/** A source article as the API lists it. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  authors: string[];
  url?: string;
}

/** At most this many ids in one GET /api/sources?ids= (the viewer asks for the titles it lacks in such batches). */
export const MAX_SOURCE_IDS = 100;

/** GET /api/sources: one page of the sources, of a search, or of the ids asked. */
export interface SourcePage {
  sources: SourceSummary[];
  /** How many sources match: all of them, the search's matches (counted up to a bound), or the ids found. */
  total: number;
  /** False when a search matched more sources than it counts: `total` is then that bound. */
  totalExact: boolean;
  offset: number;
  limit: number;
}

/** One relation type of the vocabulary, as /api/meta lists it. */
export interface RelationInfo {
  type: string;
  /** event, stance, tie or intent. */
  family: string;
  label: string;
  description: string;
  direction: string;
  /** Reads the same both ways: drawn without arrowheads, exported undirected. */
  symmetric: boolean;
  colour: string;
  /** Events: the PLOVER event type (null where PLOVER has none), the side, the CAMEO code prefixes it covers. */
  event?: { plover: string | null; side: string; cameo: readonly string[] };
  /** Events CAMEO codes: the least, greatest and mean Goldstein weight of the codes it covers. */
  goldstein?: { min: number; max: number; mean: number };
  /** Why the mapping departs from the field's tables, where it does. */
  note?: string;
  /** Kinds of actor allowed at each end, when the type restricts them. */
  fromKinds?: readonly string[];
  toKinds?: readonly string[];
}

/** One actor kind and its colour. */
export interface ActorKindInfo {
  kind: string;
  colour: string;
  description: string;
}

/** One relation family. */
export interface FamilyInfo {
  family: string;
  description: string;
  /** The neutral grey of its edges when edges are coloured by side; absent for events, which have sides. */
  sideColour?: string;
}

/** One side of events (GDELT's QuadClass). */
export interface SideInfo {
  side: string;
  quadClass: number;
  description: string;
  colour: string;
}

/** One origin of claims. */
export interface OriginInfo {
  origin: string;
  description: string;
  /** False for imported and extracted claims: nobody has checked them. */
  checked: boolean;
}

/** One certainty level. */
export interface CertaintyInfo {
  certainty: string;
  description: string;
}

/** GET /api/meta. */
export interface Meta {
  relations: RelationInfo[];
  actorKinds: ActorKindInfo[];
  certainties: CertaintyInfo[];
  families: FamilyInfo[];
  sides: SideInfo[];
  origins: OriginInfo[];
  /**
   * Every source, in publication order (undated last), then by id; when there are more than the server lists
   * (`sourcesTruncated`), only that many: the curated ones first, then the newest. `counts.sources` is the total;
   * GET /api/sources pages and searches them all.
   */
  sources: SourceSummary[];
  /** True when `sources` lists only some of the database's sources. */
  sourcesTruncated: boolean;
  dateRange: { earliest: string | null; latest: string | null };
  counts: {
    actors: number;
    sources: number;
    claims: number;
    claimsByType: Record<string, number>;
    claimsByOrigin: Record<string, number>;
  };
  /** Whether this server writes the data files (the review screens are shown only then). */
  curation?: boolean;
}

/** One hit of GET /api/actors. */
export interface ActorHit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  degree: number;
}

/** A source article as an actor's details embed it. */
export interface ClaimSource {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
}

/** A claim in an actor's details: the claim's attributes plus its id and source. */
export interface DetailClaim extends ClaimAttributes {
  id: string;
  source: ClaimSource | null;
}

/**
 * The claims of one type between the actor and one counterpart, in one direction; for a symmetric type, in
 * either direction (`both`), since "allied with" reads the same whichever actor the text names first.
 */
export interface ClaimGroup {
  other: { id: string; name: string; kind: string };
  direction: 'out' | 'in' | 'both';
  claims: DetailClaim[];
}

/** GET /api/actors/:id. */
export interface ActorDetails {
  actor: {
    id: string;
    name: string;
    kind: string;
    aliases: string[];
    description: string | null;
    unnamed: boolean;
    degree: number;
  };
  claimCount: number;
  truncated: boolean;
  claimsByType: Array<{ type: string; label: string; groups: ClaimGroup[] }>;
}

/** One path of GET /api/paths: the actors along it and the claims linking them. */
export interface FoundPath {
  actors: string[];
  claims: string[];
}

/** POST /api/cypher. */
export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  graph: SerializedGraph;
  summary: { rows: number; truncated: boolean; maxRows: number; queryType: string; elapsedMs: number };
}

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Attributes of an aggregated edge (`aggregate=pair`): every claim of one type from one actor to another. */
export interface PairAttributes {
  type: string;
  label: string;
  aggregate: true;
  /** How many claims the edge stands for. */
  claims: number;
  /** First and last day the claims cover (null when none is dated). */
  dateFirst: string | null;
  dateLast: string | null;
  /** How many sources state them. */
  sources: number;
  /** Where they come from: curated, icews, gdelt, extracted. */
  origins: string[];
  [key: string]: unknown;
}

/** A claim as GET /api/claims lists it: its attributes, id and ends. */
export interface ListedClaim extends ClaimAttributes {
  id: string;
  source: string;
  target: string;
}

/** GET /api/claims: one page of the claims between two actors. */
export interface ClaimPage {
  claims: ListedClaim[];
  total: number;
  offset: number;
  limit: number;
}

/** One period of a dyad: claims counted by relation type, its family and side, and origin. */
export interface DyadPeriod {
  /** `YYYY-MM`, or `YYYY` for claims dated only by year. */
  period: string;
  counts: Array<{ type: string; side: string | null; family: string; origin: string; claims: number }>;
}

/** GET /api/dyad: the relation of two actors over time, both directions. */
export interface Dyad {
  actors: [{ id: string; name: string }, { id: string; name: string }];
  periods: DyadPeriod[];
  /** Claims with no date, counted the same way. */
  undated: DyadPeriod['counts'];
  total: number;
}

/** An actor as a claim names it. */
export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

/** One claim of an event as a corroborated claim lists it: its source's wording and who asserts it. */
export interface CorroboratingClaim {
  id: string;
  sourceId: string;
  source: ClaimSource | null;
  date: string | null;
  certainty: string;
  assertedBy: string | null;
  summary: string;
  paragraph: number | null;
  quote: string | null;
}

/** The fields of a claim that its corroboration lists: the one projection both server and viewer use. */
export function corroboratingClaim(claim: CorroboratingClaim): CorroboratingClaim {
  return {
    id: claim.id,
    sourceId: claim.sourceId,
    source: claim.source,
    date: claim.date,
    certainty: claim.certainty,
    assertedBy: claim.assertedBy,
    summary: claim.summary,
    paragraph: claim.paragraph,
    quote: claim.quote,
  };
}

/** How many sources must state an event for its claims to be corroborated (server/model/corroboration.ts groups). */
export const CORROBORATING_SOURCES = 2;

/** The corroboration every claim of an event carries: the event, how many sources state it, and its claims. */
export function claimCorroboration(event: {
  id: string;
  sourceCount: number;
  claims: readonly CorroboratingClaim[];
}): ClaimCorroboration {
  return { event: event.id, sourceCount: event.sourceCount, claims: event.claims.map(corroboratingClaim) };
}

/** The event a claim belongs to, when other sources state it too (see server/model/corroboration.ts). */
export interface ClaimCorroboration {
  /** The event's id: `event:<id of its anchor claim>`. */
  event: string;
  /** How many sources state the event. */
  sourceCount: number;
  /** Every claim of the event, this one included, one per source. */
  claims: CorroboratingClaim[];
}

/** A claim with both its actors and its source; `corroboration` when other sources state the same event. */
export interface ClaimWithActors extends DetailClaim {
  from: ActorRef;
  to: ActorRef;
  corroboration?: ClaimCorroboration;
  /** Imported event data: how many mentions and sources the dataset counted, when it says. */
  mentions?: number;
  sourceCount?: number;
}

/** The claims an actor asserts (`assertedBy`), grouped by whom they are about. */
export interface AssertedClaims {
  count: number;
  truncated: boolean;
  /** `about`: the claim's `from` actor, or its `to` actor when the asserter is the `from` one; most claims first. */
  byAbout: Array<{ about: ActorRef; claims: ClaimWithActors[] }>;
}

/** GET /api/actors/:id as served: the actor's details and the claims it asserts. */
export interface ActorWithAsserted extends ActorDetails {
  asserted: AssertedClaims;
}

/** One actor a source names, and how often as each role. */
export interface SourceActor extends ActorRef {
  from: number;
  to: number;
  assertedBy: number;
}

/** One paragraph of a source's text: its number (the headline is 1) and its text. */
export interface SourceParagraph {
  number: number;
  text: string;
}

/** GET /api/sources/:id: one source, its claims in paragraph order, the actors it names, and its text. */
export interface SourceDetails {
  source: SourceSummary & {
    language: string | null;
    note: string | null;
    origin: string;
  };
  claimCount: number;
  truncated: boolean;
  claims: ClaimWithActors[];
  actors: SourceActor[];
  /** The article's text in paragraphs, when `data/sources/<id>.txt` is kept beside the source; else null. */
  text: { paragraphs: SourceParagraph[] } | null;
}

/** One event of GET /api/events: the claims of one or more sources that state it. */
export interface CorroboratedEvent {
  /** `event:<id of its anchor claim>`. */
  id: string;
  /** The relation types of its claims, and their PLOVER event type when they have one. */
  types: string[];
  plover: string | null;
  /** The two actors, lower id first. */
  actors: [ActorRef, ActorRef];
  /** The days all its claims cover; null when undated. */
  dateFirst: string | null;
  dateLast: string | null;
  sourceCount: number;
  /** The largest mention and source counts imported event data gives its claims, when any does. */
  mentions: number | null;
  reportedSources: number | null;
  claims: ClaimWithActors[];
}

/** GET /api/events. */
export interface EventList {
  events: CorroboratedEvent[];
  /** True when a limit cut the pairs or claims read. */
  truncated: boolean;
}
