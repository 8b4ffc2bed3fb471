/**
 * A stored notice's name as sentences give it: a blank title (a ledger written before blank
 * fields were stored as none) names nothing and reads as untitled, as NULL does; and the
 * statement is prepared once per connection, not on every line of a long history.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { storedNoticeName } from '../../src/main/db/queries/notice-name';
import { apiLedger } from '../support/api-ledger';

const NEWS = `我省两地入选全国社区治理和服务创新实验区
发布时间：2022年3月8日  来源：省民政厅
近日，民政部公布第四批全国社区治理和服务创新实验区名单，我省唐山市路北区入选。
河北省民政厅
2022年3月8日
`;

let api: Awaited<ReturnType<typeof apiLedger>>;
let id: number;
beforeAll(async () => {
  api = await apiLedger();
  id = await api.importFile('新闻.txt', NEWS);
});
afterAll(() => api.cleanup());

const setTitle = (title: string | null) =>
  api.db.prepare('UPDATE notices SET title = ? WHERE id = ?').run(title, id);

it('a titled notice is named by its title', () => {
  expect(storedNoticeName(api.db, id)).toBe('我省两地入选全国社区治理和服务创新实验区');
});

it('an empty or blank title reads as untitled, as NULL does', () => {
  setTitle(null);
  const untitled = storedNoticeName(api.db, id);
  expect(untitled).toContain('2022-03-08');
  expect(untitled).not.toContain('新闻.txt');
  for (const blank of ['', '  ']) {
    setTitle(blank);
    expect(storedNoticeName(api.db, id)).toBe(untitled);
  }
  setTitle('我省两地入选全国社区治理和服务创新实验区');
});

it('prepares its statement once per connection', () => {
  storedNoticeName(api.db, id);
  const prepare = vi.spyOn(api.db, 'prepare');
  for (let i = 0; i < 5; i++) storedNoticeName(api.db, id);
  expect(prepare).not.toHaveBeenCalled();
  prepare.mockRestore();
  expect(storedNoticeName(api.db, id + 1000)).toBeNull();
});
