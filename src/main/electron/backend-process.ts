/**
 * Starts the backend in its own process (an Electron utilityProcess running backend.js):
 * the ledger, the handlers and every long job live there, so the window's main process
 * only relays messages and never freezes on a big import, a duplicate check or an export.
 */
import { utilityProcess } from 'electron';
import path from 'node:path';
import { BackendClient } from '../backend/backend-client';
import type { BackendPort, FromBackend } from '../backend/protocol';

export function startBackend(ledgerFile: string): BackendClient {
  const child = utilityProcess.fork(path.join(__dirname, 'backend.js'), ['--db', ledgerFile], {
    serviceName: 'taizhang-backend',
    stdio: 'inherit',
  });
  const port: BackendPort = {
    post: (m) => child.postMessage(m),
    onMessage: (l) => child.on('message', (m: unknown) => l(m as FromBackend)),
    onExit: (l) => child.on('exit', (code) => l(code)),
  };
  return new BackendClient(port);
}
