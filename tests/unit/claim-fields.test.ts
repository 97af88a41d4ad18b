// A claim's fields are declared once (server/api/claim-fields.ts): the Cypher, the mapper, the OpenAPI schema and
// the export columns all follow that list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLAIM_FIELDS, LEADING_CLAIM_FIELDS } from '../../server/api/claim-fields';
import { EDGE_COLUMNS } from '../../server/export/attributes';
import { openApiDocument } from '../../server/http/openapi';
import { claimEdge, claimRowFromList, LISTED_CLAIM_PROPERTIES } from '../../server/services/graph-mapper';

const names = (fields: ReadonlyArray<{ name: string }>) => fields.map((field) => field.name);

/** A stored value of each field's type. */
function storedValue(type: string, index: number): string | number {
  return type === 'string' ? `text ${index}` : index;
}

describe('claim fields', () => {
  it('when graph-on.cypher lists a claim, then it lists id, ends, type, dateFirst and the stored fields in order', () => {
    const cypher = readFileSync(path.join(__dirname, '../../cypher/graph/graph-on.cypher'), 'utf8');
    const listed = /RETURN \[\s*(claim\.id[^\]]*)\]/.exec(cypher)?.[1] ?? '';
    const items = listed.split(',').map((item) => item.trim());

    expect(items).toEqual([
      'claim.id',
      'startNode(claim).id',
      'endNode(claim).id',
      'type(claim)',
      ...LISTED_CLAIM_PROPERTIES.map((name) => `claim.${name}`),
    ]);
  });

  it('when a listed claim with every field is mapped, then the edge has every declared field, in order', () => {
    const stored = CLAIM_FIELDS.filter((field) => !('from' in field));
    const row = claimRowFromList([
      'c1',
      'a',
      'b',
      'MEETS',
      '2018-03-26',
      ...stored.map((field, index) => storedValue(field.type, index)),
    ]);
    const { attributes } = claimEdge(row);

    expect(Object.keys(attributes)).toEqual(names(CLAIM_FIELDS));
    expect(attributes).toMatchObject({ type: 'MEETS', label: 'meets', date: 'text 0', paragraph: 5 });
  });

  it('when a stored claim has no values, then the edge has the always and nullable fields only, with their fallbacks', () => {
    const { attributes } = claimEdge({ key: 'c1', source: 'a', target: 'b', type: 'MEETS', properties: {} });

    expect(Object.keys(attributes)).toEqual(names(LEADING_CLAIM_FIELDS));
    expect(attributes).toMatchObject({ date: null, paragraph: null, sourceId: '', origin: 'curated' });
  });

  it('when the OpenAPI document describes a claim, then it has every field, the leading ones required', () => {
    const schemas = (openApiDocument().components as { schemas: Record<string, Record<string, unknown>> })
      .schemas;
    const claim = schemas.ClaimAttributes as { properties: Record<string, unknown>; required: string[] };

    expect(Object.keys(claim.properties)).toEqual(names(CLAIM_FIELDS));
    expect(claim.required).toEqual(names(LEADING_CLAIM_FIELDS));
    expect(claim.properties.paragraph).toMatchObject({ type: 'integer', nullable: true });
    expect(claim.properties.goldstein).toMatchObject({ type: 'number', minimum: -10, maximum: 10 });
  });

  it('when exports list their claim columns, then they are the leading fields, typed', () => {
    expect(EDGE_COLUMNS).toEqual(
      LEADING_CLAIM_FIELDS.map((field) => ({
        name: field.name,
        type: field.type === 'number' ? 'double' : field.type,
      })),
    );
  });
});
