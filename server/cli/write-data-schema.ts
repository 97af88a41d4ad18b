// `npm run schema:write`: writes the JSON Schemas of the data files (data/schema/) from their zod definitions,
// for editors that validate YAML as one types.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataFileJsonSchemas } from '../ingest/json-schemas';

const folder = path.resolve(__dirname, '..', '..', 'data', 'schema');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(dataFileJsonSchemas())) {
  writeFileSync(path.join(folder, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote data/schema/${name}`);
}
