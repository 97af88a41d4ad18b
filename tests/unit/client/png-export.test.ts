// The PNG export's words and metadata: the view's title, and a Title text chunk a reader finds again.
import { crc32, readTextChunks, withTextChunks } from '../../../client/export/png-text';
import { describePeriod, viewTitle, type TitleInput } from '../../../client/export/view-title';
import type { ViewFilters } from '../../../client/state/view-state';

const filters = (partial: Partial<ViewFilters> = {}): ViewFilters => ({
  hiddenTypes: [],
  hiddenOrigins: [],
  hiddenKinds: [],
  hiddenCertainties: [],
  hiddenSources: [],
  time: null,
  includeUndated: true,
  ...partial,
});

const names: Record<string, string> = { 'kim-jong-un': 'Kim Jong-un', 'xi-jinping': 'Xi Jinping' };
const input = (partial: Partial<TitleInput>): TitleInput => ({
  scope: { kind: 'all' },
  selection: { kind: 'none' },
  filters: filters(),
  relationTypes: ['MEETS', 'VISITS', 'DISTRUSTS', 'SUPPORTS', 'CRITICIZES'],
  name: (id) => names[id] ?? id,
  ...partial,
});

describe('viewTitle', () => {
  it('when an actor is selected in a year and one relation, then the title names all three', () => {
    const title = viewTitle(
      input({
        selection: { kind: 'actor', id: 'kim-jong-un' },
        filters: filters({
          time: { from: '2018-01', to: '2018-12' },
          hiddenTypes: ['VISITS', 'DISTRUSTS', 'SUPPORTS', 'CRITICIZES'],
        }),
      }),
    );
    expect(title).toBe('Neighbourhood of Kim Jong-un, 2018, MEETS');
  });

  it('when nothing is selected or filtered, then it is the loaded scope', () => {
    expect(viewTitle(input({}))).toBe('The whole graph');
  });

  it('when paths are selected and many relations remain, then it names the ends and counts the relations', () => {
    const title = viewTitle(
      input({
        selection: { kind: 'paths', from: 'kim-jong-un', to: 'xi-jinping' },
        filters: filters({ hiddenTypes: ['MEETS'] }),
      }),
    );
    expect(title).toBe('Paths from Kim Jong-un to Xi Jinping, 4 of 5 relations');
  });

  it.each([
    [{ from: '2018-01', to: '2019-12' }, '2018–2019'],
    [{ from: '2018-05', to: '2018-05' }, 'May 2018'],
    [{ from: '2018-02', to: '2018-06' }, 'Feb 2018 – Jun 2018'],
  ])('when the period is %j, then it reads %s', (range, text) => {
    expect(describePeriod(range)).toBe(text);
  });
});

describe('PNG text chunks', () => {
  // The smallest PNG: signature, IHDR (1x1 grey), IDAT, IEND.
  const png = Uint8Array.from(
    Buffer.from(
      '89504e470d0a1a0a0000000d4948445200000001000000010800000000' +
        '3a7e9b550000000a49444154789c63600000000200015e2b5b6c0000000049454e44ae426082',
      'hex',
    ),
  );

  it('when a Title is added, then it is read back and the header stays first', () => {
    const titled = withTextChunks(png, { Title: 'Neighbourhood of Kim Jong-un, 2018 – 2019' });
    expect(readTextChunks(titled)).toEqual({ Title: 'Neighbourhood of Kim Jong-un, 2018 - 2019' });
    expect(Buffer.from(titled.subarray(12, 16)).toString('latin1')).toBe('IHDR');
    expect(titled.length).toBe(png.length + 12 + 'Title'.length + 1 + 41);
  });

  it('when the CRC of "IEND" is computed, then it is the one every PNG carries', () => {
    expect(crc32(Uint8Array.from(Buffer.from('IEND', 'latin1')))).toBe(0xae426082);
  });
});
