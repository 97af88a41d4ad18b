// The actors an article can name: the registry's (from a data folder's actors.yaml) and every state, by each form
// that names them; and the new actors proposed while one article is read.
import type { ExtractedActor } from '../../api/extraction';
import type { ActorRecord } from '../../ingest/file-schemas';
import { wordsOf } from '../document';
import { STATES, stateByCode, type StateEntry } from './states';
import { ORGANISATIONS, type OrganisationEntry } from '../lexicon/organisations';
import { PLACES } from '../lexicon/places';

export type ActorInfo = ExtractedActor;

/** A form that names an actor: `weak` forms (a bare surname) count only once the actor is named in full. */
export interface NameEntry {
  actorId?: string;
  stateCode?: string;
  /** A people: the plural demonym of the state `stateCode`. */
  people?: string;
  /** A well-known organisation the registry lacks (lexicon/organisations.ts), proposed when named. */
  organisation?: OrganisationEntry;
  /** A place whose name holds a state's ("the South China Sea"): read as one name, it names no actor. */
  place?: boolean;
  weak: boolean;
}

/** Folds the forms a name is written in: curly apostrophes, a leading capital "The". */
export function nameKey(words: readonly string[]): string {
  const first = words[0] === 'The' ? 'the' : words[0];
  const key = words.length === 1 ? (first ?? '') : [first, ...words.slice(1)].join(' ');
  return /[’`´]/.test(key) ? key.replace(/[’`´]/g, "'") : key;
}

/** Splits a name as the tokenizer splits text ("Kim's" -> Kim 's; "Jong-un" -> Jong - un). */
export const nameWords = wordsOf;

/** Slugs already made: the same names (states the registry lacks) are proposed again at every mention. */
const slugs = new Map<string, string>();
/** How many slugs are kept: far more than an article names, far less than a process's memory. */
const SLUGS_KEPT = 20_000;

function slug(text: string): string {
  let made = slugs.get(text);
  if (made === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    made = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // An apostrophe inside a name joins its parts: "O'Brien" -> obrien.
      .replace(/['’`´]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    slugs.set(text, made);
  }
  return made;
}

/**
 * The ways a hyphenated given name is also written: "Kim Jong-un" as "Kim Jong Un" and "Kim Jong-Un". News
 * agencies differ on the hyphen and the capital; the person is the same.
 */
export function hyphenVariants(name: string): string[] {
  if (!/\p{L}-\p{Ll}/u.test(name)) return [];
  const capital = (m: string) => m.toUpperCase();
  return [
    name.replace(/-(\p{Ll})/gu, (_, c: string) => ` ${capital(c)}`),
    name.replace(/-(\p{Ll})/gu, (_, c: string) => `-${capital(c)}`),
  ];
}

/** An alias carrying a tie ("Institute X at University Y") is read as two names and their tie, not as one. */
const TIE_ALIAS = / at /;

/** The registry, indexed by every form of every actor, and every state by its forms. Built once, shared. */
export class ActorRegistry {
  readonly byId = new Map<string, ActorInfo>();
  readonly names = new Map<string, NameEntry>();
  readonly longestName: number;
  /** Every key that begins a longer name, so that matching stops as soon as no name can go on. */
  readonly namePrefixes = new Set<string>();
  private readonly stateIds = new Map<string, string>();

  constructor(records: readonly ActorRecord[]) {
    for (const state of STATES) this.indexState(state);
    for (const record of records) this.indexActor(record);
    for (const organisation of ORGANISATIONS) this.indexOrganisation(organisation);
    for (const place of PLACES) {
      const key = nameKey(nameWords(place));
      if (!this.names.has(key)) this.names.set(key, { place: true, weak: false });
    }
    let longest = 1;
    for (const key of this.names.keys()) {
      const words = key.split(' ');
      longest = Math.max(longest, words.length);
      for (let n = 1; n < words.length; n++) this.namePrefixes.add(words.slice(0, n).join(' '));
    }
    this.longestName = longest;
  }

  private indexState(state: StateEntry): void {
    for (const form of [state.name, ...state.forms])
      this.names.set(nameKey(nameWords(form)), { stateCode: state.iso3, weak: false });
    for (const form of state.peoples)
      if (!this.names.has(nameKey(nameWords(form))))
        this.names.set(nameKey(nameWords(form)), { stateCode: state.iso3, people: form, weak: false });
  }

  private indexActor(record: ActorRecord): void {
    const actor: ActorInfo = {
      id: record.id,
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
      country: record.country ?? null,
      isNew: false,
    };
    this.byId.set(actor.id, actor);
    const state = actor.kind === 'state' ? this.stateOfRecord(record) : undefined;
    if (state && !this.stateIds.has(state.iso3)) this.stateIds.set(state.iso3, actor.id);
    const nameTokens = nameWords(actor.name);
    for (const form of [actor.name, ...actor.aliases]) {
      if (TIE_ALIAS.test(form)) continue;
      const words = nameWords(form);
      // "North Korean leader Kim Jong-un" is a description around the name: the title stage reads it, tie included.
      if (form !== actor.name && nameTokens.length > 1 && nameKey(words).includes(nameKey(nameTokens)))
        continue;
      const weak = actor.kind === 'person' && words.length === 1 && nameTokens.length > 1;
      this.names.set(nameKey(words), { actorId: actor.id, weak });
      if (actor.kind === 'person')
        for (const variant of hyphenVariants(form))
          if (!this.names.has(nameKey(nameWords(variant))))
            this.names.set(nameKey(nameWords(variant)), { actorId: actor.id, weak });
    }
  }

  /**
   * A well-known organisation: the registry's actor when the registry names it by its full name or a form of more
   * than one word (a bare acronym the registry gives another body, "UN" for its Security Council, decides
   * nothing); its forms the registry does not use name it.
   */
  private indexOrganisation(organisation: OrganisationEntry): void {
    const forms = [organisation.name, ...organisation.forms];
    const keys = forms.map((form) => nameKey(nameWords(form)));
    const known = keys
      .filter((key, n) => n === 0 || key.includes(' '))
      .map((key) => this.names.get(key)?.actorId)
      .find((id) => id !== undefined && this.byId.get(id)?.kind !== 'person');
    const entry: NameEntry = known ? { actorId: known, weak: false } : { organisation, weak: false };
    for (const key of keys) if (!this.names.has(key)) this.names.set(key, entry);
  }

  private stateOfRecord(record: ActorRecord): StateEntry | undefined {
    if (record.country) return stateByCode(record.country);
    const key = nameKey(nameWords(record.name));
    const entry = this.names.get(key);
    return entry?.stateCode ? stateByCode(entry.stateCode) : undefined;
  }

  /** The ISO code of the state a form names, if it names one ("US", "North Korean"). */
  stateCodeOf(words: readonly string[]): string | undefined {
    const entry = this.names.get(nameKey(words));
    if (entry?.stateCode) return entry.stateCode;
    const actor = entry?.actorId ? this.byId.get(entry.actorId) : undefined;
    if (actor?.kind !== 'state') return undefined;
    for (const [iso3, id] of this.stateIds) if (id === actor.id) return iso3;
    return undefined;
  }

  /**
   * The state a body belongs to: its country, or the state its name begins with ("US Department of State").
   */
  stateOf(actor: ActorInfo): string | undefined {
    if (actor.kind === 'state' || actor.kind === 'person') return undefined;
    if (actor.country) return stateByCode(actor.country)?.iso3;
    return this.leadingState(nameWords(actor.name));
  }

  /** The state named by the first words of a body's name: "US" in "US Department of State". */
  leadingState(words: readonly string[]): string | undefined {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const code = this.stateCodeOf(words.slice(0, n));
      if (code) return code;
    }
    return undefined;
  }

  /** The ISO code of a state actor, the registry's or a proposed one. */
  codeOfState(actor: ActorInfo): string | undefined {
    if (actor.kind !== 'state') return undefined;
    if (actor.country) return stateByCode(actor.country)?.iso3;
    for (const [iso3, id] of this.stateIds) if (id === actor.id) return iso3;
    return this.stateCodeOf(nameWords(actor.name));
  }

  /** The registry's actor for a state, if it has one. */
  stateActorId(iso3: string): string | undefined {
    return this.stateIds.get(iso3);
  }
}

/** The actors of one article: the registry's it names, and those it proposes. */
export class ArticleActors {
  readonly used = new Map<string, ActorInfo>();
  private readonly proposed = new Map<string, ActorInfo>();

  constructor(readonly registry: ActorRegistry) {}

  /** The actor with this id, registry's or proposed. */
  get(id: string): ActorInfo | undefined {
    return this.registry.byId.get(id) ?? this.proposed.get(id);
  }

  /** The actor standing for a state: the registry's, or a new state actor. */
  state(iso3: string): ActorInfo {
    const known = this.registry.stateActorId(iso3);
    if (known) return this.get(known) as ActorInfo;
    const state = stateByCode(iso3);
    const name = state?.name ?? iso3;
    return this.propose(name, 'state', iso3);
  }

  /** The people of a state, a group: the registry's by that name, or a new group. */
  people(iso3: string, name: string): ActorInfo {
    const entry = this.registry.names.get(nameKey(nameWords(name)));
    const known = entry?.actorId ? this.get(entry.actorId) : undefined;
    if (known?.kind === 'group') return known;
    return this.propose(name, 'group', iso3);
  }

  /** A well-known organisation the registry lacks, proposed under its lexicon id with its forms as aliases. */
  organisation(entry: OrganisationEntry): ActorInfo {
    const same = this.proposed.get(entry.id);
    if (same?.name === entry.name) return same;
    if (this.registry.byId.has(entry.id)) return this.propose(entry.name, 'organisation');
    const actor: ActorInfo = {
      id: entry.id,
      name: entry.name,
      kind: 'organisation',
      aliases: [...entry.forms],
      country: entry.country ?? null,
      isNew: true,
    };
    this.proposed.set(entry.id, actor);
    return actor;
  }

  /**
   * A new actor (or the one already proposed under that name); its id from `idName` when given ("Zimbabwe High
   * Court" for the "High Court" of a story on Zimbabwe), else from its name.
   */
  propose(name: string, kind: ActorInfo['kind'], country: string | null = null, idName = name): ActorInfo {
    const base = slug(idName) || 'actor';
    let id = base;
    for (let n = 2; this.registry.byId.has(id) || this.proposed.has(id); n++) {
      const same = this.proposed.get(id);
      if (same && same.name === name) return same;
      id = `${base}-${n}`;
    }
    const actor: ActorInfo = { id, name, kind, aliases: [], country, isNew: true };
    this.proposed.set(id, actor);
    return actor;
  }

  /**
   * The body of the state `iso3` the article proposed under a name that ends in `name` ("U.S. Supreme Court" for
   * "Supreme Court"); with no state, the one body of any state so named, when there is only one.
   */
  bodyOfState(iso3: string | undefined, name: string): ActorInfo | undefined {
    let found: ActorInfo | undefined;
    for (const actor of this.proposed.values()) {
      if (actor.kind !== 'organisation' || !actor.country || (iso3 && actor.country !== iso3)) continue;
      // "Zimbabwe High Court", or "High Court of Zimbabwe" as the body's own name was written.
      if (actor.name !== name && !actor.name.endsWith(` ${name}`) && !actor.name.startsWith(`${name} of `))
        continue;
      if (found) return undefined;
      found = actor;
    }
    return found;
  }

  /** Marks an actor as named by a claim, so the result lists it. */
  use(actor: ActorInfo): void {
    this.used.set(actor.id, actor);
  }
}
