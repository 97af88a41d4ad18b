// The row readers of the event formats: real rows of the samples, each layout, and one row per kind of bad row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodedEvent, RowOutcome } from '../../server/import/coded-event';
import { gdeltFormat } from '../../server/import/gdelt';
import { icewsFormat, ICEWS_COLUMNS } from '../../server/import/icews';

const SAMPLES = path.join(__dirname, '..', 'fixtures', 'event-data');

function sampleLines(file: string): string[][] {
  return readFileSync(path.join(SAMPLES, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

const ICEWS = sampleLines('icews-events-2018-06-01.tab');
const GDELT = sampleLines('gdelt-1.0-events-20160728-sample.tsv');

function icewsRow(eventId: string): string[] {
  const row = ICEWS.find((fields) => fields[0] === eventId);
  if (!row) throw new Error(`no ICEWS event ${eventId} in the sample`);
  return [...row];
}

function gdeltRow(eventId: string): string[] {
  const row = GDELT.find((fields) => fields[0] === eventId);
  if (!row) throw new Error(`no GDELT event ${eventId} in the sample`);
  return [...row];
}

function eventOf(outcome: RowOutcome): CodedEvent {
  if (!('event' in outcome)) throw new Error(`expected an event, got ${JSON.stringify(outcome)}`);
  return outcome.event;
}

/** A GDELT 1.0 daily row turned into the 2.0 layout: an ADM2 code after each ADM1 code, a 14-digit DATEADDED. */
function asGdelt2(row: string[]): string[] {
  const fields = [...row];
  for (const adm1 of [52, 45, 38]) fields.splice(adm1 + 1, 0, '');
  fields[59] = `${fields[59]}143000`;
  return fields;
}

describe('the ICEWS row reader', () => {
  it('when the Kim Yong-chol and Mike Pompeo row is read, then it is a negotiation of story 47400387', () => {
    const event = eventOf(icewsFormat.readRow(icewsRow('32891175')));
    expect(event).toMatchObject({
      eventId: '32891175',
      date: '2018-06-01',
      cameo: '046',
      from: { name: 'Kim Yong-chol', kind: 'person', country: 'PRK', sectors: ['Government'] },
      to: { name: 'Mike Pompeo', kind: 'person', country: 'USA' },
      sentence: 2,
      goldstein: 7,
      place: 'New York City, state of New York, United States',
      latitude: 40.7143,
      longitude: -74.006,
    });
    expect(event.source).toMatchObject({
      id: 'icews-story-47400387',
      title: 'ICEWS story 47400387 (Yonhap English News)',
      publisher: 'Yonhap English News',
      origin: 'icews',
    });
  });

  it('when actors are sectors of a country, then they are bodies or groups named by the country', () => {
    const event = eventOf(icewsFormat.readRow(icewsRow('32891290')));
    expect(event.from).toMatchObject({ name: 'Ministry (Japan)', kind: 'organisation', country: 'JPN' });
    expect(event.to).toMatchObject({ name: 'Citizen (Japan)', kind: 'group', country: 'JPN' });
    const consult = eventOf(icewsFormat.readRow(icewsRow('32889836')));
    expect(consult.from).toMatchObject({ name: 'Foreign Affairs (Bangladesh)', kind: 'organisation' });
  });

  it('when an actor is a country, then it is the state with its ISO code', () => {
    const event = eventOf(icewsFormat.readRow(icewsRow('32891065')));
    expect(event.from).toMatchObject({ name: 'Japan', kind: 'state', country: 'JPN' });
    expect(event.to).toMatchObject({ name: 'Vietnam', kind: 'state', country: 'VNM' });
  });

  it('when the first row is the header, then the file is ICEWS; any other first row is not', () => {
    expect(icewsFormat.checkFirstRow(ICEWS[0] ?? [])).toBeUndefined();
    expect(icewsFormat.checkFirstRow(GDELT[0] ?? [])).toMatch(
      /not an ICEWS event file: expected a header row/,
    );
  });

  const column = (name: string) => ICEWS_COLUMNS.indexOf(name as (typeof ICEWS_COLUMNS)[number]);
  const change = (name: string, value: string) => (row: string[]) => {
    row[column(name)] = value;
    return row;
  };
  const BAD_ROWS: Array<{ name: string; bad: (row: string[]) => string[]; reason: string; message: RegExp }> =
    [
      {
        name: 'a column missing',
        bad: (row) => row.slice(0, -1),
        reason: 'wrong number of columns',
        message: /found 19 columns: expected 20/,
      },
      {
        name: 'a date that does not exist',
        bad: change('Event Date', '2018-02-30'),
        reason: 'bad date',
        message: /found "2018-02-30", not a real date: day 30 does not exist/,
      },
      {
        name: 'a date in another layout',
        bad: change('Event Date', '01/06/2018'),
        reason: 'bad date',
        message: /expected a date YYYY-MM-DD/,
      },
      {
        name: 'a CAMEO code outside the codebook',
        bad: change('CAMEO Code', '999'),
        reason: 'unknown CAMEO code',
        message: /found "999": expected a CAMEO event code/,
      },
      {
        name: 'an empty source actor',
        bad: change('Source Name', ''),
        reason: 'empty actor',
        message: /expected the source actor's name/,
      },
      {
        name: 'an empty target actor',
        bad: change('Target Name', 'NA'),
        reason: 'empty actor',
        message: /target/,
      },
      {
        name: 'an event id with letters',
        bad: change('Event ID', 'x12'),
        reason: 'bad event id',
        message: /digits/,
      },
      {
        name: 'an intensity outside -10..10',
        bad: change('Intensity', '12'),
        reason: 'bad number',
        message: /found "12": expected a number from -10 to 10/,
      },
      {
        name: 'a latitude past the pole',
        bad: change('Latitude', '91'),
        reason: 'bad number',
        message: /to 90/,
      },
      {
        name: 'a story id with letters',
        bad: change('Story ID', 'abc'),
        reason: 'bad story id',
        message: /digits/,
      },
    ];

  it.each(BAD_ROWS)(
    'when a row has $name, then it is a "$reason" problem saying what was expected',
    (row) => {
      const outcome = icewsFormat.readRow(row.bad(icewsRow('32891175')));
      if (!('problem' in outcome)) throw new Error(`expected a problem, got ${JSON.stringify(outcome)}`);
      expect(outcome.problem.reason).toBe(row.reason);
      expect(outcome.problem.message).toMatch(row.message);
    },
  );
});

describe('the GDELT row reader', () => {
  it('when a daily row (58 columns) is read, then its article, counts and place are kept', () => {
    const event = eventOf(gdeltFormat.readRow(gdeltRow('564111684')));
    expect(event.eventId).toBe('564111684');
    expect(event.source.url).toMatch(/^https?:\/\//);
    expect(event.source.published).toBe('2016-07-28');
    expect(event.mentions).toEqual(expect.any(Number));
    expect(event.from).toMatchObject({ name: 'Canada', kind: 'state', country: 'CAN' });
    expect(event.to).toMatchObject({ name: 'United States', kind: 'state', country: 'USA' });
  });

  it('when a backfile row (57 columns, no URL) is read, then its source is the day it happened', () => {
    const event = eventOf(gdeltFormat.readRow(gdeltRow('1552839')));
    expect(event).toMatchObject({
      date: '1982-01-02',
      cameo: '1312',
      from: { name: 'Canada', kind: 'state', country: 'CAN', code: 'CAN' },
      to: { name: 'Poland', kind: 'state', country: 'POL', code: 'POL' },
      goldstein: -5.8,
    });
    expect(event.source).toMatchObject({
      id: 'gdelt-events-of-1982-01-02',
      published: null,
      origin: 'gdelt',
    });
  });

  it('when a GDELT 2.0 row (61 columns) is read, then it reads as its 1.0 form does', () => {
    const daily = gdeltRow('564111684');
    expect(eventOf(gdeltFormat.readRow(asGdelt2(daily)))).toEqual(eventOf(gdeltFormat.readRow(daily)));
  });

  it('when an actor is a country with a role code, then it is that sector of the country', () => {
    const row = gdeltRow('1552839');
    row[5] = 'CHNMIL';
    row[12] = 'MIL';
    expect(eventOf(gdeltFormat.readRow(row)).from).toMatchObject({
      name: 'Military (China)',
      kind: 'organisation',
      country: 'CHN',
      code: 'CHNMIL',
      sectors: ['Military'],
    });
  });

  it('when an event has one actor only, then it is left out, not an error', () => {
    expect(gdeltFormat.readRow(gdeltRow('564111644'))).toEqual({ leftOut: 'one actor only' });
  });

  it('when the first row has the shape of a GDELT row, then the file is GDELT; an ICEWS header is not', () => {
    expect(gdeltFormat.checkFirstRow(GDELT[0] ?? [])).toBeUndefined();
    expect(gdeltFormat.checkFirstRow(ICEWS[0] ?? [])).toMatch(
      /not a GDELT event file: expected tab-separated rows/,
    );
  });

  const BAD_ROWS: Array<{ name: string; bad: (row: string[]) => string[]; reason: string; message: RegExp }> =
    [
      {
        name: '59 columns',
        bad: (row) => [...row, 'extra'],
        reason: 'wrong number of columns',
        message: /found 59 columns: expected 57 \(GDELT 1.0 historical backfile\), 58 .*, 61/,
      },
      {
        name: 'a SQLDATE that does not exist',
        bad: (row) => Object.assign(row, { 1: '20160231' }),
        reason: 'bad date',
        message: /found "20160231", not a real date/,
      },
      {
        name: 'an unknown EventCode',
        bad: (row) => Object.assign(row, { 26: '---' }),
        reason: 'unknown CAMEO code',
        message: /found "---"/,
      },
      {
        name: 'no actor on either side',
        bad: (row) => Object.assign(row, { 5: '', 6: '', 15: '', 16: '' }),
        reason: 'empty actor',
        message: /found no actor on either side/,
      },
      {
        name: 'a tone that is not a number',
        bad: (row) => Object.assign(row, { 34: 'high' }),
        reason: 'bad number',
        message: /AvgTone|found "high": expected a number/,
      },
    ];

  it.each(BAD_ROWS)(
    'when a row has $name, then it is a "$reason" problem saying what was expected',
    (row) => {
      const outcome = gdeltFormat.readRow(row.bad(gdeltRow('564111684')));
      if (!('problem' in outcome)) throw new Error(`expected a problem, got ${JSON.stringify(outcome)}`);
      expect(outcome.problem.reason).toBe(row.reason);
      expect(outcome.problem.message).toMatch(row.message);
    },
  );
});
