#!/usr/bin/env node
/**
 * `npm run dist`: installers for Windows (x64) and Linux (x64, arm64 — the Kylin/UOS
 * desktops staff use), on a connected machine. electron-builder rebuilds better-sqlite3
 * for each target's Electron ABI (from better-sqlite3's Electron prebuilds where the host
 * cannot compile for the target). Not part of `npm test`; it needs the network.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const targets = process.argv.slice(2);
step([path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
step([
  path.join(root, 'node_modules/electron-builder/cli.js'),
  '--config',
  'electron-builder.yml',
  ...(targets.length ? targets : ['--win', '--x64', '--linux', '--x64', '--arm64']),
]);
