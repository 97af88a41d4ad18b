// The console's helpers: example files read into buttons, and result cells shown as short texts.
import { formatCell } from '../../../client/console/cells';
import { parseExample, parseExamples } from '../../../client/console/examples';

describe('example queries', () => {
  it('when an example starts with two comment lines, then the first is its title and the second its description', () => {
    const example = parseExample(
      '../../cypher/examples/who-met-whom.cypher',
      '// Who met whom\n// Every meeting and its article.\nMATCH (a)-[m:MEETS]->(b)\nRETURN a, m, b\n',
    );
    expect(example).toMatchObject({
      name: 'who-met-whom',
      title: 'Who met whom',
      description: 'Every meeting and its article.',
    });
  });

  it('when an example starts with one comment, then it is both title and description', () => {
    const example = parseExample(
      '../../cypher/examples/who-met-whom.cypher',
      '// Who met whom.\nMATCH (a)-[:MEETS]->(b)\nRETURN a, b\n',
    );
    expect(example).toEqual({
      name: 'who-met-whom',
      title: 'Who met whom',
      description: 'Who met whom.',
      query: '// Who met whom.\nMATCH (a)-[:MEETS]->(b)\nRETURN a, b',
    });
  });

  it('when an example has no comment, then the file name in words titles it', () => {
    expect(parseExample('x/claims-of-one-article.cypher', 'RETURN 1').title).toBe('Claims of one article');
  });

  it('when several files are given, then they come sorted by name', () => {
    const examples = parseExamples({ 'x/b.cypher': 'RETURN 2', 'x/a.cypher': 'RETURN 1' });
    expect(examples.map((example) => [example.name, example.description])).toEqual([
      ['a', ''],
      ['b', ''],
    ]);
  });
});

describe('formatCell', () => {
  const node = (name: string) => ({ elementId: `4:x:${name}`, labels: ['Actor'], properties: { name } });
  it.each<[string, unknown, string]>([
    ['null', null, ''],
    ['a text', 'Kim', 'Kim'],
    ['a number', 3, '3'],
    ['a list', ['a', 2], '[a, 2]'],
    ['a node', node('Kim Jong-un'), '(Kim Jong-un)'],
    [
      'a relationship',
      { elementId: 'r', type: 'MEETS', startElementId: 'a', endElementId: 'b', properties: {} },
      '[:MEETS]',
    ],
    [
      'a path',
      { start: node('Xi'), segments: [{ relationship: { type: 'MEETS' }, end: node('Kim') }] },
      '(Xi)-[:MEETS]-(Kim)',
    ],
    ['a map', { a: 1 }, '{"a":1}'],
  ])('when the cell is %s, then it reads as expected', (_case, value, text) => {
    expect(formatCell(value)).toBe(text);
  });

  it('when the text is very long, then it is cut with an ellipsis', () => {
    const text = formatCell('x'.repeat(1000));
    expect(text.length).toBe(300);
    expect(text.endsWith('…')).toBe(true);
  });
});
