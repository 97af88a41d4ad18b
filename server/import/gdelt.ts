// The GDELT event format: tab-separated rows without a header, in three layouts told apart by their number of
// columns (1.0 daily export: 58; 1.0 historical backfile: 57, no SOURCEURL; 2.0: 61, with ADM2 codes and a
// 14-digit DATEADDED). Actors come as CAMEO actor codes (USAGOV, PRK, CHNMIL) with the name that was matched.
import { createHash } from 'node:crypto';
import type { ActorMention, CodedEvent, EventFormat, RowOutcome } from './coded-event';
import { CAMEO_ACTOR_TYPES } from './cameo-actor-types';
import { countryName, slugOf } from './resolve-actors';
import {
  cameoField,
  dayField,
  eventIdField,
  given,
  numberField,
  quoted,
  readRowSafely,
  rowProblem,
} from './row-fields';

const ACTOR_COLUMNS = (actor: string) =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code']
    .concat(['Type1Code', 'Type2Code', 'Type3Code'])
    .map((column) => `${actor}${column}`);

const EVENT_COLUMNS = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];

const GEO_COLUMNS = (geo: string, adm2: boolean) =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(adm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((column) => `${geo}_${column}`);

function columnsOf(adm2: boolean, url: boolean): string[] {
  return [
    'GLOBALEVENTID',
    'SQLDATE',
    'MonthYear',
    'Year',
    'FractionDate',
    ...ACTOR_COLUMNS('Actor1'),
    ...ACTOR_COLUMNS('Actor2'),
    ...EVENT_COLUMNS,
    ...GEO_COLUMNS('Actor1Geo', adm2),
    ...GEO_COLUMNS('Actor2Geo', adm2),
    ...GEO_COLUMNS('ActionGeo', adm2),
    'DATEADDED',
    ...(url ? ['SOURCEURL'] : []),
  ];
}

interface Layout {
  name: string;
  index: ReadonlyMap<string, number>;
}

function layout(name: string, columns: string[]): [number, Layout] {
  return [columns.length, { name, index: new Map(columns.map((column, index) => [column, index])) }];
}

/** The layouts, by number of columns. */
const LAYOUTS: ReadonlyMap<number, Layout> = new Map([
  layout('GDELT 1.0 historical backfile', columnsOf(false, false)),
  layout('GDELT 1.0 daily export', columnsOf(false, true)),
  layout('GDELT 2.0 export', columnsOf(true, true)),
]);

const LAYOUT_LIST = [...LAYOUTS].map(([count, { name }]) => `${count} (${name})`).join(', ');

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The actor of one side. The CAMEO code is the actor's identity: a bare country code is the state, a country with
 * role codes a sector of it named as ICEWS names it ("Government (China)"); any other code keeps GDELT's name.
 * Undefined when GDELT gives no actor on that side.
 */
function gdeltActor(
  get: (column: string) => string | undefined,
  side: 'Actor1' | 'Actor2',
): ActorMention | undefined {
  // Ethnic and religion codes are written in lower case (idg, aka); the schema keeps codes in capitals.
  const code = given(get(`${side}Code`))?.toUpperCase();
  const rawName = given(get(`${side}Name`));
  if (!code && !rawName) return undefined;
  const countryField = given(get(`${side}CountryCode`))?.toUpperCase();
  const fieldCountry = countryField && countryName(countryField) ? countryField : undefined;
  if (!code) return { name: titleCase(rawName ?? ''), kind: 'group', country: fieldCountry };
  // A code opens with its country when it has one (no CAMEO role code is also a country code).
  const opensWithCountry = countryName(code.slice(0, 3)) !== undefined;
  const country = opensWithCountry ? code.slice(0, 3) : fieldCountry;
  const roles = opensWithCountry ? code.slice(3) : code;
  const place = country ? countryName(country) : undefined;
  if (roles === '' && country && place) return { name: place, kind: 'state', country, code };
  const types = (roles.match(/.{1,3}/g) ?? []).map((role) => CAMEO_ACTOR_TYPES.get(role));
  if (types.length > 0 && types.every((type) => type !== undefined)) {
    const labels = types.map((type) => type?.label ?? '');
    return {
      name: `${labels.join(' / ')} (${place ?? 'no country given'})`,
      kind: types[0]?.kind ?? 'group',
      country,
      sectors: [...new Set(labels)].sort(),
      code,
    };
  }
  const kind = given(get(`${side}KnownGroupCode`)) ? 'organisation' : 'group';
  return { name: titleCase(rawName ?? code), kind, country, code };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A web address GDELT cites, when it is one (some rows cite a name, e.g. "BBC Monitoring"). */
function webAddress(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A short slug of a site or a cited name, for ids and file names. */
function shortSlug(text: string): string {
  return slugOf(text).slice(0, 40).replace(/-+$/, '');
}

/** The import file of a source: the articles of one site (or cited name) added on one day; backfile events by day. */
function eventCollection(source: CodedEvent['source'], date: string): string {
  if (source.published === null) return `gdelt-${date}`;
  return `gdelt-${source.published}-${shortSlug(source.publisher) || 'cited'}`;
}

/** The source an event was coded from: its article, or (backfile rows cite none) the day it happened. */
function eventSource(cited: string | undefined, added: string, date: string): CodedEvent['source'] {
  const common = { authors: [] as string[], language: 'en', origin: 'gdelt' as const };
  const url = cited ? webAddress(cited) : undefined;
  if (url && cited) {
    const host = url.hostname.replace(/^www\./, '');
    const page = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '').replace(
      /[-_]+/g,
      ' ',
    );
    return {
      ...common,
      id: `gdelt-${shortSlug(host)}-${sha1(cited).slice(0, 12)}`,
      title: `GDELT-coded article at ${host}${page.trim() ? `: ${page.trim()}` : ''}`,
      publisher: host,
      published: added,
      url: url.href,
      note: 'The events GDELT coded from this article; published is the day GDELT added it.',
    };
  }
  if (cited)
    return {
      ...common,
      id: `gdelt-${shortSlug(cited) || 'cited'}-${added}-${sha1(cited).slice(0, 6)}`,
      title: `${cited}, as GDELT cites it on ${added}`,
      publisher: cited,
      published: added,
      note: 'The events GDELT coded from this source on that day; GDELT cites it by name, without an address.',
    };
  return {
    ...common,
    id: `gdelt-events-of-${date}`,
    title: `GDELT events of ${date} (no article cited)`,
    publisher: 'GDELT',
    published: null,
    note: "GDELT's historical backfile cites no article: its events are grouped here by the day they happened.",
  };
}

function readEvent(fields: readonly string[]): CodedEvent | { leftOut: string } {
  const layoutOfRow = LAYOUTS.get(fields.length);
  if (!layoutOfRow)
    rowProblem(
      'wrong number of columns',
      undefined,
      `found ${fields.length} columns: expected ${LAYOUT_LIST}`,
    );
  const get = (column: string) => fields[layoutOfRow.index.get(column) ?? -1];
  const eventId = eventIdField('GLOBALEVENTID', get('GLOBALEVENTID'));
  const date = dayField('SQLDATE', get('SQLDATE'), 'YYYYMMDD');
  const addedText = get('DATEADDED')?.trim() ?? '';
  const added = dayField(
    'DATEADDED',
    /^\d{14}$/.test(addedText) ? addedText.slice(0, 8) : addedText,
    'YYYYMMDD',
  );
  const from = gdeltActor(get, 'Actor1');
  const to = gdeltActor(get, 'Actor2');
  if (!from && !to)
    rowProblem(
      'empty actor',
      'Actor1Code',
      'found no actor on either side: expected Actor1Code or Actor2Code',
    );
  const cameo = cameoField('EventCode', get('EventCode'));
  const goldstein = numberField('GoldsteinScale', get('GoldsteinScale'), { min: -10, max: 10 });
  const counts = { min: 0, integer: true };
  const mentions = numberField('NumMentions', get('NumMentions'), counts);
  const sources = numberField('NumSources', get('NumSources'), counts);
  const articles = numberField('NumArticles', get('NumArticles'), counts);
  const tone = numberField('AvgTone', get('AvgTone'));
  const latitude = numberField('ActionGeo_Lat', get('ActionGeo_Lat'), { min: -90, max: 90 });
  const longitude = numberField('ActionGeo_Long', get('ActionGeo_Long'), { min: -180, max: 180 });
  // GDELT codes events with one actor by design (a statement, a protest): they relate no two actors.
  if (!from || !to) return { leftOut: 'one actor only' };
  const source = eventSource(given(get('SOURCEURL')), added, date);
  return {
    eventId,
    date,
    from,
    to,
    cameo,
    source,
    collection: eventCollection(source, date),
    goldstein,
    mentions,
    sources,
    articles,
    tone,
    place: given(get('ActionGeo_FullName')),
    latitude,
    longitude,
  };
}

/** GDELT: the Global Database of Events, Language, and Tone, 1.0 and 2.0 event exports. */
export const gdeltFormat: EventFormat = {
  origin: 'gdelt',
  label: 'GDELT',
  dataset: { id: 'gdelt', name: 'GDELT Project', aliases: ['GDELT'], kind: 'organisation' },
  hasHeader: false,
  checkFirstRow(fields) {
    const looksRight =
      LAYOUTS.has(fields.length) && /^\d+$/.test(fields[0] ?? '') && /^\d{8}$/.test(fields[1] ?? '');
    if (looksRight) return undefined;
    return `not a GDELT event file: expected tab-separated rows of ${LAYOUT_LIST} columns starting with GLOBALEVENTID and SQLDATE (YYYYMMDD), found ${fields.length} columns starting ${quoted(fields.slice(0, 2).join(' | '))}`;
  },
  readRow(fields): RowOutcome {
    const read = readRowSafely(() => readEvent(fields));
    return 'problem' in read || 'leftOut' in read ? read : { event: read };
  },
};
