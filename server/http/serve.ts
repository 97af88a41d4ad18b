// Runs the app on its port until SIGTERM/SIGINT, then stops taking requests and closes the driver.
import type { Server } from 'node:http';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { createServices } from '../services/services';
import { createApp } from './app';

/** Where the built viewer is, when it has been built. */
export const VIEWER_DIR = path.resolve(__dirname, '..', '..', 'dist', 'client');

export function createLogger(config: Readonly<Config>): Logger {
  return pino({ level: config.logLevel, base: { service: 'actorgraph' } });
}

/** Listens on the configured host and port; resolves once the server accepts connections. */
export function serve(
  config: Readonly<Config>,
  db: Database,
  logger: Logger,
  staticDir?: string,
): Promise<Server> {
  const app = createApp({
    services: createServices(db),
    logger,
    corsOrigins: config.http.corsOrigins,
    staticDir,
  });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.http.port, config.http.host, () => resolve(server));
    server.once('error', reject);
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      server.close(() => {
        void db.close().then(() => process.exit(0));
      });
      setTimeout(() => process.exit(0), 10_000).unref();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
