// The JSON Schemas in data/schema/ must match the zod schemas the validator uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFileJsonSchemas } from '../../server/ingest/json-schemas';

describe('data file JSON Schemas', () => {
  it.each(Object.entries(dataFileJsonSchemas()))(
    'when %s is compared with the zod schema, then it is up to date',
    (name, schema) => {
      const written = JSON.parse(
        readFileSync(path.join(__dirname, '..', '..', 'data', 'schema', name), 'utf8'),
      );
      // If this fails: npm run schema:write
      expect(written).toEqual(schema);
    },
  );
});
