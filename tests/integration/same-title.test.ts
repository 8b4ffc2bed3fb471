/**
 * A notice without a 文号 (a news item, a web page) arriving again in another file is known
 * by its title, issuer and date all equal, in the ledger or in the same batch; the preview
 * warns and leaves the choice to the reviewer. Another day's item of the same title is not it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeEach(async () => {
  api = await apiLedger();
});
afterEach(() => api.cleanup());

const NEWS = `我省两地入选全国社区治理和服务创新实验区
发布时间：2022年3月8日  来源：省民政厅
近日，民政部公布第四批全国社区治理和服务创新实验区名单，我省唐山市路北区、石家庄市长安区入选。
河北省民政厅
2022年3月8日
`;

/** The same text as another file would give it: other line breaks, full-width spaces, 繁體. */
const REPRINT = NEWS.replace(/\n/g, '\r\n')
  .replace('我省两地入选', '我省兩地入選')
  .replace('服务创新', '服务　创新');

const file = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});

const preview = (...files: { name: string; dataBase64: string }[]) =>
  api.call('import/files', { files, dryRun: true });

it('reads the news item with a title, an issuer and a date but no 文号', async () => {
  const o = await preview(file('新闻.txt', NEWS));
  const n = o.notices[0]!;
  expect([n.title, n.issuer, n.issuedOn, n.docNo]).toEqual([
    '我省两地入选全国社区治理和服务创新实验区',
    '河北省民政厅',
    '2022-03-08',
    null,
  ]);
  expect(n.warnings.map((w) => w.code)).not.toContain('same_title');
});

it('a second file of the same item, title written otherwise, warns naming the one in the ledger', async () => {
  await api.importFile('新闻.txt', NEWS);
  const o = await preview(file('新闻（网页版）.txt', REPRINT));
  const w = o.notices[0]!.warnings.find((x) => x.code === 'same_title');
  expect(w?.message).toContain('《我省两地入选全国社区治理和服务创新实验区》');
  expect(w?.message).toContain('移除');
});

it('two files of the same item in one batch: the second warns, naming the first file', async () => {
  const o = await preview(file('新闻.txt', NEWS), file('新闻（网页版）.txt', REPRINT));
  expect(o.notices[0]!.warnings.map((w) => w.code)).not.toContain('same_title');
  const w = o.notices[1]!.warnings.find((x) => x.code === 'same_title');
  expect(w?.message).toContain('“新闻.txt”');
  expect(w?.message).toContain('移除');
});

it('the preview of one file is told about the files previewed beside it', async () => {
  const o = await api.call('import/files', {
    files: [file('新闻（网页版）.txt', REPRINT)],
    dryRun: true,
    alongside: [
      {
        file: '新闻.txt',
        docNo: null,
        title: '我省两地入选全国社区治理和服务创新实验区',
        issuer: '河北省民政厅',
        issuedOn: '2022-03-08',
      },
    ],
  });
  expect(o.notices[0]!.warnings.find((x) => x.code === 'same_title')?.message).toContain(
    '“新闻.txt”',
  );
});

it('the same title from the same issuer on another day is another item', async () => {
  await api.importFile('新闻.txt', NEWS);
  const later = NEWS.replace(/3月8日/g, '3月9日');
  const o = await preview(
    file('新闻.txt', NEWS.replace(/3月8日/g, '3月10日')),
    file('次日.txt', later),
  );
  for (const n of o.notices) expect(n.warnings.map((w) => w.code)).not.toContain('same_title');
});
