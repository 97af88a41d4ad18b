// The built viewer over the real app and the curated data in the test Neo4j, opened in headless Chromium.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp } from '../../../server/http/app';
import { VIEWER_DIR } from '../../../server/http/serve';
import { createServices } from '../../../server/services/services';
import { CURATED_DATA, startTestApp, type TestApp } from '../../support/test-app';
import { launchChromium } from './chromium';

/** Where the screenshots a person can look at go (git-ignored). */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'artifacts');

/** A running viewer: the server, the browser and one page at 1280x800. */
export interface Viewer {
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged. */
  errors: string[];
  close(): Promise<void>;
}

/** How the viewer's server treats the data folder: read-only (the default), or curating it (a temporary copy). */
export interface ViewerOptions {
  curation?: { enabled: boolean };
  /** At most this many sources in /api/meta (lower than the server's bound, to see the viewer with a partial list). */
  metaSourceLimit?: number;
}

function listen(testApp: TestApp, corpus: string, options: ViewerOptions): Promise<Server> {
  const app = express();
  // Saved views the tests open by link (`?snapshot=/artifacts/…`), from the same site as the viewer.
  app.use('/artifacts', express.static(ARTIFACTS));
  app.use(
    createApp({
      services: createServices(testApp.db, {
        ...(options.curation
          ? { dataDir: corpus, curation: { dataDir: corpus, enabled: options.curation.enabled } }
          : { dataDir: CURATED_DATA }),
        ...(options.metaSourceLimit ? { meta: { sourceLimit: options.metaSourceLimit } } : {}),
      }),
      logger: pino({ level: 'silent' }),
      staticDir: VIEWER_DIR,
    }),
  );
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Ingests the curated data (or the data folder `corpus`) into the emptied test database, serves the built
 * viewer and opens a page; `options.curation` lets the server write `corpus` (give it a temporary copy).
 */
export async function startViewer(
  corpus: string = CURATED_DATA,
  options: ViewerOptions = {},
): Promise<Viewer> {
  if (!existsSync(path.join(VIEWER_DIR, 'index.html')))
    throw new Error(`The viewer is not built (${VIEWER_DIR} has no index.html): run npm run build first.`);
  const browser = await launchChromium();
  const testApp = await startTestApp(corpus);
  const server = await listen(testApp, corpus, options);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    baseUrl,
    browser,
    context,
    page,
    errors,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await testApp.close();
    },
  };
}
