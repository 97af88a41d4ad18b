// Matching extracted claims to gold claims: actors mapped to gold actors by id, name or alias; either order for
// symmetric types; the same type, or one of the same PLOVER event type (counted apart); compatible dates.
// Certainty and assertedBy are scored apart, on the matched pairs.
import type { ExtractedActor, ExtractedClaim } from '../server/api/extraction';
import type { ActorRecord, ClaimRecord } from '../server/ingest/file-schemas';
import { dateRange } from '../server/model/dates';
import { relationDefinition, type RelationType } from '../server/model/relations';

export interface MatchedPair {
  gold: ClaimRecord;
  extracted: ExtractedClaim;
  /** True when the types differ but share a PLOVER event type. */
  nearType: boolean;
}

export interface SourceMatch {
  pairs: MatchedPair[];
  misses: ClaimRecord[];
  falseClaims: ExtractedClaim[];
  /** Gold claims missed only because of the date (same actors and type). */
  dateOnlyMisses: number;
  /** Missed gold claims whose two ends both appear in the article's extracted claims: a relation not read. */
  missesWithEndsFound: number;
  /** Why each false claim matched nothing, counted (figures only: a held-out set is never listed). */
  falseReasons: FalseReasons;
}

/** False claims by what the gold holds between their ends. */
export interface FalseReasons {
  /** The gold has a claim of this type between these ends, at another date. */
  date: number;
  /** The gold joins these two actors, by another relation or in the other direction. */
  otherRelation: number;
  /** Both ends are actors of the gold, which joins them by no claim. */
  unjoined: number;
  /** An end is in none of the article's gold claims (an actor the gold does not code, or names otherwise). */
  unknownEnd: number;
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the /, '')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

/** Maps each extracted actor to a gold actor id, by id, name or alias, or by country for states. */
export function mapActors(
  extracted: readonly ExtractedActor[],
  gold: readonly ActorRecord[],
): Map<string, string> {
  const byName = new Map<string, string>();
  for (const actor of gold)
    for (const name of [actor.name, ...actor.aliases]) byName.set(fold(name), actor.id);
  const ids = new Set(gold.map((a) => a.id));
  const mapping = new Map<string, string>();
  for (const actor of extracted) {
    const country =
      actor.kind === 'state' && actor.country
        ? gold.find((g) => g.kind === 'state' && g.country === actor.country)?.id
        : undefined;
    const found =
      (ids.has(actor.id) ? actor.id : undefined) ??
      [actor.name, ...actor.aliases].map((n) => byName.get(fold(n))).find(Boolean) ??
      country;
    if (found) mapping.set(actor.id, found);
  }
  return mapping;
}

/** Two dates are compatible when both are absent or the days they cover overlap. */
export function datesCompatible(a: { date: string | null; dateEnd?: string | null }, b: typeof a): boolean {
  if (a.date === null || b.date === null) return a.date === b.date;
  const first = (x: typeof a) => dateRange(x.date as string).first;
  const last = (x: typeof a) => dateRange(x.dateEnd ?? (x.date as string)).last;
  return first(a) <= last(b) && first(b) <= last(a);
}

function plover(type: string): string | null {
  return relationDefinition(type as RelationType).event?.plover ?? null;
}

function sameEnds(gold: ClaimRecord, claim: ExtractedClaim, map: Map<string, string>): boolean {
  const from = map.get(claim.from);
  const to = map.get(claim.to);
  if (from === gold.from && to === gold.to) return true;
  return relationDefinition(gold.type as RelationType).symmetric && from === gold.to && to === gold.from;
}

/** Matches one source's extracted claims to its gold claims, exact types first, then types of one PLOVER type. */
export function matchSource(
  gold: readonly ClaimRecord[],
  extracted: readonly ExtractedClaim[],
  map: Map<string, string>,
): SourceMatch {
  const free = new Set(extracted);
  const pairs: MatchedPair[] = [];
  const unmatched = new Set(gold);
  for (const near of [false, true]) {
    for (const g of [...unmatched]) {
      const typeFits = (c: ExtractedClaim) =>
        near
          ? c.type !== g.type && plover(c.type) !== null && plover(c.type) === plover(g.type)
          : c.type === g.type;
      const found = [...free].find((c) => typeFits(c) && sameEnds(g, c, map) && datesCompatible(g, c));
      if (!found) continue;
      free.delete(found);
      unmatched.delete(g);
      pairs.push({ gold: g, extracted: found, nearType: near });
    }
  }
  const dateOnlyMisses = [...unmatched].filter((g) =>
    [...free].some((c) => c.type === g.type && sameEnds(g, c, map)),
  ).length;
  const found = new Set(map.values());
  const missesWithEndsFound = [...unmatched].filter((g) => found.has(g.from) && found.has(g.to)).length;
  const falseClaims = [...free];
  return {
    pairs,
    misses: [...unmatched],
    falseClaims,
    dateOnlyMisses,
    missesWithEndsFound,
    falseReasons: falseReasons(gold, falseClaims, map),
  };
}

function falseReasons(
  gold: readonly ClaimRecord[],
  falseClaims: readonly ExtractedClaim[],
  map: Map<string, string>,
): FalseReasons {
  const reasons: FalseReasons = { date: 0, otherRelation: 0, unjoined: 0, unknownEnd: 0 };
  const goldActors = new Set(gold.flatMap((g) => [g.from, g.to]));
  for (const claim of falseClaims) {
    const from = map.get(claim.from);
    const to = map.get(claim.to);
    if (!from || !to || !goldActors.has(from) || !goldActors.has(to)) reasons.unknownEnd++;
    else if (gold.some((g) => g.type === claim.type && sameEnds(g, claim, map))) reasons.date++;
    else if (gold.some((g) => (g.from === from && g.to === to) || (g.from === to && g.to === from)))
      reasons.otherRelation++;
    else reasons.unjoined++;
  }
  return reasons;
}
