// The review as data: candidates grouped by paragraph, decisions, claims added from a selection, merged actors,
// and the save body they become (no extractor extras, only the actors the accepted claims name).
import type { ExtractionResult } from '../../../client/api/types';
import { ReviewModel } from '../../../client/review/review-model';

const TEXT = 'Leaders meet\n\nAlice Leader met Bob Chief in Northland.\n\nBob Chief thanked Alice Leader.';

const RESULT: ExtractionResult = {
  source: {
    id: 'gazette-2020-01-02-leaders',
    title: 'Leaders meet',
    publisher: null,
    published: null,
    url: null,
  },
  actors: [
    { id: 'alice-leader', name: 'Alice Leader', kind: 'person', aliases: [], country: null, isNew: false },
    { id: 'bob-chief', name: 'Bob Chief', kind: 'person', aliases: [], country: null, isNew: true },
    { id: 'northland', name: 'Northland', kind: 'state', aliases: [], country: null, isNew: true },
  ],
  claims: [
    {
      id: 'c-3',
      type: 'PRAISES',
      from: 'bob-chief',
      to: 'alice-leader',
      date: null,
      dateEnd: null,
      certainty: 'fact',
      assertedBy: null,
      confidence: 0.6,
      evidence: { paragraph: 3, quote: 'thanked Alice Leader', sentence: 'Bob Chief thanked Alice Leader.' },
    },
    {
      id: 'c-2',
      type: 'MEETS',
      from: 'alice-leader',
      to: 'bob-chief',
      date: '2020-01-01',
      dateEnd: null,
      certainty: 'fact',
      assertedBy: null,
      confidence: 0.8,
      evidence: {
        paragraph: 2,
        quote: 'met Bob Chief',
        sentence: 'Alice Leader met Bob Chief in Northland.',
      },
    },
  ],
};

const model = () =>
  new ReviewModel(
    { text: TEXT, title: 'Leaders meet', publisher: 'The Gazette', published: '2020-01-02' },
    RESULT,
    new Map([
      ['MEETS', 'meets'],
      ['PRAISES', 'praises'],
      ['VISITS', 'visits'],
    ]),
    { 'actors.yaml': 'v1' },
  );

describe('ReviewModel', () => {
  it('when the candidates are listed, then they are grouped by paragraph in the text order, all to review', () => {
    const review = model();
    expect(review.byParagraph().map((group) => [group.paragraph, group.claims.map((c) => c.key)])).toEqual([
      [2, ['c-2']],
      [3, ['c-3']],
    ]);
    expect(review.claims.every((claim) => claim.decision === 'pending')).toBe(true);
    expect(review.claims[1]?.fields.summary).toBe('Alice Leader meets Bob Chief.');
  });

  it('when one is accepted, one rejected and one added from a selection, then the save holds the accepted and the added only, without the extractor extras', () => {
    const review = model();
    review.claims.find((c) => c.key === 'c-2')!.decision = 'accepted';
    review.claims.find((c) => c.key === 'c-3')!.decision = 'rejected';
    const added = review.addClaim(2, ' Alice Leader met Bob Chief in Northland ', 'VISITS');
    added.fields = { ...added.fields, from: 'alice-leader', to: 'northland' };
    const body = review.saveBody() as {
      claims: Array<Record<string, unknown>>;
      actors: unknown[];
      source: unknown;
    };
    expect(body.claims).toEqual([
      {
        id: 'c-2',
        type: 'MEETS',
        from: 'alice-leader',
        to: 'bob-chief',
        date: '2020-01-01',
        certainty: 'fact',
        assertedBy: null,
        summary: 'Alice Leader meets Bob Chief.',
        evidence: { paragraph: 2, quote: 'met Bob Chief' },
      },
      expect.objectContaining({
        id: 'gazette-2020-01-02-leaders-alice-leader-visits-northland',
        evidence: { paragraph: 2, quote: 'Alice Leader met Bob Chief in Northland' },
      }),
    ]);
    expect(body.source).toEqual({
      id: 'gazette-2020-01-02-leaders',
      title: 'Leaders meet',
      publisher: 'The Gazette',
      published: '2020-01-02',
      authors: [],
    });
    expect(body.actors).toEqual([
      { id: 'alice-leader', name: 'Alice Leader' },
      { id: 'bob-chief', name: 'Bob Chief', kind: 'person', aliases: [] },
      { id: 'northland', name: 'Northland', kind: 'state', aliases: [] },
    ]);
  });

  it('when a proposed actor is merged into a known one, then the save says so and the review names it by the known name', () => {
    const review = model();
    review.claims.find((c) => c.key === 'c-2')!.decision = 'accepted';
    review.actors.get('bob-chief')!.mergeInto = { id: 'robert-chief', name: 'Robert Chief' };
    expect(review.name('bob-chief')).toBe('Robert Chief');
    const body = review.saveBody() as { actors: unknown[] };
    expect(body.actors).toContainEqual({
      id: 'bob-chief',
      name: 'Bob Chief',
      kind: 'person',
      aliases: [],
      mergeInto: 'robert-chief',
    });
  });

  it('when the server names a field of the save, then it is placed at its claim or actor', () => {
    const review = model();
    review.claims.find((c) => c.key === 'c-2')!.decision = 'accepted';
    expect(review.placeOf('claims[0].evidence.quote')).toMatchObject({ key: 'quote', claim: { key: 'c-2' } });
    expect(review.placeOf('actors[1].kind')).toMatchObject({ key: 'kind', actor: { id: 'bob-chief' } });
    expect(review.placeOf('source.title')).toBeNull();
  });
});
