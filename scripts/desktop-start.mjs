#!/usr/bin/env node
/**
 * `npm start`: the desktop app on a user's (connected) machine.
 * 1. Electron's binary is fetched lazily by the electron package on first use.
 * 2. better-sqlite3 is rebuilt for Electron's ABI into .electron-native/ — a separate copy,
 *    so the Node build that the CLI, browser mode and tests use stays intact. This is the
 *    desktop start path's job, never postinstall's.
 * 3. electron-vite builds main, preload and renderer, and Electron starts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// 1. The Electron binary (downloads once; fails with a clear message when offline).
let electronExe;
try {
  electronExe = require('electron');
} catch (e) {
  console.error('无法获取 Electron 程序（首次启动需要联网下载）。可改用浏览器模式：npm run serve');
  console.error(String(e));
  process.exit(1);
}

// 2. better-sqlite3 for Electron's ABI, rebuilt only when Electron's version changes.
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const nativeDir = path.join(root, '.electron-native');
const stamp = path.join(nativeDir, 'electron-version');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== electronVersion) {
  console.error(`为 Electron ${electronVersion} 编译 better-sqlite3（仅首次或升级后需要）…`);
  mkdirSync(path.join(nativeDir, 'node_modules'), { recursive: true });
  for (const dep of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    cpSync(path.join(root, 'node_modules', dep), path.join(nativeDir, 'node_modules', dep), {
      recursive: true,
    });
  }
  const sqliteVersion = JSON.parse(
    readFileSync(path.join(root, 'node_modules/better-sqlite3/package.json'), 'utf8'),
  ).version;
  writeFileSync(
    path.join(nativeDir, 'package.json'),
    JSON.stringify({
      name: 'taizhang-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': sqliteVersion },
    }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: nativeDir,
    electronVersion,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  writeFileSync(stamp, electronVersion);
}

// 3. Build and start.
run(process.execPath, [
  path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
  'build',
]);
run(electronExe, [root], { env: { ...process.env } });
