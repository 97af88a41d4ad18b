// `npm start`: the embedded default end to end: start (or reuse) Neo4j, ingest data/, serve the API and viewer.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '../config/config';
import { recoverInterruptedCommit } from '../curation/atomic-commit';
import { ingest } from '../ingest/ingest';
import { createLogger, serve, VIEWER_DIR } from '../http/serve';
import { ingestSummary } from './ingest-summary';
import { CliError, openDatabase } from './open-database';
import { runCli } from './run-cli';

const DATA_DIR = 'data';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.log(line));
  // A save from the viewer that a crash cut short is rolled back before the folder is read.
  const restored = await recoverInterruptedCommit(DATA_DIR);
  if (restored.length > 0)
    console.log(`An interrupted save was rolled back; restored: ${restored.join(', ')}.`);
  const report = await ingest(db, DATA_DIR, { limits: config.dataFiles });
  console.log(`Loaded ${DATA_DIR}/ into ${config.neo4j.uri} (database ${config.neo4j.database}).`);
  console.log(ingestSummary(report));
  const logger = createLogger(config);
  const viewer = existsSync(VIEWER_DIR) ? VIEWER_DIR : undefined;
  let server: Server;
  try {
    server = await serve(config, db, logger, viewer, path.resolve(DATA_DIR));
  } catch (error) {
    await db.close();
    throw new CliError(
      `cannot listen on ${config.http.host}:${config.http.port} (${(error as Error).message}): set PORT to another port`,
    );
  }
  // The port actually bound: PORT=0 lets the system pick one.
  const { port } = server.address() as AddressInfo;
  console.log(
    `actorgraph is serving on http://${config.http.host}:${port}/ (API under /api; Ctrl-C to stop)`,
  );
  console.log(
    config.curation.enabled
      ? `Curation is on: saves from the viewer write ${DATA_DIR}/ (CURATION=off makes it read-only).`
      : `Curation is off (CURATION=${config.curation.setting}): ${DATA_DIR}/ is read-only through the API.`,
  );
  await new Promise(() => {});
});
