// The one actor resolver of every import: matches an actor mention to an actor of the registry (by CAMEO code,
// name, alias, id or, for a state, its country code), or makes a new actor with a stable id. Country names are
// told from codes by the project's gazetteer, behind countryCode() and countryName() alone.
import { countryByCode, countryByName, normalisePlaceName, type GazetteerCountry } from '../model/gazetteer';
import type { ActorRecord } from '../ingest/file-schemas';
import type { ActorMention } from './coded-event';

/**
 * A name as matching sees it: no accents, case, punctuation, hyphens or leading "the", so that "Kim Jong Un",
 * "Kim Jong-un" and the id kim-jong-un all read "kim jong un".
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The forms that name a country itself (not its people or its capital, which the gazetteer also knows). */
function namesOf(country: GazetteerCountry): Set<string> {
  return new Set([country.name, country.officialName, ...country.aliases].map(normalisePlaceName));
}

/**
 * The ISO 3166-1 alpha-3 code of a country named in English ("North Korea", "Russian Federation", "Iran, Islamic
 * Republic of"), if the gazetteer knows it. A demonym or a capital is not a country's name here: an actor
 * called "Pyongyang" is not the state. Two-letter spellings (KP, US) would read as words and are not looked up.
 */
export function countryCode(name: string): string | undefined {
  // Event data names the same few hundred countries again and again: each name is looked up once.
  if (codesByName.has(name)) return codesByName.get(name);
  const code = lookUpCountryCode(name);
  codesByName.set(name, code);
  return code;
}

const codesByName = new Map<string, string | undefined>();

function lookUpCountryCode(name: string): string | undefined {
  if (name.trim().length <= 3 && !/^[A-Z]{3}$/.test(name.trim())) return undefined;
  const country = countryByName(name);
  if (!country) return undefined;
  const inverted = /^([^,]+),\s*(.+)$/.exec(name.trim());
  const forms = [name, inverted ? `${inverted[2]} ${inverted[1]}` : name].map(normalisePlaceName);
  const names = namesOf(country);
  return forms.some((form) => names.has(form)) ? country.iso3 : undefined;
}

/** The usual English name of the country with this alpha-3 code ("PRK": "North Korea"), if it is one. */
export function countryName(code: string): string | undefined {
  return code.length === 3 ? countryByCode(code)?.name : undefined;
}

const MAX_SLUG = 80;

/** A readable id from a name: lower-case letters and digits with single dashes, accents dropped. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  return slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
}

/** What one resolution gave: the actor's id, and whether the actor is new. */
export interface Resolution {
  id: string;
  created: boolean;
}

/**
 * Resolves mentions against a registry (every actor ingestion would see) and the actors it made so far. Names
 * and aliases that two registry actors share are ambiguous and match neither.
 */
export class ActorResolver {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string | null>();
  private readonly byCode = new Map<string, string>();
  private readonly statesByCountry = new Map<string, string>();
  private readonly made = new Map<string, ActorRecord>();
  private readonly matchedIds = new Set<string>();

  constructor(registry: Iterable<ActorRecord>) {
    const actors = [...registry];
    for (const actor of actors) this.ids.add(actor.id);
    // Names and ids first: an alias never hides another actor's own name.
    for (const actor of actors) for (const key of [actor.name, actor.id]) this.indexName(key, actor.id);
    const names = new Set(this.byName.keys());
    for (const actor of actors)
      for (const alias of actor.aliases)
        if (!names.has(normaliseName(alias))) this.indexName(alias, actor.id);
    for (const actor of actors) this.indexCodes(actor);
  }

  private indexName(name: string, id: string): void {
    const key = normaliseName(name);
    if (!key) return;
    const previous = this.byName.get(key);
    if (previous === undefined) this.byName.set(key, id);
    else if (previous !== id) this.byName.set(key, null);
  }

  private indexCodes(actor: ActorRecord): void {
    if (actor.codes?.cameo && !this.byCode.has(actor.codes.cameo))
      this.byCode.set(actor.codes.cameo, actor.id);
    if (actor.kind !== 'state') return;
    const country = actor.country ?? countryCode(actor.name);
    if (country && !this.statesByCountry.has(country)) this.statesByCountry.set(country, actor.id);
  }

  /** The actor a mention names: one of the registry, one made earlier, or a new one. */
  resolve(mention: ActorMention): Resolution {
    const found = this.find(mention);
    if (found !== undefined) {
      const made = this.made.get(found);
      if (made) {
        // A later mention may know the CAMEO code of an actor made from a name.
        if (mention.code && !made.codes?.cameo) {
          made.codes = { cameo: mention.code };
          this.indexCodes(made);
        }
        return { id: found, created: true };
      }
      this.matchedIds.add(found);
      return { id: found, created: false };
    }
    return { id: this.make(mention).id, created: true };
  }

  private find(mention: ActorMention): string | undefined {
    if (mention.id && this.ids.has(mention.id)) return mention.id;
    const byCode = mention.code ? this.byCode.get(mention.code) : undefined;
    if (byCode) return byCode;
    for (const name of [mention.name, ...(mention.aliases ?? [])]) {
      const byName = this.byName.get(normaliseName(name));
      if (byName) return byName;
    }
    if (mention.kind === 'state' && mention.country) return this.statesByCountry.get(mention.country);
    return undefined;
  }

  private newId(mention: ActorMention): string {
    const base = mention.id ?? (slugOf(mention.name) || 'actor');
    const candidates = [base, mention.country ? `${base}-${mention.country.toLowerCase()}` : base];
    for (const candidate of candidates) if (!this.ids.has(candidate)) return candidate;
    for (let suffix = 2; ; suffix += 1) if (!this.ids.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }

  private make(mention: ActorMention): ActorRecord {
    const aliases = [...new Set(mention.aliases ?? [])].filter((alias) => alias !== mention.name).sort();
    const actor: ActorRecord = {
      id: this.newId(mention),
      name: mention.name,
      kind: mention.kind,
      aliases,
      unnamed: false,
      ...(mention.country ? { country: mention.country } : {}),
      ...(mention.sectors && mention.sectors.length > 0 ? { sectors: mention.sectors } : {}),
      ...(mention.code ? { codes: { cameo: mention.code } } : {}),
    };
    this.ids.add(actor.id);
    this.made.set(actor.id, actor);
    for (const name of [actor.name, ...aliases]) this.indexName(name, actor.id);
    this.indexCodes(actor);
    return actor;
  }

  /** The actors made so far, by id. */
  get created(): ActorRecord[] {
    return [...this.made.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** How many distinct actors of the registry the mentions matched. */
  get matchedCount(): number {
    return this.matchedIds.size;
  }
}
