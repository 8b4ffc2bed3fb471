/**
 * The window side of the backend's child process: one call in, one result out, matched by
 * id; progress reports passed to whoever listens. The same client drives an Electron
 * utilityProcess (desktop) and a Node child (tests) through a BackendPort.
 */
import { fail, type Result } from '../../shared/result';
import type { FromBackend, BackendPort } from './protocol';

export type ProgressEvent = Extract<FromBackend, { type: 'progress' }>;

export class BackendClient {
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();
  private readonly progressListeners = new Set<(e: ProgressEvent) => void>();
  readonly ready: Promise<string>;

  constructor(private readonly port: BackendPort) {
    let settle!: { ok: (file: string) => void; no: (e: Error) => void };
    this.ready = new Promise((ok, no) => (settle = { ok, no }));
    port.onMessage((m) => {
      switch (m.type) {
        case 'ready':
          return settle.ok(m.ledgerFile);
        case 'fatal':
          return settle.no(new Error(m.message));
        case 'result':
          this.pending.get(m.id)?.(m.result);
          this.pending.delete(m.id);
          return;
        case 'progress':
          for (const l of this.progressListeners) l(m);
          return;
        case 'closed':
          return;
      }
    });
    port.onExit((code) => {
      settle.no(new Error(`台账后台进程已退出（${code ?? '信号'}）`));
      for (const answer of this.pending.values())
        answer(fail('backend_exited', '台账后台进程意外退出，请重新打开台账。'));
      this.pending.clear();
    });
  }

  call(method: unknown, input: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.port.post({ type: 'call', id, method, input });
    });
  }

  onProgress(listener: (e: ProgressEvent) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  close(): void {
    this.port.post({ type: 'close' });
  }
}
