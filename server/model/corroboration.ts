// Corroboration: claims of different sources that state the same event, grouped into one event. Computed when
// served, never written back to the data files.
import { dateRange } from './dates';
import { isRelationType, relationDefinition } from './relations';

/** What the grouping reads of a claim. */
export interface CorroborationClaim {
  id: string;
  type: string;
  from: string;
  to: string;
  sourceId: string;
  date: string | null;
  dateEnd?: string | null;
}

/** One event: the claims that state it (one per source, the anchor first) and their sources. */
export interface CorroboratedGroup {
  /** `event:<id of the anchor claim>`: stable while the anchor claim exists. */
  id: string;
  claimIds: string[];
  sourceIds: string[];
  /** The days every claim of the group covers (their overlap); null when the claims are undated. */
  dateFirst: string | null;
  dateLast: string | null;
}

interface Placed {
  claim: CorroborationClaim;
  /** 0 for a day, 1 for a month, 2 for a year, 3 undated: the more precise claims anchor events. */
  precision: number;
  first: string | null;
  last: string | null;
  plover: string | null;
  symmetric: boolean;
}

function place(claim: CorroborationClaim): Placed {
  const known = isRelationType(claim.type) ? relationDefinition(claim.type) : null;
  const plover = known?.event?.plover ?? null;
  const symmetric = known?.symmetric ?? false;
  if (!claim.date) return { claim, precision: 3, first: null, last: null, plover, symmetric };
  return {
    claim,
    precision: 2 - (claim.date.split('-').length - 1),
    first: dateRange(claim.date).first,
    last: dateRange(claim.dateEnd ?? claim.date).last,
    plover,
    symmetric,
  };
}

/** Same relation: the same type, or two event types of the same PLOVER event type. */
function sameRelation(a: Placed, b: Placed): boolean {
  return a.claim.type === b.claim.type || (a.plover !== null && a.plover === b.plover);
}

/** The same two actors: in the same order, or in either order when both types read the same both ways. */
function sameActors(a: Placed, b: Placed): boolean {
  if (a.claim.from === b.claim.from && a.claim.to === b.claim.to) return true;
  return a.symmetric && b.symmetric && a.claim.from === b.claim.to && a.claim.to === b.claim.from;
}

/** Dates that can name the same time: two undated claims, or two dated ones whose days overlap. */
function compatibleDates(a: Placed, b: Placed): boolean {
  if (a.first === null || b.first === null) return a.first === null && b.first === null;
  return a.first <= (b.last as string) && b.first <= (a.last as string);
}

/** True when two claims of different sources can state the same event (the pairwise rule). */
export function sameEvent(a: CorroborationClaim, b: CorroborationClaim): boolean {
  const [x, y] = [place(a), place(b)];
  return a.sourceId !== b.sourceId && sameRelation(x, y) && sameActors(x, y) && compatibleDates(x, y);
}

function byAnchorOrder(a: Placed, b: Placed): number {
  if (a.precision !== b.precision) return a.precision - b.precision;
  const [dateA, dateB] = [a.first ?? '', b.first ?? ''];
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
}

/**
 * Groups claims that state the same event into one event with its sources. The rules:
 *
 * 1. Two claims state the same event when they come from different sources, have the same relation type or two
 *    event types of the same PLOVER event type (VISITS and MEETS are both CONSULT), link the same two actors
 *    (in the same order; in either order when both types are symmetric), and have compatible dates.
 * 2. Compatible dates: the days the dates cover overlap, at their precision (`2018` covers every day of 2018, so it
 *    is compatible with `2018-05-07`; `2018-03` is not with `2018-05`; `dateEnd` extends a claim's days). An
 *    undated claim is compatible only with another undated claim: it cannot be placed among dated events (an
 *    undated visit could be any of them), but two sources stating the same standing fact without a date agree.
 * 3. An event holds at most one claim per source: an article that tells three visits tells three events, never one.
 * 4. Every claim of an event is compatible with every other (a `2018` claim cannot join `2018-03` and `2018-05`
 *    into one event).
 * 5. Claims are placed one at a time, the most precise first (day, month, year, undated), then by date and id. Each
 *    joins the first event it is compatible with, preferring an event with a claim of its own type; else it
 *    anchors a new one. So a claim that fits several events (a `2018` visit beside two dated visits of another
 *    source) joins the earliest: the grouping is a reading aid, each member keeps its own evidence.
 *
 * The result does not depend on the order of `claims`; every claim is in exactly one group (alone when
 * uncorroborated). Groups come in anchor order.
 */
export function groupCorroborated(claims: readonly CorroborationClaim[]): CorroboratedGroup[] {
  const placed = claims.map(place).sort(byAnchorOrder);
  const groups: Placed[][] = [];
  for (const candidate of placed) {
    const fits = groups.filter((members) =>
      members.every(
        (member) =>
          member.claim.sourceId !== candidate.claim.sourceId &&
          sameRelation(member, candidate) &&
          sameActors(member, candidate) &&
          compatibleDates(member, candidate),
      ),
    );
    const chosen =
      fits.find((members) => members.some((member) => member.claim.type === candidate.claim.type)) ?? fits[0];
    if (chosen) chosen.push(candidate);
    else groups.push([candidate]);
  }
  return groups.map((members) => {
    const anchor = members[0] as Placed;
    const dated = members.every((member) => member.first !== null);
    return {
      id: `event:${anchor.claim.id}`,
      claimIds: members.map((member) => member.claim.id),
      sourceIds: [...new Set(members.map((member) => member.claim.sourceId))],
      dateFirst: dated ? members.map((m) => m.first as string).reduce((a, b) => (a > b ? a : b)) : null,
      dateLast: dated ? members.map((m) => m.last as string).reduce((a, b) => (a < b ? a : b)) : null,
    };
  });
}
