/**
 * A section's first rows read again (after a mark, an undo), in answers the server allows: a
 * reload keeps every row 再列出 drew, however many, so a marked row leaves without the list
 * folding back to its first thousand.
 */
import type { MethodInput } from '../../../../shared/contract';
import type { DeadlinePage } from '../../../../shared/deadline-pages';
import type { Result } from '../../../../shared/result';

/** The server gives at most this many rows an answer (the contract's limit). */
export const MOST_AN_ANSWER = 1000;

type PageQuery = Omit<MethodInput<'deadlines/page'>, 'offset' | 'limit' | 'ids'>;

export async function readRows(
  call: (input: MethodInput<'deadlines/page'>) => Promise<Result<DeadlinePage>>,
  query: PageQuery,
  shown: number,
): Promise<Result<DeadlinePage>> {
  const first = await call({ ...query, offset: 0, limit: Math.min(shown, MOST_AN_ANSWER) });
  if (!first.ok) return first;
  const items = [...first.value.items];
  const wanted = Math.min(shown, first.value.total);
  while (items.length < wanted) {
    const next = await call({
      ...query,
      offset: items.length,
      limit: Math.min(wanted - items.length, MOST_AN_ANSWER),
    });
    if (!next.ok) return next;
    // rows taken away meanwhile: what was read is the list
    if (next.value.items.length === 0) break;
    items.push(...next.value.items);
  }
  return { ok: true, value: { ...first.value, items } };
}
