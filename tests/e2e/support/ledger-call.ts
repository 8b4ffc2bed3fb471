/**
 * Asks the ledger itself, through the same HTTP door the page uses (with the page's
 * token), so a spec can assert on what was written, not only on what is on screen.
 */
import type { Page } from '@playwright/test';
import type { MethodName } from '../../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../../src/shared/contract';

export async function ledgerCall<M extends MethodName>(
  page: Page,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const r = await page.evaluate(
    async ({ method, input }) => {
      // Runs in the page; the Node-side tsconfig has no DOM types, hence the narrow cast.
      const doc = (
        globalThis as unknown as {
          document: { querySelector(s: string): { content?: string } | null };
        }
      ).document;
      const token = doc.querySelector('meta[name="taizhang-token"]')?.content ?? '';
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
        body: JSON.stringify({ input }),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input: input as unknown },
  );
  if (!r.ok) throw new Error(`${method}: ${r.error?.message ?? 'failed'}`);
  return r.value as MethodOutput<M>;
}
