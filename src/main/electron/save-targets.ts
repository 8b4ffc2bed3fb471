/**
 * Where the desktop door may write exports: only a path the user picked in a save dialog
 * the main process opened. The dialog's answer becomes a one-time handle; the page sends
 * the handle as `out`, and the handle is traded back for the path here — a page that
 * sends a path of its own (a compromised renderer aiming at ~/.bashrc) is refused.
 * Pure rules, no Electron: unit-tested as they are.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fail, type Result } from '../../shared/result';

/** How long the page has to use a handle after the dialog closed. */
const HANDLE_TTL_MS = 10 * 60_000;

/** Methods whose `out` names a file the backend writes. */
export const WRITES_TO_OUT: ReadonlySet<string> = new Set(['export/create', 'ledger/export']);

export class SaveTargets {
  private readonly handles = new Map<string, { file: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a path the user chose in our dialog; returns the handle the page may use once. */
  issue(file: string): string {
    const handle = `save:${randomBytes(18).toString('base64url')}`;
    this.handles.set(handle, { file: path.resolve(file), until: this.now() + HANDLE_TTL_MS });
    return handle;
  }

  /** The path behind a handle, once; undefined for anything else (a path, a used handle). */
  take(handle: string): string | undefined {
    const hit = this.handles.get(handle);
    if (!hit) return undefined;
    this.handles.delete(handle);
    return hit.until >= this.now() ? hit.file : undefined;
  }
}

/**
 * Rewrites a desktop call's `out` from handle to path, or refuses the call. Calls without
 * `out` (the page downloads the bytes itself) pass unchanged.
 */
export function resolveDestination(
  method: unknown,
  input: unknown,
  targets: SaveTargets,
): Result<unknown> {
  if (typeof method !== 'string' || !WRITES_TO_OUT.has(method)) return { ok: true, value: input };
  if (!input || typeof input !== 'object' || !('out' in input)) return { ok: true, value: input };
  const out = (input as { out?: unknown }).out;
  if (out === undefined) return { ok: true, value: input };
  const file = typeof out === 'string' ? targets.take(out) : undefined;
  if (!file)
    return fail(
      'forbidden',
      '导出位置只能在“另存为”对话框中选择（每次选择只能用一次）。请重新点击导出并选择保存位置。',
    );
  return { ok: true, value: { ...(input as object), out: file } };
}
