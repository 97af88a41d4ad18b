// The gazetteer of the world's states and territories: names, codes, demonyms and capitals to an ISO alpha-3 code.
import worldCountries from 'world-countries';

/** One state or territory as the gazetteer knows it. */
export interface GazetteerCountry {
  /** ISO 3166-1 alpha-3, the code CAMEO, ICEWS and actor `country` use. */
  iso3: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** The short English name: "North Korea". */
  name: string;
  /** The official English name: "Democratic People's Republic of Korea". */
  officialName: string;
  /** English demonyms: "North Korean". */
  demonyms: string[];
  capital: string | null;
  /** Every other name it is known by: alternative spellings, inverted forms ("Korea, Republic of"), codes. */
  aliases: string[];
  /** False for a dependent territory (Hong Kong, American Samoa). */
  independent: boolean;
}

/**
 * Names event data uses that the country data lacks: the country data calls Turkey by its name since 2022 only
 * (Türkiye), and ICEWS writes "Occupied Palestinian Territory" (the UN's name before 2013) for the State of
 * Palestine. Every other spelling ICEWS uses is in the country data.
 */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  PSE: ['Occupied Palestinian Territory', 'Occupied Palestinian Territories'],
  TUR: ['Turkey'],
};

/** Folds case, accents, punctuation and a leading "the" away: "Côte d'Ivoire" -> "cote d ivoire". */
export function normalisePlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´.]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\s+/g, ' ');
}

/** "Korea, Democratic People's Republic of" read as "Democratic People's Republic of Korea"; else undefined. */
function uninverted(text: string): string | undefined {
  const match = /^([^,]+),\s*(.+)$/.exec(text.trim());
  return match ? `${match[2]} ${match[1]}` : undefined;
}

function countryOf(entry: (typeof worldCountries)[number]): GazetteerCountry {
  const english = entry.demonyms.eng;
  const demonyms = english ? [...new Set([english.m, english.f])].filter(Boolean) : [];
  const known = new Set([entry.name.common, entry.name.official]);
  const aliases = [...entry.altSpellings, ...(EXTRA_ALIASES[entry.cca3] ?? [])].filter(
    (alias) => !known.has(alias) && alias !== entry.cca2,
  );
  return {
    iso3: entry.cca3,
    iso2: entry.cca2,
    name: entry.name.common,
    officialName: entry.name.official,
    demonyms,
    capital: entry.capital[0] ?? null,
    aliases: [...new Set(aliases)],
    independent: entry.independent,
  };
}

/** Every state and territory, in the country data's order. */
export const COUNTRIES: readonly GazetteerCountry[] = worldCountries.map(countryOf);

const BY_ISO3: ReadonlyMap<string, GazetteerCountry> = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const BY_ISO2: ReadonlyMap<string, GazetteerCountry> = new Map(COUNTRIES.map((c) => [c.iso2, c]));

/**
 * The forms of a country's names, strongest first: a name met in a stronger tier wins over a weaker one. A form
 * that several countries share in its strongest tier goes to the one independent state among them ("American":
 * the United States, not the Northern Mariana Islands), and to none when there are several ("Congolese").
 */
function tiers(country: GazetteerCountry): string[][] {
  return [
    [country.name, country.officialName],
    country.aliases,
    country.demonyms,
    country.capital ? [country.capital] : [],
  ];
}

function nameIndex(): ReadonlyMap<string, string> {
  const found = new Map<string, { tier: number; iso3: Set<string> }>();
  for (const country of COUNTRIES) {
    tiers(country).forEach((names, tier) => {
      for (const name of names) {
        const key = normalisePlaceName(name);
        if (key === '') continue;
        const before = found.get(key);
        if (!before || tier < before.tier) found.set(key, { tier, iso3: new Set([country.iso3]) });
        else if (tier === before.tier) before.iso3.add(country.iso3);
      }
    });
  }
  const index = new Map<string, string>();
  for (const [key, { iso3 }] of found) {
    const candidates = [...iso3];
    const states = candidates.filter((code) => BY_ISO3.get(code)?.independent);
    const chosen = candidates.length === 1 ? candidates : states;
    if (chosen.length === 1) index.set(key, chosen[0] as string);
  }
  return index;
}

const BY_NAME = nameIndex();

/** The country of an ISO 3166-1 code, alpha-3 ("PRK") or alpha-2 ("KP"), in any case. */
export function countryByCode(code: string): GazetteerCountry | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length === 3) return BY_ISO3.get(upper);
  if (upper.length === 2) return BY_ISO2.get(upper);
  return undefined;
}

/**
 * The country a name stands for: its short or official name, an alternative spelling, an inverted form
 * ("Moldova, Republic of"), its demonym or its capital, whatever the case and accents.
 */
export function countryByName(name: string): GazetteerCountry | undefined {
  for (const form of [name, uninverted(name)]) {
    if (form === undefined) continue;
    const iso3 = BY_NAME.get(normalisePlaceName(form));
    if (iso3) return BY_ISO3.get(iso3);
  }
  return undefined;
}

/** A country from a code or a name: "PRK", "KP", "DPRK", "North Korean", "Pyongyang" all give North Korea. */
export function findCountry(text: string): GazetteerCountry | undefined {
  if (/^[A-Z]{2,3}$/.test(text.trim())) return countryByCode(text) ?? countryByName(text);
  return countryByName(text) ?? countryByCode(text);
}

/** True when `code` is an ISO 3166-1 alpha-3 code the gazetteer knows. */
export function isCountryCode(code: string): boolean {
  return BY_ISO3.has(code);
}
