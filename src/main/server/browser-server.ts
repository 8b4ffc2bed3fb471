/**
 * Browser mode: the built renderer and the same handlers, over HTTP on 127.0.0.1.
 *   GET  /?token=…      the URL printed at start: answers the page with the token in a meta
 *                       tag (the page keeps it in sessionStorage) and sets a session cookie
 *   GET  /…             renderer files (session cookie required); never the token
 *   POST /api/<method>  body {input}; header x-taizhang-token required; answers the result envelope
 *   GET  /events        progress of long calls as server-sent events (cookie required)
 */
import http from 'node:http';
import path from 'node:path';
import { fail } from '../../shared/result';
import { dispatchTracked, reportingContext } from '../api/call-progress';
import type { ApiContext } from '../api/context';
import { toFailure } from '../core/user-error';
import {
  TOKEN_HEADER,
  cookieValue,
  hostAllowed,
  newToken,
  originAllowed,
  sessionCookie,
  sessionCookieName,
  tokensEqual,
} from './guard';
import { ProgressStream } from './progress-stream';
import { readStatic } from './static-files';

export interface BrowserServerOptions {
  ctx: ApiContext;
  token: string;
  rendererDir: string;
  /** Largest API body accepted (imports carry files as base64). */
  maxBodyBytes?: number;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/**
 * The body, or null when it is larger than `limit`. An oversized body is read to its end
 * and dropped rather than cut off, so the client gets its 413 instead of a reset connection.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

export function createBrowserServer(opts: BrowserServerOptions): http.Server {
  const root = path.resolve(opts.rendererDir);
  const limit = opts.maxBodyBytes ?? 150 * 1024 * 1024;
  // Session ids of pages opened with the printed link; a few hundred at most.
  const sessions = new Set<string>();
  const newSession = (): string => {
    const id = newToken();
    sessions.add(id);
    if (sessions.size > 200) sessions.delete(sessions.values().next().value as string);
    return id;
  };
  const progress = new ProgressStream();
  const ctx = reportingContext(opts.ctx, progress.publish);

  return http.createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, toFailure(e));
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const port = (req.socket.address() as { port: number }).port;
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问：只接受本机页面的请求。');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, fail('bad_method', '接口只接受 POST。'));
      if (!tokensEqual(req.headers[TOKEN_HEADER] as string | undefined, opts.token)) {
        return sendJson(
          res,
          401,
          fail('unauthorized', '缺少或错误的访问令牌：请重新打开启动时打印的完整网址。'),
        );
      }
      const body = await readBody(req, limit);
      if (body === null)
        return sendJson(
          res,
          413,
          fail(
            'too_large',
            `请求太大（上限 ${mb(limit)}）。请分批导入较少的文件，或把大文件拆分后再导入。`,
          ),
        );
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendJson(res, 400, fail('bad_input', '请求不是有效的 JSON。'));
      }
      const input =
        payload && typeof payload === 'object' ? (payload as { input?: unknown }).input : undefined;
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch (e) {
        return sendJson(res, 400, toFailure(e));
      }
      return sendJson(res, 200, await dispatchTracked(method, input, ctx));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求方法。');
    }
    const queryToken = url.searchParams.get('token');
    let login = false;
    const headers: Record<string, string> = {};
    if (queryToken !== null) {
      if (!tokensEqual(queryToken, opts.token))
        return send(
          res,
          401,
          'text/plain; charset=utf-8',
          '访问令牌错误：请打开启动时打印的完整网址。',
        );
      login = true;
      headers['Set-Cookie'] = sessionCookie(port, newSession());
    } else {
      const session = cookieValue(req.headers.cookie, sessionCookieName(port));
      if (!session || !sessions.has(session)) {
        return send(
          res,
          401,
          'text/plain; charset=utf-8',
          '缺少访问令牌：请打开启动时打印的完整网址。',
        );
      }
    }
    if (url.pathname === '/events') return progress.attach(res, SECURITY_HEADERS);
    const file = await readStatic(root, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '未找到。');
    if (file.type.startsWith('text/html')) {
      // Only the printed link's answer carries the token; the page keeps it for reloads.
      const html = login
        ? file.body
            .toString('utf8')
            .replace('</head>', `<meta name="taizhang-token" content="${opts.token}"></head>`)
        : file.body;
      return send(res, 200, file.type, html, headers);
    }
    return send(res, 200, file.type, file.body, headers);
  }
}
