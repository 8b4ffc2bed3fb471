/**
 * The only bridge between the page and the backend: a frozen `window.api` with one
 * function per contract method name. No Node, no ipcRenderer, no channels leak out.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS } from '../shared/api-methods';

const api = Object.freeze(
  Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (input: unknown) => ipcRenderer.invoke('taizhang:api', method, input),
    ]),
  ),
);

contextBridge.exposeInMainWorld('api', api);

// The one other thing the page may ask: a save dialog, answered with a one-time handle to
// pass as an export's `out` (the page never names a path the backend writes).
contextBridge.exposeInMainWorld(
  'taizhangDesktop',
  Object.freeze({
    chooseSaveTarget: (request: { kind: string; suggestedName: string }) =>
      ipcRenderer.invoke('taizhang:choose-save-target', request),
  }),
);

/** Progress of long work in the backend (import, duplicate check, export, backup), as plain data. */
contextBridge.exposeInMainWorld(
  'progress',
  Object.freeze({
    subscribe: (listener: (p: unknown) => void) => {
      const relay = (_e: unknown, p: unknown) => listener(p);
      ipcRenderer.on('taizhang:progress', relay);
      return () => ipcRenderer.removeListener('taizhang:progress', relay);
    },
  }),
);
