// A file of ICEWS-shaped event rows for the import benchmark, seeded: the real rows of the ICEWS sample are the
// templates (their actors, sectors, CAMEO codes and places), named people are swapped for a heavy-tailed crowd
// of made-up people (many actors, few hubs: the states stay the hubs), events are grouped into stories of one to
// six events, and the days run across a year.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { ICEWS_COLUMNS } from '../server/import/icews';
import { seededRandom } from '../client/util/hash';

const SAMPLE = path.join(__dirname, '..', 'tests', 'fixtures', 'event-data', 'icews-events-2018-06-01.tab');
const COLUMN = new Map<string, number>(ICEWS_COLUMNS.map((name, index) => [name, index]));
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ran',
  'so',
  'ta',
  'vel',
  'dor',
  'in',
  'ju',
  'sha',
  'bek',
  'no',
  'ri',
  'ul',
];

export interface IcewsShape {
  rows: number;
  stories: number;
  days: number;
  people: number;
}

/** A made-up person's name, the same for the same number. */
function personName(n: number): string {
  const word = (k: number, length: number) => {
    let text = '';
    for (let i = 0; i < length; i += 1) text += SYLLABLES[(k + i * 7) % SYLLABLES.length];
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return `${word(n % 997, 2)} ${word(Math.floor(n / 997), 3)}`;
}

/** True for a template's named person (no sector in parentheses, no country name, no sectors given). */
function isPerson(name: string, sectors: string): boolean {
  return !name.includes('(') && (sectors === '' || sectors === 'NA') && /^[A-Z][a-z]+ [A-Z]/.test(name);
}

/** Writes `rows` ICEWS rows (and the header) to `file`. */
export async function generateIcewsFile(file: string, rows: number, seed = 42): Promise<IcewsShape> {
  const [header = '', ...templates] = (await readFile(SAMPLE, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
  const next = seededRandom(seed);
  const people = Math.max(100, Math.floor(rows / 10));
  // u^3 puts most mentions on the first people: a heavy tail, as in real event data.
  const person = () => personName(Math.floor(people * next() ** 3));
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(Array.isArray(header) ? header.join('\t') : header);
  const start = Date.UTC(2018, 0, 1);
  let story = 0;
  let written = 0;
  while (written < rows) {
    story += 1;
    const events = Math.min(rows - written, 1 + Math.floor(next() ** 2 * 6));
    const day = new Date(start + Math.floor(next() * 365) * 86_400_000).toISOString().slice(0, 10);
    const publisher = templates[Math.floor(next() * templates.length)]?.[COLUMN.get('Publisher') ?? 13];
    for (let sentence = 1; sentence <= events; sentence += 1) {
      const fields = [...(templates[Math.floor(next() * templates.length)] ?? [])];
      const set = (column: string, value: string) => (fields[COLUMN.get(column) ?? -1] = value);
      const get = (column: string) => fields[COLUMN.get(column) ?? -1] ?? '';
      for (const side of ['Source', 'Target'])
        if (isPerson(get(`${side} Name`), get(`${side} Sectors`))) set(`${side} Name`, person());
      set('Event ID', String(100_000_000 + written));
      set('Event Date', day);
      set('Story ID', String(200_000_000 + story));
      set('Sentence Number', String(sentence));
      set('Publisher', publisher ?? 'Agence France-Presse');
      await write(fields.join('\t'));
      written += 1;
    }
  }
  out.end();
  await once(out, 'close');
  return { rows, stories: story, days: 365, people };
}
