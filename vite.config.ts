// Vite builds the viewer (client/) into dist/client, which the Express server serves; `vite` alone proxies /api.
import path from 'node:path';
import { defineConfig } from 'vite';

const API_TARGET = process.env.ACTORGRAPH_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: path.resolve(__dirname, 'client'),
  base: './',
  build: {
    outDir: path.resolve(__dirname, 'dist', 'client'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    sourcemap: true,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/api': API_TARGET },
    // The console bundles the example queries from cypher/examples at build time.
    fs: { allow: [path.resolve(__dirname)] },
  },
});
