// The Express application, built from its dependencies so tests can run it on port 0.
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Services } from '../services/services';
import { errorHandler, unknownRoute } from './error-handler';
import { requestLog } from './request-log';
import { actorRoutes } from './routes/actor-routes';
import { curationRoutes } from './routes/curation-routes';
import { cypherRoutes } from './routes/cypher-routes';
import { exportRoutes } from './routes/export-routes';
import { graphRoutes } from './routes/graph-routes';
import { metaRoutes } from './routes/meta-routes';
import { openApiRoutes } from './routes/openapi-routes';
import { pairRoutes } from './routes/pair-routes';
import { eventRoutes } from './routes/event-routes';
import { sourceRoutes } from './routes/source-routes';

export interface AppDependencies {
  services: Services;
  logger: Logger;
  /** Origins allowed to call the API from a browser; none by default (same origin only). */
  corsOrigins?: readonly string[];
  /** Folder of the built viewer, served at `/` when given. */
  staticDir?: string;
}

export const BODY_LIMIT = '256kb';

/** Builds the app: security headers, request log, JSON bodies, the API routes, the viewer, one error handler. */
export function createApp({ services, logger, corsOrigins = [], staticDir }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(helmet());
  if (corsOrigins.length > 0) app.use('/api', cors({ origin: [...corsOrigins] }));
  app.use(requestLog(logger));
  // Curation's writes read their own, larger JSON bodies (an article's text), so they come before the API's parser.
  app.use('/api', curationRoutes(services, logger));
  app.use(express.json({ limit: BODY_LIMIT }));
  const api = [
    metaRoutes,
    actorRoutes,
    graphRoutes,
    pairRoutes,
    sourceRoutes,
    eventRoutes,
    cypherRoutes,
    exportRoutes,
    openApiRoutes,
  ].map((routes) => routes(services, logger));
  app.use('/api', ...api);
  app.use('/api', unknownRoute);
  if (staticDir) app.use(express.static(staticDir, { index: 'index.html', maxAge: '1h' }));
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  return app;
}
