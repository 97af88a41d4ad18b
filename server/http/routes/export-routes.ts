// GET /api/export (a selection, like /api/graph or /api/subgraph) and POST /api/export (a console query's
// result): a download of the snapshot in one of the export formats.
import { Router, type Response } from 'express';
import { EXPORT_FORMATS, type ExportFormat, type SerializedGraph } from '../../api/types';
import { exportSnapshot, snapshotFileName } from '../../export/export-snapshot';
import { consoleRequest } from '../../services/cypher-service';
import type { Services } from '../../services/services';
import { invalidParameter } from '../../errors';
import { textParam, type Query } from '../params';
import { graphSelection, selectGraph } from '../selection';

function formatParam(value: unknown): ExportFormat {
  const format = value === undefined ? 'json' : value;
  if (typeof format !== 'string' || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw invalidParameter(
      'format',
      `found "${String(format).slice(0, 40)}": expected one of ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  return format as ExportFormat;
}

async function sendSnapshot(
  services: Services,
  response: Response,
  graph: SerializedGraph,
  format: ExportFormat,
  selection: Record<string, unknown>,
): Promise<void> {
  const generatedAt = new Date().toISOString();
  const cited = graph.edges.map((edge) => edge.attributes.sourceId).filter((id) => typeof id === 'string');
  const sources = await services.sources.summaries(cited);
  const header = { generatedAt, selection, sources };
  const file = exportSnapshot(graph, format, header);
  response
    .status(200)
    .type(file.contentType)
    .attachment(snapshotFileName(format, generatedAt))
    .send(file.body);
}

function selectionOf(query: Query): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([key]) => key !== 'format'));
}

export function exportRoutes(services: Services): Router {
  const router = Router();

  router.get('/export', async (request, response) => {
    const format = formatParam(textParam(request.query, 'format', 20));
    const selection = graphSelection(request.query, false);
    const graph = await selectGraph(services, selection);
    await sendSnapshot(services, response, graph, format, selectionOf(request.query));
  });

  router.post('/export', async (request, response) => {
    const format = formatParam(
      textParam(request.query, 'format', 20) ?? (request.body as Record<string, unknown> | undefined)?.format,
    );
    const query = consoleRequest(request.body);
    const result = await services.cypher.run(query);
    await sendSnapshot(services, response, result.graph, format, {
      query: query.query,
      params: query.params,
    });
  });

  return router;
}
