// The extraction report: misses and false claims are listed for the golds the rules are written on, never for a
// held-out gold, whose figures alone are shown.
import { extractionReport, type GoldScore } from '../../../eval/extraction-report';
import { matchSource } from '../../../eval/match';
import { claimSchema } from '../../../server/ingest/file-schemas';

const missed = claimSchema.parse({
  id: 'kim-meets-xi',
  type: 'MEETS',
  from: 'kim-jong-un',
  to: 'xi-jinping',
  date: '2019-01-08',
  certainty: 'fact',
  assertedBy: null,
  summary: 'Kim met Xi in Beijing.',
  evidence: { paragraph: 3, quote: 'Kim met Xi in Beijing' },
});

function scored(heldOut: boolean): GoldScore {
  const match = matchSource([missed], [], new Map());
  const result = {
    source: { id: 's', title: 'A story', publisher: null, published: null, url: null },
    actors: [],
    claims: [],
  };
  return {
    name: heldOut ? 'test' : 'dev',
    folder: 'gold',
    withoutText: [],
    matches: [{ id: 's', match, result }],
    heldOut,
  };
}

const speed = { articles: 1, bytes: 5000, seconds: 1, cpuSeconds: 1, perSecond5kB: 1, perCpuSecond5kB: 1 };

describe('extraction report', () => {
  it('when a gold is not held out, then its misses are listed with their quotes', () => {
    const report = extractionReport([scored(false)], speed);
    expect(report).toContain('### dev: misses (gold claims not extracted)');
    expect(report).toContain('Kim met Xi in Beijing');
  });

  it('when a gold is held out, then its figures are shown and none of its claims', () => {
    const report = extractionReport([scored(true)], speed);
    expect(report).toMatch(/\| 1\s+\| 0\s+\| 0\s+\|/);
    expect(report).not.toContain('Kim met Xi in Beijing');
    expect(report).toContain('its misses and false claims are not listed');
  });
});

describe('matching', () => {
  it('when a missed claim has both ends among the actors of extracted claims, then it counts as a relation not read', () => {
    const found = new Map([
      ['kim', 'kim-jong-un'],
      ['xi', 'xi-jinping'],
    ]);
    expect(matchSource([missed], [], found).missesWithEndsFound).toBe(1);
    expect(matchSource([missed], [], new Map([['kim', 'kim-jong-un']])).missesWithEndsFound).toBe(0);
  });
});

describe('false claims by what the gold holds between their ends', () => {
  const map = new Map([
    ['kim', 'kim-jong-un'],
    ['xi', 'xi-jinping'],
    ['trump', 'donald-trump'],
  ]);
  const extracted = (type: string, from: string, to: string, date: string | null) => ({
    id: `${from}-${type}-${to}`,
    type,
    from,
    to,
    date,
    dateEnd: null,
    certainty: 'fact' as const,
    assertedBy: null,
    confidence: 0.8,
    evidence: { paragraph: 3, quote: 'Kim met Xi', sentence: 'Kim met Xi.' },
  });

  it('when false claims differ from the gold by date, relation, pairing or an end, then each reason is counted', () => {
    const trumpMeetsXi = claimSchema.parse({ ...missed, id: 'trump-meets-xi', from: 'donald-trump' });
    const reasons = matchSource(
      [missed, trumpMeetsXi],
      [
        extracted('MEETS', 'kim', 'xi', '2018-03-01'),
        extracted('VISITS', 'xi', 'kim', null),
        extracted('MEETS', 'trump', 'kim', null),
        extracted('MEETS', 'kim', 'moon', null),
      ],
      map,
    ).falseReasons;
    expect(reasons).toEqual({ date: 1, otherRelation: 1, unjoined: 1, unknownEnd: 1 });
  });
});
