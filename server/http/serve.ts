// Runs the app on its port until SIGTERM/SIGINT, then drains it (new requests get 503, requests being served
// finish within the grace period), closes the driver and exits.
import type { Server } from 'node:http';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { createServices, warmServices } from '../services/services';
import { createApp } from './app';
import { drainingServer, type DrainingServer } from './draining-server';

/** Where the built viewer is, when it has been built. */
export const VIEWER_DIR = path.resolve(__dirname, '..', '..', 'dist', 'client');

export function createLogger(config: Readonly<Config>): Logger {
  return pino({ level: config.logLevel, base: { service: 'actorgraph' } });
}

/** Drains the server, closes the driver and exits: 0 when every request got its answer, 1 when some were cut. */
async function shutDown(
  draining: DrainingServer,
  db: Database,
  logger: Logger,
  graceMs: number,
  signal: string,
): Promise<never> {
  logger.info({ signal, inFlight: draining.inFlight, graceMs }, 'shutting down');
  const { cut } = await draining.drain(graceMs);
  if (cut > 0) logger.warn({ cut }, 'grace period over: requests in flight were cut');
  try {
    await db.close();
  } catch (error) {
    logger.warn({ err: error }, 'closing the Neo4j driver failed');
  }
  logger.info({ cut }, 'stopped');
  process.exit(cut > 0 ? 1 : 0);
}

/**
 * Listens on the configured host and port; resolves once the server accepts connections. `dataDir`: the data folder
 * ingested, whose article texts the source endpoint serves.
 */
export function serve(
  config: Readonly<Config>,
  db: Database,
  logger: Logger,
  staticDir?: string,
  dataDir?: string,
): Promise<Server> {
  const services = createServices(db, {
    dataDir,
    curation: { dataDir, enabled: config.curation.enabled },
  });
  const app = createApp({
    services,
    logger,
    corsOrigins: config.http.corsOrigins,
    staticDir,
  });
  const draining = drainingServer(app);
  const { server } = draining;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => {
      server.off('error', reject);
      let stopping = false;
      const onSignal = (signal: string) => {
        if (stopping) {
          logger.warn({ signal }, 'second signal: cutting the requests in flight');
          draining.cut();
          return;
        }
        stopping = true;
        void shutDown(draining, db, logger, config.http.shutdownGraceMs, signal);
      };
      process.on('SIGTERM', () => onSignal('SIGTERM'));
      process.on('SIGINT', () => onSignal('SIGINT'));
      // In the background: requests are served meanwhile, and those needing the same values wait for them.
      warmServices(services).then(
        (ms) => logger.info({ ms }, 'metadata and per-pair summary read'),
        (error: unknown) =>
          logger.warn({ err: error }, 'reading the metadata and per-pair summary ahead failed'),
      );
      resolve(server);
    });
  });
}
