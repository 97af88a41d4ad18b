// Stage 3, after the cues: a meeting held in a state is a visit to it by each person there who serves another
// state. "Putin is due to meet Erdogan in Turkey" (Putin visits Turkey), "Kim and Putin held a summit in Russia in
// September" (Kim visits Russia), "Trump hosted Erdogan in the White House" (Erdogan visits the United States).
import type { ActorInfo } from '../actors/actor-table';
import type { RelationCandidate } from './cues';
import type { Mention } from '../actors/mentions';

/** Relations that bring their two ends together in one place. */
const MEETINGS = new Set(['MEETS', 'HOSTS']);
/** Words that end the clause the meeting is told in. */
const CLAUSE_END = new Set([',', ';', ':', '.', '—', 'and', 'but', 'while', 'which', 'who', 'that', 'said']);
/** How far past the cue the place may stand: "met Xi Jinping in Beijing", "held a summit in Russia". */
const REACH = 8;

/** The state named after "in" (or "to" a host) past the cue and the object, in the same clause: where the meeting was held. */
function placeOf(c: RelationCandidate, mentions: readonly Mention[]): Mention | undefined {
  const { tokens } = c.sentence;
  const from = Math.max(c.cueEnd, c.to.end);
  for (let i = from; i < tokens.length && i - from < REACH; i++) {
    const word = tokens[i]?.lower ?? '';
    if (CLAUSE_END.has(word)) return undefined;
    // "welcomed Putin to Beijing": a host receives the guest to the place.
    if (word !== 'in' && word !== 'at' && !(word === 'to' && c.type === 'HOSTS')) continue;
    const next = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const place = mentions.find((m) => m.start === next);
    // "met in Beijing's Great Hall", "at the Singapore summit": the place is the state only when named alone.
    const after = tokens[place?.end ?? 0];
    if (!place || place.actor.kind !== 'state' || ["'s", '’s'].includes(after?.lower ?? '')) return undefined;
    if (after?.pos === 'NOUN' || after?.pos === 'PROPN') return undefined;
    return place;
  }
  return undefined;
}

/**
 * The visits a meeting in a state implies: each person at it whose own state (`homeOf`) the article has named and
 * is another visits the state. Nothing when the state of a person is unknown: they may be at home.
 */
export function visitsOfMeeting(
  c: RelationCandidate,
  mentions: readonly Mention[],
  homeOf: (person: ActorInfo) => ActorInfo | undefined,
): RelationCandidate[] {
  if (!MEETINGS.has(c.type) || c.from.actor.kind !== 'person' || c.to.actor.kind !== 'person') return [];
  const place = placeOf(c, mentions);
  if (!place) return [];
  // The host is at home; a meeting brings both.
  const guests = c.type === 'HOSTS' ? [c.to] : [c.from, c.to];
  return guests.flatMap((guest) => {
    const home = homeOf(guest.actor);
    if (!home || home.id === place.actor.id) return [];
    return [{ ...c, type: 'VISITS' as const, from: guest, to: place, end: Math.max(c.end, place.end) }];
  });
}
