/**
 * Browser mode's progress events: GET /events is a server-sent event stream (same origin,
 * token cookie) carrying each long call's progress, as the desktop window gets it over IPC.
 */
import type http from 'node:http';
import type { CallProgress } from '../api/call-progress';

export class ProgressStream {
  private readonly clients = new Set<http.ServerResponse>();

  /** Keeps the response open and sends it every report from now on. */
  attach(res: http.ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': 台账进度\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  publish = (p: CallProgress): void => {
    const data = JSON.stringify({ method: p.method, ...p.progress });
    for (const res of this.clients) res.write(`data: ${data}\n\n`);
  };
}
