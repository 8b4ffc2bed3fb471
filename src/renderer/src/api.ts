/**
 * The renderer's one way to the backend. In the desktop app the preload gives a frozen
 * `window.api`; in browser mode the same calls go over HTTP with the per-run token the
 * server put in the page. Either way the answer is the contract's result envelope.
 */
import type { MethodName } from '../../shared/api-methods';
import { createApiClient, type Transport } from '../../shared/api-client';
import type { Result } from '../../shared/result';
import { noteCall } from './components/ledger-events';

type DesktopApi = Readonly<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>>;

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

const desktopTransport =
  (api: DesktopApi): Transport =>
  (method, input) =>
    api[method](input);

const httpTransport = (): Transport => {
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="taizhang-token"]')?.content ?? '';
  return async (method, input) => {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
      body: JSON.stringify({ input }),
    });
    return (await res.json()) as Result<unknown>;
  };
};

/** Every answered call is noted, so what shows the undo stack hears about writes from any page. */
const noting =
  (transport: Transport): Transport =>
  async (method, input) => {
    const r = await transport(method, input);
    noteCall(method, r.ok);
    return r;
  };

export const api = createApiClient(
  noting(window.api ? desktopTransport(window.api) : httpTransport()),
);
