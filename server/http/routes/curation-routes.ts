// Curation in the browser: propose claims from an article's text, read a source with its text and file versions,
// save a reviewed article, edit or retract a claim, merge two actors. Writes (and extraction) go through the guard (curation on, same origin, JSON) and answer what was written.
import { Router } from 'express';
import type { Logger } from 'pino';
import type { Services } from '../../services/services';
import {
  editClaimBody,
  mergeActorsBody,
  parseBody,
  pathId,
  retractClaimBody,
  saveSourceBody,
} from '../../curation/request-bodies';
import { parseExtractBody } from '../../curation/extract-body';
import { curationJson, curationWriteGuard } from '../curation-guard';

export function curationRoutes(services: Services, logger: Logger): Router {
  const router = Router();
  const curation = services.curation;
  const writes = [curationWriteGuard(() => curation.enabled), curationJson];

  router.get('/curation', async (_request, response) => {
    response.json(await curation.status());
  });

  router.get('/curation/sources/:id', async (request, response) => {
    response.json(await curation.source(pathId('id', request.params.id)));
  });

  router.get('/curation/sources/:id/text', async (request, response) => {
    response.json(await curation.sourceText(pathId('id', request.params.id)));
  });

  router.get('/actors/:id/references', async (request, response) => {
    response.json(await curation.actorReferences(pathId('id', request.params.id)));
  });

  // The review screen's first step: it writes nothing, but it is guarded as the writes are (see the OpenAPI text).
  router.post('/extract', ...writes, async (request, response) => {
    response.json(await curation.extract(parseExtractBody(request.body)));
  });

  router.post('/sources', ...writes, async (request, response) => {
    const body = parseBody(saveSourceBody, request.body);
    response.json(await curation.saveSource(body, { requestId: request.id, logger }));
  });

  router.patch('/claims/:id', ...writes, async (request, response) => {
    const id = pathId('id', request.params.id);
    const body = parseBody(editClaimBody, request.body);
    response.json(await curation.editClaim(id, body, { requestId: request.id, logger }));
  });

  router.delete('/claims/:id', ...writes, async (request, response) => {
    const id = pathId('id', request.params.id);
    const { versions } = parseBody(retractClaimBody, request.body);
    response.json(await curation.retractClaim(id, versions, { requestId: request.id, logger }));
  });

  router.post('/actors/:id/merge', ...writes, async (request, response) => {
    const id = pathId('id', request.params.id);
    const { into, versions } = parseBody(mergeActorsBody, request.body);
    response.json(await curation.mergeActors(id, into, versions, { requestId: request.id, logger }));
  });

  return router;
}
