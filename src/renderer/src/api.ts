/**
 * The renderer's one way to the backend. In the desktop app the preload gives a frozen
 * `window.api`; in browser mode the same calls go over HTTP with the per-run token the
 * server put in the page. Either way the answer is the contract's result envelope.
 *
 * Browser mode puts the token only into the page answering the printed link: the page
 * keeps it in sessionStorage (per tab and per port, never sent anywhere) for reloads,
 * and drops `?token=` from the address bar.
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

const TOKEN_KEY = 'taizhang-token';

function browserToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="taizhang-token"]');
  if (meta?.content) sessionStorage.setItem(TOKEN_KEY, meta.content);
  const token = meta?.content || sessionStorage.getItem(TOKEN_KEY) || '';
  if (new URLSearchParams(location.search).has('token'))
    history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
  if (!meta && token) {
    // Scripts and tests that look for the token in the page find it as before.
    const tag = document.createElement('meta');
    tag.name = 'taizhang-token';
    tag.content = token;
    document.head.append(tag);
  }
  return token;
}

const httpTransport = (): Transport => {
  const token = browserToken();
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
