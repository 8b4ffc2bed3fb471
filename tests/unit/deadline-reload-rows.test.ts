/**
 * 期限 reads a section again after a mark or an undo with as many rows as were drawn: the
 * server answers at most a thousand at a time, and a reload that asked once folded a list of
 * 1,400 drawn rows back to 1,000.
 */
import { expect, it } from 'vitest';
import type { DeadlineItem } from '../../src/shared/schedule';
import type { DeadlinePage } from '../../src/shared/deadline-pages';
import type { MethodInput } from '../../src/shared/contract';
import { MOST_AN_ANSWER, readRows } from '../../src/renderer/src/features/deadlines/read-rows';

function section(total: number) {
  const asked: { offset: number; limit: number }[] = [];
  const call = async (input: MethodInput<'deadlines/page'>) => {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 200;
    asked.push({ offset, limit });
    expect(limit).toBeLessThanOrEqual(MOST_AN_ANSWER);
    const ids = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i + 1,
    );
    const page = {
      asOf: '2026-12-06',
      section: 'overdue',
      offset,
      total,
      items: ids.map((id) => ({ id }) as DeadlineItem),
      counts: {} as DeadlinePage['counts'],
      listed: total,
    } satisfies DeadlinePage;
    return { ok: true as const, value: page };
  };
  return { asked, call };
}

const query = { asOf: '2026-12-06', section: 'overdue' as const };

it('a reload of 1,400 drawn rows reads all of them, a thousand at a time', async () => {
  const s = section(5000);
  const r = await readRows(s.call, query, 1400);
  expect(r.ok && r.value.items.map((i) => i.id)).toEqual(
    Array.from({ length: 1400 }, (_, i) => i + 1),
  );
  expect(s.asked).toEqual([
    { offset: 0, limit: 1000 },
    { offset: 1000, limit: 400 },
  ]);
});

it('a section that shrank meanwhile is read to its end, not asked past it', async () => {
  const s = section(1200);
  const r = await readRows(s.call, query, 3000);
  expect(r.ok && r.value.items.length).toBe(1200);
  expect(s.asked).toEqual([
    { offset: 0, limit: 1000 },
    { offset: 1000, limit: 200 },
  ]);
});

it('a first page of 200 is one answer', async () => {
  const s = section(5000);
  const r = await readRows(s.call, query, 200);
  expect(r.ok && r.value.items.length).toBe(200);
  expect(s.asked).toEqual([{ offset: 0, limit: 200 }]);
});

it('a refused later answer is the answer', async () => {
  const s = section(5000);
  let n = 0;
  const r = await readRows(
    async (input) =>
      n++ === 0 ? s.call(input) : { ok: false, error: { code: 'io', message: '读取失败' } },
    query,
    1500,
  );
  expect(r.ok).toBe(false);
});
