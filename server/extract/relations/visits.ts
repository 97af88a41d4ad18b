// Stage 3, after the cues: a meeting held in a state is a visit to it by each person there who serves another
// state. "Putin is due to meet Erdogan in Turkey" (Putin visits Turkey), "Kim and Putin held a summit in Russia in
// September" (Kim visits Russia), "Trump hosted Erdogan in the White House" (Erdogan visits the United States).
import type { ActorInfo } from '../actors/actor-table';
import type { RelationCandidate } from './cues';
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention, type SentenceMentions } from '../actors/mentions';

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

/** Nouns of what brings a person to another state, after "for": "Rubio in Saudi Arabia for talks". */
const PURPOSES = new Set([
  'talks',
  'meetings',
  'meeting',
  'summit',
  'visit',
  'negotiations',
  'consultations',
]);
/** How many words may qualify the purpose: "for US-Ukraine talks", "for a two-day visit". */
const PURPOSE_LEADS = 4;
/** Words of a title or a name before the person, back to the start of the clause: "French President". */
const TITLE_WORDS = new Set(['PROPN', 'ADJ', 'NOUN', 'DET']);

/** What follows the place tells a presence there: a verb of the person ("Macron in Berlin called ..."), a purpose. */
function presenceTold(tokens: Token[], at: number, headline: boolean): boolean {
  const next = tokens[at];
  if (!next) return headline;
  if (next.pos === 'VERB' && !/ing$/.test(next.lower)) return true;
  if (next.lower !== 'for') return false;
  for (let i = at + 1; i < tokens.length && i - at <= PURPOSE_LEADS + 1; i++) {
    if (PURPOSES.has(tokens[i]?.lower ?? '')) return true;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tokens[i]?.pos ?? '') && tokens[i]?.text !== '-')
      return false;
  }
  return false;
}

/**
 * A person told as being in another state, as the subject of a clause: "Rubio in Saudi Arabia for US-Ukraine talks"
 * (a headline), "On Wednesday, French President Emmanuel Macron in Berlin called ...": a visit to that state. Only
 * a person whose own state (`homeOf`) the article has named and is another: Putin in Moscow is at home.
 */
export function visitsOfPresence(
  found: SentenceMentions,
  homeOf: (person: ActorInfo) => ActorInfo | undefined,
): RelationCandidate[] {
  const { tokens } = found.sentence;
  const { mentions } = found;
  const result: RelationCandidate[] = [];
  for (const person of mentions) {
    if (person.actor.kind !== 'person' || tokens[person.end]?.lower !== 'in') continue;
    let at = person.end + 1;
    if (tokens[at]?.lower === 'the') at++;
    const place = mentionAt(mentions, at);
    if (!place || place.start !== at || place.actor.kind !== 'state') continue;
    const after = tokens[place.end];
    if (POSSESSIVE.has(after?.lower ?? '') || after?.pos === 'NOUN' || after?.pos === 'PROPN') continue;
    // The person opens its clause, past the words of a title: not "talks with Putin in Moscow".
    let i = person.start - 1;
    while (
      i >= 0 &&
      person.start - i <= 5 &&
      TITLE_WORDS.has(tokens[i]?.pos ?? '') &&
      !mentionAt(mentions, i)
    )
      i--;
    if (i >= 0 && tokens[i]?.text !== ',') continue;
    const headline = found.sentence.paragraph === 1;
    if (!presenceTold(tokens, place.end, headline)) continue;
    const home = homeOf(person.actor);
    if (!home || home.id === place.actor.id) continue;
    result.push({
      type: 'VISITS',
      from: person,
      to: place,
      cueStart: person.end,
      cueEnd: person.end + 1,
      start: person.start,
      end: place.end,
      sentence: found.sentence,
      frame: 'clause',
    });
  }
  return result;
}
