import { CORE_SCHEMA, load } from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../client/util/hash';
import { blockYaml } from '../../server/import/block-yaml';

const readBack = (text: string) => load(text, { schema: CORE_SCHEMA });

/** Strings a YAML writer must quote, escape or may leave plain: each must read back as itself. */
const TRICKY = [
  '',
  ' ',
  'plain words',
  'trailing space ',
  ' leading space',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  'yes',
  'NaN',
  '.nan',
  '.inf',
  '-.inf',
  '12',
  '012',
  '0x1F',
  '0o17',
  '1_000',
  '1e5',
  '-3.5',
  '+1',
  '2018',
  '2018-06',
  '2018-06-01',
  '2018-06-01T10:00:00Z',
  'key: value',
  'a #comment',
  '#hash',
  '- dash',
  '-',
  '? question',
  ': colon',
  '[list]',
  '{map}',
  '*alias',
  '&anchor',
  '!tag',
  '%directive',
  '@at',
  '`tick`',
  '|literal',
  '>folded',
  "it's",
  "'quoted'",
  '"double"',
  'say "no" and \'yes\'',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'carriage\rreturn',
  'nel\u0085next',
  'line\u2028separator',
  'bom\ufeff',
  'bell\u0007',
  'delete\u007f',
  'emoji 🇰🇵 flag',
  'Kim Jong-un (김정은)',
  'Ri Sol-ju, wife',
  'São Tomé and Príncipe',
  'U.S. Department of State',
  'Ministry of Foreign Affairs / MOFA',
  'AT&T + Co',
];

describe('blockYaml', () => {
  it('lays data out in block style with two-space indents', () => {
    const text = blockYaml({
      sources: [
        {
          source: { id: 'icews-story-1', published: '2018-06-01', note: undefined },
          claims: [{ id: 'c1', aliases: ['A', 'B'], evidence: { paragraph: 1 }, empty: [] }],
        },
      ],
    });
    expect(text).toBe(
      [
        'sources:',
        '  - source:',
        '      id: icews-story-1',
        '      published: 2018-06-01',
        '    claims:',
        '      - id: c1',
        '        aliases:',
        '          - A',
        '          - B',
        '        evidence:',
        '          paragraph: 1',
        '        empty: []',
        '',
      ].join('\n'),
    );
  });

  it.each(TRICKY)('reads %j back as the same string', (text) => {
    expect(readBack(blockYaml({ value: text, list: [text] }))).toEqual({ value: text, list: [text] });
  });

  it("leaves ordinary names and dates plain and quotes the rest as the project's Prettier settings do", () => {
    const value = { a: 'Kim Jong-un', b: '2018-06-01', c: '2018', d: 'say "no"', e: "'quoted'", f: 'tab\t' };
    expect(blockYaml(value)).toBe(
      'a: Kim Jong-un\nb: 2018-06-01\nc: \'2018\'\nd: \'say "no"\'\ne: "\'quoted\'"\nf: "tab\\t"\n',
    );
  });

  it('writes numbers, booleans, null and nested arrays that read back the same', () => {
    const value = {
      numbers: [0, -0.5, 10, 1e-7, 123456789.125, -10],
      flags: [true, false],
      nothing: null,
      nested: [[1, [2, 3]], [], {}, { a: [] }],
    };
    expect(readBack(blockYaml(value))).toEqual(value);
  });

  it('refuses what YAML data cannot hold', () => {
    expect(() => blockYaml({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => blockYaml({ n: Number.POSITIVE_INFINITY })).toThrow(/Infinity/);
  });

  it('reads random text back unchanged', () => {
    const random = seededRandom(7);
    const alphabet = 'aZ 09-_.,:#\'"\\/()&+!?*[]{}|>%@`~\t\n\u0085\u00e9\u2028\ufeff김🇰';
    const chars = Array.from(alphabet);
    for (let round = 0; round < 2000; round += 1) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let index = 0; index < length; index += 1) text += chars[Math.floor(random() * chars.length)];
      expect(readBack(blockYaml({ [`k${round}`]: text }))).toEqual({ [`k${round}`]: text });
    }
  });
});

describe('blockYaml and the project Prettier settings', () => {
  it('writes what `npm run lint` accepts as it is', () => {
    const text = blockYaml({
      sources: [
        {
          source: { id: 'icews-story-1', title: 'ICEWS story 1 (Cape Times)', published: null, authors: [] },
          claims: [
            {
              id: 'icews-1',
              summary: 'Russia requests Loin: ICEWS coded “Appeal” (CAMEO 021) from ICEWS story 1.',
              provenance: { eventId: '100000241', cameo: '021', goldstein: 3.4, place: 'Sha`biyat, Libya' },
              aliases: ['(National) Major Party', "O'Brien", 'say "no"', 'both \' and "', 'null'],
            },
          ],
        },
      ],
    });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'block-yaml-'));
    try {
      const file = path.join(folder, 'collection.yaml');
      writeFileSync(file, text);
      const config = path.join(__dirname, '..', '..', '.prettierrc.json');
      // Prettier formats on stdout; the file must come back unchanged.
      const formatted = execFileSync(
        process.execPath,
        [require.resolve('prettier/bin/prettier.cjs'), '--config', config, file],
        {
          encoding: 'utf8',
        },
      );
      expect(formatted).toBe(text);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
