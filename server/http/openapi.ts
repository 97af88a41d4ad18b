// The OpenAPI 3 description of the HTTP API, built from the same vocabulary and limits the routes use.
import {
  CLAIM_FIELDS,
  LEADING_CLAIM_FIELDS,
  type ClaimField,
  type ClaimFieldValues,
} from '../api/claim-fields';
import { EXPORT_FORMATS, MAX_SOURCE_IDS } from '../api/types';
import { CERTAINTIES, CLAIM_ORIGINS } from '../model/actors';
import { EVENT_SIDES, PLOVER_EVENT_TYPES, RELATION_FAMILIES } from '../model/event-coding';
import { RELATION_TYPES } from '../model/relations';
import { ALLOWED_PROCEDURES } from '../db/console-plan';
import { CONSOLE_LIMITS } from '../services/cypher-service';
import { EVENT_LIMIT, MIN_SOURCES } from './routes/event-routes';
import { SOURCE_LIMIT, SOURCE_OFFSET } from './routes/source-routes';
import { META_SOURCE_LIMIT } from '../services/meta-service';
import { SEARCH_MATCHES_COUNTED } from '../services/source-service';
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

/** The values of the closed sets claim fields take theirs from. */
const CLAIM_FIELD_VALUES: Record<ClaimFieldValues, readonly string[]> = {
  'relation types': RELATION_TYPES,
  certainties: CERTAINTIES,
  origins: CLAIM_ORIGINS,
  statuses: ['candidate'],
};

/** The schema of one claim field. */
function claimFieldSchema(field: ClaimField): object {
  return {
    type: field.type,
    ...(field.presence === 'nullable' ? { nullable: true } : {}),
    ...(field.values ? { enum: CLAIM_FIELD_VALUES[field.values] } : {}),
    ...(field.minimum === undefined ? {} : { minimum: field.minimum }),
    ...(field.maximum === undefined ? {} : { maximum: field.maximum }),
    description: field.description,
  };
}

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

const AGGREGATE = query(
  'aggregate',
  '`pair`: one edge per ordered actor pair and relation type (attributes `aggregate`, `claims`, `dateFirst`, ' +
    '`dateLast`, `sources`, `origins`) instead of one per claim; `GET /api/claims` lists the claims behind it. ' +
    'Without a claim filter the answer is kept until the next ingestion and carries an `ETag` (send it back in ' +
    '`If-None-Match` for a 304).',
  { type: 'string', enum: ['pair'] },
);
/** A source as meta and GET /api/sources list it; GET /api/sources/:id adds its language, note and origin. */
const SOURCE_SUMMARY = {
  type: 'object',
  required: ['id', 'title', 'publisher', 'published', 'authors'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    published: { type: 'string', nullable: true },
    authors: list({ type: 'string' }),
    url: { type: 'string' },
  },
};
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
    "A file changed since its version was read (`version_conflict`: `file` names it, with `currentVersion` and `givenVersion`; `changes` lists what changed since the version given, as `{ added, removed, changed }` arrays of claim ids (a source file), actor ids (actors.yaml), `source.<field>` for a source's own fields, or `text` (an article text), and is null when the version given is no longer known to the server, as the message then says), or a data file is unusable (`unusable_file`). Nothing was written.",
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
      params: {
        type: 'object',
        additionalProperties: true,
        description: `Query parameters: lists and maps nested at most ${CONSOLE_LIMITS.maxParamsDepth} levels deep, at most ${CONSOLE_LIMITS.maxParamsValues} values in all.`,
      },
    },
  }),
};

const MEGABYTES = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

/** What the console refuses and how it answers, for its description. */
const CONSOLE_RULES =
  'Only plain reads of the graph run, decided from the EXPLAIN plan: writes, schema changes and LOAD CSV are refused ' +
  'with 403 read_only; administration commands, SHOW and TERMINATE commands, CALL {} IN TRANSACTIONS, USE of another ' +
  `database, user-defined functions and every procedure but ${ALLOWED_PROCEDURES.join(', ')} with 403 not_allowed. ` +
  `At most ${CONSOLE_LIMITS.maxRows} rows (summary.truncated says when it cut), ` +
  `${MEGABYTES(CONSOLE_LIMITS.maxBytes)} of JSON in all and ${CONSOLE_LIMITS.maxValueBytes / 1024} kB per value (else 413 ` +
  `result_too_large), ${CONSOLE_LIMITS.timeoutMs / 1000} s for the whole request (else 408 query_timeout).`;

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
    required: LEADING_CLAIM_FIELDS.map((field) => field.name),
    properties: Object.fromEntries(CLAIM_FIELDS.map((field) => [field.name, claimFieldSchema(field)])),
    additionalProperties: true,
  },
  RelationInfo: {
    type: 'object',
    required: ['type', 'family', 'label', 'description', 'direction', 'symmetric', 'colour'],
    properties: {
      type: { type: 'string', enum: RELATION_TYPES },
      family: { type: 'string', enum: RELATION_FAMILIES },
      label: { type: 'string' },
      description: { type: 'string' },
      direction: { type: 'string' },
      symmetric: { type: 'boolean', description: 'Reads the same both ways; exported undirected.' },
      colour: { type: 'string' },
      event: {
        type: 'object',
        required: ['plover', 'side', 'cameo'],
        properties: {
          plover: { type: 'string', enum: PLOVER_EVENT_TYPES, nullable: true },
          side: { type: 'string', enum: EVENT_SIDES },
          cameo: list({ type: 'string', description: 'A CAMEO code prefix; the longest one wins.' }),
        },
      },
      goldstein: {
        type: 'object',
        description: 'The least, greatest and mean Goldstein weight of the CAMEO codes it covers.',
        properties: { min: { type: 'number' }, max: { type: 'number' }, mean: { type: 'number' } },
      },
      note: { type: 'string' },
      fromKinds: list({ type: 'string' }),
      toKinds: list({ type: 'string' }),
    },
  },
  Meta: {
    type: 'object',
    required: [
      'relations',
      'actorKinds',
      'certainties',
      'families',
      'sides',
      'origins',
      'sources',
      'sourcesTruncated',
      'counts',
    ],
    properties: {
      relations: list(ref('RelationInfo')),
      actorKinds: list({ type: 'object' }),
      certainties: list({ type: 'object' }),
      families: list({
        type: 'object',
        properties: {
          family: { type: 'string', enum: RELATION_FAMILIES },
          description: { type: 'string' },
          sideColour: { type: 'string' },
        },
      }),
      sides: list({
        type: 'object',
        properties: {
          side: { type: 'string', enum: EVENT_SIDES },
          quadClass: { type: 'integer', minimum: 1, maximum: 4 },
          description: { type: 'string' },
          colour: { type: 'string' },
        },
      }),
      origins: list({
        type: 'object',
        properties: {
          origin: { type: 'string', enum: CLAIM_ORIGINS },
          description: { type: 'string' },
          checked: { type: 'boolean' },
        },
      }),
      sources: {
        ...list(ref('SourceSummary')),
        description:
          `Every source, in publication order (undated last), then by id, while there are at most ${META_SOURCE_LIMIT}. ` +
          `Past that, ${META_SOURCE_LIMIT} of them (listed in the same order): the curated ones first, then the ` +
          'others newest first (by publication date, ties by id, descending), then the undated ones by id, ' +
          'descending. `GET /api/sources` pages and searches them all.',
      },
      sourcesTruncated: {
        type: 'boolean',
        description:
          'True when `sources` lists only some of the sources; `counts.sources` is always the total.',
      },
      dateRange: { type: 'object' },
      counts: {
        type: 'object',
        properties: {
          actors: { type: 'integer' },
          sources: { type: 'integer' },
          claims: { type: 'integer' },
          claimsByType: { type: 'object', additionalProperties: { type: 'integer' } },
          claimsByOrigin: { type: 'object', additionalProperties: { type: 'integer' } },
        },
      },
    },
  },
  SourceSummary: SOURCE_SUMMARY,
  SourcePage: {
    type: 'object',
    required: ['sources', 'total', 'totalExact', 'offset', 'limit'],
    properties: {
      sources: list(ref('SourceSummary')),
      total: {
        type: 'integer',
        description: `How many sources there are, match the search (counted up to ${SEARCH_MATCHES_COUNTED}), or of the ids exist.`,
      },
      totalExact: {
        type: 'boolean',
        description: `False when a search matched more than ${SEARCH_MATCHES_COUNTED} sources: \`total\` is then that bound.`,
      },
      offset: { type: 'integer' },
      limit: { type: 'integer' },
    },
  },
  SourceDetails: {
    type: 'object',
    required: ['source', 'claimCount', 'truncated', 'claims', 'actors', 'text'],
    properties: {
      source: {
        ...SOURCE_SUMMARY,
        properties: {
          ...SOURCE_SUMMARY.properties,
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
          summary:
            'The relation vocabulary (families, event sides, PLOVER and CAMEO coding, Goldstein weights), actor kinds, certainty levels, claim origins, sources, date range and counts. ' +
            `Sources: all of them up to ${META_SOURCE_LIMIT}, else ${META_SOURCE_LIMIT} (the curated first, then the newest) ` +
            'with `sourcesTruncated: true`; `GET /api/sources` pages and searches them all.',
          responses: { 200: { description: 'Metadata.', content: json(ref('Meta')) }, 503: DOWN },
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
          parameters: [...FILTERS, LIMIT, AGGREGATE],
          responses: { 200: graphResponse, 400: BAD, 503: DOWN },
        },
      },
      '/api/subgraph': {
        get: {
          summary: 'The neighbourhood of one or more actors.',
          parameters: [CENTER(true), DEPTH_PARAM, ...FILTERS, LIMIT, AGGREGATE],
          responses: { 200: graphResponse, 400: BAD, 404: error('No such actor.'), 503: DOWN },
        },
      },
      '/api/claims': {
        get: {
          summary:
            'One page of the claims from `source` to `target` (and back, with `bothWays`), earliest first: ' +
            '`{claims, total, offset, limit}`, each claim with its id, ends and attributes.',
          parameters: [
            query('source', 'Actor id the claims start from.', { type: 'string' }, true),
            query('target', 'Actor id the claims end at.', { type: 'string' }, true),
            query('bothWays', 'Also the claims from target to source.', { type: 'boolean', default: false }),
            query(
              'period',
              'Only claims dated in this month (YYYY-MM), or year-dated claims of this year (YYYY).',
              {
                type: 'string',
              },
            ),
            query('offset', 'Claims to skip.', { type: 'integer', minimum: 0, default: 0 }),
            query('limit', 'Claims per page.', { type: 'integer', minimum: 1, maximum: 200, default: 50 }),
            ...FILTERS,
          ],
          responses: {
            200: { description: 'A page of claims.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such actor.'),
            503: DOWN,
          },
        },
      },
      '/api/dyad': {
        get: {
          summary:
            'The relation of two actors over time, both directions: claims counted per month (per year for ' +
            'claims dated only by year) by relation type, family, side and origin; `undated` for the rest.',
          parameters: [
            query('a', 'Actor id.', { type: 'string' }, true),
            query('b', 'The other actor id.', { type: 'string' }, true),
            ...FILTERS.filter((parameter) => parameter.name !== 'from' && parameter.name !== 'to'),
          ],
          responses: {
            200: { description: 'The dyad.', content: json({ type: 'object' }) },
            400: BAD,
            404: error('No such actor.'),
            503: DOWN,
          },
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
          description: CONSOLE_RULES,
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
            400: error(
              'Invalid body or params (the message names them), a Cypher syntax error (cypher_syntax, with line and column) or a runtime error (cypher_error).',
            ),
            403: error('Not a plain read of the graph (read_only or not_allowed): refused, nothing changed.'),
            408: error('The request (planning, running, reading the result) ran out of time.'),
            409: error('Neo4j terminated the query before it finished (query_terminated).'),
            413: error(
              'The body is too large (body_too_large), or the result (result_too_large, with maxBytes and maxValueBytes) or its memory in Neo4j (query_memory_limit).',
            ),
            503: error('Neo4j is not answering, or could not run the query just now (retryable).'),
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
            403: error('Not a plain read of the graph: refused, as by /api/cypher.'),
            408: error('The query ran out of time.'),
            413: error('The result is larger than the console allows.'),
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
      '/api/extract': {
        post: {
          summary:
            "Propose candidate claims from one article's text: the extractor's JSON, the same shape as `npm run extract -- --json` " +
            '(`source`, `actors` with `isNew`, `claims` with `confidence` and `evidence` {paragraph, quote, sentence}). It writes ' +
            "nothing, but it is the review screen's first step and is served on the same terms as the writes: only while " +
            "curation is on (403 `curation_off` otherwise, when the review screens are hidden), from this server's own pages, " +
            "with a JSON body. Actors are resolved against actors.yaml and the import folders' registries.",
          requestBody: {
            required: true,
            content: json({
              type: 'object',
              required: ['text'],
              additionalProperties: false,
              properties: {
                text: {
                  type: 'string',
                  description: `The article, one paragraph per block (blank lines between them) or per line; at most ${CURATION_LIMITS.textBytes} bytes of UTF-8 English text, no control characters.`,
                },
                title: { type: 'string', nullable: true, maxLength: 300 },
                publisher: { type: 'string', nullable: true, maxLength: 300 },
                published: {
                  type: 'string',
                  nullable: true,
                  description:
                    'The publication date, YYYY-MM-DD (a day that exists); relative dates resolve against it.',
                },
                url: { type: 'string', nullable: true, maxLength: 2000 },
              },
            }),
          },
          responses: {
            200: {
              description: 'The proposed source, actors and claims.',
              content: json({ type: 'object' }),
            },
            400: error(
              'The body does not fit (empty, too large, binary or non-English text, a date that does not exist): `parameter` names the field.',
            ),
            403: WRITE_ERRORS[403],
            409: error('The actor registry does not validate (`invalid_registry`).'),
            413: WRITE_ERRORS[413],
            415: WRITE_ERRORS[415],
            503: WRITE_ERRORS[503],
          },
        },
      },
      '/api/sources': {
        get: {
          summary:
            'One page of the sources: `{sources, total, totalExact, offset, limit}`. With `q`, those whose title, ' +
            'publisher or id has its words (prefix and typo tolerant, as actor search), best match first; a ' +
            `search reads its first ${SEARCH_MATCHES_COUNTED} matches. With \`ids\`, those of the ids that exist, ` +
            'in publication order (undated last), then by id; unknown ids are left out. With neither, every ' +
            'source by id.',
          parameters: [
            query('q', 'Words of the title, publisher or id.', { type: 'string', maxLength: 200 }),
            query(
              'ids',
              `Source ids, comma-separated or repeated, at most ${MAX_SOURCE_IDS}; not with \`q\`.`,
              { ...list({ type: 'string' }), maxItems: MAX_SOURCE_IDS },
            ),
            query('offset', 'Sources to skip.', {
              type: 'integer',
              minimum: SOURCE_OFFSET.min,
              maximum: SOURCE_OFFSET.max,
              default: SOURCE_OFFSET.fallback,
            }),
            query(
              'limit',
              `Sources per page (by default ${SOURCE_LIMIT.fallback}; with \`ids\`, ${MAX_SOURCE_IDS}).`,
              {
                type: 'integer',
                minimum: SOURCE_LIMIT.min,
                maximum: SOURCE_LIMIT.max,
              },
            ),
          ],
          responses: {
            200: { description: 'A page of sources.', content: json(ref('SourcePage')) },
            400: BAD,
            503: DOWN,
          },
        },
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
      '/api/curation/sources/{id}': {
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
      '/api/curation/sources/{id}/text': {
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
