// The OpenAPI 3 description of the HTTP API, built from the same vocabulary and limits the routes use.
import { EXPORT_FORMATS } from '../api/types';
import { CERTAINTIES } from '../model/actors';
import { RELATION_TYPES } from '../model/relations';
import { CONSOLE_LIMITS } from '../services/cypher-service';
import { CURATION_LIMITS } from '../curation/request-bodies';
import { DEPTH, MAX_CENTERS, NODE_LIMIT } from './selection';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });

const query = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: 'query',
  description,
  required,
  schema,
});
const list = (items: object) => ({ type: 'array', items });

const FILTERS = [
  query(
    'types',
    'Relation types to keep, comma-separated or repeated.',
    list({ type: 'string', enum: RELATION_TYPES }),
  ),
  query('from', 'Keep claims whose dates reach this date or later (YYYY, YYYY-MM or YYYY-MM-DD).', {
    type: 'string',
  }),
  query('to', 'Keep claims whose dates start by this date.', { type: 'string' }),
  query('sources', 'Source ids to keep.', list({ type: 'string' })),
  query('certainty', 'Certainty levels to keep.', list({ type: 'string', enum: CERTAINTIES })),
];
const LIMIT = query('limit', 'At most this many actors; the graph attribute `truncated` says when it cut.', {
  type: 'integer',
  minimum: NODE_LIMIT.min,
  maximum: NODE_LIMIT.max,
  default: NODE_LIMIT.fallback,
});
const CENTER = (required: boolean) =>
  query(
    'center',
    `Actor id(s) at the centre, comma-separated or repeated; at most ${MAX_CENTERS}.`,
    { ...list({ type: 'string' }), maxItems: MAX_CENTERS },
    required,
  );
const DEPTH_PARAM = query('depth', 'Steps from the centre.', {
  type: 'integer',
  minimum: DEPTH.min,
  maximum: DEPTH.max,
  default: DEPTH.fallback,
});
const BAD = error('A parameter is invalid; the message names it.');
const DOWN = error(
  'Neo4j is not answering, or the server is shutting down (code `shutting_down`, with `Connection: close`).',
);

const ID_PATH = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const VERSIONS = {
  type: 'object',
  description:
    'The version (content hash) of each data file the write changes, as a GET returned it, by its path in the data ' +
    'folder (`actors.yaml`, `sources/<id>.yaml`, `sources/<id>.txt`); null (or left out) for a file that must not exist yet.',
  additionalProperties: { type: 'string', nullable: true },
};
const WRITE_ERRORS = {
  400: error('The body does not fit: `parameter` names the field.'),
  403: error('Curation is off (`curation_off`), or the request comes from another site (`cross_origin`).'),
  409: error(
    'A file changed since its version was read (`version_conflict`: `file` names it, with `currentVersion`), or a data file is unusable (`unusable_file`). Nothing was written.',
  ),
  413: error('The body is too large.'),
  415: error('The body is not JSON.'),
  422: error(
    'The data would not be valid: `issues` lists each problem with the request `field` (e.g. `claims[2].date`), the data `file` and `path`, and a message. Nothing was written.',
  ),
  503: error('The server is shutting down.'),
};
const writeBody = (properties: Record<string, object>, required: string[]) => ({
  required: true,
  content: json({ type: 'object', required, properties: { ...properties, versions: VERSIONS } }),
});
const writeResponse = {
  description:
    'What was written: `files` (each with `change` created/updated and its new `version`), `versions` (file -> new version), counts of the change, and `ingest` (the mirroring ingestion: its counts, or `ok: false` with a message when Neo4j could not be updated; the files stay written).',
  content: json({ type: 'object', properties: { files: list({ type: 'object' }), versions: VERSIONS } }),
};

const graphResponse = { description: 'A graph in graphology serialized form.', content: json(ref('Graph')) };

const CONSOLE_BODY = {
  required: true,
  content: json({
    type: 'object',
    required: ['query'],
    properties: {
      query: { type: 'string', maxLength: CONSOLE_LIMITS.maxQueryLength },
      params: { type: 'object', additionalProperties: true },
    },
  }),
};

const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  Graph: {
    type: 'object',
    required: ['options', 'attributes', 'nodes', 'edges'],
    properties: {
      options: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          multi: { type: 'boolean' },
          allowSelfLoops: { type: 'boolean' },
        },
      },
      attributes: { type: 'object', additionalProperties: true },
      nodes: list({
        type: 'object',
        required: ['key', 'attributes'],
        properties: { key: { type: 'string' }, attributes: ref('ActorAttributes') },
      }),
      edges: list({
        type: 'object',
        required: ['key', 'source', 'target', 'attributes'],
        properties: {
          key: { type: 'string' },
          source: { type: 'string' },
          target: { type: 'string' },
          attributes: ref('ClaimAttributes'),
        },
      }),
    },
  },
  ActorAttributes: {
    type: 'object',
    required: ['label', 'kind', 'aliases'],
    properties: {
      label: { type: 'string' },
      kind: { type: 'string' },
      aliases: list({ type: 'string' }),
      degree: { type: 'integer' },
    },
    additionalProperties: true,
  },
  ClaimAttributes: {
    type: 'object',
    required: [
      'type',
      'label',
      'date',
      'sourceId',
      'summary',
      'certainty',
      'assertedBy',
      'paragraph',
      'quote',
    ],
    properties: {
      type: { type: 'string', enum: RELATION_TYPES },
      label: { type: 'string' },
      date: { type: 'string', nullable: true },
      dateEnd: { type: 'string', nullable: true },
      sourceId: { type: 'string' },
      summary: { type: 'string' },
      certainty: { type: 'string', enum: CERTAINTIES },
      assertedBy: { type: 'string', nullable: true },
      paragraph: { type: 'integer', nullable: true },
      quote: { type: 'string', nullable: true },
    },
    additionalProperties: true,
  },
  ActorHit: {
    type: 'object',
    required: ['id', 'name', 'kind', 'aliases', 'degree'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      aliases: list({ type: 'string' }),
      degree: { type: 'integer' },
    },
  },
};

/** The OpenAPI document served at /api/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'actorgraph API',
      version: '1',
      description:
        'Who relates to whom in world politics: actors, claims with their evidence, and the sources they come from.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Whether Neo4j answers, and its version; a 503 gives no detail (the server logs it).',
          responses: { 200: { description: 'Neo4j answers.', content: json({ type: 'object' }) }, 503: DOWN },
        },
      },
      '/api/meta': {
        get: {
          summary: 'The relation vocabulary, actor kinds, certainty levels, sources, date range and counts.',
          responses: { 200: { description: 'Metadata.', content: json({ type: 'object' }) }, 503: DOWN },
        },
      },
      '/api/actors': {
        get: {
          summary: 'Search actors by name or alias (prefix and typo tolerant), best match first.',
          parameters: [
            query('q', 'Search text; empty lists the best connected actors.', {
              type: 'string',
              maxLength: 200,
            }),
            query('limit', 'At most this many actors.', {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 10,
            }),
          ],
          responses: {
            200: {
              description: 'Matching actors.',
              content: json({ type: 'object', properties: { actors: list(ref('ActorHit')) } }),
            },
            400: BAD,
            503: DOWN,
          },
        },
      },
      '/api/actors/{id}': {
        get: {
          summary:
            'One actor and its claims, grouped by relation type and counterpart, each with its source.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The actor.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such actor.'),
            503: DOWN,
          },
        },
      },
      '/api/graph': {
        get: {
          summary: 'The whole graph (best connected actors first).',
          parameters: [...FILTERS, LIMIT],
          responses: { 200: graphResponse, 400: BAD, 503: DOWN },
        },
      },
      '/api/subgraph': {
        get: {
          summary: 'The neighbourhood of one or more actors.',
          parameters: [CENTER(true), DEPTH_PARAM, ...FILTERS, LIMIT],
          responses: { 200: graphResponse, 400: BAD, 404: error('No such actor.'), 503: DOWN },
        },
      },
      '/api/paths': {
        get: {
          summary:
            'The shortest paths of at most maxDepth claims between two actors, with the claims along them. ' +
            "Attributes: `paths` (each path's actors and claims), `length` (null when there is no path within " +
            'maxDepth) and `truncated` (more shortest paths than `limit`). The same actor at both ends is one ' +
            'path of length 0.',
          parameters: [
            query('from', 'Actor id at one end.', { type: 'string' }, true),
            query('to', 'Actor id at the other end (may be the same actor).', { type: 'string' }, true),
            query('maxDepth', 'Longest path searched, in claims; the search stops there.', {
              type: 'integer',
              minimum: 1,
              maximum: 6,
              default: 4,
            }),
            query('limit', 'At most this many paths; `truncated` says when there were more.', {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 10,
            }),
            ...FILTERS.filter((parameter) => parameter.name !== 'from' && parameter.name !== 'to'),
          ],
          responses: { 200: graphResponse, 400: BAD, 404: error('No such actor.'), 503: DOWN },
        },
      },
      '/api/cypher': {
        post: {
          summary: `Run a read-only Cypher query (time-out ${CONSOLE_LIMITS.timeoutMs} ms, at most ${CONSOLE_LIMITS.maxRows} rows).`,
          requestBody: CONSOLE_BODY,
          responses: {
            200: {
              description:
                'Columns, rows, the graph of every node and relationship in the rows, and a summary.',
              content: json({
                type: 'object',
                properties: {
                  columns: list({ type: 'string' }),
                  rows: list({ type: 'object' }),
                  graph: ref('Graph'),
                  summary: { type: 'object' },
                },
              }),
            },
            400: error('Invalid body, or a Cypher syntax error (with line and column).'),
            403: error('The query would write: refused, nothing changed.'),
            408: error('The query ran out of time.'),
            413: error('The body is too large.'),
            503: DOWN,
          },
        },
      },
      '/api/export': {
        get: {
          summary: 'Download a snapshot of /api/graph (or of /api/subgraph when center is given).',
          parameters: [
            query('format', 'File format.', { type: 'string', enum: EXPORT_FORMATS, default: 'json' }),
            CENTER(false),
            DEPTH_PARAM,
            ...FILTERS,
            LIMIT,
          ],
          responses: {
            200: { description: 'The file, as an attachment named with the date.' },
            400: BAD,
            404: error('No such actor.'),
            503: DOWN,
          },
        },
        post: {
          summary: "Download a snapshot of a read-only Cypher query's graph.",
          parameters: [
            query('format', 'File format.', { type: 'string', enum: EXPORT_FORMATS, default: 'json' }),
          ],
          requestBody: CONSOLE_BODY,
          responses: {
            200: { description: 'The file.' },
            400: BAD,
            403: error('The query would write.'),
            503: DOWN,
          },
        },
      },
      '/api/curation': {
        get: {
          summary:
            'Whether this server writes the data files (`curation`), the limits of a save, and the version of actors.yaml.',
          responses: {
            200: { description: 'Curation status.', content: json({ type: 'object' }) },
            404: error('The server has no data folder.'),
          },
        },
      },
      '/api/sources': {
        post: {
          summary:
            'Save a reviewed article: writes sources/<id>.yaml (the source and its claims, `origin: curated`), sources/<id>.txt ' +
            '(its text) and actors.yaml (new actors; the names of known and merged actors as aliases), all or nothing, after ' +
            'the same validation as `npm run ingest` and a check of each quote against its paragraph; then ingests.',
          requestBody: writeBody(
            {
              source: {
                type: 'object',
                description:
                  'id, title, publisher, published, authors, url, language, note (the data format).',
              },
              text: {
                type: 'string',
                description: `The article as its paragraphs are counted (blank lines between them); at most ${CURATION_LIMITS.textBytes} bytes.`,
              },
              claims: {
                ...list({ type: 'object' }),
                maxItems: CURATION_LIMITS.claims,
                description:
                  "The accepted claims in the data format's fields (id, type, from, to, date, dateEnd, certainty, assertedBy, summary, evidence {paragraph, quote}).",
              },
              actors: {
                ...list({ type: 'object' }),
                maxItems: CURATION_LIMITS.actors,
                description:
                  'The actors the claims need: a new one with id, name, kind, aliases, country...; a known id adds its new names as aliases; `mergeInto: <existing id>` makes a proposed actor an existing one (its name and aliases become aliases, claims naming it are rewritten).',
              },
            },
            ['source', 'text', 'claims'],
          ),
          responses: { 200: writeResponse, ...WRITE_ERRORS },
        },
      },
      '/api/sources/{id}': {
        get: {
          summary:
            'A source as its file says: `source`, `claims`, `text` (null when none is kept) and `versions` of its two files and of actors.yaml.',
          parameters: ID_PATH,
          responses: {
            200: { description: 'The source.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such source.'),
            422: error('The source file does not validate.'),
          },
        },
      },
      '/api/sources/{id}/text': {
        get: {
          summary:
            "An article's text with its numbered `paragraphs` ({number, text, start}) and its `version`.",
          parameters: ID_PATH,
          responses: {
            200: { description: 'The text.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such text.'),
          },
        },
      },
      '/api/claims/{id}': {
        patch: {
          summary:
            "Edit one claim: the fields given replace the file's (null clears an optional field; date and assertedBy become null); only that claim's lines change. Then ingests.",
          parameters: ID_PATH,
          requestBody: writeBody({ claim: { type: 'object' } }, ['claim', 'versions']),
          responses: { 200: writeResponse, 404: error('No such claim.'), ...WRITE_ERRORS },
        },
        delete: {
          summary: 'Retract (delete) one claim from its source file, then ingest.',
          parameters: ID_PATH,
          requestBody: writeBody({}, ['versions']),
          responses: { 200: writeResponse, 404: error('No such claim.'), ...WRITE_ERRORS },
        },
      },
      '/api/actors/{id}/references': {
        get: {
          summary:
            'The claims naming an actor (from, to, assertedBy) and the `versions` of actors.yaml and of every source file a merge would rewrite.',
          parameters: ID_PATH,
          responses: {
            200: { description: 'The references.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such actor.'),
          },
        },
      },
      '/api/actors/{id}/merge': {
        post: {
          summary:
            "Merge actor id into `into`: every reference in every source file is rewritten, the merged actor's name and aliases become aliases of the survivor, and the merged actor leaves actors.yaml. Then ingests.",
          parameters: ID_PATH,
          requestBody: writeBody({ into: { type: 'string' } }, ['into', 'versions']),
          responses: { 200: writeResponse, 404: error('No such actor.'), ...WRITE_ERRORS },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document.',
          responses: { 200: { description: 'OpenAPI 3.', content: json({ type: 'object' }) } },
        },
      },
    },
    components: { schemas },
  };
}
