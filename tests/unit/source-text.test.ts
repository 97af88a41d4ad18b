// The texts kept beside the curated sources: how paragraphs are counted, and every claim's evidence found in them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { evidenceProblem } from '../../server/text/evidence-check';
import { paragraphsOf } from '../../server/text/paragraphs';

const SOURCES = path.join(__dirname, '..', '..', 'data', 'sources');

describe('paragraphsOf', () => {
  it.each([
    [
      'blank lines separate paragraphs',
      'Title\n\nFirst one.\nStill first.\n\n\nSecond.',
      ['Title', 'First one.\nStill first.', 'Second.'],
    ],
    [
      'without blank lines, one paragraph per line',
      'Title\nFirst.\n  Second.  \n',
      ['Title', 'First.', 'Second.'],
    ],
    ['Windows line ends', 'Title\r\n\r\nBody.\r\n', ['Title', 'Body.']],
    ['blank lines holding spaces', 'A\n  \nB', ['A', 'B']],
    ['an empty text', '  \n\n ', []],
  ])('when %s, then the paragraphs are counted so', (_name, text, expected) => {
    expect(paragraphsOf(text).map((paragraph) => paragraph.text)).toEqual(expected);
  });

  it('when a paragraph is found, then its start points at it in the text', () => {
    const text = 'Headline\n\n  Body text here.\n';
    const [, body] = paragraphsOf(text);
    expect(text.slice(body?.start, (body?.start ?? 0) + 4)).toBe('Body');
    expect(body?.number).toBe(2);
  });
});

describe('evidenceProblem', () => {
  const text = 'Kim meets Xi\n\nKim Jong-un met Xi Jinping in Beijing.\n\nThey talked.';
  it.each([
    [{ paragraph: 2, quote: 'met Xi Jinping' }, null],
    [{ paragraph: 2 }, null],
    [{ paragraph: 4, quote: 'talked' }, /paragraph 4 is not in the text: expected 1 to 3/],
    [{ paragraph: 2, quote: 'They talked' }, /the quote is in paragraph 3, not 2/],
    [{ paragraph: 2, quote: 'met Xi in Beijing' }, /does not occur in the text/],
  ])('when the evidence is %j, then the problem is %p', (evidence, expected) => {
    const problem = evidenceProblem(text, evidence);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

const sourcesWithText = readdirSync(SOURCES)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

describe('the curated sources and their texts', () => {
  it('when the data folder is read, then every curated source keeps its text beside it', () => {
    const texts = readdirSync(SOURCES).filter((name) => name.endsWith('.txt'));
    expect(texts.map((name) => name.replace(/\.txt$/, '')).sort()).toEqual([...sourcesWithText].sort());
  });

  it.each(sourcesWithText)(
    'when the claims of %s are checked, then each quote stands in its paragraph',
    (id) => {
      const text = readFileSync(path.join(SOURCES, `${id}.txt`), 'utf8');
      const file = parse(readFileSync(path.join(SOURCES, `${id}.yaml`), 'utf8')) as {
        claims: Array<{ id: string; evidence: { paragraph: number; quote?: string } }>;
      };
      const problems = file.claims
        .map((claim) => ({ id: claim.id, problem: evidenceProblem(text, claim.evidence) }))
        .filter((row) => row.problem !== null);
      expect(problems).toEqual([]);
    },
  );
});
