// Names joined by "and" or commas: "Britain, France and Germany imposed", "met Xi and Putin", read forward or
// back from one name of the list.
import type { Token } from '../document';
import { mentionAt, POSSESSIVE, type Mention } from '../actors/mentions';
import { PREPOSITIONS, isVerb, hyphenQualifies, namesGroupApart } from './clause-words';

/** "the two leaders" stands for two mentions (see joint.ts). */
const withJoint = (list: Mention[]) => list.flatMap((m) => (m.joint ? [m, m.joint] : [m]));

/** Mentions joined to `first` by "and" or commas, in the given direction. */
export function coordinated(
  tokens: Token[],
  mentions: Mention[],
  first: Mention,
  direction: 1 | -1,
): Mention[] {
  return withJoint(coordinatedNames(tokens, mentions, first, direction));
}

function coordinatedNames(
  tokens: Token[],
  mentions: Mention[],
  first: Mention,
  direction: 1 | -1,
): Mention[] {
  const all = [first];
  let current = first;
  // A list "A, B, C and D" is read forward only, and only when it ends with "and": else a comma may open an
  // apposition ("A, B's ally").
  let commas = 0;
  let closed = false;
  for (;;) {
    let link = direction === 1 ? current.end : current.start - 1;
    let word = tokens[link]?.lower;
    // "The United States, Japan, and South Korea": read back, a comma may stand before the closing "and" of a
    // list of three or more; "Iran met Japan, and China criticized" joins two clauses.
    const serial = direction === -1 && word === 'and' && tokens[link - 1]?.text === ',';
    if (serial) {
      const before = mentionAt(mentions, link - 2);
      const listed = before && before.end === link - 1 && tokens[before.start - 1]?.text === ',';
      if (!listed || !mentionAt(mentions, before.start - 2)) break;
      link--;
    }
    // "Japan, South Korea and the United States condemned": read back, past the article after "and".
    if (direction === -1 && word === 'the' && tokens[link - 1]?.lower === 'and') word = tokens[--link]?.lower;
    const comma = direction === 1 && word === ',';
    if (comma && tokens[link + 1]?.lower === 'and') word = tokens[++link]?.lower;
    if (word !== 'and' && !comma) break;
    const skip = direction === 1 && tokens[link + 1]?.lower === 'the' ? 1 : 0;
    const next = mentionAt(mentions, link + direction + skip);
    if (!next || next.actor.id === current.actor.id) break;
    // "the Korean Peninsula, and North Korea's concern": a name that owns what follows starts a new phrase.
    if (direction === 1 && POSSESSIVE.has(tokens[next.end]?.lower ?? '')) break;
    // "attacked Syria and Iranian-backed militias": a name that only qualifies the noun after it is no member.
    if (hyphenQualifies(tokens, next.end)) break;
    if (next.actor.kind === 'state' && namesGroupApart(tokens, next.end)) break;
    // "imposed sanctions on Iran, and the EU later lifted them": after ", and" a name with a verb opens a clause.
    const verbAt = tokens[next.end]?.pos === 'ADV' ? next.end + 1 : next.end;
    if (comma && word === 'and' && isVerb(tokens[verbAt])) break;
    // "Russia attacked Ukraine and NATO warned Moscow": after "and" a name with a finite verb opens a clause, and
    // read back, a name a verb takes as object closes the clause before it.
    if (direction === 1 && word === 'and' && finiteVerb(tokens[verbAt]) && objectOfVerb(tokens, first)) break;
    // "France, which supports Ukraine, and Hungary, which opposes": two names take no comma before "and"; the
    // comma closes the clause the first one is in.
    if (comma && word === 'and' && commas === 0) break;
    if (direction === -1 && objectOfVerb(tokens, next)) break;
    all.push(next);
    current = next;
    if (word === 'and') {
      closed = true;
      break;
    }
    commas++;
  }
  if (direction === -1 && all.length === 2) all.push(...listBefore(tokens, mentions, all[1] as Mention));
  // "The United States, United Nations and rights groups": the names listed before "and" others.
  else if (direction === -1 && all.length === 1 && tokens[first.end]?.lower === 'and')
    all.push(...listBefore(tokens, mentions, first));
  return commas > 0 && !closed ? all.slice(0, 1) : all;
}

/**
 * "Britain, France and Germany imposed": read back from the name after which "and" came, the names before it
 * set off by commas. A name after a preposition ("In Beijing, Xi and Putin met") is a place or time, and ends
 * the list.
 */
function listBefore(tokens: Token[], mentions: Mention[], from: Mention): Mention[] {
  const found: Mention[] = [];
  let current = from;
  while (tokens[current.start - 1]?.text === ',') {
    const previous = mentionAt(mentions, current.start - 2);
    if (!previous || previous.end !== current.start - 1) break;
    if (PREPOSITIONS.has(tokens[previous.start - 1]?.lower ?? '') || previous.joint) return [];
    if (objectOfVerb(tokens, previous)) return [];
    found.push(previous);
    current = previous;
  }
  return found;
}

/** A verb that a subject's name may stand before: not a participle or a gerund ("Iran-backed", "fighting"). */
const finiteVerb = (token: Token | undefined) =>
  token?.pos === 'AUX' || (token?.pos === 'VERB' && !/ing$/.test(token.lower));

/** Verbs that take a clause, not a name: "said Japan and South Korea met". */
const CLAUSE_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'added',
  'noted',
  'announced',
  'believes',
  'thinks',
]);

/** A name just after a verb (an article aside), which it takes as object: "attacked Ukraine", "hit the U.S.". */
function objectOfVerb(tokens: Token[], name: Mention): boolean {
  const at = tokens[name.start - 1]?.lower === 'the' ? name.start - 2 : name.start - 1;
  const verb = tokens[at];
  return verb?.pos === 'VERB' && !CLAUSE_VERBS.has(verb.lower) && !/ing$/.test(verb.lower);
}
