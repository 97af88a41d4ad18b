// The ICEWS event format: tab-separated rows under a header row, one coded event per row, its actors named with
// sectors and country, its story given by id and publisher.
import type { ActorKind } from '../model/actors';
import type { ActorMention, CodedEvent, EventFormat, RowOutcome } from './coded-event';
import { countryCode, countryName } from './resolve-actors';
import {
  cameoField,
  dayField,
  eventIdField,
  given,
  numberField,
  quoted,
  readRowSafely,
  rowProblem,
  sectorList,
} from './row-fields';

/** The columns of an ICEWS event file, in order, as its header row names them. */
export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

type Column = (typeof ICEWS_COLUMNS)[number];
const INDEX = new Map<string, number>(ICEWS_COLUMNS.map((name, index) => [name, index]));

/** Sectors of bodies (ministries, forces, courts, parties, media, organisations); others are groups of people. */
const INSTITUTIONAL_SECTOR =
  /Government|Military|Police|Parties|Party|Legislative|Judicial|Ministry|Media|News|Organization|IGOs|NGOs|Executive|Cabinet|Education/;

/** Words that make a named actor a body rather than a person ("Aam Aadmi Party", "Constitutional Court"). */
const ORGANISATION_WORD =
  /\b(Party|Congress|Council|Commission|Committee|Ministry|Department|Agency|Court|Union|Nations|Organi[sz]ation|Association|Front|Movement|Army|Forces|Navy|Bank|Company|Corporation|Group|Institute|University|Assembly|Parliament|Government|Police|Office|Bureau|Authority|Federation|League|Alliance|Coalition|Brotherhood|Network|Service|Board|Fund|Society|Church|Airlines?|Times|News|Post|Television|Radio|Hamas|Hezbollah|Taliban)\b/;

/** The actor a row's name, sectors and country columns describe. */
function icewsActor(
  name: string,
  sectorsField: string | undefined,
  countryField: string | undefined,
): ActorMention {
  const sectors = sectorList(sectorsField);
  const countryText = given(countryField);
  const country = countryText ? countryCode(countryText) : undefined;
  // "Foreign Affairs (Bangladesh)", "Citizen (Japan)": a sector of a country's people or state.
  const sector = /^(.+) \(([^()]+)\)$/.exec(name);
  if (sector) {
    const [, role = '', place = ''] = sector;
    const placeCode = countryCode(place) ?? country;
    const placeName = placeCode ? countryName(placeCode) : undefined;
    const canonical = placeName ? `${role} (${placeName})` : name;
    const kind: ActorKind = sectors.some((s) => INSTITUTIONAL_SECTOR.test(s)) ? 'organisation' : 'group';
    return { name: canonical, kind, country: placeCode, sectors, aliases: [name] };
  }
  const asCountry = countryCode(name);
  if (asCountry && (!country || country === asCountry)) {
    const canonical = countryName(asCountry) ?? name;
    return { name: canonical, kind: 'state', country: asCountry, sectors, aliases: [name] };
  }
  const kind: ActorKind =
    ORGANISATION_WORD.test(name) || /^[A-Z]{2,6}$/.test(name) ? 'organisation' : 'person';
  return { name, kind, country, sectors };
}

function field(fields: readonly string[], column: Column): string | undefined {
  return fields[INDEX.get(column) ?? -1];
}

function actorField(fields: readonly string[], side: 'Source' | 'Target'): ActorMention {
  const name = given(field(fields, `${side} Name`));
  if (!name)
    rowProblem(
      'empty actor',
      `${side} Name`,
      `found nothing: expected the ${side.toLowerCase()} actor's name`,
    );
  return icewsActor(name, field(fields, `${side} Sectors`), field(fields, `${side} Country`));
}

function place(fields: readonly string[]): string | undefined {
  const parts = (['City', 'District', 'Province', 'Country'] as const)
    .map((column) => given(field(fields, column)))
    .filter((part): part is string => part !== undefined);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : undefined;
}

function readEvent(fields: readonly string[]): CodedEvent {
  if (fields.length !== ICEWS_COLUMNS.length)
    rowProblem(
      'wrong number of columns',
      undefined,
      `found ${fields.length} columns: expected ${ICEWS_COLUMNS.length} (${ICEWS_COLUMNS[0]} ... ${ICEWS_COLUMNS[ICEWS_COLUMNS.length - 1]})`,
    );
  const eventId = eventIdField('Event ID', field(fields, 'Event ID'));
  const date = dayField('Event Date', field(fields, 'Event Date'), 'YYYY-MM-DD');
  const from = actorField(fields, 'Source');
  const to = actorField(fields, 'Target');
  const cameo = cameoField('CAMEO Code', field(fields, 'CAMEO Code'));
  const storyId = given(field(fields, 'Story ID'));
  if (!storyId || !/^\d+$/.test(storyId))
    rowProblem('bad story id', 'Story ID', `found ${quoted(storyId ?? '')}: expected the story id, digits`);
  const publisher = given(field(fields, 'Publisher')) ?? 'Publisher not given';
  const goldstein = numberField('Intensity', field(fields, 'Intensity'), { min: -10, max: 10 });
  const sentence = numberField('Sentence Number', field(fields, 'Sentence Number'), {
    min: 0,
    integer: true,
  });
  const latitude = numberField('Latitude', field(fields, 'Latitude'), { min: -90, max: 90 });
  const longitude = numberField('Longitude', field(fields, 'Longitude'), { min: -180, max: 180 });
  return {
    eventId,
    date,
    from,
    to,
    cameo,
    eventText: given(field(fields, 'Event Text')),
    source: {
      id: `icews-story-${storyId}`,
      title: `ICEWS story ${storyId} (${publisher})`,
      publisher,
      published: null,
      authors: [],
      language: 'en',
      note: 'The events ICEWS coded from this story. ICEWS gives the story by its id and publisher only: not its title, date or text.',
      origin: 'icews',
    },
    collection: `icews-${date}`,
    sentence,
    goldstein,
    place: place(fields),
    latitude,
    longitude,
  };
}

/** ICEWS: the Integrated Crisis Early Warning System's coded events (Harvard Dataverse). */
export const icewsFormat: EventFormat = {
  origin: 'icews',
  label: 'ICEWS',
  dataset: {
    id: 'icews',
    name: 'Integrated Crisis Early Warning System',
    aliases: ['ICEWS'],
    kind: 'organisation',
  },
  hasHeader: true,
  checkFirstRow(fields) {
    const matches = ICEWS_COLUMNS.every((name, index) => fields[index]?.trim() === name);
    if (matches && fields.length === ICEWS_COLUMNS.length) return undefined;
    return `not an ICEWS event file: expected a header row of ${ICEWS_COLUMNS.length} tab-separated columns (${ICEWS_COLUMNS.slice(0, 3).join(', ')}, ...), found ${quoted(fields.slice(0, 3).join(' | '))}`;
  },
  readRow(fields): RowOutcome {
    const event = readRowSafely(() => readEvent(fields));
    return 'problem' in event ? event : { event };
  },
};
