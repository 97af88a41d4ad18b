// Looking states up by name, demonym or capital. The one place the extractor asks about states: every state and
// territory of the project's gazetteer (server/model/gazetteer.ts), by the forms running news text uses.
import { COUNTRIES, countryByCode, countryByName, type GazetteerCountry } from '../../model/gazetteer';

/** A state as the extractor needs it. */
export interface StateEntry {
  iso3: string;
  name: string;
  /** Every other form that names it: official names, short forms, demonyms, capital (used as metonym). */
  forms: string[];
  /** The plural demonyms that name its people, a group: "Palestinians", "Afghans". */
  peoples: string[];
}

/**
 * Forms news writes that the gazetteer's country data lacks: dotted abbreviations, older or English short names,
 * and the seat of government standing for a state (as a capital does).
 */
const NEWS_FORMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'U.S.A.', 'US', 'America', 'Washington', 'White House'],
  GBR: ['U.K.', 'UK', 'Britain', 'Downing Street'],
  FRA: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'],
  // The name the Taliban give the state they govern: its statements as a government are the state's.
  AFG: ['Islamic Emirate', 'Islamic Emirate of Afghanistan'],
  RUS: ['Kremlin', 'Russian Federation'],
  UKR: ['Kiev'],
  MMR: ['Burma', 'Burmese'],
  TUR: ['Türkiye'],
  VNM: ['Viet Nam'],
  NLD: ['The Hague'],
  CHE: ['Geneva'],
  PSE: ['Palestine'],
  // "Sino-American", "Sino-Russian": the prefix for China in compounds of two states.
  CHN: ['Sino'],
  // Adjectives of the state that news writes beside the gazetteer's demonym ("Somalian President", "Philippine
  // coast guard"); the ethnic forms ("Uzbek", "Tajik") name peoples too and are left out.
  SOM: ['Somalian'],
  PHL: ['Philippine'],
  BIH: ['Bosnian'],
  DJI: ['Djiboutian'],
  KGZ: ['Kyrgyzstani'],
  TJK: ['Tajikistani'],
};

/**
 * Forms of the gazetteer that running English writes far more often for something else: a common noun ("Liuheng
 * Island", the native name of Iceland), a given name or a surname ("Victoria", "Dominique", "Mann"), a town or a
 * university named like a capital ("Georgetown University", "Kingston", "Santiago"), a word of a native name.
 */
const NOT_STATE_FORMS = new Set([
  'Island',
  'Mann',
  'Victoria',
  'Dominique',
  'Georgetown',
  'Kingston',
  'Santiago',
  'Prathet',
]);

/** "Iranian" -> "Iranians"; "Chinese", "Swiss", "Thai" name the people already. */
function plural(demonym: string): string | undefined {
  if (/(ese|ss|sh|ch|s|i)$/.test(demonym)) return undefined;
  return `${demonym}s`;
}

/** Codes and inverted forms ("Korea, Republic of") are not how running text names a state. */
function isRunningTextForm(form: string): boolean {
  return (
    !form.includes(',') && !/^[A-Z]{1,2}$/.test(form) && /\p{Lu}/u.test(form) && !NOT_STATE_FORMS.has(form)
  );
}

/**
 * A form is kept only when the gazetteer reads it as this state (a form several states share, "Congolese",
 * names none). Demonyms and capitals are kept for independent states only: a territory's capital is too often
 * a person's or a town's name elsewhere ("Hamilton", "Kingston" aside, "Victoria").
 */
function entryOf(country: GazetteerCountry): StateEntry {
  const isOwn = (form: string) => isRunningTextForm(form) && countryByName(form)?.iso3 === country.iso3;
  const own = country.demonyms.filter(isOwn);
  const demonyms = country.independent ? own : [];
  const forms = [
    country.officialName,
    ...country.aliases,
    ...(country.independent && country.capital ? [country.capital] : []),
  ].filter(isOwn);
  // A people is named by its plural demonym, that of a territory too ("Palestinians").
  const peoples = own.map(plural).filter((form): form is string => form !== undefined);
  const all = [...forms, ...demonyms, ...(NEWS_FORMS[country.iso3] ?? [])].filter(
    (form) => form !== country.name,
  );
  return { iso3: country.iso3, name: country.name, forms: [...new Set(all)], peoples: [...new Set(peoples)] };
}

/** Every state the lookup knows. */
export const STATES: readonly StateEntry[] = COUNTRIES.map(entryOf);

const BY_ISO3 = new Map(STATES.map((state) => [state.iso3, state]));

/** The state of an ISO 3166-1 alpha-3 code (or alpha-2). */
export function stateByCode(code: string): StateEntry | undefined {
  const iso3 = countryByCode(code)?.iso3;
  return iso3 ? BY_ISO3.get(iso3) : undefined;
}

/** One-word names of states ("Russia") and their one-word demonyms ("Russian"), as running text writes them. */
const ONE_WORD_NAMES = new Set(
  STATES.flatMap((state) => [state.name, ...state.forms]).filter((form) => /^\p{Lu}\p{Ll}+$/u.test(form)),
);
const ONE_WORD_DEMONYMS = new Set(
  COUNTRIES.flatMap((country) => country.demonyms).filter((form) => /^\p{Lu}\p{Ll}+$/u.test(form)),
);

/** "Russia Russian": a state's name right before a demonym, which no sentence writes (a subheading ends there). */
export function isNameThenDemonym(name: string, next: string): boolean {
  return ONE_WORD_NAMES.has(name) && !ONE_WORD_DEMONYMS.has(name) && ONE_WORD_DEMONYMS.has(next);
}
