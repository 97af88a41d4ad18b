// The OpenAPI 3 description of the HTTP API, built from the same vocabulary and limits the routes use.
import { EXPORT_FORMATS } from '../api/types';
import { CERTAINTIES } from '../model/actors';
import { RELATION_TYPES } from '../model/relations';
import { CONSOLE_LIMITS } from '../services/cypher-service';
import { EVENT_LIMIT, MIN_SOURCES } from './routes/event-routes';
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
  SourceDetails: {
    type: 'object',
    required: ['source', 'claimCount', 'truncated', 'claims', 'actors', 'text'],
    properties: {
      source: {
        type: 'object',
        required: ['id', 'title', 'publisher', 'published', 'authors'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          publisher: { type: 'string' },
          published: { type: 'string', nullable: true },
          authors: list({ type: 'string' }),
          url: { type: 'string' },
          language: { type: 'string', nullable: true },
          note: { type: 'string', nullable: true },
          origin: { type: 'string' },
        },
      },
      claimCount: { type: 'integer' },
      truncated: { type: 'boolean' },
      claims: list(ref('ClaimAttributes')),
      actors: list({
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          kind: { type: 'string' },
          from: { type: 'integer' },
          to: { type: 'integer' },
          assertedBy: { type: 'integer' },
        },
      }),
      text: {
        type: 'object',
        nullable: true,
        properties: {
          paragraphs: list({
            type: 'object',
            properties: { number: { type: 'integer' }, text: { type: 'string' } },
          }),
        },
      },
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
            'One actor and its claims, grouped by relation type and counterpart, each with its source and, when ' +
            'other sources state the same event, its `corroboration` (event id, source count, each source’s ' +
            'wording and who asserts it); and `asserted`: the claims the actor asserts (`assertedBy`), grouped ' +
            'by whom they are about (the claim’s `from` actor, or its `to` actor when the asserter is the `from`).',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The actor.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such actor.'),
            503: DOWN,
          },
        },
      },
      '/api/sources/{id}': {
        get: {
          summary:
            'One source: title, publisher, date, authors, url, note; its claims in paragraph order (each with both ' +
            'actors and its corroboration by other sources); the actors it names, counted as from, to and ' +
            'assertedBy; and `text.paragraphs` (headline = paragraph 1) when the article text is kept beside the ' +
            'source file, else `text: null`.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: { description: 'The source.', content: json(ref('SourceDetails')) },
            400: BAD,
            404: error('No such source.'),
            503: DOWN,
          },
        },
      },
      '/api/events': {
        get: {
          summary:
            'Events: claims that state the same thing (same two actors, either order for symmetric types; same ' +
            'type or PLOVER event type; overlapping dates at their precision, undated only with undated; one ' +
            'claim per source), grouped with their sources. Of one actor, one source or one claim, or of the ' +
            'whole graph; earliest first.',
          parameters: [
            query('actor', 'Only the events of this actor.', { type: 'string' }),
            query('source', 'Only the events one of whose claims comes from this source.', {
              type: 'string',
            }),
            query('claim', 'Only the event of this claim.', { type: 'string' }),
            query('minSources', 'Only events stated by at least this many sources.', {
              type: 'integer',
              minimum: MIN_SOURCES.min,
              maximum: MIN_SOURCES.max,
              default: MIN_SOURCES.fallback,
            }),
            query('limit', 'At most this many events; `truncated` says when there were more.', {
              type: 'integer',
              minimum: EVENT_LIMIT.min,
              maximum: EVENT_LIMIT.max,
              default: EVENT_LIMIT.fallback,
            }),
          ],
          responses: {
            200: {
              description:
                '`{events: [{id, types, plover, actors, dateFirst, dateLast, sourceCount, claims}], truncated}`.',
              content: json({
                type: 'object',
                properties: { events: list({ type: 'object' }), truncated: { type: 'boolean' } },
              }),
            },
            400: error('A parameter is invalid, or more than one of actor, source and claim is given.'),
            404: error('No such actor, source or claim.'),
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
