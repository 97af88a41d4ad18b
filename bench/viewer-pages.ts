// The two pages of the viewer benchmark, built and served over the real app: the viewer opening a snapshot
// (`/?snapshot=…`) and the bare Sigma page drawing the same file (`/bare/?snapshot=…`).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import pino from 'pino';
import { build } from 'vite';
import type { Database } from '../server/db/database';
import { createApp } from '../server/http/app';
import { createServices } from '../server/services/services';

const ROOT = path.resolve(__dirname, '..');

/** Builds the viewer (the project's vite config) and the bare Sigma page into `outDir`. */
export async function buildPages(outDir: string): Promise<{ viewerDir: string; bareDir: string }> {
  const viewerDir = path.join(outDir, 'viewer');
  const bareDir = path.join(outDir, 'bare');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: viewerDir, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: path.join(__dirname, 'bare-sigma'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2500 },
  });
  return { viewerDir, bareDir };
}

export interface PageServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

/** Serves the app with the built viewer, the bare page under /bare and the snapshots under /snapshots. */
export function servePages(
  db: Database,
  dirs: { viewerDir: string; bareDir: string; snapshotDir: string },
): Promise<PageServer> {
  const app = express();
  app.use('/bare', express.static(dirs.bareDir));
  app.use('/snapshots', express.static(dirs.snapshotDir));
  app.use(
    createApp({ services: createServices(db), logger: pino({ level: 'silent' }), staticDir: dirs.viewerDir }),
  );
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
