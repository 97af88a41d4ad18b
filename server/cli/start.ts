// `npm start`: the embedded default end to end: start (or reuse) Neo4j, ingest data/, then report.
import { loadConfig } from '../config/config';
import { ingest } from '../ingest/ingest';
import { ingestSummary } from './ingest-summary';
import { openDatabase } from './open-database';
import { runCli } from './run-cli';

const DATA_DIR = 'data';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.log(line));
  try {
    const report = await ingest(db, DATA_DIR);
    console.log(`Loaded ${DATA_DIR}/ into ${config.neo4j.uri} (database ${config.neo4j.database}).`);
    console.log(ingestSummary(report));
    console.log('Explore it with the example queries in cypher/examples/; stop the local Neo4j with npm run db:stop.');
  } finally {
    await db.close();
  }
});
