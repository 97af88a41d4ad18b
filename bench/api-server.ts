// The real app over a given Neo4j, on 127.0.0.1 port 0, in its own process; prints {"port": n} once listening.
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../server/config/config';
import { connectDatabase } from '../server/db/database';
import { createApp } from '../server/http/app';
import { createServices } from '../server/services/services';

async function main(): Promise<void> {
  const uri = process.argv[2];
  if (!uri) throw new Error('usage: api-server.ts <bolt uri>');
  const db = await connectDatabase(loadConfig({ NEO4J_URI: uri }).neo4j);
  const app = createApp({ services: createServices(db), logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
  });
  const close = () => server.close(() => void db.close().then(() => process.exit(0)));
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
