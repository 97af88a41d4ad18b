// The data files' JSON Schemas, derived from the zod schemas so the two never disagree.
import { z } from 'zod';
import { actorsFileSchema, PARTIAL_DATE, sourceCollectionFileSchema, sourceFileSchema } from './file-schemas';
import { DATE_PATTERN } from '../model/dates';

function jsonSchema(schema: z.ZodType, title: string): object {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      if (z.globalRegistry.get(zodSchema)?.description !== PARTIAL_DATE) return;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, {
        description: PARTIAL_DATE,
        anyOf: [
          { type: 'string', pattern: DATE_PATTERN.source },
          { type: 'integer', minimum: 1000, maximum: 9999 },
        ],
      });
    },
  });
  return { title, ...generated };
}

/** File name -> JSON Schema, as written in data/schema/. */
export function dataFileJsonSchemas(): Record<string, object> {
  return {
    'actors.schema.json': jsonSchema(actorsFileSchema, 'actorgraph actor registry (data/actors.yaml)'),
    'source.schema.json': jsonSchema(sourceFileSchema, 'actorgraph source article (data/sources/<id>.yaml)'),
    'sources.schema.json': jsonSchema(
      sourceCollectionFileSchema,
      'actorgraph collection of imported sources (data/<import folder>/sources/<name>.yaml)',
    ),
  };
}
