/**
 * The import preview tells each file's analysis the notices of the session's other files as the
 * importer gave them. A title the importer kept whole runs past the typed-title limit (a
 * heading of 2,500 characters): the door takes it, counted in characters, so the next file is
 * analysed and its twin still found; only a text past what any field holds is refused.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportOutcome } from '../../src/shared/method-results';
import { KEPT_TEXT_MAX_CHARS } from '../../src/shared/text-limit';
import { TITLE_MAX_CHARS } from '../../src/shared/title-limit';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeAll(async () => {
  api = await apiLedger();
  const [n] = (await api.call('import/files', { files: [file], dryRun: true })).notices;
  read = { issuer: n!.issuer, issuedOn: n!.issuedOn, docNo: n!.docNo };
});
afterAll(() => api.cleanup());

const NEWS = `我省两地入选全国社区治理和服务创新实验区
发布时间：2022年3月8日  来源：省民政厅
近日，民政部公布第四批全国社区治理和服务创新实验区名单，我省唐山市路北区入选。
河北省民政厅
2022年3月8日
`;
const file = { name: '新闻.txt', dataBase64: Buffer.from(NEWS).toString('base64') };
// The other file: the same notice as the importer reads it, with the title given.
let read: { issuer: string | null; issuedOn: string | null; docNo: string | null };
const other = (title: string) => ({ file: '另一份.txt', ...read, title });
const preview = (title: string) =>
  api.attempt('import/files', { files: [file], dryRun: true, alongside: [other(title)] });

it('a kept title past the typed-title limit, in characters of two code units: analysed', async () => {
  const long = '𠀀'.repeat(TITLE_MAX_CHARS + 500);
  const r = await preview(long);
  expect(r.ok).toBe(true);
});

it('the same notice in the other file is still found beside a long title of its own', async () => {
  const codes = async (title: string) => {
    const r = await preview(title);
    return r.ok ? (r.value as ImportOutcome).notices[0]!.warnings.map((w) => w.code) : null;
  };
  expect(await codes('我省两地入选全国社区治理和服务创新实验区')).toContain('same_title');
  expect(await codes('社'.repeat(TITLE_MAX_CHARS + 500))).not.toContain('same_title');
});

it('a text past what any field holds is refused, the count in characters', async () => {
  const r = await preview('社'.repeat(KEPT_TEXT_MAX_CHARS + 1));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toContain(`${KEPT_TEXT_MAX_CHARS + 1} 字`);
});
