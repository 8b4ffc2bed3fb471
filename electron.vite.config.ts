/**
 * electron-vite builds three bundles: main (Node, CommonJS), preload (sandboxed, one
 * CommonJS file — an ESM preload would force sandbox off) and the React renderer, which
 * browser mode serves as it is. Building does not need the Electron binary.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string;
};

export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      // backend.js is the backend's own process (an Electron utilityProcess): ledger and
      // handlers. Imports read files in a worker thread of it, which loads import-worker.js, and
      // whole-ledger reads run in another, ledger-reader.js (worker-script.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          backend: resolve(__dirname, 'src/main/backend/backend-child.ts'),
          'import-worker': resolve(__dirname, 'src/main/app/import/import-worker-entry.ts'),
          'ledger-reader': resolve(__dirname, 'src/main/app/reader/ledger-reader-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundle everything: a sandboxed preload cannot require packages at run time.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
      chunkSizeWarningLimit: 2500,
    },
  },
});
